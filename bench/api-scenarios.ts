import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Budget } from "./budgets.ts";
import type { Fixtures } from "./fixtures.ts";
import { alternate, round, summarise, type Timing, timeLoop } from "./measure.ts";
import { MAP_DEPTH } from "./sql.ts";
import { checkInRows } from "./sql-scenarios.ts";

const root = fileURLToPath(new URL("../", import.meta.url));

let authorization = "";

/** Every request carries the organisation's bench token; the roll-up companion has its own. */
function callAs(f: Fixtures): void {
  authorization = `Bearer ${f.token}`;
}

async function get(url: string): Promise<{ body: unknown; bytes: number }> {
  const response = await fetch(url, { headers: authorization ? { authorization } : {} });
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${text.slice(0, 300)}`);
  return { body: JSON.parse(text), bytes: text.length };
}

async function post(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`POST ${url}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

const orgPath = (base: string, f: Fixtures) => `${base}/api/v1/orgs/${f.slug}`;

/** The period's tree and dashboard, warm, plus the largest difference from the SQL's progress. */
export async function measureApiViews(base: string, f: Fixtures, budget: Budget, sqlProgress: Map<string, unknown>) {
  callAs(f);
  const period = encodeURIComponent(f.periodName);
  const treeUrl = `${orgPath(base, f)}/tree?period=${period}`;
  const dashboardUrl = `${orgPath(base, f)}/dashboard?period=${period}`;
  const first = await get(treeUrl);
  const tree = first.body as { units: { objectives: { id: string; progress: number | null }[] }[] };
  let maxDiff = 0;
  let compared = 0;
  for (const unit of tree.units) {
    for (const objective of unit.objectives) {
      const expected = sqlProgress.get(objective.id) as number | null | undefined;
      if (expected === undefined) continue;
      compared++;
      maxDiff = Math.max(maxDiff, Math.abs((objective.progress ?? 0) - (expected ?? 0)));
    }
  }
  const treeTiming = await timeLoop({ iterations: budget.views, maxMs: budget.viewMs }, () => get(treeUrl));
  const mapUrl = `${orgPath(base, f)}/map?period=${period}&depth=${MAP_DEPTH}`;
  const mapBytes = (await get(mapUrl)).bytes;
  const mapView = await timeLoop({ iterations: budget.teamPages, maxMs: budget.viewMs }, () => get(mapUrl));
  const dashboardBytes = (await get(dashboardUrl)).bytes;
  const dashboard = await timeLoop({ iterations: budget.views, maxMs: budget.viewMs }, () => get(dashboardUrl));
  return {
    tree: { ...treeTiming, responseKiB: Math.round(first.bytes / 1024) },
    mapView: { ...mapView, responseKiB: Math.round(mapBytes / 1024) },
    dashboard: { ...dashboard, responseKiB: Math.round(dashboardBytes / 1024) },
    check: { objectivesCompared: compared, maxProgressDifference: maxDiff },
  };
}

export async function measureApiTeamPages(base: string, f: Fixtures, budget: Budget): Promise<Timing> {
  callAs(f);
  const period = encodeURIComponent(f.periodName);
  return timeLoop({ iterations: budget.teamPages, maxMs: budget.viewMs }, (i) =>
    get(`${orgPath(base, f)}/units/${f.unitIds[Math.abs(i) % f.unitIds.length]}/okrs?period=${period}`),
  );
}

/** 50 connections from a second process (bench/load-client.ts, autocannon) on team pages. */
export async function measureApiConcurrent(base: string, f: Fixtures, connections: number, seconds: number) {
  callAs(f);
  const period = encodeURIComponent(f.periodName);
  const paths = f.unitIds.map((id) => `/api/v1/orgs/${f.slug}/units/${id}/okrs?period=${period}`);
  const args = JSON.stringify({ url: base, paths, connections, seconds, authorization });
  const result = await runLoadClient<{
    requestsPerSec: number;
    p50: number;
    p99: number;
    total: number;
    errors: number;
    non2xx: number;
  }>("bench/load-client.ts", [args]);
  // Refusals mean the test itself is broken; timeouts under overload are a result and are reported.
  if (result.non2xx > 0) throw new Error(`${result.non2xx} of ${result.total} responses were not 2xx`);
  return result;
}

/**
 * Runs a load client in a process of its own, so it never shares an event loop with the server or
 * with this process, and returns the JSON line it prints. `input`, when given, goes to its stdin.
 */
export async function runLoadClient<T>(script: string, args: string[], input?: string): Promise<T> {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: root,
    stdio: [input === undefined ? "ignore" : "pipe", "pipe", "inherit"],
  });
  child.stdin?.end(input);
  let out = "";
  child.stdout?.on("data", (chunk) => {
    out += chunk;
  });
  // "close", not "exit": the process may exit before its stdout has been read to the end.
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`the load client ${script} exited with ${code}`);
  return JSON.parse(out.trim()) as T;
}

