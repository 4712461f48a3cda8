import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDb } from "../../src/db/create-db.ts";
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from "../../src/demo/load-demo.ts";
import { dataDirFrom } from "../support/data-dirs.ts";
import { everyRow } from "../support/every-row.ts";
import { startGroveServer } from "../support/grove-server.ts";
import { workspaceOfFile } from "../support/temp-dirs.ts";
import { createDatabase, findPostgresBin, startThrowawayPostgres } from "../support/throwaway-postgres.ts";
import { runGrove } from "./grove-process.ts";

// Moving to PostgreSQL (issue 18 point 2; docs/operations.md, "Moving to PostgreSQL"): `grove
// move` copies an embedded installation with both demo organisations into an empty PostgreSQL
// 15 database. Every table is then compared row by row with the original, and the demo's admin
// signs in on a server started on the new database with the password of the old one.

const postgresBin = findPostgresBin();
const { dir, cleanups } = workspaceOfFile("grove-move-");

describe.skipIf(!postgresBin && !process.env.CI)("grove move (skipped: no PostgreSQL)", () => {
  it("copies every row into PostgreSQL, where the old password signs in", { timeout: 600_000 }, async () => {
    if (!postgresBin) throw new Error("CI needs PostgreSQL: apt-get install postgresql-15");
    const server = await startThrowawayPostgres(postgresBin);
    cleanups.push(() => server.stop());
    const target = await createDatabase(server, "moved");
    const dataDir = dataDirFrom("demo", join(dir, "data"));

    const move = runGrove(["move", "--data-dir", dataDir, "--to", target]);
    expect(await move.exited, move.output()).toBe(0);
    expect(move.output()).toMatch(/^check_ins +\d+$/m);
    expect(move.output()).toContain("sessions: not copied");

    const before = await createDb({ kind: "pglite", dataDir });
    const after = await createDb({ kind: "postgres", url: target });
    try {
      const [old, moved] = [await everyRow(before), await everyRow(after)];
      expect(Object.keys(moved).sort()).toEqual(Object.keys(old).sort());
      expect(old.check_ins?.length).toBeGreaterThan(100);
      expect(old.history?.length).toBeGreaterThan(100);
      for (const table of Object.keys(old)) {
        // Sessions stay behind unless asked (--sessions): the demo directory has none anyway.
        expect({ table, rows: moved[table] }).toEqual({ table, rows: table === "sessions" ? [] : old[table] });
      }
    } finally {
      await before.close();
      await after.close();
    }

    // Into a database that holds an installation already: refused, nothing written.
    const again = runGrove(["move", "--data-dir", dataDir, "--to", target]);
    expect(await again.exited).toBe(1);
    expect(again.output()).toContain("the target database already holds 2 organisation(s)");

    const grove = await startGroveServer([], { DATABASE_URL: target });
    cleanups.push(() => grove.stop());
    const signIn = await fetch(`${grove.base}/api/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
  });
});
