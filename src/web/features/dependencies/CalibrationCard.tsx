import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { RuleId } from "../../ui/RuleId.tsx";
import { Skeleton } from "../../ui/Skeleton.tsx";
import { useUnitCalibration } from "./queries.ts";
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
    <section className="card calibration" aria-labelledby="calibration-title" id="calibration">
      <div className="card__header">
        <h2 id="calibration-title">{t("calibration.title")}</h2>
        <RuleId id="K4" />
      </div>
      <div className="card__body">
        <p className="subtle">{t("calibration.hint")}</p>
        {calibration.isPending ? (
          <Skeleton height={64} />
        ) : calibration.isError || !c ? (
          <p className="alert" role="alert">
            {t("errors.loadFailed")}{" "}
            <button type="button" className="btn btn--small" onClick={() => calibration.refetch()}>
              {t("calibration.retry")}
            </button>
          </p>
        ) : (
          <>
            <p className="calibration__verdict" data-verdict={c.verdict}>
              <span className={`badge badge--${tone[c.verdict]}`}>{t(`calibration.verdict.${c.verdict}`)}</span>
            </p>
            <p>{c.advice[locale]}</p>
            {c.scores > 0 && (
              <>
                <p className="subtle">
                  {t("calibration.counts", { above: c.above, within: c.within, below: c.below })}
                </p>
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
      </div>
    </section>
  );
}
