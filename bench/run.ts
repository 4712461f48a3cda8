// `npm run bench -- --size small|medium|large [--db pglite|postgres|both] [--seed N] [--workers N]
//   [--only checkins|single-checkins|views] [--explain] [--plan-cache-mode auto|force_generic_plan|force_custom_plan]`
// Loads a synthetic organisation into each database, measures the API against the database's own
// limit in the same run, and writes bench/results/<size>.json plus the merged latest.md/json.
// `--only checkins` measures only the writes (single check-ins, batches, the roll-up and their raw
// limits) and writes tmp/bench/<size>-checkins.json instead, leaving bench/results alone: with
// BENCH_CPU_PROFILE_DIR it profiles the check-in path alone. `--only single-checkins` measures
// only the single check-ins (three times as many as the full run, so the first, unwarmed ones
// weigh less) and their raw limit, so the profile covers one check-in per request and nothing else;
// with `--compare-with DIR` (another checkout, e.g. a worktree of main) it then runs the same
// number again with that checkout's server and this one's, alternately (A B A B on the organisation
// loaded once), so a change's CPU ms per check-in is compared back to back on a busy machine.
// `--reuse-loaded` (PGlite, with `--only`) measures on the data directory an earlier run of the
// same size and seed left under tmp/bench, without loading it again. `--only views` measures only the reads
// (tree, map, dashboard, team pages, 50 connections) and the server's memory after them, with the
// dashboard statement's plan (EXPLAIN ANALYZE), into tmp/bench/<size>-views.json. On PostgreSQL `--explain` logs the
// plan of every statement the server runs, with EXPLAIN (ANALYZE, BUFFERS)'s figures (auto_explain),
// into tmp/bench/<size>-postgres-plans.log, and `--plan-cache-mode` sets the server's plan_cache_mode.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { createDb, type Db, type DbConfig } from "../src/db/create-db.ts";
import { pgliteSettingsOf } from "../src/db/pglite-settings.ts";
import { upgradeDatabase } from "../src/services/database.ts";
import { drainScoreRebuilds, queueAllScoreRebuilds } from "../src/services/scores/rebuild.ts";
import {
  findPostgresBin,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from "../tests/support/throwaway-postgres.ts";
import {
  measureApiBatchIngest,
  measureApiConcurrent,
  measureApiIngest,
  measureApiRollups,
  measureApiTeamPages,
  measureApiViews,
  waitUntilIdle,
} from "./api-scenarios.ts";
import { type Budget, budgets } from "./budgets.ts";
import { compareChainPlans } from "./chain-plans.ts";
import { explainDashboard } from "./dashboard-plan.ts";
import { type Fixtures, pickFixtures } from "./fixtures.ts";
import { planOrganisation, type SizeName, sizes } from "./generate.ts";
import { loadOrganisation } from "./load.ts";
import { round } from "./measure.ts";
import { MIX_USERS, mixFailures, pickMixFixtures } from "./mix.ts";
import { measureApiMixed, measureSqlMixed } from "./mixed-scenarios.ts";
import { directorySize, machine, writeReport } from "./report.ts";
import {
  type MemoryBreakdown,
  memoryBreakdownOf,
  memoryOf,
  memoryOfThisProcess,
  startServerProcess,
  type Target,
} from "./server-process.ts";
import { measureSqlConcurrent, measureSqlIngest, measureSqlReads, measureSqlRollups } from "./sql-scenarios.ts";
import { measureTeamPageBytes } from "./wire.ts";

const CONNECTIONS = 50;

function parseArgs(argv: string[]) {
  const value = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? (argv[i + 1] as string) : fallback;
  };
  const size = value("size", "small");
  const db = value("db", "both");
  if (!(size in sizes)) throw new Error(`--size must be small, medium or large (got ${size})`);
  if (!["pglite", "postgres", "both"].includes(db))
    throw new Error(`--db must be pglite, postgres or both (got ${db})`);
  // GROVE_WORKERS for the server on PostgreSQL (docs/operations.md, "All cores"); the embedded
  // database always runs one. 1 by default, so figures compare with the runs before it.
  const workers = Number(value("workers", "1"));
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`--workers must be a whole number of 1 or more`);
  const only = value("only", "all");
  if (!["all", "checkins", "single-checkins", "views"].includes(only))
    throw new Error(`--only must be checkins, single-checkins or views (got ${only})`);
  const planCacheMode = value("plan-cache-mode", "auto");
  if (!["auto", "force_generic_plan", "force_custom_plan"].includes(planCacheMode))
    throw new Error(`--plan-cache-mode must be auto, force_generic_plan or force_custom_plan (got ${planCacheMode})`);
  const compareWith = value("compare-with", "");
  if (compareWith && only !== "single-checkins") throw new Error("--compare-with goes with --only single-checkins");
  if (argv.includes("--reuse-loaded") && only === "all") throw new Error("--reuse-loaded goes with --only");
  return {
    size: size as SizeName,
    dbs: db === "both" ? ["pglite", "postgres"] : [db],
    seed: Number(value("seed", "42")),
    workers,
    options: {
      checkInsOnly: only === "checkins" || only === "single-checkins",
      singleCheckInsOnly: only === "single-checkins",
      viewsOnly: only === "views",
      compareWith: compareWith || null,
      reuseLoaded: argv.includes("--reuse-loaded"),
      explain: argv.includes("--explain"),
      planCacheMode,
    },
  };
}

