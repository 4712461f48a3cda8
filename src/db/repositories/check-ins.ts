import { type Insertable, sql } from "kysely";
import type { Executor } from "../executor.ts";
import type { CheckInReading, CheckInRow, CheckInsTable, KeyResultRow, PeriodStatus } from "../schema.ts";
import type { RecentReading } from "./forecasts.ts";
import { anyId } from "./okrs.ts";
import { type ChainToScore, chainToScoreColumns, chainToScoreCtes } from "./scores.ts";
import { type Subscriber, subscribersQuery } from "./webhooks.ts";

// A batch of check-ins (issue 6, docs/check-ins.md) costs a fixed number of statements whatever
// its size: one read of the KRs, one INSERT with one array parameter per column, one refresh of
// the KRs' cached values.

/** A KR a batch names, with the unit its objective belongs to (for authorising) and its objective (for rescoring). */
export interface KeyResultToCheckIn {
  id: string;
  objectiveId: string;
  unitId: string;
  /** The objective's period, which must be open (assertPeriodOpen). */
  periodId: string;
}

/** The organisation's KRs among `ids`, locked until the transaction ends like a single check-in's KR. */
export async function lockKeyResultsToCheckIn(
  db: Executor,
  orgId: string,
  ids: string[],
): Promise<KeyResultToCheckIn[]> {
  const result = await sql<KeyResultToCheckIn>`
    select kr.id, kr.objective_id, o.unit_id, o.period_id
    from key_results kr
    join objectives o on o.org_id = kr.org_id and o.id = kr.objective_id
    where kr.org_id = ${orgId} and kr.id = any(${ids}::uuid[])
    order by kr.id
    for update of kr`.execute(db);
  return result.rows;
}

/** A KR about to take one check-in, with what the check-in decides on and what its forecast is drawn over. */
export interface KeyResultToCheckInOne {
  keyResult: KeyResultRow;
  /** The unit its objective belongs to (for authorising). */
  unitId: string;
  /** Its objective's period: it must be open, and its dates bound the forecast. */
  period: { id: string; name: string; status: PeriodStatus; startsOn: string; endsOn: string };
  /** The webhooks that take any of the given event types (`listSubscribers`). */
  subscribers: Subscriber[];
}

/**
 * One KR locked for a check-in as `tenantRows("keyResults").lock` does, with its objective's
 * unit, its period share-locked as `assertPeriodOpen` does (closing waits for the write) and the
 * webhooks that take `eventTypes`, in one statement where they were four.
 */
export async function lockKeyResultToCheckIn(
  db: Executor,
  orgId: string,
  id: string,
  eventTypes: string[],
): Promise<KeyResultToCheckInOne | undefined> {
  const result = await sql<KeyResultRow & OfKeyResult>`
    select kr.*, o.unit_id as of_unit_id, p.id as of_period_id, p.name as of_period_name,
      p.status as of_period_status, p.starts_on as of_period_starts_on, p.ends_on as of_period_ends_on,
      (select coalesce(json_agg(s), '[]') from (${subscribersQuery(orgId, eventTypes)}) s) as of_subscribers
    from key_results kr
    join objectives o on o.org_id = kr.org_id and o.id = kr.objective_id
    join periods p on p.org_id = o.org_id and p.id = o.period_id
    where kr.org_id = ${orgId} and kr.id = ${id}
    for update of kr for share of p`.execute(db);
  const row = result.rows[0];
  if (!row) return undefined;
  const {
    ofUnitId,
    ofPeriodId,
    ofPeriodName,
    ofPeriodStatus,
    ofPeriodStartsOn,
    ofPeriodEndsOn,
    ofSubscribers,
    ...keyResult
  } = row;
  return {
    keyResult,
    unitId: ofUnitId,
    subscribers: ofSubscribers,
    period: {
      id: ofPeriodId,
      name: ofPeriodName,
      status: ofPeriodStatus,
      startsOn: ofPeriodStartsOn,
      endsOn: ofPeriodEndsOn,
    },
  };
}

