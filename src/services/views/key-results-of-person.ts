import { keyResultsWithObjectives } from "../../db/repositories/okrs.ts";
import { findPeriod } from "../period-lookup.ts";
import { findRow } from "../tenant-reads.ts";
import { defineUseCase } from "../use-case.ts";
import type { KeyResultView } from "./period-scores.ts";
import { loadUnitIndex, scoredObjectivesOfUnits } from "./unit-index.ts";

export interface OwnedKeyResult {
  unit: { id: string; name: string };
  objective: { id: string; title: string; status: string };
  keyResult: KeyResultView;
}

/**
 * The key results a person owns in a period, scored (S1, S2, M5 roll-up), with the unit and
 * objective of each, in the organisation's tree order. OKRs are open to read (S5), except a
 * private unit's for those who may not read it.
 */
export const getKeyResultsOfPerson = defineUseCase(
  "read",
  async ({ tx, ctx, scope, orgId }, personId: string, periodRef: string) => {
    const _person = await findRow(tx, orgId, "people", personId, "Person");
    const period = await findPeriod(tx, orgId, periodRef);
    const owned = await keyResultsWithObjectives(tx, orgId)
      .select("objectives.unitId")
      .distinct()
      .where("keyResults.ownerId", "=", personId)
      .where("objectives.periodId", "=", period.id)
      .execute();
    if (owned.length === 0) return { period, keyResults: [] };
    const index = await loadUnitIndex(tx, orgId);
    const unitIds = new Set(owned.map((row) => row.unitId));
    const units = index.subtree(null).filter((unit) => unitIds.has(unit.id));
    const byUnit = await scoredObjectivesOfUnits(tx, scope, period, units, ctx.now());
    const keyResults = units.flatMap((unit) =>
      (byUnit.get(unit.id) ?? [])
        .filter((objective) => objective.status !== "cancelled")
        .flatMap((objective) =>
          objective.keyResults
            .filter((kr) => kr.ownerId === personId)
            .map((keyResult) => ({
              unit: { id: unit.id, name: unit.name },
              objective: { id: objective.id, title: objective.title, status: objective.status },
              keyResult,
            })),
        ),
    );
    return { period, keyResults };
  },
);
