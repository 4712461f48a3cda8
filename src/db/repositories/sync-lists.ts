import {
  type Expression,
  expressionBuilder,
  type RawBuilder,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
} from "kysely";
import type { Executor } from "../executor.ts";
import type { CheckInRow, Database, KeyResultRow, ObjectiveRow } from "../schema.ts";
import { changedSince } from "./check-ins.ts";
import { afterTimeKey, timeKey } from "./keyset.ts";
import { sameTenant } from "./tenant-joins.ts";

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

/** The filters every polled list takes on the objective its rows belong to (`o`). */
interface ObjectiveFilter {
  periodId?: string | undefined;
  unitId?: string | undefined;
}

export interface ObjectivePageFilter extends ObjectiveFilter {
  status?: ObjectiveRow["status"] | undefined;
  /** The objectives cascaded from this KR (M5): where its rolled-up progress comes from. */
  parentKeyResultId?: string | undefined;
}

/** A polled list's read: a page of the organisation's rows that match the filter. */
export type KeysetRead<F, T> = (tx: Executor, orgId: string, filter: F, page: KeysetRequest) => Promise<Keyed<T>[]>;

export const objectivesPage: KeysetRead<ObjectivePageFilter, ObjectiveRow> = async (tx, orgId, filter, page) => {
  let q = tx.selectFrom("objectives as o").selectAll("o").select(keyOf("o").as("pageKey")).where("o.orgId", "=", orgId);
  if (filter.status) q = q.where("o.status", "=", filter.status);
  if (filter.parentKeyResultId) q = q.where("o.parentKeyResultId", "=", filter.parentKeyResultId);
  if (page.updatedSince) q = q.where("o.updatedAt", ">=", page.updatedSince);
  return keysetPage(q, "o", filter, page);
};

export interface KeyResultPageFilter extends ObjectiveFilter {
  objectiveId?: string | undefined;
}

export const keyResultsPage: KeysetRead<KeyResultPageFilter, KeyResultRow> = async (tx, orgId, filter, page) => {
  let q = tx
    .selectFrom("keyResults as k")
    .innerJoin("objectives as o", (j) => sameTenant(j, "o.id", "k.objectiveId"))
    .selectAll("k")
    .select(keyOf("k").as("pageKey"))
    .where("k.orgId", "=", orgId);
  if (filter.objectiveId) q = q.where("k.objectiveId", "=", filter.objectiveId);
  if (page.updatedSince) q = q.where("k.updatedAt", ">=", page.updatedSince);
  return keysetPage(q, "k", filter, page);
};

export interface CheckInPageFilter extends ObjectiveFilter {
  keyResultId?: string | undefined;
}

/**
 * The organisation's readings. A reading changes when it is corrected or withdrawn (S7: it is
 * never deleted while its key result lives), so `updatedSince` matches the latest of its
 * creation, correction and withdrawal.
 */
export const checkInsPage: KeysetRead<CheckInPageFilter, CheckInRow> = async (tx, orgId, filter, page) => {
  let q = tx
    .selectFrom("checkIns as c")
    .innerJoin("keyResults as k", (j) => sameTenant(j, "k.id", "c.keyResultId"))
    .innerJoin("objectives as o", (j) => sameTenant(j, "o.id", "k.objectiveId"))
    .selectAll("c")
    .select(keyOf("c").as("pageKey"))
    .where("c.orgId", "=", orgId);
  if (filter.keyResultId) q = q.where("c.keyResultId", "=", filter.keyResultId);
  if (page.updatedSince) q = q.where(changedSince(page.updatedSince));
  return keysetPage(q, "c", filter, page);
};

const objective = expressionBuilder<{ o: Database["objectives"] }, "o">();

/**
 * A page of a list's rows (`table`, read with their key and their objective as `o`): those of the
 * filter's period and unit, not in a hidden unit, after the cursor's key, in key order, one more
 * than the page holds.
 */
function keysetPage<DB, TB extends keyof DB, O>(
  rows: SelectQueryBuilder<DB, TB, O>,
  table: "o" | "k" | "c",
  filter: ObjectiveFilter,
  page: KeysetRequest,
): Promise<O[]> {
  const conditions: Expression<SqlBool>[] = [inPage(table, page)];
  if (filter.periodId) conditions.push(objective("o.periodId", "=", filter.periodId));
  if (filter.unitId) conditions.push(objective("o.unitId", "=", filter.unitId));
  return rows
    .where(objective.and(conditions))
    .orderBy(sql.ref(`${table}.createdAt`))
    .orderBy(sql.ref(`${table}.id`))
    .limit(page.limit + 1)
    .execute();
}
