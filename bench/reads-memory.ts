// The server's memory after the large run's reads, and the dashboard's time, alone on a data
// directory the benchmark loaded (docs/performance.md, "Memory" and "The whole-organisation
// dashboard at large"): `npx tsx bench/reads-memory.ts --data-dir tmp/bench/large-pglite
// --slug bench-large [--root DIR]` starts the benchmark's server (from the checkout `--root`, by
// default this one, to compare another commit on the same data; NODE_OPTIONS reaches it), runs
// the benchmark's reads in its order (whole-period tree, map, dashboard, team pages, then team
// pages from 50 connections), and prints the dashboard's p50, the server's CPU seconds and its
// memory (RSS, peak, V8's heap, external, array buffers) at start and after the reads.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createDb } from "../src/db/create-db.ts";
import { pgliteSettingsOf } from "../src/db/pglite-settings.ts";
import { measureApiConcurrent, measureApiTeamPages, measureApiViews } from "./api-scenarios.ts";
import { budgets } from "./budgets.ts";
import type { Fixtures } from "./fixtures.ts";
import { memoryBreakdownOf, startServerProcess } from "./server-process.ts";

const flag = (name: string, fallback?: string) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? process.argv[i + 1] : fallback;
  if (value === undefined) throw new Error(`--${name} is required`);
  return value;
};
const dataDir = resolve(flag("data-dir"));
const slug = flag("slug");
const root = flag("root", "");
const budget = budgets.large;

/** The organisation, its active period and 200 units to open, read before the server takes the directory. */
async function fixturesOf(): Promise<Fixtures> {
  const db = await createDb({ kind: "pglite", dataDir, settings: pgliteSettingsOf(process.env, (m) => new Error(m)) });
  try {
    const org = await db.kysely
      .selectFrom("organisations")
      .select("id")
      .where("slug", "=", slug)
      .executeTakeFirstOrThrow();
    const period = await db.kysely
      .selectFrom("periods")
      .select(["id", "name"])
      .where("orgId", "=", org.id)
      .where("status", "=", "active")
      .executeTakeFirstOrThrow();
    const units = await db.kysely
      .selectFrom("units")
      .select("id")
      .where("orgId", "=", org.id)
      .orderBy("id")
      .limit(200)
      .execute();
    return {
      orgId: org.id,
      token: `grove_pat_bench_${flag("seed", "42")}_${slug}`,
      slug,
      periodId: period.id,
      periodName: period.name,
      unitIds: units.map((u) => u.id),
      keyResultIds: [],
      deepKeyResultId: "",
      deepKeyResultDepth: 0,
      rootObjectiveId: "",
    };
  } finally {
    await db.close();
  }
}

const cpuSecondsOf = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

const fx = await fixturesOf();
const server = await startServerProcess({ kind: "pglite", dataDir, ...(root ? { tree: root } : {}) });
try {
  const atStart = await memoryBreakdownOf(server);
  const cpu0 = cpuSecondsOf(server.pid);
  const views = await measureApiViews(server.url, fx, budget, new Map());
  const cpu1 = cpuSecondsOf(server.pid);
  const teamPage = await measureApiTeamPages(server.url, fx, budget);
  const concurrent = await measureApiConcurrent(server.url, fx, 50, budget.loadSeconds);
  const after = await memoryBreakdownOf(server);
  console.log(
    JSON.stringify(
      {
        nodeOptions: process.env.NODE_OPTIONS ?? "",
        dashboard: views.dashboard,
        treeP50: views.tree.p50,
        mapP50: views.mapView.p50,
        teamPageP50: teamPage.p50,
        concurrent: { requestsPerSec: concurrent.requestsPerSec, p99: concurrent.p99 },
        serverCpuSeconds: { views: cpu1 - cpu0, all: cpuSecondsOf(server.pid) - cpu0 },
        atStart,
        after,
      },
      null,
      1,
    ),
  );
} finally {
  await server.stop();
}