/** The roll-up is measured on a second organisation 10x smaller (10x larger for small) in the same database. */
function companionSize(size: SizeName): SizeName {
  return size === "small" ? "medium" : size === "medium" ? "small" : "medium";
}

const log = (message: string) => process.stdout.write(`[bench] ${message}\n`);

/** `--only`, `--explain` and `--plan-cache-mode` (see the top of this file). */
interface RunOptions {
  checkInsOnly: boolean;
  /** `--only single-checkins`: one check-in per request alone, 3x the budget's count. */
  singleCheckInsOnly: boolean;
  /** `--compare-with DIR`: the other checkout whose server the single check-ins alternate with. */
  compareWith: string | null;
  /**
   * `--reuse-loaded` (PGlite, with `--only`): the data directory under tmp/bench holds what an
   * earlier run of the same size and seed loaded (the plan is the seed's, ids included), so this
   * run skips the load; for a second look at the writes without another half hour of loading.
   */
  reuseLoaded: boolean;
  /** `--only views`: the reads alone and the server's memory after them. */
  viewsOnly: boolean;
  explain: boolean;
  planCacheMode: string;
}

const tmpBench = fileURLToPath(new URL("../tmp/bench/", import.meta.url));

/**
 * On PostgreSQL, settings for the connections opened from now on (the server's): its plan cache
 * mode, and with `explain` auto_explain with ANALYZE and BUFFERS on every statement. Returns where
 * the server's log is, to copy once the server has stopped.
 */
async function setUpPlans(db: Db, options: RunOptions): Promise<string | null> {
  return db.kysely.connection().execute(async (c) => {
    const set = (name: string, value: string) => sql.raw(`alter system set ${name} = '${value}'`).execute(c);
    if (options.planCacheMode !== "auto") await set("plan_cache_mode", options.planCacheMode);
    if (options.explain) {
      await sql`load 'auto_explain'`.execute(c); // its settings exist once it is loaded
      await set("session_preload_libraries", "auto_explain");
      await set("auto_explain.log_min_duration", "0");
      await set("auto_explain.log_analyze", "on");
      await set("auto_explain.log_buffers", "on");
    }
    await sql`select pg_reload_conf()`.execute(c);
    if (!options.explain) return null;
    const dir = await sql<{ dir: string }>`select current_setting('data_directory') as dir`.execute(c);
    // tests/support/throwaway-postgres.ts logs beside its data directory.
    return join(dirname(dir.rows[0]?.dir as string), "server.log");
  });
}

