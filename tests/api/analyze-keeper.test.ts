import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { analyzeStaleTables } from "../../src/db/analyze-keeper.ts";
import { buildOrg, buildUnit } from "../support/factories.ts";
import { testDbKind, useTestApp } from "../support/test-app.ts";

// The embedded database has no autovacuum; the server analyzes tables that changed by
// autovacuum's own rule (src/db/analyze-keeper.ts). Only on PGlite: on a server, autovacuum may
// analyze the table first, and the server does not run the keeper there.
describe.runIf(testDbKind === "pglite")("keeping planner statistics fresh", () => {
  const t = useTestApp();

  it("analyzes a table after many changes, and leaves it alone once analyzed", { timeout: 60_000 }, async () => {
    await analyzeStaleTables(t.db.kysely);
    const org = await buildOrg(t.services);
    for (let i = 0; i < 60; i++) await buildUnit(t.services, org.id);
    // Change counts reach the statistics views within a second of the transactions ending; if
    // they never do, the wait fails instead of testing nothing.
    await expect.poll(modifiedSinceAnalyze, { timeout: 10_000, interval: 200 }).toBeGreaterThan(50);
    expect(await analyzeStaleTables(t.db.kysely)).toContain("units");
    await expect.poll(modifiedSinceAnalyze, { timeout: 10_000, interval: 200 }).toBe(0);
    expect(await analyzeStaleTables(t.db.kysely)).not.toContain("units");
  });

  async function modifiedSinceAnalyze(): Promise<number> {
    const result = await sql<{ n: string }>`
      select n_mod_since_analyze as n from pg_stat_user_tables where relname = 'units'`.execute(t.db.kysely);
    return Number(result.rows[0]?.n ?? 0);
  }
});
