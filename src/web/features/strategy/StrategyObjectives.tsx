import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import type { CompanyObjective } from "./queries.ts";
import "./strategy.css";

/** The company objectives of the period that serve one strategy statement (M8, P1). */
export function ServingObjectives({ objectives }: { objectives: CompanyObjective[] }) {
  const { t } = useTranslation();
  const { period } = useOrg();
  return (
    <div className="strategy-objectives">
      <h4>{t("strategy.servedBy", { period: period?.name ?? "" })}</h4>
      {objectives.length === 0 ? (
        <p className="subtle">{t("strategy.servedByNone")}</p>
      ) : (
        <ObjectiveList objectives={objectives} />
      )}
    </div>
  );
}

/** The company objectives that serve no strategy statement: what the coach notes (M8). */
export function UnservedObjectives({ objectives }: { objectives: CompanyObjective[] }) {
  const { t } = useTranslation();
  const { period } = useOrg();
  return (
    <Card
      title={t("strategy.unservedTitle", { period: period?.name ?? "" })}
      rule="M8"
      hint={t("strategy.unservedHint")}
    >
      <div className="card__body">
        {objectives.length === 0 ? (
          <p className="muted">{t("strategy.unservedNone")}</p>
        ) : (
          <ObjectiveList objectives={objectives} />
        )}
      </div>
    </Card>
  );
}

function ObjectiveList({ objectives }: { objectives: CompanyObjective[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { link } = useOrg();
  return (
    <ul className="strategy-objective-list">
      {objectives.map((objective) => (
        <li key={objective.id}>
          <Link href={`${link(`/units/${objective.unitId}`)}#objective-${objective.id}`} className="user-text">
            {objective.title}
          </Link>
          <span className="subtle">
            <span className="user-text">{objective.unitName}</span> · {t(`objectiveStatus.${objective.status}`)} ·{" "}
            {format.progress(objective.progress)}
          </span>
        </li>
      ))}
    </ul>
  );
}
