import { listCascadedObjectives, listMapKeyResults, listMapObjectives } from "../../db/repositories/okrs.ts";
import type { KeyResultRow, ObjectiveRow, Unit } from "../../db/schema.ts";
import { groupBy } from "../../domain/group-by.ts";
import { idsOf } from "../../domain/ids.ts";
import { forecastProgressOf, type OutcomeBand, objectiveOutcomeBand, outcomeBand } from "../../domain/pace.ts";
import type { Band } from "../../domain/progress.ts";
import { canReadUnit } from "../access.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { findPeriod } from "../period-lookup.ts";
import type { Scope } from "../write.ts";
import type { TreeOptions } from "./okr-tree.ts";
import { loadUnitSubtree } from "./unit-index.ts";

/** A KR as the map draws it: title, progress and band (S1, S2), and where it cascades (M5). */
export type MapKeyResult = Pick<KeyResultRow, "id" | "title" | "progress"> & {
  band: Band | null;
  childObjectiveIds: string[];
};

/** An objective as the map and its path view draw it. */
export type MapObjective = Pick<
  ObjectiveRow,
  "id" | "title" | "status" | "strategyId" | "parentKeyResultId" | "progress"
> & {
  band: Band | null;
  bandBasis: OutcomeBand["basis"] | null;
  keyResults: MapKeyResult[];
};

export type MapUnit = Pick<Unit, "id" | "parentId" | "name" | "kind"> & {
  childUnitCount: number;
  objectives: MapObjective[];
};

/** Above this many units, one read of the period is cheaper than a list of their objectives. */
const UNIT_LIST_LIMIT = 2000;

/**
 * The alignment map (M5): a subtree of units with their objectives of the period, carrying only
 * what the map draws (docs/views-at-scale.md, "The map's own answer"). The bands follow from the
 * stored scores exactly as `getOrganisationTree`'s do (`outcomeBand`, `objectiveOutcomeBand`);
 * the pace, forecasts, versions and times it leaves out are on the team page's and `/tree`'s.
 */
export async function getMap(
  ctx: ServiceContext,
  scope: Scope,
  periodRef: string,
  options: TreeOptions = {},
): Promise<{ units: MapUnit[] }> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const period = await findPeriod(tx, orgId, periodRef);
    const index = await loadUnitSubtree(tx, orgId, options.root ?? null, options.depth);
    const units = index.subtree(options.root ?? null, options.depth);
    // A private unit stays on the map (the tree must hold together) but its OKRs are not shown.
    const readable = new Set(units.filter((unit) => canReadUnit(scope, unit)).map((unit) => unit.id));
    // Every unit (no root, no depth), or so many that one read of the period is cheaper.
    const wholePeriod = (options.root === undefined && options.depth === undefined) || readable.size > UNIT_LIST_LIMIT;
    const objectives =
      readable.size === 0 ? [] : await listMapObjectives(tx, orgId, period.id, wholePeriod ? null : [...readable]);
    const keyResults = await listMapKeyResults(tx, orgId, idsOf(objectives));
    // The whole period's objectives hold every one cascaded from its KRs: no third read.
    const cascaded = wholePeriod ? objectives : await listCascadedObjectives(tx, orgId, idsOf(keyResults));
    // Only objectives of the same period count for the roll-up (M5), and only they are shown.
    const childIds = groupBy(
      cascaded.filter((o) => o.parentKeyResultId && o.status !== "cancelled" && o.periodId === period.id),
      (o) => o.parentKeyResultId as string,
    );
    const krsByObjective = groupBy(keyResults, (kr) => kr.objectiveId);
    const byUnit = groupBy(
      objectives
        .filter((o) => readable.has(o.unitId))
        .map(({ unitId, periodId: _, finalProgress, ...o }): MapObjective & { unitId: string } => {
          const krs = krsByObjective.get(o.id) ?? [];
          const band = objectiveOutcomeBand(finalProgress, forecastProgressOf(krs));
          return {
            ...o,
            unitId,
            band: band?.band ?? null,
            bandBasis: band?.basis ?? null,
            keyResults: krs.map((kr) => ({
              id: kr.id,
              title: kr.title,
              progress: kr.progress,
              band: outcomeBand(kr)?.band ?? null,
              childObjectiveIds: idsOf(childIds.get(kr.id) ?? []),
            })),
          };
        }),
      (o) => o.unitId,
    );
    return {
      units: units.map((unit) => ({
        id: unit.id,
        parentId: unit.parentId,
        name: unit.name,
        kind: unit.kind,
        childUnitCount: unit.childUnitCount,
        objectives: (byUnit.get(unit.id) ?? []).map(({ unitId: _, ...o }) => o),
      })),
    };
  });
}
