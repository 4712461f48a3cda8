import type { Executor } from "../executor.ts";
import { anyId, keyResultsInPeriods } from "./okrs.ts";

/** A KR of a unit's closed period with the final score it ended with (K4 calibration). */
export interface PastKeyResultRow {
  unitId: string;
  periodId: string;
  periodName: string;
  endsOn: string;
  keyResultId: string;
  title: string;
  metric: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  finalProgress: number;
}

/** How many closed periods back calibration reads: a team's habits drift, older ones say less. */
export const CALIBRATION_PERIODS = 4;

/**
 * The units' KRs of their last closed periods (at most `periods` each, newest first) that ended
 * with a final score: the history the planning page's calibration and the coach's K4 read. One
 * query for any number of units; cancelled objectives are not history.
 */
export async function pastKeyResultsOf(
  db: Executor,
  orgId: string,
  unitIds: readonly string[],
  periods = CALIBRATION_PERIODS,
): Promise<Map<string, PastKeyResultRow[]>> {
  const byUnit = new Map<string, PastKeyResultRow[]>(unitIds.map((id) => [id, []]));
  if (unitIds.length === 0) return byUnit;
  const rows = await keyResultsInPeriods(db)
    .select([
      "o.unitId",
      "p.id as periodId",
      "p.name as periodName",
      "p.endsOn",
      "k.id as keyResultId",
      "k.title",
      "k.metric",
      "k.unit",
      "k.baseline",
      "k.target",
      "k.finalProgress",
    ])
    .where("k.orgId", "=", orgId)
    .where("o.unitId", "=", anyId(unitIds))
    .where("p.status", "=", "closed")
    .where("o.status", "<>", "cancelled")
    .where("k.finalProgress", "is not", null)
    .orderBy("p.endsOn", "desc")
    .orderBy("o.createdAt")
    .orderBy("k.position")
    .execute();
  for (const row of rows) {
    const own = byUnit.get(row.unitId) ?? [];
    const seen = new Set(own.map((kr) => kr.periodId));
    if (!seen.has(row.periodId) && seen.size === periods) continue;
    own.push({ ...row, finalProgress: row.finalProgress as number });
    byUnit.set(row.unitId, own);
  }
  return byUnit;
}
