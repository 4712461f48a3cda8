import { sql } from "kysely";
import type { Executor } from "../executor.ts";
import type { PeriodStatus, PeriodTransition } from "../schema.ts";
import { anyId } from "./okrs.ts";

/**
 * The named periods' names and statuses, each row share-locked until the transaction ends: a
 * write into a period cannot interleave with the transition that closes it (the close takes the
 * row for update and waits for the writes under way; a write that comes later sees it closed).
 */
export async function lockPeriodsToWrite(
  db: Executor,
  orgId: string,
  ids: string[],
): Promise<{ id: string; name: string; status: PeriodStatus }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("periods")
    .select(["id", "name", "status"])
    .where("orgId", "=", orgId)
    .where("id", "=", anyId(ids))
    .orderBy("id")
    .forShare()
    .execute();
}

/** A step as the API shows it (the ordering column stays inside). */
export type TransitionRow = Omit<PeriodTransition, "seq">;
const columns = ["orgId", "id", "periodId", "fromStatus", "toStatus", "reason", "actorId", "at"] as const;

export async function insertTransition(db: Executor, row: TransitionRow): Promise<TransitionRow> {
  return db.insertInto("periodTransitions").values(row).returning(columns).executeTakeFirstOrThrow();
}

/** A period's steps, oldest first. */
export async function listTransitions(db: Executor, orgId: string, periodId: string): Promise<TransitionRow[]> {
  return db
    .selectFrom("periodTransitions")
    .select(columns)
    .where("orgId", "=", orgId)
    .where("periodId", "=", periodId)
    .orderBy("seq")
    .execute();
}

/**
 * S2: every objective and KR of the period without a final score gets its stored progress as
 * it stands (a unit's end-of-period review may have recorded some earlier; those stay). Two
 * statements whatever the period's size. Returns how many rows were filled.
 */
export async function recordFinalScores(
  db: Executor,
  orgId: string,
  periodId: string,
): Promise<{ objectives: number; keyResults: number }> {
  const objectives = await sql`
    update objectives set final_progress = progress
    where org_id = ${orgId} and period_id = ${periodId} and final_progress is null and progress is not null`.execute(
    db,
  );
  const keyResults = await sql`
    update key_results kr set final_progress = kr.progress
    from objectives o
    where kr.org_id = ${orgId} and o.org_id = kr.org_id and o.id = kr.objective_id and o.period_id = ${periodId}
      and kr.final_progress is null and kr.progress is not null`.execute(db);
  return {
    objectives: Number(objectives.numAffectedRows ?? 0),
    keyResults: Number(keyResults.numAffectedRows ?? 0),
  };
}
