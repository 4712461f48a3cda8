// `--only views` (bench/run.ts): the whole-organisation dashboard's statement (`attentionQuery`,
// src/db/repositories/dashboard.ts) as the server runs it (the tenant's transaction, as
// grove_app, so row-level security applies), on either database: timed and with EXPLAIN
// (ANALYZE, BUFFERS), as it reaches the period's KRs by their own period (migration 0048) and,
// on the same data back to back, as it did before (by the period's objectives alone: the same
// statement with the KR's period test made true). docs/performance.md, "The whole-organisation
// dashboard at large".
import { type CompiledQuery, sql } from "kysely";
import type { Db } from "../src/db/create-db.ts";
import { attentionQuery } from "../src/db/repositories/dashboard.ts";
import { inTenant } from "../src/db/tenant.ts";
import { ASSESSMENT_RULES } from "../src/domain/dashboard.ts";
import type { Fixtures } from "./fixtures.ts";
import { summarise } from "./measure.ts";

const RUNS = 7;

export interface DashboardPlan {
  shape: "by the KR's period" | "by the objectives' period";
  p50Ms: number;
  plan: string;
}

/** The dashboard's first page for the fixture's period, the whole organisation, in both shapes. */
export async function explainDashboard(db: Db, f: Fixtures): Promise<DashboardPlan[]> {
  const period = (
    await sql<{ startsOn: string; endsOn: string }>`
      select starts_on::text as starts_on, ends_on::text as ends_on from periods
      where org_id = ${f.orgId} and id = ${f.periodId}`.execute(db.kysely)
  ).rows[0];
  if (!period) throw new Error(`no period ${f.periodId}`);
  const first = { after: null, limit: 50 };
  const input = {
    orgId: f.orgId,
    periodId: f.periodId,
    ...period,
    now: new Date(),
    rootUnitId: null,
    hiddenUnitIds: [],
    ...ASSESSMENT_RULES,
  };
  const current = attentionQuery(input, { atRisk: first, stale: first }).compile(db.kysely);
  const byPeriod = /kr\.period_id = (\$\d+)\s+and /;
  if (!byPeriod.test(current.sql)) throw new Error("the dashboard no longer reaches KRs by their period");
  const before = { ...current, sql: current.sql.replace(byPeriod, "$1::uuid is not null and ") };
  const shapes = [
    ["by the KR's period", current],
    ["by the objectives' period", before],
  ] as const;
  const results: DashboardPlan[] = [];
  for (const [shape, query] of shapes) {
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await inTenant(db.kysely, f.orgId, (tx) => tx.executeQuery(query));
      ms.push(performance.now() - started);
    }
    results.push({ shape, p50Ms: summarise(ms).p50, plan: await planOf(db, f.orgId, query) });
  }
  return results;
}

async function planOf(db: Db, orgId: string, query: CompiledQuery): Promise<string> {
  return inTenant(db.kysely, orgId, async (tx) => {
    const plan = await tx.executeQuery<Record<string, string>>({
      ...query,
      sql: `explain (analyze, buffers) ${query.sql}`,
    });
    return plan.rows.map((row) => Object.values(row)[0]).join("\n");
  });
}