async function benchDatabase(
  kind: "pglite" | "postgres",
  size: SizeName,
  seed: number,
  pgUrl: string | null,
  postgresWorkers: number,
  options: RunOptions,
) {
  const workers = kind === "postgres" ? postgresWorkers : 1;
  const budget = budgets[size];
  const today = new Date();
  const main = planOrganisation(`bench-${size}`, sizes[size].units, sizes[size].checkIns, seed, today);
  const otherSize = companionSize(size);
  const other = planOrganisation(`bench-${otherSize}-companion`, sizes[otherSize].units, 0, seed + 1, today);
  const dataDir = fileURLToPath(new URL(`../tmp/bench/${size}-pglite`, import.meta.url));
  // GROVE_PGLITE_* in the environment reach the server and this process's own database alike.
  const settings = pgliteSettingsOf(process.env, (message) => new Error(message));
  const config: DbConfig =
    kind === "pglite" ? { kind, dataDir, settings } : { kind, url: pgUrl as string, poolSize: CONNECTIONS };
  const target: Target = kind === "pglite" ? { kind, dataDir } : { kind, url: pgUrl as string, workers };
  const reuse = kind === "pglite" && options.reuseLoaded;
  if (kind === "pglite" && !reuse) rmSync(dataDir, { recursive: true, force: true });

  let db: Db = await createDb(config);
  await upgradeDatabase(db.kysely);
  if (reuse) {
    log(`${kind}: reusing the organisations an earlier run loaded into ${dataDir}`);
    const fixtures = [pickFixtures(main, seed), pickFixtures(other, seed + 1)] as const;
    return benchCheckIns(kind, size, db, config, target, ...fixtures, budget, seed, options);
  }
  log(
    `${kind}: loading ${size} (${main.units.length} units, ${main.keyResults.length} KRs, ${main.checkInCount} check-ins)`,
  );
  let t = performance.now();
  const counts = await loadOrganisation(db.kysely, main, true);
  const loadMs = performance.now() - t;
  await loadOrganisation(db.kysely, other, false);
  // PostgreSQL's autovacuum would analyze the new tables within a minute; PGlite has no autovacuum.
  await sql`analyze`.execute(db.kysely);
  // Bulk rows carry no scores: rebuild them as `grove rescore` does (every period, from scratch).
  t = performance.now();
  await queueAllScoreRebuilds(db.kysely);
  const periodsScored = await drainScoreRebuilds(db.kysely);
  const rescoreMs = performance.now() - t;
  await sql`analyze`.execute(db.kysely);
  log(`${kind}: scored ${periodsScored} periods from scratch in ${Math.round(rescoreMs)} ms`);
  const rowsLoaded = counts.units + counts.objectives + counts.keyResults + counts.checkIns;
  log(`${kind}: loaded ${rowsLoaded} rows in ${Math.round(loadMs)} ms`);
  // The loader is this process, with its own PGlite: what a load and a rescore leave behind.
  const memoryAfterLoad = memoryOfThisProcess(db.embeddedMemoryBytes());

  const fx = pickFixtures(main, seed);
  const fxOther = pickFixtures(other, seed + 1);
  const mix = pickMixFixtures(main);
  const errors: string[] = [];
  // A failing scenario is reported and the run goes on, so one broken route still leaves figures.
  const attempt = async <T>(name: string, work: () => Promise<T>): Promise<T | null> => {
    try {
      return await work();
    } catch (error) {
      errors.push(`${name}: ${(error as Error).message.slice(0, 300)}`);
      log(`${kind}: ${name} FAILED: ${(error as Error).message.slice(0, 300)}`);
      return null;
    }
  };
  if (options.checkInsOnly) return benchCheckIns(kind, size, db, config, target, fx, fxOther, budget, seed, options);
  if (options.viewsOnly) return benchViews(kind, size, db, target, fx, budget);
  log(`${kind}: raw SQL reads`);
  const sqlReads = await measureSqlReads(db.kysely, fx, budget);
  const sqlConcurrent = await measureSqlConcurrent(db.kysely, fx, CONNECTIONS, budget.loadSeconds);
  const databaseMiB = await databaseSize(db, kind, dataDir);
  if (kind === "pglite") await db.close(); // one process at a time may open a PGlite directory

  const serverLog = kind === "postgres" ? await setUpPlans(db, options) : null;
  log(`${kind}: API reads (${workers} server process${workers === 1 ? "" : "es"})`);
  const server = await startServerProcess(target);
  let api: Partial<ApiResults> = {};
  try {
    const memoryAtStart = await attempt("memory at start", () => memoryBreakdownOf(server, workers > 1));
    const views = await attempt("tree and dashboard", () =>
      measureApiViews(server.url, fx, budget, sqlReads.objectiveProgress),
    );
    api = {
      tree: views?.tree ?? null,
      mapView: views?.mapView ?? null,
      dashboard: views?.dashboard ?? null,
      check: views?.check ?? null,
      teamPage: await attempt("team page", () => measureApiTeamPages(server.url, fx, budget)),
      pageBytes: await attempt("team page bytes", () => measureTeamPageBytes(server.url, fx)),
      concurrent: await attempt("concurrent reads", () =>
        measureApiConcurrent(server.url, fx, CONNECTIONS, budget.loadSeconds),
      ),
      // With workers: the primary and every worker together.
      memoryAtStart,
      memoryAfterReads: await attempt("memory after the reads", () => memoryBreakdownOf(server, workers > 1)),
      serverStartMs: Math.round(server.startMs),
    };
    await waitUntilIdle(server.url);
    log(`${kind}: API writes`);
    api.ingest = await attempt("ingestion", () => measureApiIngest(server.url, fx, budget, seed + 10));
    api.batchIngest = await attempt("batch ingestion", () => measureApiBatchIngest(server.url, fx, budget, seed + 13));
    const rollups = await attempt("roll-up", () => measureApiRollups(server.url, fx, fxOther, budget, seed + 11));
    api.rollup = rollups?.main ?? null;
    api.rollupCompanion = rollups?.companion ?? null;
    // Last, so every figure above stays comparable with the runs before it.
    await waitUntilIdle(server.url);
    log(`${kind}: mixed load, ${MIX_USERS} users for ${budget.mixedSeconds} s`);
    api.mixed = await attempt("mixed load", () => measureApiMixed(server.url, mix, budget.mixedSeconds, seed + 30));
    // The target is no error and no timeout: any one fails the run, naming route and status.
    for (const failure of mixFailures(api.mixed?.routes ?? [])) {
      errors.push(`mixed load: ${failure}`);
      log(`${kind}: mixed load FAILED: ${failure}`);
    }
  } finally {
    await server.stop();
    keepPlans(serverLog, kind, size);
  }

  log(`${kind}: raw SQL writes`);
  if (kind === "pglite") db = await createDb(config);
  const sqlIngest = await attempt("raw ingestion", () => measureSqlIngest(db.kysely, fx, budget, seed + 20));
  const sqlRollups = await attempt("raw roll-up", () => measureSqlRollups(db.kysely, fx, fxOther, budget, seed + 21));
  const sqlRollup = sqlRollups?.main ?? null;
  const sqlRollupOther = sqlRollups?.companion ?? null;
  const sqlMixed = await attempt("raw mixed load", () =>
    measureSqlMixed(db.kysely, mix, budget.loadSeconds, seed + 30),
  );
  await db.close();
  t = performance.now();
  const reopened = await createDb(config);
  await sql`select 1`.execute(reopened.kysely);
  const openMs = performance.now() - t;
  await reopened.close();

  log(`${kind}: cold start of npm start`);
  const cold = await attempt("cold start", async () => {
    const started = await startServerProcess(target, true);
    const memory = memoryOf(started.pid);
    await started.stop();
    return { ms: Math.round(started.startMs), memory };
  });

  return {
    database: kind,
    workers,
    ranAt: new Date().toISOString(),
    errors,
    load: { rows: rowsLoaded, ...counts, ms: Math.round(loadMs), rowsPerSec: round(rowsLoaded / (loadMs / 1000)) },
    rescore: { periods: periodsScored, ms: Math.round(rescoreMs) },
    databaseMiB,
    /** The loading process after the load and the rescore (absent in runs before issue 15's point 3). */
    memoryAfterLoad: memoryAfterLoad as MemoryBreakdown | undefined,
    sql: {
      tree: sqlReads.tree,
      treeUnderRls: sqlReads.treeUnderRls,
      fromScratch: sqlReads.fromScratch,
      mapView: sqlReads.mapView,
      teamPage: sqlReads.teamPage,
      concurrent: sqlConcurrent,
      ingest: sqlIngest,
      /** The mixed load's raw queries (absent in runs before it). */
      mixed: sqlMixed,
    },
    api: api as ApiResults,
    rollup: {
      depth: fx.deepKeyResultDepth,
      main: { units: main.units.length, api: api.rollup as ApiResults["rollup"], sql: sqlRollup },
      companion: { units: other.units.length, api: api.rollupCompanion as ApiResults["rollup"], sql: sqlRollupOther },
    },
    coldStart: { npmStartMs: cold?.ms ?? null, databaseOpenMs: Math.round(openMs), memory: cold?.memory ?? null },
  };
}

