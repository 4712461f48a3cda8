import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format.ts";
import { RowAction } from "../../ui/RowAction.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { changedSinceStart, definitionText } from "./definition.ts";
import type { Experiment, ExperimentMetric } from "./queries.ts";

interface Props {
  experiment: Experiment;
  /** Change or drop a metric: offered while the experiment is not ended and the reader may run it. */
  onEdit?: (action: "change" | "drop", metric: ExperimentMetric) => void;
}

/**
 * S6: the full metric set, dropped ones included, each with its definition now and, where it
 * moved after the start, the original beside it with the reason; with the result, each one's
 * observed value and whether it met its bar.
 */
export function MetricTable({ experiment, onEdit }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const number = (n: number) => format.number(n);
  const value = (n: number, unit: string) => format.value(n, unit);
  const ended = experiment.status === "ended";
  const reasonsOf = (metric: ExperimentMetric) => experiment.changes.filter((c) => c.metricId === metric.id);
  if (experiment.metrics.length === 0) return <p className="muted">{t("experiments.page.noMetrics")}</p>;
  return (
    <ul className="metric-list">
      {experiment.metrics.map((metric) => {
        const moved = changedSinceStart(metric);
        return (
          <li key={metric.id} className={metric.dropped ? "metric metric--dropped" : "metric"}>
            <div className="metric__head">
              <span className="metric__name user-text">{metric.name}</span>
              <span className="metric__now">
                {moved && <span className="subtle">{t("experiments.page.current")}: </span>}
                <span className="num">{definitionText(t, value, metric)}</span>
              </span>
              {ended && metric.observed !== null && (
                <span
                  className={
                    metric.met ? "metric__result metric__result--met" : "metric__result metric__result--missed"
                  }
                >
                  {t("experiments.page.observed")} <span className="num">{number(metric.observed)}</span>
                  {" · "}
                  {metric.met ? t("experiments.page.met") : t("experiments.page.missed")}
                </span>
              )}
              {onEdit && !metric.dropped && (
                <span className="metric__actions">
                  {(["change", "drop"] as const).map((action) => (
                    <RowAction
                      key={action}
                      onClick={() => onEdit(action, metric)}
                      named={t(`experiments.page.${action}Label`, { name: metric.name })}
                      quiet
                    >
                      {t(`experiments.page.${action}`)}
                    </RowAction>
                  ))}
                </span>
              )}
            </div>
            {moved && metric.original && (
              <p className="metric__original">
                <RuleId id="S6" /> {t("experiments.page.original")}:{" "}
                <span className="user-text">{metric.original.name}</span>{" "}
                <span className="num">{definitionText(t, value, metric.original)}</span>
              </p>
            )}
            {metric.original === null && experiment.status !== "draft" && (
              <p className="metric__original">
                <RuleId id="S6" /> {t("experiments.page.addedLater")}
              </p>
            )}
            {metric.dropped && (
              <p className="metric__dropped">{t("experiments.page.dropped", { reason: metric.droppedReason ?? "" })}</p>
            )}
            {reasonsOf(metric)
              .filter((c) => c.action !== "drop")
              .map((c) => (
                <p key={c.id} className="metric__reason">
                  {t("experiments.page.reason")}: <span className="user-text">{c.reason}</span>
                </p>
              ))}
          </li>
        );
      })}
    </ul>
  );
}
