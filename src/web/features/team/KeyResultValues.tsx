import { useTranslation } from "react-i18next";
import type { ScoredKeyResult } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";

/** K1's three parts in one line: the metric, baseline -> current -> target, with its unit. */
export function KeyResultValues({ keyResult: kr }: { keyResult: ScoredKeyResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const value = (v: number | null) => format.value(v, kr.unit);
  return (
    <p className="kr-values">
      {kr.metric && <span className="kr-values__metric user-text">{kr.metric}</span>}
      {kr.kind === "range" ? (
        <span className="kr-values__numbers num">
          <span title={t("kr.current")}>{value(kr.currentValue)}</span>
          <span className="subtle">{t("kr.keepWithin", { low: value(kr.rangeLow), high: value(kr.rangeHigh) })}</span>
        </span>
      ) : (
        <span className="kr-values__numbers num">
          <span className="visually-hidden">
            {t("kr.valuesLabel", {
              baseline: value(kr.baseline),
              current: value(kr.currentValue ?? kr.baseline),
              target: value(kr.target),
            })}
          </span>
          <span className="subtle" aria-hidden="true">
            {value(kr.baseline)}
          </span>
          <span className="kr-values__arrow" aria-hidden="true">
            →
          </span>
          <strong aria-hidden="true">{value(kr.currentValue ?? kr.baseline)}</strong>
          <span className="kr-values__arrow" aria-hidden="true">
            →
          </span>
          <span aria-hidden="true">{value(kr.target)}</span>
        </span>
      )}
      {kr.deadline && <span className="subtle">{t("kr.due", { date: format.date(kr.deadline) })}</span>}
    </p>
  );
}
