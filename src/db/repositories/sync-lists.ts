import { type RawBuilder, sql } from "kysely";
import type { Executor } from "../executor.ts";
import type { CheckInRow, KeyResultRow, ObjectiveRow } from "../schema.ts";
import { changedSince } from "./check-ins.ts";
import { afterTimeKey, timeKey } from "./keyset.ts";

// The lists an integration polls (docs/api.md, "Paging and sync"): objectives, key results and
// check-ins, paged by a keyset on (created_at, id). A row's creation time never changes, so a
// walk sees each row that existed when it began exactly once, whatever is written meanwhile;
// `updatedSince` filters on the time the row last changed. Migration 0034 indexes each key.

export interface KeysetRequest {
  /** Rows wanted; one more is read to tell whether a next page exists. */
  limit: number;
  /** The key of the previous page's last row (domain/paging.ts decodeTimeKey). */
  after: { at: string; id: string } | null;
  /** Only rows changed at or after this time. */
  updatedSince: Date | null;
  /** Private units the caller may not read (S5): their rows are left out. */
  hiddenUnitIds: readonly string[];
}

/** A row with its key as the database keeps it (microseconds, UTC), for the next cursor. */
export type Keyed<T> = T & { pageKey: string };

function keyOf(table: "o" | "k" | "c"): RawBuilder<string> {
  return timeKey(`${table}.created_at`);
}

/**
 * What every polled list asks of its rows besides its filters: not in a private unit the caller
 * may not read (the objective's unit, `o`), and after the cursor's key.
 */
function inPage(table: "o" | "k" | "c", page: KeysetRequest): RawBuilder<boolean> {
  const conditions = [sql<boolean>`true`];
  if (page.hiddenUnitIds.length > 0) conditions.push(sql`o.unit_id not in (${sql.join([...page.hiddenUnitIds])})`);
  if (page.after) conditions.push(afterTimeKey(`${table}.created_at`, `${table}.id`, page.after));
  return sql<boolean>`${sql.join(conditions, sql` and `)}`;
}

export interface ObjectivePageFilter {
  periodId?: string | undefined;
  unitId?: string | undefined;
  status?: ObjectiveRow["status"] | undefined;
  /** The objectives cascaded from this KR (M5): where its rolled-up progress comes from. */
  parentKeyResultId?: string | undefined;
}

export async function objectivesPage(
  tx: Executor,
  orgId: string,
  filter: ObjectivePageFilter,
  page: KeysetRequest,
): Promise<Keyed<ObjectiveRow>[]> {
  let q = tx.selectFrom("objectives as o").selectAll("o").select(keyOf("o").as("pageKey")).where("o.orgId", "=", orgId);
  if (filter.periodId) q = q.where("o.periodId", "=", filter.periodId);
  if (filter.unitId) q = q.where("o.unitId", "=", filter.unitId);
  if (filter.status) q = q.where("o.status", "=", filter.status);
  if (filter.parentKeyResultId) q = q.where("o.parentKeyResultId", "=", filter.parentKeyResultId);
  if (page.updatedSince) q = q.where("o.updatedAt", ">=", page.updatedSince);
  return q
    .where(inPage("o", page))
    .orderBy("o.createdAt")
    .orderBy("o.id")
    .limit(page.limit + 1)
    .execute();
}

export interface KeyResultPageFilter {
  objectiveId?: string | undefined;
  periodId?: string | undefined;
  unitId?: string | undefined;
}

export async function keyResultsPage(
  tx: Executor,
  orgId: string,
  filter: KeyResultPageFilter,
  page: KeysetRequest,
): Promise<Keyed<KeyResultRow>[]> {
  let q = tx
    .selectFrom("keyResults as k")
    .innerJoin("objectives as o", (j) => j.onRef("o.orgId", "=", "k.orgId").onRef("o.id", "=", "k.objectiveId"))
    .selectAll("k")
    .select(keyOf("k").as("pageKey"))
    .where("k.orgId", "=", orgId);
  if (filter.objectiveId) q = q.where("k.objectiveId", "=", filter.objectiveId);
  if (filter.periodId) q = q.where("o.periodId", "=", filter.periodId);
  if (filter.unitId) q = q.where("o.unitId", "=", filter.unitId);
  if (page.updatedSince) q = q.where("k.updatedAt", ">=", page.updatedSince);
  return q
    .where(inPage("k", page))
    .orderBy("k.createdAt")
    .orderBy("k.id")
    .limit(page.limit + 1)
    .execute();
}

export interface CheckInPageFilter {
  keyResultId?: string | undefined;
  periodId?: string | undefined;
  unitId?: string | undefined;
}

/**
 * The organisation's readings. A reading changes when it is corrected or withdrawn (S7: it is
 * never deleted while its key result lives), so `updatedSince` matches the latest of its
 * creation, correction and withdrawal.
 */
export async function checkInsPage(
  tx: Executor,
  orgId: string,
  filter: CheckInPageFilter,
  page: KeysetRequest,
): Promise<Keyed<CheckInRow>[]> {
  let q = tx
    .selectFrom("checkIns as c")
    .innerJoin("keyResults as k", (j) => j.onRef("k.orgId", "=", "c.orgId").onRef("k.id", "=", "c.keyResultId"))
    .innerJoin("objectives as o", (j) => j.onRef("o.orgId", "=", "k.orgId").onRef("o.id", "=", "k.objectiveId"))
    .selectAll("c")
    .select(keyOf("c").as("pageKey"))
    .where("c.orgId", "=", orgId);
  if (filter.keyResultId) q = q.where("c.keyResultId", "=", filter.keyResultId);
  if (filter.periodId) q = q.where("o.periodId", "=", filter.periodId);
  if (filter.unitId) q = q.where("o.unitId", "=", filter.unitId);
  if (page.updatedSince) {
    q = q.where(changedSince(page.updatedSince));
  }
  return q
    .where(inPage("c", page))
    .orderBy("c.createdAt")
    .orderBy("c.id")
    .limit(page.limit + 1)
    .execute();
}
