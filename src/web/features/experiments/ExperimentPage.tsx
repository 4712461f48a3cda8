import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { failureOf } from "../../api/failure.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { Card } from "../../ui/Card.tsx";
import { ConfirmRun } from "../../ui/ConfirmDialog.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { Part } from "../../ui/Part.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { reasonText } from "../auth/reasons.ts";
import { usePermissions } from "../auth/usePermissions.ts";
import { ChangeMetricDialog, type MetricEdit } from "./ChangeMetricDialog.tsx";
import { EndExperimentDialog } from "./EndExperimentDialog.tsx";
import { MetricChanges } from "./MetricChanges.tsx";
import { MetricTable } from "./MetricTable.tsx";
import { type Experiment, useExperiment, useStartExperiment } from "./queries.ts";
import "./experiments.css";

/** `/experiments/:id`: hypothesis, key result, the metrics with their originals and changes (S6), the result. */
export function ExperimentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const experiment = useExperiment(org, id);
  if (failureOf(experiment.error)?.kind === "refused")
    return (
      <div className="page">
        <div className="card">
          <EmptyState title={t("experiments.page.notFound")} />
        </div>
      </div>
    );
  if (loadFailed(experiment)) return <LoadError queries={[experiment]} />;
  if (experiment.data === undefined) return <PageSkeleton label={t("common.loading")} />;
  return <ExperimentView experiment={experiment.data} />;
}

function ExperimentView({ experiment: e }: { experiment: Experiment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org, link } = useOrg();
  const can = usePermissions(org, e.unitId);
  const start = useStartExperiment(org, e.id);
  const [starting, setStarting] = useState(false);
  const [ending, setEnding] = useState(false);
  const [edit, setEdit] = useState<MetricEdit | null>(null);
  const writable = can.runExperiment && e.status !== "ended";
  const krHref = e.keyResultUnitId ? link(`/units/${e.keyResultUnitId}#kr-${e.keyResultId}`) : null;

  return (
    <div className="page experiment-page">
      <nav className="breadcrumbs" aria-label={t("team.breadcrumbs")}>
        <Link href={link(`/units/${e.unitId}`)}>{e.unitName}</Link>
        <span className="breadcrumbs__item">
          <Icon name="chevronRight" size={13} />
          <Link href={link(`/units/${e.unitId}/experiments`)}>{t("experiments.nav")}</Link>
        </span>
      </nav>
      <PageHeader
        title={<span className="user-text">{e.title}</span>}
        subtitle={
          <span className="experiment-page__badges">
            <span className="badge badge--outline">{t(`experiments.kind.${e.kind}`)}</span>
            <span className={`badge status status--${e.status}`}>{t(`experiments.status.${e.status}`)}</span>
            {e.startedAt && <span>{t("experiments.page.started", { date: format.date(e.startedAt) })}</span>}
            {e.endedAt && <span>{t("experiments.page.ended", { date: format.date(e.endedAt) })}</span>}
          </span>
        }
        showPeriod={false}
        actions={
          writable && (
            <>
              {e.status === "draft" && (
                <button type="button" className="btn btn--primary" onClick={() => setStarting(true)}>
                  {t("experiments.page.start")}
                </button>
              )}
              {e.status === "running" && (
                <button type="button" className="btn btn--primary" onClick={() => setEnding(true)}>
                  {t("experiments.page.end")}
                </button>
              )}
            </>
          )
        }
      />
      {can.ready && can.why.runExperiment && <WhyNote>{reasonText(t, can.why.runExperiment)}</WhyNote>}
      <Card titleId="experiment-hypothesis" title={t("experiments.page.hypothesis")} aside={<RuleId id="P2" />}>
        <div className="card__body">
          <p className="experiment-page__hypothesis user-text">{e.hypothesis}</p>
          <dl className="experiment-page__facts">
            <div>
              <dt>{t("experiments.page.keyResult")}</dt>
              <dd className="user-text">{krHref ? <Link href={krHref}>{e.keyResultTitle}</Link> : e.keyResultTitle}</dd>
            </div>
            <div>
              <dt>{t("experiments.owner")}</dt>
              <dd className="user-text">{e.ownerName ?? <span className="subtle">{t("experiments.noOwner")}</span>}</dd>
            </div>
          </dl>
        </div>
      </Card>
      {e.status === "ended" && <ResultCard experiment={e} />}
      <Card titleId="experiment-metrics" title={t("experiments.page.metrics")} aside={<RuleId id="S6" />}>
        <div className="card__body">
          <p className="muted">
            {e.status === "draft" ? t("experiments.page.metricsDraft") : t("experiments.page.metricsFixed")}
          </p>
          <MetricTable experiment={e} onEdit={writable ? (action, metric) => setEdit({ action, metric }) : undefined} />
          {writable && (
            <RowAction onClick={() => setEdit({ action: "add" })} icon="plus" quiet>
              {t("experiments.page.addMetric")}
            </RowAction>
          )}
        </div>
      </Card>
      {e.changes.length > 0 && <MetricChanges experiment={e} />}
      <ChangeMetricDialog experiment={e} edit={edit} onClose={() => setEdit(null)} />
      {e.status === "running" && <EndExperimentDialog experiment={e} open={ending} onClose={() => setEnding(false)} />}
      <ConfirmRun
        open={starting}
        title={t("experiments.page.start")}
        confirm={t("experiments.page.start")}
        step={start}
        onClose={() => setStarting(false)}
      >
        <p>
          <RuleId id="S6" /> {t("experiments.page.startConfirm")}
        </p>
      </ConfirmRun>
    </div>
  );
}

/** The result: outcome, what an interview round heard (K6) and the learning, beside the full metric set. */
function ResultCard({ experiment: e }: { experiment: Experiment }) {
  const { t } = useTranslation();
  const { link } = useOrg();
  return (
    <Card
      className="experiment-result"
      titleId="experiment-result"
      title={t("experiments.page.result")}
      aside={
        e.outcome && (
          <span className={`badge outcome outcome--${e.outcome}`}>{t(`experiments.outcome.${e.outcome}`)}</span>
        )
      }
    >
      <div className="card__body">
        {e.kind === "interview" && (
          <dl className="experiment-page__facts">
            <Part term={t("experiments.page.participants")} text={e.participants} />
            <Part term={t("experiments.page.painHeard")} text={e.painHeard} />
          </dl>
        )}
        {e.learning && (
          <div className="experiment-result__learning">
            <h3>{t("experiments.page.learning")}</h3>
            <p className="user-text">{e.learning.body}</p>
            <Link href={link("/learnings")} className="learning__link">
              <Icon name="link" size={13} />
              {t("experiments.page.inLibrary")}
            </Link>
          </div>
        )}
        <p className="subtle">
          <RuleId id="S6" /> {t("experiments.page.resultNote")}
        </p>
      </div>
    </Card>
  );
}
