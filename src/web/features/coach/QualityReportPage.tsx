import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useUnits } from "../../api/access.ts";
import { currentLanguage } from "../../i18n/index.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { FailureAlert, resend } from "../../ui/FailureAlert.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { usePermissions } from "../auth/usePermissions.ts";
import { keyResultIndexOf } from "../editor/useCoachReview.ts";
import { ReportTurnAction } from "../initiatives/ReportTurnAction.tsx";
import { inTreeOrder } from "../people/units.ts";
import { useApplyFix } from "./dismissals.ts";
import { ApplyFixButton, DismissControl } from "./FindingActions.tsx";
import { FindingText } from "./FindingText.tsx";
import { inOrganisationOrder } from "./order.ts";
import { type QualityReport, type ReportFinding, useQualityReport } from "./queries.ts";
import "./coach.css";

type ReportUnit = QualityReport["units"][number];

/**
 * `/orgs/{slug}/coach/report`: the coach's open findings on the period's draft and active
 * objectives, per unit, in the organisation's order (S3: a list to act on, not a ranking).
 */
export function QualityReportPage() {
  const { t, i18n } = useTranslation();
  const { org, period, link } = useOrg();
  const locale = currentLanguage(i18n.language) === "zh-CN" ? "zh" : "en";
  const report = useQualityReport(org, period?.name, locale);
  const units = useUnits(org);

  const header = (
    <PageHeader
      title={t("quality.title")}
      subtitle={t("quality.subtitle")}
      actions={
        <Link href={link("/settings/coach")} className="btn btn--ghost">
          <Icon name="settings" />
          {t("quality.rulesLink")}
        </Link>
      }
    />
  );
  if (loadFailed(report, units)) {
    return (
      <div className="page">
        {header}
        <LoadError queries={[report, units]} />
      </div>
    );
  }
  if (report.data === undefined || units.isPending) return <PageSkeleton label={t("common.loading")} />;
  const order = inTreeOrder(units.data ?? []).map(({ unit }) => unit.id);
  const listed = inOrganisationOrder(report.data.units, order);
  const { summary } = report.data;

  return (
    <div className="page">
      {header}
      <section className="card quality-summary" aria-labelledby="quality-summary-title">
        <h2 id="quality-summary-title" className="visually-hidden">
          {t("quality.summary")}
        </h2>
        <ul className="quality-summary__list">
          <li className="quality-chip">{t("quality.unitsReviewed", { count: summary.unitsReviewed })}</li>
          <li className="quality-chip quality-chip--error">{t("quality.errors", { count: summary.error })}</li>
          <li className="quality-chip quality-chip--warning">{t("quality.warnings", { count: summary.warning })}</li>
          <li className="quality-chip quality-chip--info">{t("quality.infos", { count: summary.info })}</li>
          {summary.dismissed > 0 && (
            <li className="quality-chip quality-chip--dismissed">
              {t("coachActions.dismissedCount", { count: summary.dismissed })}
            </li>
          )}
        </ul>
        <p className="subtle quality-summary__order">{t("quality.order")}</p>
      </section>
      {listed.length === 0 ? (
        <EmptyState title={t("quality.none", { period: report.data.period.name })} hint={t("quality.noneHint")} />
      ) : (
        listed.map((unit) => <UnitFindings key={unit.unitId} unit={unit} />)
      )}
    </div>
  );
}

function UnitFindings({ unit }: { unit: ReportUnit }) {
  const { t } = useTranslation();
  const { org, link } = useOrg();
  // Issue 17: whoever writes the unit's key results (M3) may set its findings aside or fix them.
  const canAct = usePermissions(org, unit.unitId).editKeyResults;
  const titleId = `quality-unit-${unit.unitId}`;
  return (
    <section className="card quality-unit" aria-labelledby={titleId}>
      <div className="card__header">
        <h2 id={titleId}>
          <Link href={link(`/units/${unit.unitId}`)} className="user-text">
            {unit.unitName}
          </Link>
        </h2>
      </div>
      <ul
        className="coach-findings__list quality-unit__list"
        aria-label={t("quality.findingsOf", { unit: unit.unitName })}
      >
        {unit.findings.map((f, i) => (
          <FindingItem
            // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id; the same rule may repeat
            key={`${f.rule}-${f.objectiveId}-${f.keyResultId}-${i}`}
            finding={f}
            unitId={unit.unitId}
            canAct={canAct}
          />
        ))}
      </ul>
    </section>
  );
}

function FindingItem({ finding, unitId, canAct }: { finding: ReportFinding; unitId: string; canAct: boolean }) {
  const { t } = useTranslation();
  const { org, link } = useOrg();
  const apply = useApplyFix(org);
  const dismissal = finding.dismissal ?? null;
  const kr = keyResultIndexOf(finding.path);
  // M1 concerns the unit (no objective); the rest the objective or one of its key results.
  const about = finding.objectiveId
    ? kr === null
      ? t("quality.aboutObjective")
      : t("quality.aboutKeyResult", { n: kr + 1 })
    : t("quality.aboutUnit");
  // The title of what it is about, as its team wrote it (user text: not translated).
  const title = kr === null ? finding.objectiveTitle : finding.keyResultTitle;
  return (
    <li
      className={`coach-finding coach-finding--${dismissal ? "dismissed" : finding.severity}`}
      data-rule={finding.rule}
      data-dismissed={dismissal ? "true" : undefined}
    >
      <p className="quality-finding__about">
        {about}
        {title && <span className="quality-finding__title user-text"> · {title}</span>}
      </p>
      <FindingText rule={finding.rule} severity={finding.severity} message={finding.message} dismissal={dismissal} />
      {finding.suggestion && !dismissal && (
        <p className="coach-finding__suggestion">
          <strong>{t("coach.suggestion")}</strong> {finding.suggestion}
        </p>
      )}
      {canAct && !dismissal && finding.fix && finding.keyResultId && (
        <div className="finding-actions cluster">
          <ApplyFixButton
            fix={finding.fix}
            busy={apply.isPending}
            onApply={(fix) => apply.mutate({ keyResultId: finding.keyResultId as string, fix })}
          />
          <FailureAlert error={apply.error} onRetry={resend(apply)} busy={apply.isPending} />
        </div>
      )}
      {canAct && finding.objectiveId && (
        <DismissControl
          org={org}
          rule={finding.rule}
          objectiveId={finding.objectiveId}
          keyResultId={finding.keyResultId ?? null}
          dismissal={dismissal}
        />
      )}
      {!dismissal && finding.rule === "K7" && finding.objectiveId && finding.keyResultId && (
        <ReportTurnAction unitId={unitId} objectiveId={finding.objectiveId} keyResultId={finding.keyResultId} />
      )}
      <p className="quality-finding__action">
        {finding.objectiveId ? (
          <Link href={link(`/objectives/${finding.objectiveId}/edit`)}>
            <Icon name="edit" size={14} /> {t("quality.openEditor")}
          </Link>
        ) : (
          <Link href={link(`/units/${unitId}`)}>{t("quality.openUnit")}</Link>
        )}
      </p>
    </li>
  );
}
