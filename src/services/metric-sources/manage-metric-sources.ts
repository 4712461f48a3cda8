import { changeOf } from "../../db/repositories/history.ts";
import { keyResultIdsOfUnits } from "../../db/repositories/okrs.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { KeyResultRow, MetricSourceRow, SourceHeader } from "../../db/schema.ts";
import { AppError, type FieldIssue, notFound } from "../../domain/errors.ts";
import { nextDue, type ScheduleEvery, type SourceKind, syncNowTime } from "../../domain/metric-sources.ts";
import { authorize } from "../../domain/policies.ts";
import type { CreateMetricSource, SetMetricSourceHosts, UpdateMetricSource } from "../../schemas/metric-sources.ts";
import { assertCanReadUnit, hiddenUnitIds, readableKeyResult, unitOfObjective } from "../access.ts";
import type { Executor } from "../context.ts";
import { enqueue } from "../outbox/enqueue.ts";
import { findRow } from "../tenant-reads.ts";
import { defineUseCase } from "../use-case.ts";
import type { Scope } from "../write.ts";
import { type HeaderToStore, sealHeaders, sealSecret } from "./header-secrets.ts";

// A KR's metric source (docs/metric-sources.md; K1, K2): whoever may edit the KR's unit's key
// results (M3) adds, changes, removes and syncs it; everyone who reads the unit reads it, without
// its secret header values. Admins keep the organisation's list of hosts sources may fetch from.

const sources = tenantRows("metricSources");

