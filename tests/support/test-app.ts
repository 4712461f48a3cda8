import { readFileSync } from "node:fs";
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
 * One database per test file (PGlite costs seconds to start, so tests share it and each test
 * makes its own organisation instead of truncating tables).
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
    await holder.db?.close();
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
  const snapshot = new Blob([readFileSync(inject("pgliteSnapshot"))]);
  return createDb({ kind: "pglite-snapshot", snapshot });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
