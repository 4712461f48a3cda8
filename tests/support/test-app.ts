import { readFileSync } from "node:fs";
import { sql } from "kysely";
import { afterAll, beforeAll, inject } from "vitest";
import { createApp } from "../../src/api/app.ts";
import { createDb, type Db } from "../../src/db/create-db.ts";
import { createLogger } from "../../src/logger.ts";
import type { ServiceContext } from "../../src/services/context.ts";
import { defaultContext } from "../../src/services/context.ts";
import { adminSessions, type TestSession } from "./factories.ts";
import { createFileDatabase } from "./postgres-per-file.ts";

export interface TestResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely
  body: any;
  headers: Headers;
}

export interface TestApp {
  db: Db;
  services: ServiceContext;
  /**
   * Calls the real HTTP app in process, signed in as the admin of the organisation named in the
   * path (when a factory built it), and returns the status and parsed JSON body.
   */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<TestResponse>;
  /** The same call as a given session, an API token ("Bearer ..."), or nobody (null). */
  callAs(as: TestSession | string | null, method: string, path: string, body?: unknown): Promise<TestResponse>;
}

/** Which database this test project runs on (set per project in vitest.config.ts). */
export const testDbKind = (process.env.GROVE_TEST_DB ?? "pglite") as "pglite" | "postgres";

/** True when the PostgreSQL project has no server (laptop without PostgreSQL): tests skip. */
export function postgresMissing(): boolean {
  return testDbKind === "postgres" && inject("postgresUrl") === "";
}

/**
 * One database per test file, as the snapshot left it (PGlite costs seconds to start, so a file's
 * tests share it and each test makes its own organisation instead of truncating tables; between
 * files a worker truncates its embedded database back to the snapshot, see putBack).
 */
export function useTestApp(now: () => Date = () => new Date()): TestApp {
  const holder = {} as TestApp;
  beforeAll(async () => {
    const db = await openTestDb();
    const services: ServiceContext = { ...defaultContext(db.kysely), now };
    const app = createApp({ services, logger: createLogger("silent") });
    holder.db = db;
    holder.services = services;
    holder.call = async (method, path, body, headers = {}) => {
      const slug = /^\/api\/v1\/orgs\/([^/?]+)/.exec(path)?.[1];
      const session = slug ? adminSessions.get(slug) : undefined;
      return send(method, path, body, { ...(session ? sessionHeaders(session) : {}), ...headers });
    };
    holder.callAs = (as, method, path, body) => {
      const headers = as === null ? {} : typeof as === "string" ? { authorization: as } : sessionHeaders(as);
      return send(method, path, body, headers);
    };
    const send = async (method: string, path: string, body: unknown, headers: Record<string, string>) => {
      const init: RequestInit = { method, headers: { ...headers } };
      if (body !== undefined) {
        init.body = typeof body === "string" ? body : JSON.stringify(body);
        (init.headers as Record<string, string>)["content-type"] ??= "application/json";
      }
      const response = await app.request(path, init);
      const text = await response.text();
      return { status: response.status, body: text ? safeJson(text) : null, headers: response.headers };
    };
  }, 60_000);
  afterAll(async () => {
    if (holder.db) await putBack(holder.db);
    const database = fileDatabase;
    fileDatabase = null;
    await database?.drop();
  });
  return holder;
}

/**
 * A clock for useTestApp that starts at `at` and moves a second every time it is read, so the
 * rows a test writes one after another have an order of their own (a history, newest first).
 */
export function steppingClock(at: string): () => Date {
  const start = Date.parse(at);
  let ticks = 0;
  return () => new Date(start + ticks++ * 1000);
}

export function sessionHeaders(session: TestSession): Record<string, string> {
  return {
    cookie: `grove_session=${session.sessionId}; grove_csrf=${session.csrfToken}`,
    "x-csrf-token": session.csrfToken,
  };
}

let fileDatabase: { url: string; drop(): Promise<void> } | null = null;

/**
 * This test file's own PostgreSQL database (a copy of the migrated template), made on first use:
 * for a test that opens a second connection pool to the database the app uses.
 */
export async function testPostgresUrl(): Promise<string> {
  fileDatabase ??= await createFileDatabase(inject("postgresUrl"));
  return fileDatabase.url;
}

async function openTestDb(): Promise<Db> {
  if (testDbKind === "postgres") {
    return createDb({ kind: "postgres", url: await testPostgresUrl(), poolSize: 4 });
  }
  if (spare) {
    const db = spare.db;
    spare = null;
    return db;
  }
  const snapshot = new Blob([readFileSync(inject("pgliteSnapshot"))]);
  const db = await createDb({ kind: "pglite-snapshot", snapshot });
  restore = await snapshotRestorer(db);
  return db;
}

// The API projects run a worker's files one after another (isolate: false in vitest.config.ts).
// Loading the snapshot costs a file about a second of CPU; emptying the previous file's embedded
// database back to the snapshot's rows costs a tenth of that, and leaves nothing of that file.
let spare: { db: Db } | null = null;
let restore: ((db: Db) => Promise<void>) | null = null;

/** Closes a file's database, or on PGlite takes it back to the snapshot for the worker's next file. */
async function putBack(db: Db): Promise<void> {
  if (testDbKind === "pglite" && restore) {
    try {
      await restore(db);
      spare = { db };
      return;
    } catch (error) {
      console.warn(`test-app: the embedded database could not be reset, the next file loads the snapshot: ${error}`);
    }
  }
  await db.close();
}

/**
 * Reads the rows and sequence positions of a database just loaded from the snapshot (the
 * migrations' own rows: rules, sources, the server secret), and returns what puts any database
 * of that schema back to them: every table emptied, those rows and positions restored, with
 * triggers off (session_replication_role) so nothing is recorded or refused on the way.
 */
async function snapshotRestorer(db: Db): Promise<(db: Db) => Promise<void>> {
  const tables = (
    await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = 'public'`.execute(db.kysely)
  ).rows.map((r) => r.name);
  const seeds: [string, string][] = [];
  for (const table of tables) {
    const rows = (
      await sql<{ rows: string | null }>`select json_agg(t)::text as rows from ${sql.table(table)} t`.execute(db.kysely)
    ).rows[0]?.rows;
    if (rows) seeds.push([table, rows]);
  }
  const sequences = (
    await sql<{ name: string; value: string }>`select sequencename as name, last_value::text as value
      from pg_sequences where schemaname = 'public' and last_value is not null`.execute(db.kysely)
  ).rows;
  const quoted = tables.map((table) => `"${table}"`).join(", ");
  return async (target) => {
    await target.kysely.connection().execute(async (c) => {
      await sql.raw("set session_replication_role = replica").execute(c);
      try {
        await sql.raw(`truncate ${quoted} restart identity cascade`).execute(c);
        for (const [table, rows] of seeds) {
          await sql`insert into ${sql.table(table)} overriding system value
            select * from json_populate_recordset(null::${sql.table(table)}, ${rows}::json)`.execute(c);
        }
        for (const { name, value } of sequences)
          await sql`select setval(${name}::regclass, ${value}::bigint)`.execute(c);
      } finally {
        await sql.raw("set session_replication_role = default").execute(c);
      }
    });
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
