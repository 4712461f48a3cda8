import { sameTenant } from "../../db/repositories/tenant-joins.ts";
import type { Unit } from "../../db/schema.ts";
import { groupBy } from "../../domain/group-by.ts";
import { authorize } from "../../domain/policies.ts";
import { canReadUnit } from "../access.ts";
import { findPeriod } from "../period-lookup.ts";
import { findRow } from "../tenant-reads.ts";
import { defineUseCase } from "../use-case.ts";
import { loadScoredObjectives, type ObjectiveView, withKeyResults } from "./period-scores.ts";
import { loadUnitIndex, loadUnitPath, loadUnitSubtree, scoredObjectivesOfUnits } from "./unit-index.ts";

export interface UnitNode extends Unit {
  /** Units directly below this one, loaded or not: the map offers to expand them (M5). */
  childUnitCount: number;
  objectives: ObjectiveView[];
}

export interface TreeOptions {
  /** Only this unit's subtree; the top of the organisation when absent. */
  root?: string | undefined;
  /** Levels below the root (or the top units) to include; every level when absent. */
  depth?: number | undefined;
}

/**
 * A period's OKRs on the alignment map (M5, S5): every unit with its scored objectives, or,
 * with `root` or `depth`, one subtree a few levels deep in the organisation's tree order, so
 * the map loads the top first and each branch when it is opened.
 */
export const getOrganisationTree = defineUseCase(
  "read",
  async ({ tx, ctx, scope, orgId }, periodRef: string, options: TreeOptions = {}) => {
    const period = await findPeriod(tx, orgId, periodRef);
    if (options.root !== undefined || options.depth !== undefined) {
      const index = await loadUnitSubtree(tx, orgId, options.root ?? null, options.depth);
      const units = index.subtree(options.root ?? null, options.depth);
      const byUnit = await scoredObjectivesOfUnits(tx, scope, period, units, ctx.now());
      return {
        period,
        units: units.map(({ depth: _, ...unit }) => ({ ...unit, objectives: byUnit.get(unit.id) ?? [] })),
      };
    }
    const index = await loadUnitIndex(tx, orgId);
    const units = [...index.byId.values()]; // by name, as the index reads them
    const objectives = await loadScoredObjectives(tx, orgId, period, ctx.now());
    // Grouped once: filtering per unit was quadratic (10,000 units took seconds, docs/performance.md).
    const byUnit = groupBy(objectives, (objective) => objective.unitId);
    // A private unit stays on the map (the tree must hold together) but its OKRs are not shown.
    const readable = (unit: Unit) => canReadUnit(scope, unit);
    return {
      period,
      units: units.map((unit) => ({
        ...unit,
        childUnitCount: index.childCount(unit.id),
        objectives: readable(unit) ? (byUnit.get(unit.id) ?? []) : [],
      })),
    };
  },
);

/**
 * From the top of the organisation down to one unit, each unit with its OKRs of the period:
 * how a team's work connects to the company's objectives (M5), without the rest of the tree.
 */
export const getUnitPath = defineUseCase(
  "read",
  async ({ tx, ctx, scope, orgId }, unitId: string, periodRef: string) => {
    const index = await loadUnitPath(tx, orgId, unitId);
    index.get(unitId); // a unit of another organisation is not found (404)
    const period = await findPeriod(tx, orgId, periodRef);
    const path = index.pathTo(unitId);
    const byUnit = await scoredObjectivesOfUnits(tx, scope, period, path, ctx.now());
    return {
      period,
      units: path.map((unit) => ({
        ...unit,
        childUnitCount: index.childCount(unit.id),
        objectives: byUnit.get(unit.id) ?? [],
      })),
    };
  },
);

/** One unit's OKRs of a period, plus its objectives of other periods (earlier and queued). */
export const getUnitOkrs = defineUseCase(
  "read",
  async ({ tx, ctx, scope, orgId }, unitId: string, periodRef: string) => {
    const unit = await findRow(tx, orgId, "units", unitId, "Unit");
    authorize(scope.actor, { do: "readUnit", unitId: unit.id, unitPrivate: unit.private });
    const period = await findPeriod(tx, orgId, periodRef);
    // The unit's objectives of every period in one read: this period's are scored, the rest listed.
    const rows = await tx
      .selectFrom("objectives")
      .innerJoin("periods", (join) => sameTenant(join, "periods.id", "objectives.periodId"))
      .selectAll("objectives")
      .select(["periods.name as periodName", "periods.startsOn as periodStartsOn"])
      .where("objectives.orgId", "=", orgId)
      .where("objectives.unitId", "=", unitId)
      .orderBy("periods.startsOn")
      .orderBy("objectives.createdAt")
      .execute();
    const ofPeriod = rows
      .filter((row) => row.periodId === period.id)
      .map(({ periodName: _name, periodStartsOn: _startsOn, ...objective }) => objective);
    const scored = await withKeyResults(tx, orgId, ofPeriod, ctx.now(), [period]);
    const otherObjectives = rows
      .filter((row) => row.periodId !== period.id)
      .map(({ id, title, status, periodId, periodName, periodStartsOn }) => ({
        id,
        title,
        status,
        periodId,
        periodName,
        periodStartsOn,
      }));
    return { unit, period, objectives: scored, otherObjectives };
  },
);
