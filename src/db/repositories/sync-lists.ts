import {
  type Expression,
  expressionBuilder,
  type FilterObject,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
} from "kysely";
import type { Executor } from "../executor.ts";
import type { CheckInRow, Database, KeyResultRow, ObjectiveRow } from "../schema.ts";
import { changedSince as readingChangedSince } from "./check-ins.ts";
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

/** The polled lists' tables, by the alias each list's query gives them. */
type Listed = { o: Database["objectives"]; k: Database["keyResults"]; c: Database["checkIns"] };
type ListedTable = keyof Listed;

const listed = expressionBuilder<Listed, ListedTable>();

/**
 * When a list's row last changed, for `updatedSince`: an objective or key result by its own
 * fields; a reading when it is recorded, corrected or withdrawn (S7: it is never deleted while
 * its key result lives).
 */
const changedSince: Record<ListedTable, (since: Date) => Expression<SqlBool>> = {
  o: (since) => listed("o.updatedAt", ">=", since),
  k: (since) => listed("k.updatedAt", ">=", since),
  c: readingChangedSince,
};

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

export interface KeyResultPageFilter extends ObjectiveFilter {
  objectiveId?: string | undefined;
}

export interface CheckInPageFilter extends ObjectiveFilter {
  keyResultId?: string | undefined;
}

/** A polled list's read: a page of the organisation's rows that match the filter. */
export type KeysetRead<F, T> = (tx: Executor, orgId: string, filter: F, page: KeysetRequest) => Promise<Keyed<T>[]>;

export const objectivesPage: KeysetRead<ObjectivePageFilter, ObjectiveRow> = (tx, orgId, filter, page) =>
  keysetPage(tx.selectFrom("objectives as o").selectAll("o"), "o", orgId, filter, page, {
    "o.status": filter.status,
    "o.parentKeyResultId": filter.parentKeyResultId,
  });

export const keyResultsPage: KeysetRead<KeyResultPageFilter, KeyResultRow> = (tx, orgId, filter, page) =>
  keysetPage(keyResultsWithObjective(tx).selectAll("k"), "k", orgId, filter, page, {
    "k.objectiveId": filter.objectiveId,
  });

/** The organisation's readings, withdrawn and corrected ones included (S7). */
export const checkInsPage: KeysetRead<CheckInPageFilter, CheckInRow> = (tx, orgId, filter, page) =>
  keysetPage(
    keyResultsWithObjective(tx)
      .innerJoin("checkIns as c", (j) => sameTenant(j, "c.keyResultId", "k.id"))
      .selectAll("c"),
    "c",
    orgId,
    filter,
    page,
    { "c.keyResultId": filter.keyResultId },
  );

/** Key results with their objective (`o`), whose period, unit and privacy the lists filter on. */
function keyResultsWithObjective(tx: Executor) {
  return tx.selectFrom("keyResults as k").innerJoin("objectives as o", (j) => sameTenant(j, "o.id", "k.objectiveId"));
}

/**
 * A page of a list's rows (`rows`: its `table` joined to their objective as `o`), each with its key:
 * the organisation's that match the list's `own` filters and the filter's period and unit, not in
 * a private unit the caller may not read (the objective's), changed since `updatedSince`, after
 * the cursor's key, in key order, one more than the page holds.
 */
function keysetPage<DB, TB extends keyof DB, O>(
  rows: SelectQueryBuilder<DB, TB, O>,
  table: ListedTable,
  orgId: string,
  filter: ObjectiveFilter,
  page: KeysetRequest,
  own: FilterObject<Listed, ListedTable>,
) {
  const conditions: Expression<SqlBool>[] = [
    listed(`${table}.orgId`, "=", orgId),
    listed.and(own),
    listed.and({ "o.periodId": filter.periodId, "o.unitId": filter.unitId }),
  ];
  if (page.hiddenUnitIds.length > 0) conditions.push(listed("o.unitId", "not in", page.hiddenUnitIds));
  if (page.updatedSince) conditions.push(changedSince[table](page.updatedSince));
  if (page.after) conditions.push(afterTimeKey(`${table}.created_at`, `${table}.id`, page.after));
  return rows
    .select(timeKey(`${table}.created_at`).as("pageKey"))
    .where(listed.and(conditions))
    .orderBy(sql.ref(`${table}.createdAt`))
    .orderBy(sql.ref(`${table}.id`))
    .limit(page.limit + 1)
    .execute();
}
