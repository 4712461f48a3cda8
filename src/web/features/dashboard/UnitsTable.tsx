import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { LeaderDashboard } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { BandBadge } from "../../ui/BandBadge.tsx";
import { Progress } from "../../ui/Progress.tsx";
import { RuleId } from "../../ui/RuleId.tsx";

type DashboardUnit = LeaderDashboard["units"][number];

/** Units in the organisation's own tree order, never sorted by score (S3: no league tables). */
function inTreeOrder(units: DashboardUnit[]): { unit: DashboardUnit; depth: number }[] {
  const children = new Map<string | null, DashboardUnit[]>();
  for (const unit of units) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  const known = new Set(units.map((u) => u.id));
  const out: { unit: DashboardUnit; depth: number }[] = [];
  const walk = (unit: DashboardUnit, depth: number) => {
    out.push({ unit, depth });
    for (const child of children.get(unit.id) ?? []) walk(child, depth + 1);
  };
  for (const unit of units) if (!unit.parentId || !known.has(unit.parentId)) walk(unit, 0);
  return out;
}

export function UnitsTable({ units }: { units: DashboardUnit[] }) {
  const { t } = useTranslation();
  const { link } = useOrg();
  return (
    <section className="card" aria-labelledby="units-title">
      <div className="card__header">
        <h2 id="units-title">{t("dashboard.units")}</h2>
        <span className="subtle">
          <RuleId id="S3" /> {t("dashboard.noRanking")}
        </span>
      </div>
      <div className="table-scroll">
        <table className="table units-table">
          <thead>
            <tr>
              <th scope="col">{t("dashboard.unit")}</th>
              <th scope="col">{t("dashboard.objective")}</th>
              <th scope="col" className="units-table__progress">
                {t("dashboard.progress")}
              </th>
              <th scope="col">{t("dashboard.band")}</th>
            </tr>
          </thead>
          <tbody>
            {inTreeOrder(units).map(({ unit, depth }) => {
              const objective = unit.objectives.find((o) => o.status === "active") ?? unit.objectives[0];
              return (
                <tr key={unit.id}>
                  <th scope="row" className="units-table__unit" style={{ "--depth": depth } as CSSProperties}>
                    <Link href={link(`/units/${unit.id}`)}>{unit.name}</Link>
                  </th>
                  <td className="user-text">
                    {objective ? objective.title : <span className="subtle">{t("map.noObjective")}</span>}
                  </td>
                  <td className="units-table__progress">
                    {objective && (
                      <Progress
                        progress={objective.progress}
                        band={objective.band}
                        label={t("common.progressOf", { title: unit.name })}
                      />
                    )}
                  </td>
                  <td>{objective && <BandBadge band={objective.band} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
