import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDirFrom } from "../support/data-dirs.ts";
import { tempDirsOfFile } from "../support/temp-dirs.ts";
import { findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from "../support/throwaway-postgres.ts";
import { demoSession, runGrove, waitForStart } from "./grove-process.ts";

// Kill -9 in the middle of a concurrent write load, restart, and find every write the server
// acknowledged: on the embedded database and on a PostgreSQL server.

// Without PostgreSQL's server programs the PostgreSQL case is a declared skip on a laptop (the
// report shows it skipped, with this reason in its name); CI must have them.
const postgresBin = findPostgresBin();
const noPostgres = postgresBin ? "" : "no PostgreSQL server programs found: install postgresql-15 or set PG_BIN";
if (noPostgres && process.env.CI === "true") throw new Error(`CI=true but ${noPostgres}`);

const tempDir = tempDirsOfFile("grove-crash-");
let postgres: ThrowawayPostgres | null = null;

beforeAll(async () => {
  if (postgresBin) postgres = await startThrowawayPostgres(postgresBin);
}, 120_000);

afterAll(async () => {
  await postgres?.stop();
});

function currentQuarter(): string {
  const now = new Date();
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}

async function keyResultIds(base: string, auth: Record<string, string>): Promise<string[]> {
  const tree = await (
    await fetch(`${base}/api/v1/orgs/demo/tree?period=${currentQuarter()}`, { headers: auth })
  ).json();
  return tree.units.flatMap((u: { objectives: { keyResults: { id: string }[] }[] }) =>
    u.objectives.flatMap((o) => o.keyResults.map((kr) => kr.id)),
  );
}

describe.each([
  { name: "the embedded database", db: "pglite" },
  { name: "PostgreSQL", db: "postgres" },
])("a server killed with SIGKILL under load, on $name", ({ db }) => {
  const skip = db === "postgres" && noPostgres;
  const name = skip
    ? `keeps every acknowledged check-in (skipped: ${noPostgres})`
    : "keeps every acknowledged check-in";
  it.skipIf(skip)(name, { timeout: 180_000 }, async () => {
    const dir = tempDir();
    // The demo loaded once for the run: this test is about the restart, not the first start.
    const dataDir = db === "postgres" ? dir : dataDirFrom("demo", join(dir, "data"));
    const env: Record<string, string> =
      db === "postgres"
        ? // One process, so SIGKILL ends the server at once (with workers the primary's death lets them drain).
          {
            DATABASE_URL: (postgres as ThrowawayPostgres).url,
            GROVE_DEMO_PASSWORD: "grove-demo-okrs",
            GROVE_WORKERS: "1",
          }
        : {};
    const args = ["serve", "--port", "0", "--host", "127.0.0.1", "--data-dir", dataDir];
    const first = runGrove(args, env);
    const base = await waitForStart(first);
    const auth = await demoSession(base);
    const krs = await keyResultIds(base, auth);
    const acknowledged: number[] = [];
    let value = 5000;
    let stop = false;
    // Eight writers in parallel until the kill; each write counts only when the server said 201.
    const writers = Array.from({ length: 8 }, async () => {
      while (!stop) {
        const mine = value++;
        try {
          const res = await fetch(`${base}/api/v1/orgs/demo/key-results/${krs[mine % krs.length]}/check-ins`, {
            method: "POST",
            headers: { ...auth, "content-type": "application/json" },
            body: JSON.stringify({ value: mine }),
          });
          if (res.status === 201) acknowledged.push(mine);
        } catch {
          return; // the server is gone
        }
      }
    });
    await expect.poll(() => acknowledged.length, { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(40);
    first.child.kill("SIGKILL");
    stop = true;
    await Promise.all(writers);
    await first.exited;

    const second = runGrove(args, env);
    const base2 = await waitForStart(second);
    const auth2 = await demoSession(base2);
    const stored = new Set<number>();
    for (const kr of krs) {
      const body = await (
        await fetch(`${base2}/api/v1/orgs/demo/key-results/${kr}/check-ins`, { headers: auth2 })
      ).json();
      for (const c of body.checkIns as { value: number }[]) stored.add(c.value);
    }
    expect(acknowledged.filter((v) => !stored.has(v))).toEqual([]);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  });
});