/**
 * A single check-in's insert, with what its forecast and its roll-up read, in one statement
 * where they were three (docs/performance.md, "The check-in path at large"): the row as inserted,
 * the KR's `perKeyResult` latest readings (`listRecentReadings`) with the new one among them, and
 * the chain up from the KR's objective as `readChainToScore` reads it. The caller holds the score
 * lock and the KR's row lock, so nothing else moves the chain between this read and the rescore.
 */
export async function insertCheckInToScore(
  db: Executor,
  row: Insertable<CheckInsTable> & Pick<CheckInRow, "orgId" | "keyResultId" | "checkedInAt" | "createdAt">,
  objectiveId: string,
  perKeyResult: number,
): Promise<{ checkIn: CheckInRow; readings: RecentReading[]; chain: ChainToScore }> {
  const { orgId, keyResultId } = row;
  const insert = db.insertInto("checkIns").values(row).returningAll();
  // The statement's parts see the database as it was before it (a data-modifying CTE's rows are
  // not visible to the rest of the statement), so the readings are the earlier ones, and the new
  // row joins them below, in the same order (time, then recording time, latest first).
  const result = await sql<CheckInRow & OfInserted>`${chainToScoreCtes(orgId, [objectiveId])},
    inserted as (${insert})
    select inserted.*,
      (select coalesce(json_agg(r), '[]') from (
        select c.value, c.checked_in_at, c.created_at from check_ins c
        where c.org_id = ${orgId} and c.key_result_id = ${keyResultId} and c.withdrawn_at is null
        order by c.checked_in_at desc, c.created_at desc
        limit ${perKeyResult}) r) as of_readings,
      (select row_to_json(chain_read) from (select ${chainToScoreColumns}) chain_read) as of_chain
    from inserted`.execute(db);
  const { ofReadings, ofChain, ...checkIn } = result.rows[0] as CheckInRow & OfInserted;
  const later = (r: { checkedInAt: string; createdAt: string }) => {
    const at = new Date(r.checkedInAt).getTime();
    const newAt = checkIn.checkedInAt.getTime();
    return at > newAt || (at === newAt && new Date(r.createdAt).getTime() > checkIn.createdAt.getTime());
  };
  const place = ofReadings.filter(later).length; // they come latest first
  const readings = ofReadings.map((r) => ({ keyResultId, value: r.value, checkedInAt: new Date(r.checkedInAt) }));
  readings.splice(place, 0, { keyResultId, value: checkIn.value, checkedInAt: checkIn.checkedInAt });
  return { checkIn, readings: readings.slice(0, perKeyResult), chain: ofChain };
}

interface OfInserted {
  ofReadings: { value: number; checkedInAt: string; createdAt: string }[];
  ofChain: ChainToScore;
}

interface OfKeyResult {
  ofUnitId: string;
  ofPeriodId: string;
  ofPeriodName: string;
  ofPeriodStatus: PeriodStatus;
  ofPeriodStartsOn: string;
  ofPeriodEndsOn: string;
  ofSubscribers: Subscriber[];
}

/** The organisation's people among `ids`. */
export async function listPeopleIds(db: Executor, orgId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const result = await sql<{ id: string }>`
    select id from people where org_id = ${orgId} and id = any(${ids}::uuid[])`.execute(db);
  return result.rows.map((row) => row.id);
}

export type NewCheckIn = CheckInReading & Pick<CheckInRow, "recordedBy">;

