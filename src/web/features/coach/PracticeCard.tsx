import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format.ts";
import { currentLanguage } from "../../i18n/index.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import { QueryState } from "../../ui/QueryList.tsx";
import { TableHead } from "../../ui/TableHead.tsx";
import { type Practice, usePractice } from "./queries.ts";
import "./coach.css";

const tone = { below: "not_achieved", in_band: "met", above: "exceeded" } as const;

/**
 * Practice over time (issue 17): per closed period, how many findings the coach had when this
 * unit's objectives were activated and the band the final score landed in, with the trend in a
 * sentence. This unit's own periods only: never compared with other units or people (S3).
 */
export function PracticeCard({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { org } = useOrg();
  const locale = currentLanguage(i18n.language) === "zh-CN" ? "zh" : "en";
  const practice = usePractice(org, unitId, locale);
  const p = practice.data;
  return (
    <Card className="practice" id="practice" title={t("practice.title")} rule="S3" hint={t("practice.hint")}>
      <div className="card__body">
        {p === undefined ? (
          <QueryState query={practice} height={64} />
        ) : (
          <>
            <p className="practice__sentence" data-trend={p.trend.kind}>
              {p.sentence}
            </p>
            {p.periods.length > 0 && (
              <div className="table-scroll">
                <table className="table practice__table">
                  <TableHead
                    columns={[
                      t("practice.period"),
                      { label: t("practice.findings"), className: "num" },
                      { label: t("practice.final"), className: "num" },
                      t("practice.band"),
                    ]}
                  />
                  <tbody>
                    {p.periods.map((period) => (
                      <tr key={period.periodId}>
                        <th scope="row">{period.periodName}</th>
                        <td className="num">{period.findingsAtActivation ?? "–"}</td>
                        <td className="num">{format.percent(period.finalScore)}</td>
                        <td>
                          <PracticeBand band={period.band} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </div>
    </Card>
  );
}

function PracticeBand({ band }: { band: Practice["periods"][number]["band"] }) {
  const { t } = useTranslation();
  if (!band) return <span className="badge badge--outline">{t("practice.noScore")}</span>;
  return <span className={`badge badge--${tone[band]}`}>{t(`practice.bands.${band}`)}</span>;
}
