import { sql } from "kysely";
import type { Executor } from "../executor.ts";
import type { KeyResultRow, ObjectiveRow } from "../schema.ts";
import { sameTenant } from "./tenant-joins.ts";
import { nextPosition, tenantRows } from "./tenant-rows.ts";

/**
 * `= any($1::uuid[])`: a list of ids as one array parameter. An `in (...)` list of thousands is
 * thousands of parameters to send and parse, and has a ceiling (65,535).
 */
export function anyId(ids: readonly string[]) {
  return sql<string>`any(${ids}::uuid[])`;
}

/** `<> all($1::uuid[])`: none of these ids, as one array parameter (see anyId). */
export function allIds(ids: readonly string[]) {
  return sql<string>`all(${ids}::uuid[])`;
}

export async function listKeyResults(db: Executor, orgId: string, objectiveIds: string[]): Promise<KeyResultRow[]> {
  if (objectiveIds.length === 0) return [];
  return keyResultsOfObjectives(db, orgId, objectiveIds).selectAll().execute();
}

/** The KRs of the given objectives, in each objective's order, for a caller to pick the columns. */
export function keyResultsOfObjectives(db: Executor, orgId: string, objectiveIds: string[]) {
  return db
    .selectFrom("keyResults")
    .where("orgId", "=", orgId)
    .where("objectiveId", "=", anyId(objectiveIds))
    .orderBy("objectiveId")
    .orderBy("position")
    .orderBy("createdAt");
}

export async function listObjectivesOfPeriod(db: Executor, orgId: string, periodId: string): Promise<ObjectiveRow[]> {
  return tenantRows("objectives").listBy(db, orgId, { periodId }, "createdAt");
}

/**
 * The title of another active objective of the unit in the period, for M1; null when there is
 * none or the organisation has turned M1 off (coach settings, like the database's M1 trigger).
 */
export async function otherActiveObjective(
  db: Executor,
  orgId: string,
  unitId: string,
  periodId: string,
  exceptId: string | null,
): Promise<string | null> {
  let q = db
    .selectFrom("objectives")
    .select("title")
    .where("orgId", "=", orgId)
    .where("unitId", "=", unitId)
    .where("periodId", "=", periodId)
    .where("status", "=", "active")
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("coachSettings")
            .select("rule")
            .where("coachSettings.orgId", "=", orgId)
            .where("coachSettings.rule", "=", "M1")
            .where("coachSettings.setting", "=", "off"),
        ),
      ),
    );
  if (exceptId) q = q.where("id", "!=", exceptId);
  const row = await q.executeTakeFirst();
  return row?.title ?? null;
}

export async function nextKeyResultPosition(db: Executor, orgId: string, objectiveId: string): Promise<number> {
  return nextPosition(db, "keyResults", orgId, { objectiveId });
}

/** An objective's KRs, locked until the transaction ends (a whole-objective save). */
export async function lockKeyResultsOf(db: Executor, orgId: string, objectiveId: string): Promise<KeyResultRow[]> {
  return db
    .selectFrom("keyResults")
    .selectAll()
    .where("orgId", "=", orgId)
    .where("objectiveId", "=", objectiveId)
    .orderBy("position")
    .forUpdate()
    .execute();
}

/** The organisation's KRs joined to their objectives (a KR's period, status and unit are its objective's). */
export function keyResultsWithObjectives(db: Executor, orgId: string) {
  return db
    .selectFrom("keyResults")
    .innerJoin("objectives", (join) => sameTenant(join, "objectives.id", "keyResults.objectiveId"))
    .where("keyResults.orgId", "=", orgId);
}

/** Every KR of a period's objectives, by a join rather than a list of thousands of ids. */
export async function listKeyResultsOfPeriod(db: Executor, orgId: string, periodId: string): Promise<KeyResultRow[]> {
  return keyResultsWithObjectives(db, orgId)
    .selectAll("keyResults")
    .where("objectives.periodId", "=", periodId)
    .orderBy("keyResults.objectiveId")
    .orderBy("keyResults.position")
    .orderBy("keyResults.createdAt")
    .execute();
}

/**
 * The organisation's objectives ("o") that are not cancelled: a cancelled objective stays listed
 * as such, but is not drawn on the map, calibrated against or counted as the unit's objective.
 */
export function uncancelledObjectives(db: Executor, orgId: string) {
  return db.selectFrom("objectives as o").where("o.orgId", "=", orgId).where("o.status", "<>", "cancelled");
}

/** The objectives cascaded from the given KRs, one level down (M5). */
export async function listCascadedObjectives(
  db: Executor,
  orgId: string,
  keyResultIds: string[],
): Promise<Pick<ObjectiveRow, "id" | "periodId" | "status" | "parentKeyResultId">[]> {
  if (keyResultIds.length === 0) return [];
  return db
    .selectFrom("objectives")
    .select(["id", "periodId", "status", "parentKeyResultId"])
    .where("orgId", "=", orgId)
    .where("parentKeyResultId", "=", anyId(keyResultIds))
    .orderBy("createdAt")
    .execute();
}

/**
 * The ids of the KRs of these units' objectives (every period), as a subquery: a unit's KRs, whose
 * metric sources and guardrails a team page's cards read in one request, or private units' KRs
 * to leave out.
 */