/** Inserts the rows in one statement; they all share `createdAt`, the time of the batch. */
export async function insertCheckIns(db: Executor, orgId: string, rows: NewCheckIn[], createdAt: Date): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into check_ins (org_id, id, key_result_id, value, confidence, comment, author_id, recorded_by, checked_in_at, created_at)
    select ${orgId}::uuid, b.*, ${createdAt.toISOString()}::timestamptz
    from unnest(
      ${rows.map((r) => r.id)}::uuid[],
      ${rows.map((r) => r.keyResultId)}::uuid[],
      ${rows.map((r) => r.value)}::float8[],
      ${rows.map((r) => r.confidence)}::float8[],
      ${rows.map((r) => r.comment)}::text[],
      ${rows.map((r) => r.authorId)}::uuid[],
      ${rows.map((r) => r.recordedBy)}::uuid[],
      ${rows.map((r) => r.checkedInAt.toISOString())}::timestamptz[]
    ) as b(id, key_result_id, value, confidence, comment, author_id, recorded_by, checked_in_at)`.execute(db);
}

/**
 * Moves each KR's cached reading to the latest of `rows`, the same rule as a single check-in:
 * the latest reading wins, a back-dated one does not replace a newer current reading, and of
 * two with the same time the one recorded last wins (later in `rows`, or the batch over what
 * the KR already had). Call it with the KRs locked (`lockKeyResultsToCheckIn`). Returns the ids
 * of the KRs whose reading moved.
 */
export async function followLatestReadings(db: Executor, orgId: string, rows: NewCheckIn[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const result = await sql<{ id: string }>`
    update key_results kr
    set current_value = latest.value, current_confidence = latest.confidence, last_check_in_at = latest.checked_in_at
    from (
      select distinct on (key_result_id) key_result_id, value, confidence, checked_in_at
      from unnest(
        ${rows.map((r) => r.keyResultId)}::uuid[],
        ${rows.map((r) => r.value)}::float8[],
        ${rows.map((r) => r.confidence)}::float8[],
        ${rows.map((r) => r.checkedInAt.toISOString())}::timestamptz[]
      ) with ordinality as b(key_result_id, value, confidence, checked_in_at, n)
      order by key_result_id, checked_in_at desc, n desc
    ) latest
    where kr.org_id = ${orgId} and kr.id = latest.key_result_id
      and (kr.last_check_in_at is null or kr.last_check_in_at <= latest.checked_in_at)
    returning kr.id`.execute(db);
  return result.rows.map((row) => row.id);
}

export interface KeyResultReading {
  id: string;
  currentValue: number | null;
  currentConfidence: number | null;
  lastCheckInAt: Date | null;
  progress: number | null;
}

/** The cached reading and stored progress of the given KRs. */
export async function listKeyResultReadings(db: Executor, orgId: string, ids: string[]): Promise<KeyResultReading[]> {
  if (ids.length === 0) return [];
  const result = await sql<KeyResultReading>`
    select id, current_value, current_confidence, last_check_in_at, progress
    from key_results where org_id = ${orgId} and id = any(${ids}::uuid[])
    order by id`.execute(db);
  return result.rows;
}

/**
 * A reading changed at or after `since`: recorded, corrected or withdrawn then (S7: a reading is
 * never deleted while its key result lives). For a query that names the check-ins table `c`.
 */
export function changedSince(since: Date) {
  return sql<boolean>`greatest(c.created_at, c.corrected_at, c.withdrawn_at) >= ${since}`;
}

/** The check-ins of these KRs (value and time), as a query to narrow: the standing ones, those up to a date. */
export function readingsOf(db: Executor, orgId: string, keyResultIds: readonly string[]) {
  return db
    .selectFrom("checkIns")
    .select(["keyResultId", "value", "checkedInAt"])
    .where("orgId", "=", orgId)
    .where("keyResultId", "=", anyId(keyResultIds));
}

/** The query for the readings of these KRs that stand: a withdrawn one never counts (S7). */
export function standingReadingsOf(db: Executor, orgId: string, keyResultIds: readonly string[]) {
  return readingsOf(db, orgId, keyResultIds).where("withdrawnAt", "is", null);
}

/** The readings of these KRs that stand (withdrawn ones aside, S7), in no order. */
export async function liveReadingsOf(db: Executor, orgId: string, keyResultIds: readonly string[]) {
  if (keyResultIds.length === 0) return [];
  return standingReadingsOf(db, orgId, keyResultIds).execute();
}
