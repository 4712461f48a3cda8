import { listObjectiveIdsOfUnit } from "../../db/repositories/okrs.ts";
import type { Period, Unit } from "../../db/schema.ts";
import { notFound } from "../../domain/errors.ts";
import { groupBy } from "../../domain/group-by.ts";
import { assertCanReadUnit, canReadUnit } from "../access.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { findPeriod } from "../periods.ts";
import type { Scope } from "../write.ts";
import { loadScoredCascade, loadScoredObjectives, type ObjectiveView } from "./period-scores.ts";

export interface UnitNode extends Unit {
  objectives: ObjectiveView[];
}

/** The whole organisation's OKRs of a period: every unit with its scored objectives (S5). */
export async function getOrganisationTree(
  ctx: ServiceContext,
  scope: Scope,
  periodRef: string,
): Promise<{ period: Period; units: UnitNode[] }> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const period = await findPeriod(tx, orgId, periodRef);
    const units = await tx.selectFrom("units").selectAll().where("orgId", "=", orgId).orderBy("name").execute();
    const objectives = await loadScoredObjectives(tx, orgId, period.id);
    // Grouped once: filtering per unit was quadratic (10,000 units took seconds, docs/performance.md).
    const byUnit = groupBy(objectives, (objective) => objective.unitId);
    // A private unit stays on the map (the tree must hold together) but its OKRs are not shown.
    const readable = (unit: Unit) => canReadUnit(scope, unit);
    return {
      period,
      units: units.map((unit) => ({ ...unit, objectives: readable(unit) ? (byUnit.get(unit.id) ?? []) : [] })),
    };
  });
}

/** One unit's OKRs of a period, plus its objectives of other periods (earlier and queued). */
export async function getUnitOkrs(ctx: ServiceContext, scope: Scope, unitId: string, periodRef: string) {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const unit = await tx
      .selectFrom("units")
      .selectAll()
      .where("orgId", "=", orgId)
      .where("id", "=", unitId)
      .executeTakeFirst();
    if (!unit) throw notFound("Unit");
    await assertCanReadUnit(tx, scope, unitId);
    const period = await findPeriod(tx, orgId, periodRef);
    const ownIds = await listObjectiveIdsOfUnit(tx, orgId, unitId, period.id);
    const scored = await loadScoredCascade(tx, orgId, period.id, ownIds);
    const otherObjectives = await tx
      .selectFrom("objectives")
      .innerJoin("periods", (join) =>
        join.onRef("periods.orgId", "=", "objectives.orgId").onRef("periods.id", "=", "objectives.periodId"),
      )
      .select([
        "objectives.id",
        "objectives.title",
        "objectives.status",
        "objectives.periodId",
        "periods.name as periodName",
        "periods.startsOn as periodStartsOn",
      ])
      .where("objectives.orgId", "=", orgId)
      .where("objectives.unitId", "=", unitId)
      .where("objectives.periodId", "!=", period.id)
      .orderBy("periods.startsOn")
      .execute();
    return { unit, period, objectives: scored.filter((o) => o.unitId === unitId), otherObjectives };
  });
}