/**
 * `--only checkins`: the writes alone, as the full run measures them (single check-ins, batches
 * of 1,000, the roll-up in two organisations) and their raw limits, so a profile of the server
 * (BENCH_CPU_PROFILE_DIR) covers the check-in path and nothing else.
 */
async function benchCheckIns(
  kind: "pglite" | "postgres",
  size: SizeName,
  loaded: Db,
  config: DbConfig,
  target: Target,
  fx: Fixtures,
  fxOther: Fixtures,
  budget: Budget,
  seed: number,
  options: RunOptions,
) {
  let db = loaded;
  const serverLog = kind === "postgres" ? await setUpPlans(db, options) : null;
  if (kind === "pglite") await db.close();
  log(`${kind}: API writes alone`);
  const server = await startServerProcess(target);
  const cpuBefore = cpuSecondsOf(server.pid);
  let api: Record<string, unknown>;
  const single = options.singleCheckInsOnly;
  try {
    const ingestBudget = single ? { ...budget, ingest: budget.ingest * 3 } : budget;
    const ingest = await measureApiIngest(server.url, fx, ingestBudget, seed + 10);
    const cpuAfterIngest = cpuSecondsOf(server.pid);
    // The server's own CPU (user + system) per scenario, steadier than its wall time on a busy machine.
    const ingestCpu = round(cpuAfterIngest - cpuBefore);
    const perCheckIn = round((ingestCpu * 1000) / ingest.rows);
    if (single) api = { ingest, serverCpuSeconds: { ingest: ingestCpu }, serverCpuMsPerCheckIn: perCheckIn };
    else {
      const batchIngest = await measureApiBatchIngest(server.url, fx, budget, seed + 13);
      const cpuAfterBatches = cpuSecondsOf(server.pid);
      const rollups = await measureApiRollups(server.url, fx, fxOther, budget, seed + 11);
      api = {
        ingest,
        batchIngest,
        rollup: rollups.main,
        rollupCompanion: rollups.companion,
        serverCpuSeconds: {
          ingest: ingestCpu,
          batches: round(cpuAfterBatches - cpuAfterIngest),
          rollups: round(cpuSecondsOf(server.pid) - cpuAfterBatches),
        },
        serverCpuMsPerCheckIn: perCheckIn,
      };
    }
  } finally {
    await server.stop();
    keepPlans(serverLog, kind, size);
  }
  if (options.compareWith) api.compared = await compareCheckIns(kind, target, fx, budget, seed, options.compareWith);
  log(`${kind}: raw SQL writes`);
  if (kind === "pglite") db = await createDb(config);
  const sqlIngest = await measureSqlIngest(db.kysely, fx, budget, seed + 20);
  const sqlRollups = single ? null : await measureSqlRollups(db.kysely, fx, fxOther, budget, seed + 21);
  const chainPlans = kind === "postgres" && options.explain && !single ? await keepChainPlans(db, fx, size) : null;
  await db.close();
  return {
    database: kind,
    ranAt: new Date().toISOString(),
    planCacheMode: options.planCacheMode,
    api,
    sql: { ingest: sqlIngest, rollups: sqlRollups },
    chainPlans,
  };
}

