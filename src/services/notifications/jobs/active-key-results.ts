import { keyResultsInPeriods, paceColumns } from "../../../db/repositories/okrs.ts";
import { isQuiet } from "../../../domain/notifications.ts";
import { daysBetween } from "../../../domain/period.ts";
import type { Tx } from "../../context.ts";

/**
 * The KRs the weekly jobs look at, across organisations (the jobs run on the owner connection):
 * those of active objectives in active periods, measured by their own readings (a rolled-up KR,
 * M5, has none to ask for). A closed or reviewing period asks for no more readings.
 */
export async function activeKeyResults(tx: Tx, filter: { ownedOnly?: boolean; unitIds?: readonly string[] } = {}) {
  let query = keyResultsInPeriods(tx)
    .select(paceColumns)
    .select([
      "k.orgId",
      "k.id",
      "k.title",
      "k.ownerId",
      "k.currentConfidence as confidence",
      "k.createdAt",
      "o.title as objectiveTitle",
      "o.unitId",
    ])
    .where("p.status", "=", "active")
    .where("o.status", "=", "active")
    .where("k.rolledUp", "=", false);
  if (filter.ownedOnly) query = query.where("k.ownerId", "is not", null);
  if (filter.unitIds) {
    if (filter.unitIds.length === 0) return [];
    query = query.where("o.unitId", "in", [...filter.unitIds]);
  }
  return query
    .orderBy((eb) => eb.fn("lower", ["k.title"]))
    .orderBy("k.id")
    .execute();
}

export type ActiveKeyResult = Awaited<ReturnType<typeof activeKeyResults>>[number];

export function quiet(kr: ActiveKeyResult, now: Date): boolean {
  return isQuiet(kr, kr.startsOn, now);
}

/** Days since the last reading; null when there never was one. */
export function daysQuiet(kr: ActiveKeyResult, now: Date): number | null {
  return kr.lastCheckInAt ? daysBetween(new Date(kr.lastCheckInAt), now) : null;
}
