import { sql } from "kysely";
import type { Executor } from "../../services/context.ts";
import type { KeyResultRow, ObjectiveRow } from "../schema.ts";

export async function listKeyResults(db: Executor, orgId: string, objectiveIds: string[]): Promise<KeyResultRow[]> {
  if (objectiveIds.length === 0) return [];
  return db
    .selectFrom("keyResults")
    .selectAll()
    .where("orgId", "=", orgId)
    .where("objectiveId", "in", objectiveIds)
    .orderBy("objectiveId")
    .orderBy("position")
    .orderBy("createdAt")
    .execute();
}

export async function listObjectivesOfPeriod(db: Executor, orgId: string, periodId: string): Promise<ObjectiveRow[]> {
  return db
    .selectFrom("objectives")
    .selectAll()
    .where("orgId", "=", orgId)
    .where("periodId", "=", periodId)
    .orderBy("createdAt")
    .execute();
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
  const row = await db
    .selectFrom("keyResults")
    .select((eb) => eb.fn.max("position").as("last"))
    .where("orgId", "=", orgId)
    .where("objectiveId", "=", objectiveId)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
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

/** Every KR of a period's objectives, by a join rather than a list of thousands of ids. */
export async function listKeyResultsOfPeriod(db: Executor, orgId: string, periodId: string): Promise<KeyResultRow[]> {
  return db
    .selectFrom("keyResults")
    .innerJoin("objectives", (join) =>
      join.onRef("objectives.orgId", "=", "keyResults.orgId").onRef("objectives.id", "=", "keyResults.objectiveId"),
    )
    .selectAll("keyResults")
    .where("keyResults.orgId", "=", orgId)
    .where("objectives.periodId", "=", periodId)
    .orderBy("keyResults.objectiveId")
    .orderBy("keyResults.position")
    .orderBy("keyResults.createdAt")
    .execute();
}

/**
 * The objectives cascaded, at any depth, from the given ones within their period (M5): what a
 * team page needs to roll up its progress without loading the whole organisation.
 */
export async function listCascadeFrom(
  db: Executor,
  orgId: string,
  periodId: string,
  rootIds: string[],
): Promise<ObjectiveRow[]> {
  if (rootIds.length === 0) return [];
  const result = await sql<ObjectiveRow>`
    with recursive cascade(id) as (
      select id from objectives where org_id = ${orgId} and id in (${sql.join(rootIds)})
      union
      select child.id from objectives child
      join key_results kr on kr.org_id = child.org_id and kr.id = child.parent_key_result_id
      join cascade on cascade.id = kr.objective_id
      where child.org_id = ${orgId} and child.period_id = ${periodId}
    )
    select o.* from objectives o join cascade on cascade.id = o.id where o.org_id = ${orgId}
    order by o.created_at`.execute(db);
  return result.rows;
}

export async function listObjectiveIdsOfUnit(
  db: Executor,
  orgId: string,
  unitId: string,
  periodId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom("objectives")
    .select("id")
    .where("orgId", "=", orgId)
    .where("unitId", "=", unitId)
    .where("periodId", "=", periodId)
    .orderBy("createdAt")
    .execute();
  return rows.map((row) => row.id);
}
