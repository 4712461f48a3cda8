import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { UnitOkrs } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";

/** Earlier and queued objectives of the unit, one click away (M1: priorities are sequenced). */
export function OtherObjectives({ unitId, objectives }: { unitId: string; objectives: UnitOkrs["otherObjectives"] }) {
  const { t } = useTranslation();
  const { link, period } = useOrg();
  const earlier = objectives.filter((o) => period && o.periodStartsOn < period.startsOn);
  const queued = objectives.filter((o) => !period || o.periodStartsOn >= period.startsOn);
  const group = (title: string, items: typeof objectives) => (
    <div className="other-objectives__group">
      <h3 className="eyebrow">{title}</h3>
      {items.length === 0 ? (
        <p className="subtle">{t("team.none")}</p>
      ) : (
        <ul>
          {items.map((o) => (
            <li key={o.id} className="spread spread--one-line other-objectives__item">
              <Link href={link(`/units/${unitId}`, o.periodName)} className="other-objectives__link">
                <span className="badge badge--outline">{o.periodName}</span>
                <span className="user-text">{o.title}</span>
              </Link>
              <span className="subtle">{t(`objectiveStatus.${o.status}`, { defaultValue: o.status })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
  return (
    <Card className="other-objectives" title={t("team.otherObjectives")} titleRules={["M1"]}>
      <div className="card__body other-objectives__body stack stack--4">
        {group(t("team.queued"), queued)}
        {group(t("team.earlier"), earlier)}
      </div>
    </Card>
  );
}
