import { useTranslation } from "react-i18next";
import type { MapObjective, MapUnit } from "../../api/types.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Progress } from "../../ui/Progress.tsx";
import { ScoreLine } from "../pace/ScoreLine.tsx";
import { ServesStrategy } from "../strategy/ServesStrategy.tsx";

interface Props {
  objective: MapObjective;
  owners: Map<string, MapUnit>;
  showKeyResults: boolean;
}

/** An objective on the map: title, progress, band, and its KRs with where they cascade (M5). */
export function ObjectiveSummary({ objective, owners, showKeyResults }: Props) {
  const { t } = useTranslation();
  return (
    <div className="objective-summary stack stack--2">
      <div className="objective-summary__head">
        <p className="objective-summary__title user-text">{objective.title}</p>
        {objective.status !== "active" && <span className="badge">{t(`objectiveStatus.${objective.status}`)}</span>}
      </div>
      <ServesStrategy strategyId={objective.strategyId} />
      <ScoreLine scored={objective} className="objective-summary__score" />
      {showKeyResults && objective.keyResults.length > 0 && (
        <ul className="kr-mini-list" aria-label={t("map.keyResultsOf", { title: objective.title })}>
          {objective.keyResults.map((kr) => (
            <li key={kr.id} className="kr-mini">
              <span className="kr-mini__title user-text">{kr.title}</span>
              <span className="kr-mini__progress">
                <Progress progress={kr.progress} band={kr.band} label={t("common.progressOf", { title: kr.title })} />
              </span>
              {kr.childObjectiveIds.map((childId) => {
                const owner = owners.get(childId);
                return owner ? (
                  <a key={childId} href={`#unit-${owner.id}`} className="kr-mini__cascade">
                    <Icon name="link" size={13} />
                    {t("map.cascadesTo", { unit: owner.name })}
                  </a>
                ) : null;
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
