import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearch } from "wouter";
import { useUnitOkrs } from "../../api/queries.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { reasonText } from "../auth/reasons.ts";
import { usePermissions } from "../auth/usePermissions.ts";
import { NewExperimentDialog } from "./NewExperimentDialog.tsx";
import { type ExperimentStatus, type ExperimentSummary, useExperiments } from "./queries.ts";
import "./experiments.css";

// Running first: what the team is testing now, then what it is preparing, then what it learned.
const statusOrder: ExperimentStatus[] = ["running", "draft", "ended"];

/**
 * `/units/:unitId/experiments` (optionally `?keyResult=`): a team's experiments and customer
 * interview rounds by status (P2). Everyone reads them (S5); the team's lead and members write
 * them without approval (M6).
 */
export function ExperimentsPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const { org, period, link } = useOrg();
  const keyResult = new URLSearchParams(useSearch()).get("keyResult") ?? undefined;
  const experiments = useExperiments(org, keyResult ? { keyResult } : { unit: unitId });
  const okrs = useUnitOkrs(org, unitId, period?.id);
  const can = usePermissions(org, unitId);
  const [creating, setCreating] = useState(false);

  if (loadFailed(experiments)) return <LoadError queries={[experiments]} />;
  if (experiments.data === undefined) return <PageSkeleton label={t("common.loading")} />;
  const unitName = okrs.data?.unit.name ?? experiments.data.experiments[0]?.unitName ?? "";
  const krTitle = keyResult
    ? (okrs.data?.objectives.flatMap((o) => o.keyResults).find((kr) => kr.id === keyResult)?.title ??
      experiments.data.experiments[0]?.keyResultTitle)
    : undefined;
  const list = experiments.data.experiments;

  return (
    <div className="page experiments-page">
      <nav className="breadcrumbs" aria-label={t("team.breadcrumbs")}>
        <Link href={link(`/units/${unitId}`)}>{unitName}</Link>
      </nav>
      <PageHeader
        title={t("experiments.listTitle", { unit: unitName })}
        subtitle={t("experiments.listSubtitle")}
        // Experiments are listed across periods; a new one aims at a KR of the period shown elsewhere.
        showPeriod={false}
        actions={
          can.runExperiment && (
            <button type="button" className="btn btn--primary" onClick={() => setCreating(true)}>
              <Icon name="plus" />
              {t("experiments.new")}
            </button>
          )
        }
      />
      {can.ready && can.why.runExperiment && <WhyNote>{reasonText(t, can.why.runExperiment)}</WhyNote>}
      {krTitle && (
        <p className="experiments-page__filter">
          <span className="user-text">{t("experiments.forKeyResult", { title: krTitle })}</span>
          <Link href={link(`/units/${unitId}/experiments`)}>{t("experiments.showAll")}</Link>
        </p>
      )}
      {list.length === 0 ? (
        <div className="card">
          <EmptyState
            title={t("experiments.empty")}
            hint={
              <>
                <RuleId id="S6" /> {t("experiments.emptyHint")}
              </>
            }
          />
        </div>
      ) : (
        statusOrder.map((status) => {
          const group = list.filter((e) => e.status === status);
          if (group.length === 0) return null;
          return (
            <section key={status} className="card" aria-labelledby={`experiments-${status}`}>
              <div className="card__header">
                <h2 id={`experiments-${status}`}>
                  {t(`experiments.statusGroup.${status}`)} <span className="subtle">{group.length}</span>
                </h2>
              </div>
              <ul className="experiment-list">
                {group.map((experiment) => (
                  <ExperimentRow key={experiment.id} experiment={experiment} />
                ))}
              </ul>
            </section>
          );
        })
      )}
      <NewExperimentDialog open={creating} unitId={unitId} keyResultId={keyResult} onClose={() => setCreating(false)} />
    </div>
  );
}

function ExperimentRow({ experiment: e }: { experiment: ExperimentSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { link } = useOrg();
  return (
    <li className="experiment-row">
      <Link href={link(`/experiments/${e.id}`)} className="experiment-row__title user-text">
        {e.title}
      </Link>
      <p className="experiment-row__meta subtle">
        <span className="badge badge--outline">{t(`experiments.kind.${e.kind}`)}</span>
        {e.outcome && (
          <span className={`badge outcome outcome--${e.outcome}`}>{t(`experiments.outcome.${e.outcome}`)}</span>
        )}
        <span className="user-text">{e.keyResultTitle}</span>
        <span>{t("experiments.metricsCount", { count: e.metricCount })}</span>
        {e.ownerName && <span className="user-text">{e.ownerName}</span>}
        {e.startedAt && e.status === "running" && (
          <span>{t("experiments.page.started", { date: format.date(e.startedAt) })}</span>
        )}
        {e.endedAt && <span>{t("experiments.page.ended", { date: format.date(e.endedAt) })}</span>}
      </p>
    </li>
  );
}