/**
 * `--compare-with DIR`: single check-ins through this checkout's server and DIR's, alternately
 * (A B A B), each round on a server of its own and with rows of its own; CPU ms of the server per
 * check-in for each round. With BENCH_CPU_PROFILE_DIR each server leaves its profile, named by
 * its pid, which the result lists.
 */
async function compareCheckIns(
  kind: "pglite" | "postgres",
  target: Target,
  fx: Fixtures,
  budget: Budget,
  seed: number,
  other: string,
) {
  const rounds: { tree: string; pid: number; rows: number; perSec: number; serverCpuMsPerCheckIn: number }[] = [];
  for (const [i, tree] of ["this", other, "this", other].entries()) {
    log(`${kind}: single check-ins, round ${i + 1}, server of ${tree}`);
    const server = await startServerProcess(tree === "this" ? target : { ...target, tree });
    try {
      const cpuBefore = cpuSecondsOf(server.pid);
      // As many as the first measurement (3x the budget), so each server's warm-up weighs as little.
      const ingest = await measureApiIngest(server.url, fx, { ...budget, ingest: budget.ingest * 3 }, seed + 30 + i);
      const cpuMs = (cpuSecondsOf(server.pid) - cpuBefore) * 1000;
      rounds.push({
        tree,
        pid: server.pid,
        rows: ingest.rows,
        perSec: ingest.perSec,
        serverCpuMsPerCheckIn: round(cpuMs / ingest.rows),
      });
    } finally {
      await server.stop();
    }
  }
  return rounds;
}

