import { parse as parseCsv } from "csv-parse/sync";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { MetricSourceRow } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";
import { asReading, parseJsonPath, pickCsvCell, readJsonPath } from "../../domain/metric-sources.ts";
import { systemActor } from "../../domain/policies.ts";
import { recordCheckIn } from "../check-ins/record-check-in.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { notifySourceFailing } from "../notifications/source-failing.ts";
import type { Deliverer } from "../outbox/deliverers.ts";
import { type Scope, writeChange } from "../write.ts";
import { fetchSourceText, SourceFailure } from "./fetch-source.ts";
import { openHeaders, openSecret } from "./header-secrets.ts";
import { allowedHosts } from "./manage-metric-sources.ts";
import { querySourceValue } from "./query-source.ts";

// One sync of one source at one time (docs/metric-sources.md): fetch, find the number, record it
// as a check-in by the source through the check-in service (the one write path: the KR's latest
// value, roll-up M5, forecast and webhook events as for any reading), or record why not on the
// source. A reading is written once per source and time, so a retried sync writes nothing more.

export interface MetricSyncOptions {
  /** The whole exchange with the source's server, well inside the delivery worker's lease. */
  timeoutMs?: number;
  /** Fetches at once in this process; the worker's batch bounds it too. */
  concurrency?: number;
}

export const DEFAULT_SYNC_TIMEOUT_MS = 10_000;
const DEFAULT_CONCURRENCY = 4;

/** What the outbox's metric_sync messages carry. */
interface SyncPayload {
  sourceId: string;
  at: string;
}

/** The delivery worker's deliverer of the metric_sync channel: runs the sync the message names. */
export function createMetricSyncDeliverer(ctx: ServiceContext, options: MetricSyncOptions = {}): Deliverer {
  const limit = semaphore(options.concurrency ?? DEFAULT_CONCURRENCY);
  return async (message) => {
    const { sourceId, at } = message.payload as SyncPayload;
    if (!message.orgId) return;
    const orgId = message.orgId;
    await limit(() => syncMetricSource(ctx, orgId, sourceId, new Date(at), options.timeoutMs));
  };
}

export type SyncOutcome =
  | { status: "recorded" | "already_recorded"; value: number }
  | { status: "failed"; error: string }
  | { status: "gone" };

/** Syncs one source for the reading dated `at`; failures are stored on the source, never thrown. */
export async function syncMetricSource(
  ctx: ServiceContext,
  orgId: string,
  sourceId: string,
  at: Date,
  timeoutMs = DEFAULT_SYNC_TIMEOUT_MS,
): Promise<SyncOutcome> {
  const scope: Scope = { orgId, actor: systemActor };
  const loaded = await loadSource(ctx, orgId, sourceId);
  if (!loaded) return { status: "gone" };
  const { source } = loaded;
  try {
    const value = await readValue(loaded, at, timeoutMs);
    const before = await readTenant(ctx, orgId, (tx) =>
      tenantRows("checkIns").findBy(tx, orgId, { sourceId, checkedInAt: at }),
    );
    await recordCheckIn(ctx, scope, source.keyResultId, { value, checkedInAt: at.toISOString() }, { sourceId });
    await noteOutcome(ctx, scope, source, at, { lastSyncedAt: at, lastValue: value, lastError: "", failures: 0 });
    return { status: before ? "already_recorded" : "recorded", value };
  } catch (error) {
    const reason = failureReason(error);
    await noteOutcome(ctx, scope, source, at, { lastError: reason.slice(0, 1000), lastErrorAt: ctx.now() }, true);
    return { status: "failed", error: reason };
  }
}

/** What a sync reads with: the source, its opened secrets and the organisation's allowed hosts. */
export interface LoadedSource {
  source: MetricSourceRow;
  headers: Awaited<ReturnType<typeof openHeaders>>;
  password: string;
  hosts: Set<string>;
}