/** A source as the API shows it: a secret header's value never leaves the server. */
export interface MetricSourceView
  extends Pick<
    MetricSourceRow,
    | "id"
    | "keyResultId"
    | "kind"
    | "url"
    | "jsonPath"
    | "lastSyncedAt"
    | "lastValue"
    | "lastError"
    | "lastErrorAt"
    | "failures"
    | "createdAt"
    | "updatedAt"
  > {
  /** The CSV's column, row and date column and the SQL query, by the names the API gives them. */
  column: MetricSourceRow["csvColumn"];
  row: MetricSourceRow["csvRow"];
  dateColumn: MetricSourceRow["csvDateColumn"];
  query: MetricSourceRow["sqlQuery"];
  headers: { name: string; value: string | null; secret: boolean }[];
  schedule: { every: ScheduleEvery; at: string; weekday: number };
  nextSyncAt: Date;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function viewOf(row: MetricSourceRow, now: Date): MetricSourceView {
  return {
    id: row.id,
    keyResultId: row.keyResultId,
    kind: row.kind,
    url: row.url,
    jsonPath: row.jsonPath,
    column: row.csvColumn,
    row: row.csvRow,
    dateColumn: row.csvDateColumn,
    query: row.sqlQuery,
    headers: row.headers.map((header) =>
      "sealed" in header
        ? { name: header.name, value: null, secret: true }
        : { name: header.name, value: header.value, secret: false },
    ),
    schedule: { every: row.schedule, at: `${pad(row.atHour)}:${pad(row.atMinute)}`, weekday: row.weekday },
    nextSyncAt: nextDue({ every: row.schedule, atHour: row.atHour, atMinute: row.atMinute, weekday: row.weekday }, now),
    lastSyncedAt: row.lastSyncedAt,
    lastValue: row.lastValue,
    lastError: row.lastError,
    lastErrorAt: row.lastErrorAt,
    failures: row.failures,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The KR's sources (none or one), for anyone who reads its unit (S5). */
export const listMetricSources = defineUseCase("read", async ({ tx, ctx, scope, orgId }, keyResultId: string) => {
  await readableKeyResult(tx, scope, keyResultId);
  const rows = await sources.listBy(tx, orgId, { keyResultId }, "createdAt");
  return rows.map((row) => viewOf(row, ctx.now()));
});

/**
 * The sources of the KRs the caller may read (a private unit's left out, S5), oldest first; with
 * `keyResultUnit`, of every KR of that unit's objectives only: a team page's cards share that one
 * read instead of asking once per KR. Never a secret header.
 */
export const listAllMetricSources = defineUseCase(
  "read",
  async ({ tx, ctx, scope, orgId }, keyResultUnitId: string | undefined) => {
    let query = tx.selectFrom("metricSources").selectAll().where("orgId", "=", orgId);
    if (keyResultUnitId) {
      await assertCanReadUnit(tx, scope, keyResultUnitId);
      query = query.where("keyResultId", "in", keyResultIdsOfUnits(tx, orgId, [keyResultUnitId]));
    } else {
      const hidden = await hiddenUnitIds(tx, scope);
      if (hidden.length > 0) query = query.where("keyResultId", "not in", keyResultIdsOfUnits(tx, orgId, hidden));
    }
    const rows = await query.orderBy("createdAt").orderBy("id").execute();
    return rows.map((row) => viewOf(row, ctx.now()));
  },
);

export const getMetricSource = defineUseCase("read", async ({ tx, ctx, scope, orgId }, id: string) => {
  const row = await findRow(tx, orgId, "metricSources", id, "Metric source");
  await readableKeyResult(tx, scope, row.keyResultId);
  return viewOf(row, ctx.now());
});

export const createMetricSource = defineUseCase(
  "write",
  async ({ tx, ctx, scope, orgId }, keyResultId: string, input: CreateMetricSource) => {
    const keyResult = await editableKeyResult(tx, scope, keyResultId);
    if (await sources.findBy(tx, orgId, { keyResultId })) {
      throw new AppError("conflict", "This key result already has a source; change or remove it", [
        { field: "keyResultId", rule: "unique", message: "this key result already has a source" },
      ]);
    }
    const id = ctx.newId();
    const now = ctx.now();
    const row = await sources.insert(tx, {
      orgId,
      id,
      keyResultId: keyResult.id,
      headers: "[]",
      ...(await columnsOf(tx, id, input, NOTHING_STORED)),
      kind: input.kind,
      schedule: input.schedule.every,
      createdAt: now,
      updatedAt: now,
    });
    const view = viewOf(row, now);
    return { result: view, history: [changeOf("metric_source", id, null, view)] };
  },
);

export const updateMetricSource = defineUseCase(
  "write",
  async ({ tx, ctx, scope, orgId }, id: string, input: UpdateMetricSource) => {
    const before = await editableSource(tx, scope, id);
    const merged = {
      kind: input.kind ?? before.kind,
      url: input.url ?? before.url,
      jsonPath: input.jsonPath ?? before.jsonPath,
      column: input.column ?? before.csvColumn,
      row: input.row ?? before.csvRow,
      dateColumn: input.dateColumn ?? before.csvDateColumn,
      query: input.query ?? before.sqlQuery,
      headers: input.headers,
      schedule: input.schedule,
    };
    const after = (await sources.update(tx, orgId, id, {
      ...(await columnsOf(tx, id, merged, before)),
      kind: merged.kind,
      ...(input.schedule ? { schedule: input.schedule.every } : {}),
      updatedAt: ctx.now(),
    })) as MetricSourceRow;
    const [was, is] = [viewOf(before, ctx.now()), viewOf(after, ctx.now())];
    return { result: is, history: [changeOf("metric_source", id, was, is)] };
  },
);

/** Removes the source; the readings it recorded stay, as readings (S7). */
export const deleteMetricSource = defineUseCase("write", async ({ tx, ctx, scope, orgId }, id: string) => {
  const before = await editableSource(tx, scope, id);
  await sources.remove(tx, orgId, id);
  return { result: undefined, history: [changeOf("metric_source", id, viewOf(before, ctx.now()), null)] };
});

/**
 * "Sync now": queues a sync dated at the start of these ten seconds for the delivery worker (the
 * same claimed messages as a scheduled tick), so a second click within them, or a retried request,
 * reads once (SYNC_NOW_WINDOW_MS).
 */
export const syncMetricSourceNow = defineUseCase("write", async ({ tx, ctx, scope, orgId }, id: string) => {
  await editableSource(tx, scope, id);
  const at = syncNowTime(ctx.now());
  const ids = await enqueue(ctx, tx, [syncMessage(orgId, id, at)]);
  return { result: { sourceId: id, at, queued: ids.length > 0 }, history: [] };
});

/** The outbox message of one sync of one source at one time (deduplicated by both). */
export function syncMessage(orgId: string, sourceId: string, at: Date) {
  return {
    orgId,
    channel: "metric_sync" as const,
    kind: "metric_sync",
    payload: { sourceId, at: at.toISOString() },
    dedupeKey: `metric-sync:${sourceId}:${at.toISOString()}`,
    notBefore: at,
  };
}

export const listMetricSourceHosts = defineUseCase("read", ({ tx, orgId }) => allowedHosts(tx, orgId));

/** Replaces the organisation's allowed hosts (admins only). */
export const setMetricSourceHosts = defineUseCase("admin", async ({ tx, ctx, orgId }, input: SetMetricSourceHosts) => {
  const before = await allowedHosts(tx, orgId);
  const hosts = [...new Set(input.hosts)].sort();
  await tx.deleteFrom("metricSourceHosts").where("orgId", "=", orgId).execute();
  if (hosts.length > 0) {
    await tx
      .insertInto("metricSourceHosts")
      .values(hosts.map((host) => ({ orgId, host, createdAt: ctx.now() })))
      .execute();
  }
  return {
    result: hosts,
    history: [changeOf("metric_source_hosts", orgId, { hosts: before }, { hosts })],
  };
});

export async function allowedHosts(tx: Executor, orgId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom("metricSourceHosts")
    .select("host")
    .where("orgId", "=", orgId)
    .orderBy("host")
    .execute();
  return rows.map((row) => row.host);
}

type SourceFields = {
  kind: SourceKind;
  url: string;
  query?: string;
  jsonPath?: string;
  column?: string;
  row?: "last" | "date";
  dateColumn?: string;
  headers?: CreateMetricSource["headers"];
  schedule?: CreateMetricSource["schedule"];
};

type Stored = Pick<MetricSourceRow, "headers" | "sealedPassword">;
const NOTHING_STORED: Stored = { headers: [], sealedPassword: "" };

/** The columns a kind needs, checked together (a CSV source needs its column, JSON its path). */
async function columnsOf(tx: Executor, sourceId: string, input: SourceFields, stored: Stored) {
  const issues: FieldIssue[] = [];
  const row = input.row ?? "last";
  const sql = input.kind === "sql";
  if (sql !== /^postgres(ql)?:/i.test(input.url)) {
    issues.push({
      field: "url",
      rule: "scheme",
      message: sql ? "an sql source needs a postgresql:// connection string" : "use an http:// or https:// address",
    });
  }
  if (sql && !input.query) {
    issues.push({ field: "query", rule: "required", message: "an sql source needs the query answering its number" });
  }
  if (input.kind === "http_json" && input.jsonPath === undefined) {
    issues.push({ field: "jsonPath", rule: "required", message: "an http_json source needs the path to its number" });
  }
  if (input.kind === "csv" && !input.column) {
    issues.push({ field: "column", rule: "required", message: "a csv source needs the column holding its number" });
  }
  if (input.kind === "csv" && row === "date" && !input.dateColumn) {
    issues.push({ field: "dateColumn", rule: "required", message: "the row of a date needs the column of dates" });
  }
  const headers = input.headers ? plainHeaders(input.headers, stored.headers, issues) : null;
  if (issues.length > 0) throw new AppError("validation_failed", "The source is not complete", issues);
  const [hour, minute] = (input.schedule?.at ?? "").split(":").map(Number);
  return {
    ...(await connectionOf(tx, sourceId, input, stored)),
    sqlQuery: sql ? (input.query ?? "") : "",
    jsonPath: input.kind === "http_json" ? (input.jsonPath ?? "") : "",
    csvColumn: input.kind === "csv" ? (input.column ?? "") : "",
    csvRow: input.kind === "csv" ? row : ("last" as const),
    csvDateColumn: input.kind === "csv" && row === "date" ? (input.dateColumn ?? "") : "",
    ...(headers ? { headers: JSON.stringify(await sealHeaders(tx, sourceId, headers)) } : {}),
    ...(input.schedule ? { atHour: hour ?? 0, atMinute: minute ?? 0, weekday: input.schedule.weekday } : {}),
  };
}

/**
 * The URL to store and an SQL source's sealed password: the connection string is kept without
 * its password, which is sealed; a connection string given without one keeps the stored one.
 */
async function connectionOf(tx: Executor, sourceId: string, input: SourceFields, stored: Stored) {
  if (input.kind !== "sql") return { url: input.url, sealedPassword: "" };
  const url = new URL(input.url);
  const password = decodeURIComponent(url.password);
  url.password = "";
  return {
    url: url.toString(),
    sealedPassword: password ? await sealSecret(tx, sourceId, "password", password) : stored.sealedPassword,
  };
}

/** The headers given, a secret one left without a value keeping its stored value. */
function plainHeaders(
  given: NonNullable<CreateMetricSource["headers"]>,
  stored: SourceHeader[],
  issues: FieldIssue[],
): HeaderToStore[] {
  const names = new Set<string>();
  return given.map((header, i) => {
    const key = header.name.toLowerCase();
    if (names.has(key)) issues.push({ field: `headers.${i}.name`, rule: "unique", message: "each header once" });
    names.add(key);
    if (header.value !== undefined) return { name: header.name, value: header.value, secret: header.secret };
    // A sealed value is bound to its source and name, so it is kept only under the same name.
    const kept = stored.find((old) => old.name === header.name && "sealed" in old);
    if (header.secret && kept && "sealed" in kept) return kept;
    issues.push({ field: `headers.${i}.value`, rule: "required", message: "give the header's value" });
    return { name: header.name, value: "", secret: false };
  });
}

/** The KR, for someone who may edit its unit's key results (M3): its source is part of it. */
export async function editableKeyResult(tx: Executor, scope: Scope, keyResultId: string): Promise<KeyResultRow> {
  const keyResult = await readableKeyResult(tx, scope, keyResultId);
  const unitId = (await unitOfObjective(tx, scope.orgId, keyResult.objectiveId)) ?? "";
  authorize(scope.actor, { do: "editKeyResults", unitId });
  return keyResult;
}

async function editableSource(tx: Executor, scope: Scope, id: string): Promise<MetricSourceRow> {
  const row = await sources.lock(tx, scope.orgId, id);
  if (!row) throw notFound("Metric source");
  await editableKeyResult(tx, scope, row.keyResultId);
  return row;
}
