import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../src/db/schema.ts";
import { runLoadClient } from "./api-scenarios.ts";
import { MIXED_TIMEOUT_SECONDS } from "./budgets.ts";
import { round } from "./measure.ts";
import { type MixChoice, type MixFixtures, mixChooser, type RouteFigures, RouteTally, WEB_QUERIES } from "./mix.ts";
import type { MixedClientSettings } from "./mixed-client.ts";
import { insertCheckInSql, mapViewSql, periodViewSql, unitOkrsSql } from "./sql.ts";

// The mixed load (bench/mix.ts) against the API, and the same mix of raw queries as its limit.

export interface MixedResult {
  users: number;
  /** From the first request to the last answer. */
  seconds: number;
  requests: number;
  perSecond: number;
  routes: RouteFigures[];
}

/** Every user signed in with their own token, from a second process (bench/mixed-client.ts). */
export async function measureApiMixed(base: string, f: MixFixtures, seconds: number, seed: number) {
  const settings: MixedClientSettings = {
    url: base,
    fixtures: f,
    seconds,
    timeoutSeconds: MIXED_TIMEOUT_SECONDS,
    seed,
  };
  const result = await runLoadClient<Omit<MixedResult, "perSecond">>(
    "bench/mixed-client.ts",
    [],
    JSON.stringify(settings),
  );
  return {
    ...result,
    perSecond: round(result.requests / result.seconds),
    timeoutSeconds: MIXED_TIMEOUT_SECONDS,
  };
}

/**
 * The same users drawing the same sequences, each running the raw query that stands for the
 * route (bench/sql.ts) over the benchmark's own connection pool: the database's limit for the mix.
 */
export async function measureSqlMixed(db: Kysely<Database>, f: MixFixtures, seconds: number, seed: number) {
  const tally = new RouteTally();
  const started = performance.now();
  await Promise.all(
    f.users.map(async (_, i) => {
      const next = mixChooser(f, i, seed);
      while (performance.now() - started < seconds * 1000) {
        const choice = next();
        const t = performance.now();
        await rawQueryOf(db, f, choice);
        tally.answered(choice.route, performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const routes = tally.figures();
  const requests = routes.reduce((sum, r) => sum + r.requests, 0);
  return { users: f.users.length, seconds: round(elapsed, 1), requests, perSecond: round(requests / elapsed), routes };
}

function rawQueryOf(db: Kysely<Database>, f: MixFixtures, choice: MixChoice): Promise<unknown> {
  const { orgId, periodId } = f;
  switch (choice.route) {
    case "teamPage":
      return unitOkrsSql(db, orgId, periodId, choice.unitId);
    case "dashboard":
      return periodViewSql(db, orgId, periodId, new Date());
    case "dashboardUnit":
      return periodViewSql(db, orgId, periodId, new Date(), choice.unitId);
    case "mapFirstView":
      return mapViewSql(db, orgId, periodId, WEB_QUERIES.mapTopDepth);
    case "mapBranch":
      return mapViewSql(db, orgId, periodId, WEB_QUERIES.mapBranchDepth, choice.unitId);
    case "checkIn":
      return insertCheckInSql(db, orgId, {
        id: randomUUID(),
        keyResultId: choice.keyResultId,
        value: choice.value,
        confidence: choice.confidence,
        checkedInAt: new Date().toISOString(),
      });
  }
}