/** One check-in per request, one client after the other. */
export async function measureApiIngest(base: string, f: Fixtures, budget: Budget, seed: number) {
  callAs(f);
  const rows = checkInRows(f, budget.ingest, seed);
  const samples: number[] = [];
  const started = performance.now();
  for (const row of rows) {
    const t = performance.now();
    await post(`${orgPath(base, f)}/key-results/${row.keyResultId}/check-ins`, {
      value: row.value,
      confidence: row.confidence,
      checkedInAt: row.checkedInAt,
    });
    samples.push(performance.now() - t);
  }
  const perSec = rows.length / ((performance.now() - started) / 1000);
  return { rows: rows.length, perSec: round(perSec), ...summarise(samples) };
}

/**
 * A check-in on a front-line KR, then the company objective it rolls up into (M5), in each of two
 * organisations of different sizes. Their samples alternate, so whatever else the machine is
 * doing weighs on both alike and their ratio is the growth with size.
 */
export async function measureApiRollups(base: string, main: Fixtures, other: Fixtures, budget: Budget, seed: number) {
  const sampler = (f: Fixtures, rowSeed: number) => {
    const rows = checkInRows({ ...f, keyResultIds: [f.deepKeyResultId] }, budget.rollup + 2, rowSeed);
    const writes: number[] = [];
    const reads: number[] = [];
    const totals: number[] = [];
    const sample = async (i: number) => {
      callAs(f);
      const row = rows[i + 2] as (typeof rows)[number];
      const t = performance.now();
      await post(`${orgPath(base, f)}/key-results/${row.keyResultId}/check-ins`, {
        value: row.value,
        confidence: row.confidence,
        checkedInAt: row.checkedInAt,
      });
      const t2 = performance.now();
      await get(`${orgPath(base, f)}/objectives/${f.rootObjectiveId}`);
      if (i < 0) return; // warm-up
      writes.push(t2 - t);
      reads.push(performance.now() - t2);
      totals.push(performance.now() - t);
    };
    const result = () => ({
      ...summarise(totals),
      writeP50: summarise(writes).p50,
      readP50: summarise(reads).p50,
    });
    return { sample, result };
  };
  return alternate(sampler(main, seed), sampler(other, seed + 1), budget.rollup);
}

/**
 * Batches of 1,000 readings through POST /check-ins (one transaction each, rescored once), as
 * many rows as the raw batch INSERT measurement writes.
 */
export async function measureApiBatchIngest(base: string, f: Fixtures, budget: Budget, seed: number) {
  callAs(f);
  const batchSize = 1000;
  const rows = checkInRows(f, budget.ingest * 10, seed);
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < rows.length; i += batchSize) {
    const t = performance.now();
    await post(`${orgPath(base, f)}/check-ins`, {
      checkIns: rows.slice(i, i + batchSize).map((row) => ({
        keyResultId: row.keyResultId,
        value: row.value,
        confidence: row.confidence,
        checkedInAt: row.checkedInAt,
      })),
    });
    samples.push(performance.now() - t);
  }
  const perSec = rows.length / ((performance.now() - started) / 1000);
  return { rows: rows.length, batchSize, perSec: round(perSec), ...summarise(samples) };
}

/**
 * Waits until the server answers its health check quickly again: after the concurrent test it may
 * still be working through requests whose connections autocannon already closed, and the next
 * figure must not pay for them.
 */
export async function waitUntilIdle(base: string): Promise<void> {
  const deadline = Date.now() + 5 * 60_000;
  let quick = 0;
  while (quick < 3 && Date.now() < deadline) {
    const t = performance.now();
    await fetch(`${base}/api/health`).then((response) => response.text());
    quick = performance.now() - t < 50 ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
