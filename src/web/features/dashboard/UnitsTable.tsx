import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { LeaderDashboard } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { Progress } from "../../ui/Progress.tsx";
import { TableHead } from "../../ui/TableHead.tsx";
import { OutcomeBadge } from "../pace/OutcomeBadge.tsx";

interface Props {
  dashboard: LeaderDashboard;
  /** Focus the dashboard on a unit and those below it; undefined goes back to the whole organisation. */
  onFocus: (unitId: string | undefined) => void;
}

/**
 * Units in the organisation's own tree order as the API sends them, never sorted by score (S3:
 * no league tables), a few levels deep; a unit with more below it can become the focus.
 */
export function UnitsTable({ dashboard, onFocus }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { link } = useOrg();
  const { units, unit: focus } = dashboard;
  return (
    <Card title={t("dashboard.units")} rule="S3" hint={t("dashboard.noRanking")}>
      <div className="units-scope">
        <span className="subtle">
          {focus ? t("dashboard.focusedOn", { unit: focus.name }) : t("dashboard.wholeOrganisation")}
        </span>
        {focus?.parentId && (
          <button type="button" className="btn btn--small" onClick={() => onFocus(focus.parentId ?? undefined)}>
            {t("dashboard.upOneLevel")}
          </button>
        )}
        {focus && (
          <button type="button" className="btn btn--small" onClick={() => onFocus(undefined)}>
            {t("dashboard.showWholeOrganisation")}
          </button>
        )}
      </div>
      <div className="table-scroll">
        <table className="table units-table">
          <TableHead
            columns={[
              t("dashboard.unit"),
              t("dashboard.objective"),
              { label: t("dashboard.progress"), className: "units-table__progress" },
              t("dashboard.band"),
            ]}
          />
          <tbody>
            {units.map((unit) => {
              const objective = unit.objectives.find((o) => o.status === "active") ?? unit.objectives[0];
              const canFocus = unit.childUnitCount > 0 && unit.id !== focus?.id;
              return (
                <tr key={unit.id}>
                  <th scope="row" className="units-table__unit" style={{ "--depth": unit.depth } as CSSProperties}>
                    <Link href={link(`/units/${unit.id}`)}>{unit.name}</Link>
                    {canFocus && (
                      <button
                        type="button"
                        className="btn btn--ghost btn--small units-table__focus"
                        onClick={() => onFocus(unit.id)}
                        title={t("dashboard.focusOn", { unit: unit.name })}
                      >
                        <Icon name="target" size={14} />
                        <span className="visually-hidden">{t("dashboard.focusOn", { unit: unit.name })}: </span>
                        {t("dashboard.unitsBelow", {
                          count: unit.childUnitCount,
                          n: format.number(unit.childUnitCount),
                        })}
                      </button>
                    )}
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
                  <td>{objective && <OutcomeBadge band={objective.band} basis={objective.bandBasis} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
