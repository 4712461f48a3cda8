import { type Insertable, sql } from "kysely";
import type { Executor } from "../executor.ts";
import type { LearningsTable, ReviewDecisionsTable, ReviewSessionRow } from "../schema.ts";
import { standingReadingsOf } from "./check-ins.ts";
import { afterTimeKey, timeKey } from "./keyset.ts";
import { allIds, anyId, listObjectivesOfUnits } from "./okrs.ts";
import { sameTenant } from "./tenant-joins.ts";
import { containing } from "./text-search.ts";

// Review sessions (S4), their answers and decisions, and the learnings library (S7).

export async function findSession(db: Executor, orgId: string, id: string): Promise<ReviewSessionRow | undefined> {
  return db.selectFrom("reviewSessions").selectAll().where("orgId", "=", orgId).where("id", "=", id).executeTakeFirst();
}

export async function lockSession(db: Executor, orgId: string, id: string): Promise<ReviewSessionRow | undefined> {
  return db
    .selectFrom("reviewSessions")
    .selectAll()
    .where("orgId", "=", orgId)
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

/** The stored sessions of a period, of the given units (all units when null). */
export async function listSessions(
  db: Executor,
  orgId: string,
  periodId: string,
  unitIds: readonly string[] | null,
): Promise<ReviewSessionRow[]> {
  let query = db.selectFrom("reviewSessions").selectAll().where("orgId", "=", orgId).where("periodId", "=", periodId);
  if (unitIds) {
    if (unitIds.length === 0) return [];
    query = query.where("unitId", "=", anyId(unitIds));
  }
  return query.orderBy("dueOn").execute();
}

/** Units that pursue something in the period (an objective that is neither a draft nor cancelled). */
export async function unitsWithObjectives(db: Executor, orgId: string, periodId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("objectives")
    .select("unitId")
    .distinct()
    .where("orgId", "=", orgId)
    .where("periodId", "=", periodId)
    .where("status", "in", ["active", "closed"])
    .execute();
  return rows.map((row) => row.unitId);
}

/** A unit's objectives of a period that a review looks at (cancelled ones are not pursued). */
export async function objectivesUnderReview(db: Executor, orgId: string, unitId: string, periodId: string) {
  const objectives = await listObjectivesOfUnits(db, orgId, [unitId], periodId);
  return objectives.filter((objective) => objective.status !== "cancelled");
}

/**
 * Standing check-ins of the key results up to the end of `until` (YYYY-MM-DD), for progress at a
 * date. A reading withdrawn later was a mistake then too (S7): the review never shows it.
 */
export async function readingsUntil(db: Executor, orgId: string, keyResultIds: readonly string[], until: string) {
  if (keyResultIds.length === 0) return [];
  return standingReadingsOf(db, orgId, keyResultIds)
    .where("checkedInAt", "<", sql<Date>`(${until}::date + 1)::timestamptz`)
    .execute();
}

export async function listAnswers(db: Executor, orgId: string, reviewId: string) {
  return db
    .selectFrom("reviewAnswers")
    .select(["keyResultId", "question", "answer"])
    .where("orgId", "=", orgId)
    .where("reviewId", "=", reviewId)
    .execute();
}

export async function upsertAnswers(
  db: Executor,
  orgId: string,
  reviewId: string,
  answers: readonly { keyResultId: string; question: string; answer: string }[],
  at: Date,
): Promise<void> {
  if (answers.length === 0) return;
  await db
    .insertInto("reviewAnswers")
    .values(answers.map((a) => ({ orgId, reviewId, ...a, updatedAt: at })))
    .onConflict((oc) =>
      oc.columns(["orgId", "reviewId", "keyResultId", "question"]).doUpdateSet((eb) => ({
        answer: eb.ref("excluded.answer"),
        updatedAt: eb.ref("excluded.updatedAt"),
      })),
    )
    .execute();
}

export async function listDecisions(db: Executor, orgId: string, reviewId: string) {
  return db
    .selectFrom("reviewDecisions")
    .selectAll()
    .where("orgId", "=", orgId)
    .where("reviewId", "=", reviewId)
    .execute();
}

/** A KR's decision in a review, every column given (a second decision on the KR replaces the first). */
export async function upsertDecision(db: Executor, row: Required<Insertable<ReviewDecisionsTable>>) {
  return db
    .insertInto("reviewDecisions")
    .values(row)
    .onConflict((oc) =>
      oc.columns(["orgId", "reviewId", "keyResultId"]).doUpdateSet((eb) => ({
        decision: eb.ref("excluded.decision"),
        reason: eb.ref("excluded.reason"),
        targetAfter: eb.ref("excluded.targetAfter"),
        decidedAt: eb.ref("excluded.decidedAt"),
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertLearning(db: Executor, row: Insertable<LearningsTable>) {
  return db.insertInto("learnings").values(row).returningAll().executeTakeFirstOrThrow();
}

export interface LearningFilters {
  /** Text the learning contains, in any language (substring match, see migration 0010). */
  q?: string;
  unitIds?: readonly string[];
  /** Private units the reader may not see (S5's one exception). */
  hiddenUnitIds?: readonly string[];
  periodId?: string;
  band?: "not_achieved" | "met" | "exceeded";
  reviewId?: string;
}

/** The learnings that match the filters, with what a listed one shows joined. */
function learningsMatching(db: Executor, orgId: string, filters: LearningFilters) {
  let query = db
    .selectFrom("learnings as l")
    .innerJoin("units as u", (join) => sameTenant(join, "u.id", "l.unitId"))
    .innerJoin("periods as p", (join) => sameTenant(join, "p.id", "l.periodId"))
    // A learning comes from a review or (migration 0026) an ended experiment: one of these matches.
    .leftJoin("reviewSessions as r", (join) => sameTenant(join, "r.id", "l.reviewId"))
    .leftJoin("experiments as e", (join) => sameTenant(join, "e.id", "l.experimentId"))
    .leftJoin("keyResults as k", (join) => sameTenant(join, "k.id", "l.keyResultId"))
    .leftJoin("reviewDecisions as d", (join) =>
      sameTenant(join, "d.reviewId", "l.reviewId").onRef("d.keyResultId", "=", "l.keyResultId"),
    )
    .where("l.orgId", "=", orgId);
  if (filters.q?.trim()) query = query.where("l.body", "ilike", containing(filters.q.trim()));
  if (filters.unitIds) query = query.where("l.unitId", "=", anyId(filters.unitIds));
  if (filters.hiddenUnitIds?.length) query = query.where("l.unitId", "<>", allIds(filters.hiddenUnitIds));
  if (filters.periodId) query = query.where("l.periodId", "=", filters.periodId);
  if (filters.band) query = query.where("l.band", "=", filters.band);
  if (filters.reviewId) query = query.where("l.reviewId", "=", filters.reviewId);
  return query;
}

/** How many learnings match the filters (the library shows the count). */
export async function countLearnings(db: Executor, orgId: string, filters: LearningFilters): Promise<number> {
  const row = await learningsMatching(db, orgId, filters)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Learnings with their unit, period, review date and key result title, newest first (then by
 * id): `limit` of them after the key `after` (a keyset page; migration 0040 indexes the key).
 */
export async function searchLearnings(
  db: Executor,
  orgId: string,
  filters: LearningFilters,
  page: { limit: number; after?: { at: string; id: string } | null },
) {
  let query = learningsMatching(db, orgId, filters);
  if (page.after) query = query.where(afterTimeKey("l.created_at", "l.id", page.after, ["desc", "asc"]));
  return query
    .select([
      "l.id",
      "l.source",
      "l.reviewId",
      "l.experimentId",
      "e.title as experimentTitle",
      "l.unitId",
      "u.name as unitName",
      "l.periodId",
      "p.name as periodName",
      "r.dueOn as reviewOn",
      "r.kind as reviewKind",
      "l.keyResultId",
      sql<string | null>`coalesce(k.title, d.key_result_title)`.as("keyResultTitle"),
      "l.band",
      "l.body",
      "l.createdAt",
      timeKey("l.created_at").as("pageKey"),
    ])
    .orderBy("l.createdAt", "desc")
    .orderBy("l.id")
    .limit(page.limit)
    .execute();
}
