import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startGroveServer } from "../support/grove-server.ts";
import { findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from "../support/throwaway-postgres.ts";
import { ACME_SIGN_UP, runGrove } from "./grove-process.ts";

// A database user without superpowers (issue 18 point 7; docs/operations.md, "A database user
// without superuser"): on managed PostgreSQL the application's user owns its database but has
// neither superuser nor CREATEROLE. Grove's first start there stops with the one-time setup an
// administrator runs; after exactly that setup it migrates, serves, and its tenant reads and
// writes run under row-level security as grove_app.

const postgresBin = findPostgresBin();
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function asAdmin(server: ThrowawayPostgres, statements: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  try {
    for (const statement of statements) await admin.query(statement);
  } finally {
    await admin.end();
  }
}

describe.skipIf(!postgresBin && !process.env.CI)("Grove on a plain owner role (skipped: no PostgreSQL)", () => {
  it("stops with the setup to run, then runs after exactly that setup", { timeout: 600_000 }, async () => {
    if (!postgresBin) throw new Error("CI needs PostgreSQL: apt-get install postgresql-15");
    const server = await startThrowawayPostgres(postgresBin);
    cleanups.push(() => server.stop());
    await asAdmin(server, [
      "create role grove_owner login password 'owner-password' nosuperuser nocreaterole nocreatedb",
      "create database grove owner grove_owner",
    ]);
    const env = {
      DATABASE_URL: server.url.replace("postgres@", "grove_owner:owner-password@").replace(/\/postgres$/, "/grove"),
      GROVE_DEMO: "false",
    };

    const refused = runGrove(["serve", "--port", "0", "--host", "127.0.0.1"], env);
    expect(await refused.exited).toBe(1);
    const said = refused.output();
    expect(said).toContain('The database user "grove_owner" may not create the role grove_app');
    const setup = said.split("\n").filter((line) => /^\s+(CREATE ROLE|GRANT) /.test(line));
    expect(setup.map((line) => line.trim())).toEqual([
      "CREATE ROLE grove_app NOLOGIN;",
      'GRANT grove_app TO "grove_owner" WITH ADMIN OPTION;',
    ]);

    await asAdmin(server, setup);
    const grove = await startGroveServer([], env);
    cleanups.push(() => grove.stop());
    const signUp = await fetch(`${grove.base}/api/v1/auth/sign-up`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ACME_SIGN_UP),
    });
    expect(signUp.status).toBe(201);
    const cookies = signUp.headers.getSetCookie().map((c) => c.split(";")[0] as string);
    const csrf = cookies.find((c) => c.startsWith("grove_csrf="))?.slice("grove_csrf=".length) ?? "";
    const unit = await fetch(`${grove.base}/api/v1/orgs/acme/units`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookies.join("; "), "x-csrf-token": csrf },
      body: JSON.stringify({ name: "Growth", kind: "team" }),
    });
    expect(unit.status).toBe(201);
    const units = await fetch(`${grove.base}/api/v1/orgs/acme/units`, { headers: { cookie: cookies.join("; ") } });
    expect(units.status).toBe(200);
    expect(((await units.json()).units as { name: string }[]).map((u) => u.name)).toContain("Growth");
    expect((await fetch(`${grove.base}/api/health/ready`)).status).toBe(200);

    // Still nothing more than an owner: the setup gave it grove_app, no superpower.
    const owner = new pg.Client({ connectionString: env.DATABASE_URL });
    await owner.connect();
    const { rows } = await owner.query("select rolsuper, rolcreaterole from pg_roles where rolname = current_user");
    await owner.end();
    expect(rows).toEqual([{ rolsuper: false, rolcreaterole: false }]);
  });
});
