// `--explain` on PostgreSQL (bench/run.ts): the roll-up's read (`readChainToScore`, one
// recursive statement per scoring write) under a generic plan and under a custom one, as the
// server runs it (the tenant's transaction, as grove_app, so row-level security applies), for a
// single check-in's chain and for a batch's. docs/performance.md, "The check-in path at large".
import { CompiledQuery, sql } from "kysely";
import { compileOnlyKysely } from "../src/db/compile-only.ts";
import type { Db } from "../src/db/create-db.ts";
import { readChainToScore } from "../src/db/repositories/scores.ts";
import type { Fixtures } from "./fixtures.ts";
import { summarise } from "./measure.ts";

const MODES = ["force_custom_plan", "force_generic_plan"] as const;
const RUNS = 15;

/** The SQL and parameters `readChainToScore` sends for these objectives, without running it. */
async function chainQuery(orgId: string, objectiveIds: string[]): Promise<CompiledQuery> {
  let captured: CompiledQuery | null = null;
  const recorder = compileOnlyKysely({
    log: (event) => {
      captured = event.query;
    },
  });
  await readChainToScore(recorder, orgId, objectiveIds); // the dummy driver answers no rows
  return captured as unknown as CompiledQuery;
}

/** The parameters here are uuids and uuid arrays: written as literals for `execute`. */
const literal = (value: unknown) =>
  Array.isArray(value) ? `'{${value.join(",")}}'` : `'${String(value).replace(/'/g, "''")}'`;

export interface ChainPlan {
  case: string;
  objectives: number;
  mode: string;
  /** Client-side time of `execute`, planning included, over RUNS runs. */
  p50Ms: number;
  planningMs: number;
  executionMs: number;
  plan: string;
}

export async function compareChainPlans(db: Db, f: Fixtures): Promise<ChainPlan[]> {
  const objectivesOf = async (krIds: string[]) =>
    (
      await sql<{ objectiveId: string }>`
        select distinct objective_id from key_results where org_id = ${f.orgId} and id = any(${krIds}::uuid[])`.execute(
        db.kysely,
      )
    ).rows.map((r) => r.objectiveId);
  const cases = [
    { name: "single check-in (the deep KR's objective)", ids: await objectivesOf([f.deepKeyResultId]) },
    { name: "batch of 1,000 readings", ids: await objectivesOf(f.keyResultIds.slice(0, 1000)) },
  ];
  const results: ChainPlan[] = [];
  await db.kysely.connection().execute(async (c) => {
    for (const one of cases) {
      const query = await chainQuery(f.orgId, one.ids);
      for (const mode of MODES) {
        await sql`begin`.execute(c);
        await sql`select set_config('grove.org_id', ${f.orgId}, true), set_config('role', 'grove_app', true)`.execute(
          c,
        );
        await sql.raw(`set local plan_cache_mode = ${mode}`).execute(c);
        await c.executeQuery(CompiledQuery.raw(`prepare chain as ${query.sql}`));
        const execute = `execute chain(${query.parameters.map(literal).join(", ")})`;
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const t = performance.now();
          await c.executeQuery(CompiledQuery.raw(execute));
          times.push(performance.now() - t);
        }
        const explained = await c.executeQuery<{ "QUERY PLAN": string }>(
          CompiledQuery.raw(`explain (analyze, buffers) ${execute}`),
        );
        const plan = explained.rows.map((r) => r["QUERY PLAN"]).join("\n");
        await sql`rollback`.execute(c); // drops the prepared statement's role and settings with it
        await c.executeQuery(CompiledQuery.raw("deallocate chain"));
        const figure = (name: string) => Number(new RegExp(`${name}: ([\\d.]+) ms`).exec(plan)?.[1] ?? Number.NaN);
        results.push({
          case: one.name,
          objectives: one.ids.length,
          mode,
          p50Ms: summarise(times).p50,
          planningMs: figure("Planning Time"),
          executionMs: figure("Execution Time"),
          plan,
        });
      }
    }
  });
  return results;
}