/**
 * `--only views`: the reads alone, as the full run measures them (tree, map, dashboard, team
 * pages, 50 connections), the server's memory at start and after them, its CPU seconds per
 * scenario, and the dashboard statement's plan on the loaded database (tmp/bench/).
 */
async function benchViews(
  kind: "pglite" | "postgres",
  size: SizeName,
  db: Db,
  target: Target,
  fx: Fixtures,
  budget: Budget,
) {
  const plans = await explainDashboard(db, fx);
  mkdirSync(tmpBench, { recursive: true });
  const planFile = join(tmpBench, `${size}-${kind}-dashboard-plans.txt`);
  writeFileSync(planFile, plans.map((p) => `== ${p.shape}: p50 ${p.p50Ms} ms\n${p.plan}\n`).join("\n"));
  log(`${kind}: the dashboard statement's plans in ${planFile}`);
  const sqlReads = await measureSqlReads(db.kysely, fx, budget);
  if (kind === "pglite") await db.close();
  log(`${kind}: API reads alone`);
  const server = await startServerProcess(target);
  try {
    const memoryAtStart = await memoryBreakdownOf(server);
    const cpu0 = cpuSecondsOf(server.pid);
    const views = await measureApiViews(server.url, fx, budget, sqlReads.objectiveProgress);
    const cpu1 = cpuSecondsOf(server.pid);
    const teamPage = await measureApiTeamPages(server.url, fx, budget);
    const concurrent = await measureApiConcurrent(server.url, fx, CONNECTIONS, budget.loadSeconds);
    const cpu2 = cpuSecondsOf(server.pid);
    return {
      database: kind,
      ranAt: new Date().toISOString(),
      api: { ...views, teamPage, concurrent, memoryAtStart, memoryAfterReads: await memoryBreakdownOf(server) },
      sql: { tree: sqlReads.tree, mapView: sqlReads.mapView, teamPage: sqlReads.teamPage },
      dashboardStatement: plans.map(({ plan: _plan, ...timing }) => timing),
      serverCpuSeconds: { views: round(cpu1 - cpu0), teamPages: round(cpu2 - cpu1) },
    };
  } finally {
    await server.stop();
    if (kind === "postgres") await db.close();
  }
}

/** User + system CPU seconds of a process so far (Linux's /proc/PID/stat, in clock ticks of 1/100 s). */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The roll-up's read under a generic and a custom plan (bench/chain-plans.ts); plans to tmp/bench/. */
async function keepChainPlans(db: Db, fx: Fixtures, size: string) {
  const plans = await compareChainPlans(db, fx);
  const file = join(tmpBench, `${size}-postgres-chain-plans.txt`);
  writeFileSync(file, plans.map((p) => `== ${p.case}, ${p.objectives} objectives, ${p.mode}\n${p.plan}\n`).join("\n"));
  log(`postgres: the roll-up read's plans in ${file}`);
  return plans.map(({ plan: _plan, ...figures }) => figures);
}

/** Copies the PostgreSQL server's log, with the plans `--explain` had it write, under tmp/bench/. */
function keepPlans(serverLog: string | null, kind: string, size: string): void {
  if (!serverLog) return;
  mkdirSync(tmpBench, { recursive: true });
  const file = join(tmpBench, `${size}-${kind}-plans.log`);
  copyFileSync(serverLog, file);
  log(`${kind}: plans in ${file}`);
}

