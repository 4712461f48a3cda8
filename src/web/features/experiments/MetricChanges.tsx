import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format.ts";
import { Card } from "../../ui/Card.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { definitionText } from "./definition.ts";
import type { Experiment } from "./queries.ts";

type Definition = { name: string; direction: "at_least" | "at_most"; threshold: number; unit: string };

/** S6: every metric change after the start, with before, after, reason, who and when. */
export function MetricChanges({ experiment }: { experiment: Experiment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = (d: unknown) => {
    if (!d || typeof d !== "object") return "–";
    const def = d as Definition;
    return `${def.name} ${definitionText(t, format.value, def)}`;
  };
  return (
    <Card titleId="experiment-changes" title={t("experiments.page.changes")} aside={<RuleId id="S6" />}>
      <ol className="card__body metric-changes">
        {experiment.changes.map((c) => (
          <li key={c.id} className="metric-change">
            <p>
              <strong>{t(`experiments.page.changeAction.${c.action}`)}</strong>{" "}
              {c.before != null && <span className="metric-change__before user-text">{describe(c.before)}</span>}
              {c.before != null && c.after != null && c.action === "change" && " → "}
              {c.after != null && c.action !== "drop" && <span className="user-text">{describe(c.after)}</span>}
            </p>
            <p>
              {t("experiments.page.reason")}: <span className="user-text">{c.reason}</span>
            </p>
            <p className="subtle">
              {t("experiments.page.changeLine", {
                who: c.changedByName ?? t("experiments.page.someone"),
                date: format.date(c.changedAt),
              })}
            </p>
          </li>
        ))}
      </ol>
    </Card>
  );
}
