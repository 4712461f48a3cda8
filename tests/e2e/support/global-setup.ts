import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { type Config, DEFAULT_MAIL_FROM } from "../../../src/config.ts";
import { DEMO_PASSWORD } from "../../../src/demo/load-demo.ts";
import { createLogger } from "../../../src/logger.ts";
import { startServer } from "../../../src/server.ts";
import { databaseUrl, withAdmin } from "../../support/postgres-per-file.ts";
import { findPostgresBin, startThrowawayPostgres } from "../../support/throwaway-postgres.ts";
import { chromiumPath, launchChromiumServer } from "./browser.ts";
import { buildWebApp, E2E_POSTGRES_TEMPLATE } from "./grove.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated embedded database with both demo organisations loaded, as a tarball. */
    e2eDemoSnapshot: string;
    /**
     * A PostgreSQL server's maintenance database URL, with E2E_POSTGRES_TEMPLATE on it (migrated,
     * both demos loaded), or "" when there is no PostgreSQL (then every file runs on PGlite).
     */
    e2ePostgresUrl: string;
    /** The websocket address of the run's shared Chromium, or "" when there is none. */
    e2eBrowser: string;
  }
}

/**
 * Once per run: builds the web app; loads both demos, as `grove serve` does on an empty
 * database, into an embedded database (dumped as a snapshot) and into a template database on a
 * throw-away PostgreSQL server; starts the one Chromium every file connects to. Each test file
 * then starts its own server on a copy of one of them (tests/e2e/support/grove.ts says which)
 * instead of loading the demos again, and makes its own browser contexts: files never share a
 * database, cookies or storage.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildWebApp();
  const [snapshot, postgres, browser] = await Promise.all([
    demoSnapshot(),
    postgresWithDemoTemplate(),
    chromiumPath() ? launchChromiumServer() : null,
  ]);
  project.provide("e2eDemoSnapshot", snapshot);
  project.provide("e2ePostgresUrl", postgres?.url ?? "");
  project.provide("e2eBrowser", browser?.wsEndpoint() ?? "");
  return async () => {
    if (browser && process.env.GROVE_E2E_CHROMIUM_CPU === "1") reportChromiumCpu(browser.process().pid ?? 0);
    await browser?.close();
    if (postgres && process.env.GROVE_E2E_POSTGRES_CPU === "1") await reportPostgresCpu(postgres.url);
    await postgres?.stop();
    rmSync(snapshot, { force: true });
  };
}

/** The real server's settings for loading the demos, on `db`. */
function demoLoadingConfig(db: Config["db"]): Config {
  return {
    port: 0,
    host: "127.0.0.1",
    db,
    demoOnEmpty: true,
    // The published demo password on PostgreSQL too (a shared server would get a random one).
    demoPassword: DEMO_PASSWORD,
    logLevel: "silent",
    // The copies hold the demo as loaded: no reminder of this run's first minute in them.
    deliveryWorker: false,
    publicUrl: null,
    smtpUrl: null,
    mailFrom: DEFAULT_MAIL_FROM,
  };
}

/** Both demos in an embedded database, dumped to a tarball; returns its path. */
async function demoSnapshot(): Promise<string> {
  const server = await startServer(demoLoadingConfig({ kind: "pglite", dataDir: "memory://" }), createLogger("silent"));
  const file = join(tmpdir(), `grove-e2e-demo-${process.pid}.tar`);
  try {
    const blob = await (server.db.pglite as NonNullable<typeof server.db.pglite>).dumpDataDir("none");
    writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  } finally {
    await server.close();
  }
  return file;
}

/**
 * A PostgreSQL server (a throw-away one, or TEST_DATABASE_URL's) holding E2E_POSTGRES_TEMPLATE
 * with both demos loaded, or null when none is found outside CI. Under CI=true it must be there.
 */
async function postgresWithDemoTemplate(): Promise<{ url: string; stop(): Promise<void> } | null> {
  let url = process.env.TEST_DATABASE_URL ?? "";
  let stop = async () => {};
  if (!url) {
    const bin = findPostgresBin();
    if (!bin) {
      if (process.env.CI === "true")
        throw new Error("CI=true but no PostgreSQL server found: e2e files need one in CI");
      process.stderr.write("e2e: no PostgreSQL server programs found, every file runs on the embedded database\n");
      return null;
    }
    const server = await startThrowawayPostgres(bin);
    url = server.url;
    stop = () => server.stop();
  }
  try {
    await withAdmin(url, async (admin) => {
      await admin.query(`DROP DATABASE IF EXISTS ${E2E_POSTGRES_TEMPLATE} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${E2E_POSTGRES_TEMPLATE}`);
    });
    const config = demoLoadingConfig({ kind: "postgres", url: databaseUrl(url, E2E_POSTGRES_TEMPLATE), poolSize: 2 });
    await (await startServer(config, createLogger("silent"))).close();
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/**
 * With GROVE_E2E_POSTGRES_CPU=1: the CPU seconds the PostgreSQL server and its finished backends
 * used, on stderr. The server is not a child of the test run (pg_ctl detaches it), so `time`
 * around the run does not count it; this is how a before/after comparison adds it in.
 */
async function reportPostgresCpu(url: string): Promise<void> {
  await withAdmin(url, async (admin) => {
    const { rows } = await admin.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const parent = statFields(rows[0]?.pid ?? 0)[1];
    // utime, stime, cutime and cstime, in clock ticks (USER_HZ, 100 on Linux)
    const ticks = statFields(Number(parent)).slice(11, 15).map(Number);
    const seconds = ticks.reduce((sum, n) => sum + n, 0) / 100;
    process.stderr.write(`e2e: PostgreSQL used ${seconds.toFixed(1)} CPU s\n`);
  });
}

/**
 * With GROVE_E2E_CHROMIUM_CPU=1: the CPU seconds the run's Chromium used (the browser, its
 * zygotes and renderers, live or ended), on stderr, read before it closes. `time` around the run
 * counts only what Chromium reaps on the way out, and compares two runs less well.
 */
function reportChromiumCpu(browserPid: number): void {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      parents.set(Number(entry), Number(statFields(Number(entry))[1]));
    } catch {
      // ended meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let at: number | undefined = pid; at && at > 1; at = parents.get(at)) if (at === browserPid) return true;
    return false;
  };
  let ticks = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    try {
      // utime, stime, cutime and cstime: its own and its ended children's, in clock ticks (USER_HZ, 100)
      ticks += statFields(pid)
        .slice(11, 15)
        .reduce((sum, n) => sum + Number(n), 0);
    } catch {
      // ended meanwhile
    }
  }
  process.stderr.write(`e2e: Chromium used ${(ticks / 100).toFixed(1)} CPU s\n`);
}

/** /proc/<pid>/stat's fields after the command name: state, ppid, ... (proc(5) numbers them from 3). */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}
