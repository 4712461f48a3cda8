import { sql } from "kysely";
import type { Executor } from "../executor.ts";
import type { KeyResultRow, ObjectiveRow } from "../schema.ts";
import { uncancelledObjectives } from "./okrs.ts";
import { sameTenant } from "./tenant-joins.ts";

/** A unit's objective of a closed period, with its period: what practice over time reads (issue 17). */
export interface ClosedObjectiveRow {
  objectiveId: string;
  finalProgress: number | null;
  periodId: string;
  periodName: string;
  startsOn: string;
  endsOn: string;
}

/** How many closed periods back the practice trend reads: about two years of quarters. */
export const PRACTICE_PERIODS = 8;

/**
 * The unit's objectives of the organisation's last `periods` closed periods (cancelled ones are not
 * practice), oldest period first.
 */
export async function closedObjectivesOf(
  db: Executor,
  orgId: string,
  unitId: string,
  periods = PRACTICE_PERIODS,
): Promise<ClosedObjectiveRow[]> {
  const last = db
    .selectFrom("periods")
    .select("id")
    .where("orgId", "=", orgId)
    .where("status", "=", "closed")
    .orderBy("endsOn", "desc")
    .limit(periods);
  return uncancelledObjectives(db, orgId)
    .innerJoin("periods as p", (join) => sameTenant(join, "p.id", "o.periodId"))
    .select([
      "o.id as objectiveId",
      "o.finalProgress",
      "p.id as periodId",
      "p.name as periodName",
      "p.startsOn",
      "p.endsOn",
    ])
    .where("o.unitId", "=", unitId)
    .where("o.periodId", "in", last)
    .orderBy("p.endsOn")
    .orderBy("o.createdAt")
    .execute();
}

/**
 * The objective and its key results as they stood when it was activated, from the history (S7):
 * the first snapshot of the objective with status "active" (created active, or a draft made
 * active), and each KR's last snapshot at or before that instant (KRs deleted by then left out,
 * KRs added later not yet there). Null when the history never shows it active.
 */
export async function activationSnapshot(
  db: Executor,
  orgId: string,
  objectiveId: string,
): Promise<{ objective: ObjectiveRow; keyResults: KeyResultRow[]; activatedAt: Date } | null> {
  const activation = await db
    .selectFrom("history")
    .select(["after", "changedAt"])
    .where("orgId", "=", orgId)
    .where("entity", "=", "objective")
    .where("entityId", "=", objectiveId)
    .where(sql<string>`after ->> 'status'`, "=", "active")
    .orderBy("changedAt")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
  if (!activation) return null;
  const rows = await db
    .selectFrom("history")
    .select(["entityId", "action", "after"])
    .where("orgId", "=", orgId)
    .where("entity", "=", "key_result")
    .where(sql<string>`coalesce(after, before) ->> 'objectiveId'`, "=", objectiveId)
    .where("changedAt", "<=", activation.changedAt)
    .orderBy("changedAt")
    .orderBy("id")
    .execute();
  const keyResults = new Map<string, KeyResultRow>();
  for (const row of rows) {
    if (row.action === "delete") keyResults.delete(row.entityId);
    else keyResults.set(row.entityId, row.after as KeyResultRow);
  }
  return {
    objective: activation.after as ObjectiveRow,
    keyResults: [...keyResults.values()].sort((a, b) => a.position - b.position),
    activatedAt: activation.changedAt,
  };
}