export function keyResultIdsOfUnits(db: Executor, orgId: string, unitIds: readonly string[]) {
  return db
    .selectFrom("keyResults as k")
    .innerJoin("objectives as o", (j) => sameTenant(j, "o.id", "k.objectiveId"))
    .select("k.id")
    .where("k.orgId", "=", orgId)
    .where("o.unitId", "=", anyId(unitIds));
}

/** The given units' objectives of a period, oldest first. */
export async function listObjectivesOfUnits(
  db: Executor,
  orgId: string,
  unitIds: string[],
  periodId: string,
): Promise<ObjectiveRow[]> {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom("objectives")
    .selectAll()
    .where("orgId", "=", orgId)
    .where("unitId", "=", anyId(unitIds))
    .where("periodId", "=", periodId)
    .orderBy("createdAt")
    .execute();
}

/** The objective a KR belongs to, or null when there is no such KR. */
export async function objectiveIdOfKeyResult(
  db: Executor,
  orgId: string,
  keyResultId: string | null,
): Promise<string | null> {
  if (!keyResultId) return null;
  return (await tenantRows("keyResults").find(db, orgId, keyResultId))?.objectiveId ?? null;
}

/** KRs ("k") joined to their objective ("o") and its period ("p"), in every organisation: the caller narrows. */
export function keyResultsInPeriods(db: Executor) {
  return db
    .selectFrom("keyResults as k")
    .innerJoin("objectives as o", (join) => sameTenant(join, "o.id", "k.objectiveId"))
    .innerJoin("periods as p", (join) => sameTenant(join, "p.id", "o.periodId"));
}

/** The organisation's KRs ("k") joined to their objective ("o"), its period ("p") and its unit ("u"). */
export function keyResultsInUnits(db: Executor, orgId: string) {
  return keyResultsInPeriods(db)
    .innerJoin("units as u", (join) => sameTenant(join, "u.id", "o.unitId"))
    .where("k.orgId", "=", orgId);
}

/** Where a KR stands, for keyResultsInUnits: its objective, period and unit, as a list names them. */
export const keyResultPlace = [
  "o.id as objectiveId",
  "o.title as objectiveTitle",
  "o.periodId",
  "u.id as unitId",
  "u.name as unitName",
] as const;

/** What a KR's pace (domain/pace.ts) reads of it and of its period, for keyResultsInPeriods. */
export const paceColumns = [
  "k.kind",
  "k.progress",
  "k.deadline",
  "k.lastCheckInAt",
  "k.rolledUp",
  "k.forecastProgress",
  "k.finalProgress",
  "p.startsOn",
  "p.endsOn",
] as const;

/** What `periodOkrStamp` reads: counts and sums of row-version hashes, as text (numeric in SQL). */
export interface PeriodOkrStamp {
  objectives: string;
  keyResults: string;
  /** The latest KR deadline of the period, or null: the pace line moves with time until then. */
  lastDeadline: string | null;
}

/**
 * A stamp of a period's objectives and their KRs as stored, without reading them out: per table
 * the row count and a sum of hashes of each row's id and row version (`xmin`, which every insert
 * and update sets anew), so any insert, update or delete moves it. One statement, a few bytes
 * back, whatever the period's size: what the whole-period document's ETag is made of.
 */
export async function periodOkrStamp(db: Executor, orgId: string, periodId: string): Promise<PeriodOkrStamp> {
  const result = await sql<PeriodOkrStamp>`
    select
      (select count(*)::text || ':' || coalesce(sum(hashtextextended(o.id::text || ':' || o.xmin::text, 0)), 0)::text
        from objectives o where o.org_id = ${orgId} and o.period_id = ${periodId}) as objectives,
      (select count(*)::text || ':' || coalesce(sum(hashtextextended(k.id::text || ':' || k.xmin::text, 0)), 0)::text
        from key_results k
        join objectives o on o.org_id = k.org_id and o.id = k.objective_id
        where k.org_id = ${orgId} and o.period_id = ${periodId}) as key_results,
      (select max(k.deadline)::text
        from key_results k
        join objectives o on o.org_id = k.org_id and o.id = k.objective_id
        where k.org_id = ${orgId} and o.period_id = ${periodId}) as last_deadline`.execute(db);
  return result.rows[0] as PeriodOkrStamp;
}

/**
 * What the alignment map draws of the objectives of a period (docs/views-at-scale.md), of the
 * given units or, with null, of the whole period; cancelled ones are not drawn, so not read.
 */
export async function listMapObjectives(db: Executor, orgId: string, periodId: string, unitIds: string[] | null) {
  let query = uncancelledObjectives(db, orgId)
    .select([
      "o.id",
      "o.unitId",
      "o.periodId",
      "o.title",
      "o.status",
      "o.strategyId",
      "o.parentKeyResultId",
      "o.progress",
      "o.finalProgress",
    ])
    .where("o.periodId", "=", periodId);
  if (unitIds !== null) query = query.where("o.unitId", "=", anyId(unitIds));
  return query.orderBy("o.createdAt").execute();
}

/** What the map draws of the given objectives' KRs, and what their bands are worked out from. */
export async function listMapKeyResults(db: Executor, orgId: string, objectiveIds: string[]) {
  if (objectiveIds.length === 0) return [];
  return keyResultsOfObjectives(db, orgId, objectiveIds)
    .select(["id", "objectiveId", "title", "progress", "weight", "rolledUp", "finalProgress", "forecastProgress"])
    .execute();
}
