import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ConfirmRun } from "../../ui/ConfirmDialog.tsx";
import { DialogAction } from "../../ui/DialogAction.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { Skeleton } from "../../ui/Skeleton.tsx";
import { useScrollToHash } from "../../ui/useScrollToHash.ts";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { reasonText } from "../auth/reasons.ts";
import { useUnitRights } from "../auth/useUnitRights.ts";
import { HealthMetricDialog } from "./HealthMetricDialog.tsx";
import { rangeText } from "./health-text.ts";
import { type HealthMetric, useDeleteHealthMetric, useHealthMetrics } from "./queries.ts";
import { ReadingDialog } from "./ReadingDialog.tsx";
import { Sparkline } from "./Sparkline.tsx";
import { StateBadge } from "./StateBadge.tsx";
import "./health.css";

/**
 * The team page's Health section: the numbers the unit watches outside its OKRs, each with its
 * latest value, healthy range and recent readings. The unit's members add and read them (M6);
 * everyone else reads them (S5). One out of range is also an alert on the dashboard.
 */
export function HealthSection({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const metrics = useHealthMetrics(org, unitId);
  const rights = useUnitRights(org, unitId, "manageHealthMetrics");
  const remove = useDeleteHealthMetric(org, unitId);
  // No control and no note until the unit's members are known.
  const why = rights.ready ? rights.why : undefined;
  const mayManage = why === null;
  // The dashboard's alerts link here (`#health`); a client-side visit does not scroll by itself.
  useScrollToHash(metrics.data !== undefined);

  return (
    <section className="card health" id="health" aria-labelledby="health-title" data-testid="health">
      <div className="card__header">
        <h2 id="health-title">{t("health.title")}</h2>
        <div className="health__header-actions">
          <RuleId id="M6" />
          {mayManage && (
            <DialogAction button={{ label: t("health.add"), icon: "plus" }}>
              {(dialog) => <HealthMetricDialog {...dialog} unitId={unitId} metric={null} />}
            </DialogAction>
          )}
        </div>
      </div>
      <p className="subtle health__intro">{t("health.intro")}</p>
      {loadFailed(metrics) ? (
        <LoadError queries={[metrics]} compact />
      ) : metrics.data === undefined ? (
        <Skeleton height={56} />
      ) : metrics.data.length === 0 ? (
        <p className="muted health__empty">{t("health.empty")}</p>
      ) : (
        <ul className="health__list">
          {metrics.data.map((metric) => (
            <MetricRow key={metric.id} metric={metric} mayManage={mayManage} remove={remove} />
          ))}
        </ul>
      )}
      {why && <WhyNote>{reasonText(t, why)}</WhyNote>}
    </section>
  );
}

function MetricRow(props: {
  metric: HealthMetric;
  mayManage: boolean;
  /** Removes a metric, asked first: its readings go with it. */
  remove: ReturnType<typeof useDeleteHealthMetric>;
}) {
  const { metric, mayManage } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const out = metric.state === "below" || metric.state === "above";
  const range = rangeText(t, format, metric);
  return (
    <li className={out ? "health__item health__item--out" : "health__item"} data-testid="health-metric">
      <div className="health__main">
        <h3 className="health__name user-text">{metric.name}</h3>
        <p className="health__facts">
          <span className="health__value num">{format.value(metric.currentValue, metric.unit)}</span>
          <StateBadge state={metric.state} />
          <span className="subtle">{t("health.healthy", { range })}</span>
        </p>
        {(metric.ownerName || metric.lastReadingAt) && (
          <p className="subtle health__meta">
            {metric.ownerName && t("health.watchedBy", { name: metric.ownerName })}
            {metric.ownerName && metric.lastReadingAt && " · "}
            {metric.lastReadingAt && t("health.readOn", { date: format.date(metric.lastReadingAt) })}
          </p>
        )}
        {metric.description && <p className="health__why user-text">{metric.description}</p>}
      </div>
      <div className="health__chart">
        {metric.recent.length > 0 && (
          <Sparkline
            values={metric.recent.map((r) => r.value)}
            rangeLow={metric.rangeLow}
            rangeHigh={metric.rangeHigh}
            out={out}
            label={t("health.sparkline", {
              n: metric.recent.length,
              values: metric.recent.map((r) => format.value(r.value, metric.unit)).join(", "),
              range,
            })}
          />
        )}
      </div>
      {mayManage && (
        <div className="health__actions">
          <DialogAction button={{ label: t("health.record"), className: "btn--primary" }}>
            {(dialog) => <ReadingDialog {...dialog} metric={metric} />}
          </DialogAction>
          <DialogAction button={{ label: t("health.edit"), quiet: true }}>
            {(dialog) => <HealthMetricDialog {...dialog} unitId={metric.unitId} metric={metric} />}
          </DialogAction>
          <DialogAction button={{ label: t("health.remove"), quiet: true }}>
            {(dialog) => (
              <ConfirmRun
                {...dialog}
                step={props.remove}
                variables={metric.id}
                title={t("health.removeTitle", { name: metric.name })}
                confirm={t("health.remove")}
              >
                <p>{t("health.removeText")}</p>
              </ConfirmRun>
            )}
          </DialogAction>
        </div>
      )}
    </li>
  );
}
