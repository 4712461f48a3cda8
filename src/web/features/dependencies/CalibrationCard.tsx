import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { QueryState } from "../../ui/QueryList.tsx";
import { useUnitCalibration } from "./queries.ts";
import { RuleCard } from "./RuleCard.tsx";
import "./dependencies.css";

const tone = {
  too_easy: "exceeded",
  too_hard: "not_achieved",
  sweet_spot: "met",
  not_enough_history: "outline",
} as const;

/**
 * K4 at planning: how this unit's past KRs landed (final scores of its closed periods) and the
 * advice they give. The unit's own figures only: never compared with other units or people (S3).
 */
export function CalibrationCard({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { org } = useOrg();
  const calibration = useUnitCalibration(org, unitId);
  const locale = i18n.language.startsWith("zh") ? "zh" : "en";
  const c = calibration.data;
  return (
    <RuleCard id="calibration" title={t("calibration.title")} rule="K4" hint={t("calibration.hint")}>
      {c === undefined ? (
        <QueryState query={calibration} height={64} />
      ) : (
        <>
          <p className="calibration__verdict" data-verdict={c.verdict}>
            <span className={`badge badge--${tone[c.verdict]}`}>{t(`calibration.verdict.${c.verdict}`)}</span>
          </p>
          <p>{c.advice[locale]}</p>
          {c.scores > 0 && (
            <>
              <p className="subtle">{t("calibration.counts", { above: c.above, within: c.within, below: c.below })}</p>
              <details className="calibration__periods">
                <summary>{t("calibration.periods")}</summary>
                {c.periods.map((period) => (
                  <div key={period.periodId}>
                    <h3>{period.name}</h3>
                    <ul>
                      {period.keyResults.map((kr) => (
                        <li key={kr.keyResultId}>
                          <span className="user-text">{kr.title}</span>{" "}
                          <span className="subtle num">
                            {t("calibration.final", { score: format.percent(kr.finalProgress) })}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </details>
            </>
          )}
        </>
      )}
    </RuleCard>
  );
}