/** The API figures; each is null when its scenario failed (see `errors`). */
export interface ApiResults {
  tree: Awaited<ReturnType<typeof measureApiViews>>["tree"] | null;
  mapView?: Awaited<ReturnType<typeof measureApiViews>>["mapView"] | null;
  dashboard: Awaited<ReturnType<typeof measureApiViews>>["dashboard"] | null;
  check: Awaited<ReturnType<typeof measureApiViews>>["check"] | null;
  teamPage: Awaited<ReturnType<typeof measureApiTeamPages>> | null;
  /** Bytes of a team-page visit: uncached, first and repeat (absent in runs before issue 15). */
  pageBytes?: Awaited<ReturnType<typeof measureTeamPageBytes>> | null;
  concurrent: Awaited<ReturnType<typeof measureApiConcurrent>> | null;
  /** Where the server's memory is once it answers, and after the reads (breakdown absent in runs before issue 15's point 3). */
  memoryAtStart?: MemoryBreakdown | null;
  memoryAfterReads: (Partial<MemoryBreakdown> & { rssMiB: number; peakMiB: number }) | null;
  serverStartMs: number;
  batchEndpoint?: string | null;
  batchIngest?: Awaited<ReturnType<typeof measureApiBatchIngest>> | null;
  ingest: Awaited<ReturnType<typeof measureApiIngest>> | null;
  rollup: Awaited<ReturnType<typeof measureApiRollups>>["main"] | null;
  rollupCompanion: Awaited<ReturnType<typeof measureApiRollups>>["companion"] | null;
  /** 50 users on a mix of routes (bench/mix.ts; absent in runs before it). */
  mixed?: Awaited<ReturnType<typeof measureApiMixed>> | null;
}

async function databaseSize(db: Db, kind: string, dataDir: string): Promise<number> {
  if (kind === "pglite") return Math.round(directorySize(dataDir) / 1048576);
  const result = await sql<{ bytes: string }>`select pg_database_size(current_database()) as bytes`.execute(db.kysely);
  return Math.round(Number(result.rows[0]?.bytes ?? 0) / 1048576);
}

type CheckInsResult = Awaited<ReturnType<typeof benchCheckIns>>;
type ViewsResult = Awaited<ReturnType<typeof benchViews>>;
export type DatabaseResult = Exclude<Awaited<ReturnType<typeof benchDatabase>>, CheckInsResult | ViewsResult>;

async function main() {
  const { size, dbs, seed, workers, options } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  let pg: ThrowawayPostgres | null = null;
  const results: (DatabaseResult | CheckInsResult | ViewsResult)[] = [];
  try {
    for (const kind of dbs as ("pglite" | "postgres")[]) {
      if (kind === "postgres") {
        const bin = findPostgresBin();
        if (!bin) throw new Error("No PostgreSQL server programs found (install postgresql-15 or set PG_BIN)");
        pg = await startThrowawayPostgres(bin);
      }
      results.push(await benchDatabase(kind, size, seed, pg?.url ?? null, workers, options));
    }
  } finally {
    await pg?.stop();
  }
  if (options.checkInsOnly || options.viewsOnly) {
    mkdirSync(tmpBench, { recursive: true });
    const file = join(tmpBench, `${size}-${options.viewsOnly ? "views" : "checkins"}.json`);
    writeFileSync(file, `${JSON.stringify({ size, seed, machine: machine(), results }, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n[bench] written to ${file}\n`);
    return;
  }
  const report = {
    size,
    seed,
    ranAt: new Date().toISOString(),
    runSeconds: Math.round((performance.now() - started) / 1000),
    machine: machine(),
    shape: sizes[size],
    results: results as DatabaseResult[], // a full run: benchCheckIns and benchViews ran only with --only
  };
  const summary = writeReport(report);
  process.stdout.write(`${summary}\n`);
  // Timings are never asserted (CI shares machines); a scenario that failed outright is.
  if (report.results.some((r) => r.errors.length > 0)) process.exitCode = 1;
}

await main();
// Stray sockets or timers of a child must not keep a finished run alive (CI would hang).
process.exit();
