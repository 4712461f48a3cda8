import { keyResultsWithObjectives } from "../../db/repositories/okrs.ts";
import { containing } from "../../db/repositories/text-search.ts";
import type { Period } from "../../db/schema.ts";
import { canReadUnit } from "../access.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { findPeriod } from "../period-lookup.ts";
import type { Scope } from "../write.ts";
import type { UnitNode } from "./okr-tree.ts";
import { loadUnitIndex, scoredObjectivesOfUnits } from "./unit-index.ts";

export const DEFAULT_SEARCH_LIMIT = 50;

export interface SearchResult {
  period: Period;
  /** Units that match, in all. */
  total: number;
  /** The first matching units in tree order, each with its path from the top (ids, top first). */
  matches: { unitId: string; path: string[] }[];
  /** The matching units and every unit above them, with their OKRs, to draw them on the map in place. */
  units: UnitNode[];
}

/**
 * Units of the whole organisation whose name, objective or key result of the period contains
 * the text, so the map finds what it has not loaded yet (M5, S5). A private unit's name can
 * match (it stays on the map), its OKRs only for those who may read them.
 */
export async function searchOrganisation(
  ctx: ServiceContext,
  scope: Scope,
  periodRef: string,
  text: string,
  limit = DEFAULT_SEARCH_LIMIT,
): Promise<SearchResult> {
  const { orgId } = scope;
  const query = text.trim();
  return readTenant(ctx, orgId, async (tx) => {
    const period = await findPeriod(tx, orgId, periodRef);
    if (!query) return { period, total: 0, matches: [], units: [] };
    const index = await loadUnitIndex(tx, orgId);
    const pattern = containing(query);
    const objectiveHits = await tx
      .selectFrom("objectives")
      .select("unitId")
      .distinct()
      .where("orgId", "=", orgId)
      .where("periodId", "=", period.id)
      .where("status", "!=", "cancelled")
      .where("title", "ilike", pattern)
      .execute();
    const keyResultHits = await keyResultsWithObjectives(tx, orgId)
      .select("objectives.unitId")
      .distinct()
      .where("objectives.periodId", "=", period.id)
      .where("objectives.status", "!=", "cancelled")
      .where("keyResults.title", "ilike", pattern)
      .execute();
    const lower = query.toLowerCase();
    const matched = new Set<string>();
    for (const unit of index.byId.values()) if (unit.name.toLowerCase().includes(lower)) matched.add(unit.id);
    for (const { unitId } of [...objectiveHits, ...keyResultHits]) {
      const unit = index.byId.get(unitId);
      if (unit && canReadUnit(scope, unit)) matched.add(unitId);
    }
    const everyUnit = index.subtree(null);
    const ordered = everyUnit.filter((unit) => matched.has(unit.id));
    const matches = ordered.slice(0, limit).map((unit) => ({
      unitId: unit.id,
      path: index.pathTo(unit.id).map((step) => step.id),
    }));
    const shown = new Set(matches.flatMap((match) => match.path));
    const units = everyUnit.filter((unit) => shown.has(unit.id));
    const byUnit = await scoredObjectivesOfUnits(tx, scope, period, units, ctx.now());
    return {
      period,
      total: ordered.length,
      matches,
      units: units.map(({ depth: _, ...unit }) => ({ ...unit, objectives: byUnit.get(unit.id) ?? [] })),
    };
  });
}