export async function loadSource(ctx: ServiceContext, orgId: string, sourceId: string): Promise<LoadedSource | null> {
  return readTenant(ctx, orgId, async (tx) => {
    const source = await tenantRows("metricSources").find(tx, orgId, sourceId);
    if (!source) return null;
    return {
      source,
      headers: await openHeaders(tx, sourceId, source.headers),
      password: await openSecret(tx, sourceId, "password", source.sealedPassword),
      hosts: new Set(await allowedHosts(tx, orgId)),
    };
  });
}

/** Fetches or queries the source and finds its number for the reading dated `at`; throws why not. */
export async function readValue(loaded: LoadedSource, at: Date, timeoutMs = DEFAULT_SYNC_TIMEOUT_MS): Promise<number> {
  const { source } = loaded;
  if (source.kind === "sql") {
    return numberOf(
      await querySourceValue({
        url: source.url,
        password: loaded.password,
        query: source.sqlQuery,
        allowedHosts: loaded.hosts,
        timeoutMs,
      }),
    );
  }
  const text = await fetchSourceText({
    url: source.url,
    headers: loaded.headers,
    allowedHosts: loaded.hosts,
    timeoutMs,
  });
  return readingIn(source, text, at);
}

/** Why a sync read nothing, in words safe to show the KR's team. */
export function failureReason(error: unknown): string {
  return error instanceof SourceFailure || error instanceof AppError
    ? error.message
    : `failed: ${error instanceof Error ? error.message : String(error)}`;
}

/** The number in an HTTP answer (JSON or CSV), or a SourceFailure saying why there is none. */
function readingIn(source: MetricSourceRow, text: string, at: Date): number {
  let found: unknown;
  if (source.kind === "http_json") {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      throw new SourceFailure("the answer is not JSON");
    }
    found = readJsonPath(document, parseJsonPath(source.jsonPath) ?? []);
    if (found === undefined) throw new SourceFailure(`nothing at ${source.jsonPath || "$"} in the answer`);
  } else {
    let rows: string[][];
    try {
      rows = parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
    } catch (error) {
      throw new SourceFailure(`the file is not CSV: ${error instanceof Error ? error.message : String(error)}`);
    }
    const rule = { column: source.csvColumn, row: source.csvRow, dateColumn: source.csvDateColumn };
    const picked = pickCsvCell(rows, rule, at.toISOString().slice(0, 10));
    if (picked.error !== undefined) throw new SourceFailure(picked.error);
    found = picked.cell;
  }
  return numberOf(found);
}

function numberOf(found: unknown): number {
  const value = asReading(found);
  if (value === null) throw new SourceFailure(`not a number: ${JSON.stringify(found)?.slice(0, 80)}`);
  return value;
}

/**
 * Stores the sync's outcome on the source; a failure counts up, a reading resets the count. The
 * failure that makes the streak SOURCE_FAILING_AFTER long tells the KR's owner, in the same
 * transaction (notifySourceFailing).
 */
async function noteOutcome(
  ctx: ServiceContext,
  scope: Scope,
  source: MetricSourceRow,
  at: Date,
  columns: Partial<Pick<MetricSourceRow, "lastSyncedAt" | "lastValue" | "lastError" | "lastErrorAt" | "failures">>,
  failed = false,
): Promise<void> {
  await writeChange(ctx, scope, async (tx) => {
    let update = tx.updateTable("metricSources").set(columns);
    if (failed) update = update.set((eb) => ({ failures: eb("failures", "+", 1) }));
    const row = await update
      .where("orgId", "=", scope.orgId)
      .where("id", "=", source.id)
      .returning("failures")
      .executeTakeFirst();
    if (failed && row) {
      await notifySourceFailing(ctx, tx, scope.orgId, {
        sourceId: source.id,
        keyResultId: source.keyResultId,
        failures: row.failures,
        error: columns.lastError ?? "",
        at,
      });
    }
    // The sync's state, not a change anyone made: the reading itself is the check-in's history.
    return { result: undefined, history: [] };
  });
}

/** At most `size` of the tasks run at once; the others wait their turn. */
function semaphore(size: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running < size) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line, so no newcomer slips in between.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
