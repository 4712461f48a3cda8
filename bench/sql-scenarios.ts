import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { Database } from "../src/db/schema.ts";
import { inTenant } from "../src/db/tenant.ts";
import type { Budget } from "./budgets.ts";
import type { Fixtures } from "./fixtures.ts";
import { checkInColumns, insertRows } from "./load.ts";
import { alternate, concurrentLoop, round, summarise, timeLoop } from "./measure.ts";
import { Rng } from "./rng.ts";
import {
  ancestorChainSql,
  insertCheckInSql,
  MAP_DEPTH,
  mapViewSql,
  periodViewSql,
  scorePeriodSql,
  unitOkrsSql,
} from "./sql.ts";

// The database's own limits, measured over a plain connection from the benchmark process.

export async function measureSqlReads(db: Kysely<Database>, f: Fixtures, budget: Budget) {
  const now = new Date();
  // Progress computed from scratch (no stored scores): what the API's stored progress is checked against.
  const scored = await scorePeriodSql(db, f.orgId, f.periodId, now);
  const objectiveProgress = new Map(
    scored.filter((row) => row.node === "objective").map((row) => [row.id, row.progress]),
  );
  const fromScratch = await timeLoop({ iterations: budget.views, maxMs: budget.viewMs }, () =>
    scorePeriodSql(db, f.orgId, f.periodId, now),
  );
  const tree = await timeLoop({ iterations: budget.views, maxMs: budget.viewMs }, () =>
    periodViewSql(db, f.orgId, f.periodId, now),
  );
  // The same query under the app's row-level policies (role grove_app, tenant set), to show their cost.
  const treeUnderRls = await timeLoop({ iterations: budget.views, maxMs: budget.viewMs }, () =>
    inTenant(db, f.orgId, (tx) => periodViewSql(tx, f.orgId, f.periodId, now)),
  );
  const mapView = await timeLoop({ iterations: budget.teamPages, maxMs: budget.viewMs }, () =>
    mapViewSql(db, f.orgId, f.periodId, MAP_DEPTH),
  );
  const teamPage = await timeLoop({ iterations: budget.teamPages, maxMs: budget.viewMs }, (i) =>
    unitOkrsSql(db, f.orgId, f.periodId, f.unitIds[Math.abs(i) % f.unitIds.length] as string),
  );
  return { tree, treeUnderRls, fromScratch, mapView, teamPage, objectiveProgress, rows: scored.length };
}

/** The team-page query from `workers` concurrent callers (PGlite serialises them on its one backend). */
export async function measureSqlConcurrent(db: Kysely<Database>, f: Fixtures, workers: number, seconds: number) {
  return concurrentLoop(workers, seconds * 1000, (i) =>
    unitOkrsSql(db, f.orgId, f.periodId, f.unitIds[i % f.unitIds.length] as string),
  );
}

/** Check-in rows shaped like the API's, dated just now so they become each KR's latest reading. */
export function checkInRows(f: Fixtures, count: number, seed: number) {
  const rng = new Rng(seed);
  return Array.from({ length: count }, (_, i) => ({
    // Random ids: these rows land on top of 2 million generated ones and must never collide.
    id: randomUUID(),
    keyResultId: f.keyResultIds[i % f.keyResultIds.length] as string,
    value: round(rng.next() * 100),
    confidence: round(rng.next(), 2),
    checkedInAt: new Date(Date.now() - 60_000).toISOString(),
  }));
}

/** Raw ingestion: one statement per check-in (row + KR cache), and multi-row batches of 1,000. */
export async function measureSqlIngest(db: Kysely<Database>, f: Fixtures, budget: Budget, seed: number) {
  const single = checkInRows(f, budget.ingest, seed);
  let t = performance.now();
  for (const row of single) await insertCheckInSql(db, f.orgId, row);
  const singlePerSec = single.length / ((performance.now() - t) / 1000);
  const bulk = checkInRows(f, budget.ingest * 10, seed + 1000);
  t = performance.now();
  for (let i = 0; i < bulk.length; i += 1000) await insertBatch(db, f.orgId, bulk.slice(i, i + 1000));
  const bulkPerSec = bulk.length / ((performance.now() - t) / 1000);
  return {
    singleRows: single.length,
    singlePerSec: round(singlePerSec),
    bulkRows: bulk.length,
    bulkPerSec: round(bulkPerSec),
  };
}

/** What a batch endpoint would do at best: insert the rows, then refresh each touched KR's cache once. */
async function insertBatch(db: Kysely<Database>, orgId: string, rows: ReturnType<typeof checkInRows>) {
  await db.transaction().execute(async (tx) => {
    await insertRows(
      tx,
      "check_ins",
      checkInColumns,
      rows.map((r) => [orgId, r.id, r.keyResultId, r.value, r.confidence, "", r.checkedInAt]),
    );
    await sql`
      update key_results k set current_value = l.value, current_confidence = l.confidence,
        last_check_in_at = l.checked_in_at
      from (select distinct on (key_result_id) key_result_id, value, confidence, checked_in_at
            from check_ins where org_id = ${orgId} and key_result_id in (${sql.join([...new Set(rows.map((r) => r.keyResultId))])})
            order by key_result_id, checked_in_at desc, created_at desc) l
      where k.org_id = ${orgId} and k.id = l.key_result_id`.execute(tx);
  });
}

/**
 * The floor of an incremental roll-up: write the check-in, then read the KRs up the cascade, in
 * two organisations with their samples alternating (see `measureApiRollups`).
 */
export async function measureSqlRollups(
  db: Kysely<Database>,
  main: Fixtures,
  other: Fixtures,
  budget: Budget,
  seed: number,
) {
  const sampler = (f: Fixtures, rowSeed: number) => {
    const rows = checkInRows({ ...f, keyResultIds: [f.deepKeyResultId] }, budget.rollup + 2, rowSeed);
    const samples: number[] = [];
    let chainRows = 0;
    const sample = async (i: number) => {
      const t = performance.now();
      await insertCheckInSql(db, f.orgId, rows[i + 2] as (typeof rows)[number]);
      chainRows = (await ancestorChainSql(db, f.orgId, f.deepKeyResultId)).length;
      if (i >= 0) samples.push(performance.now() - t);
    };
    return { sample, result: () => ({ ...summarise(samples), chainRows }) };
  };
  return alternate(sampler(main, seed), sampler(other, seed + 1), budget.rollup);
}
