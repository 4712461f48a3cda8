import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { expect, it } from "vitest";
import type { Executor } from "../../src/db/executor.ts";
import type { Database } from "../../src/db/schema.ts";
import { beginTenantSql, inTenant } from "../../src/db/tenant.ts";
import { describeApi } from "../support/api-test.ts";
import { buildObjective, buildOrg, buildUnit } from "../support/factories.ts";
import { statementsOf } from "../support/statements.ts";
import { testPostgresUrl } from "../support/test-app.ts";

// Row-level security is the floor beneath the code's own org_id filters (migration 0002).
describeApi("tenant isolation in the database", (t) => {
  it("returns nothing of another tenant to a query that forgets its organisation filter", async () => {
    const a = await buildOrg(t.services);
    const b = await buildOrg(t.services);
    const unitOfA = await buildUnit(t.services, a.id);
    await buildUnit(t.services, b.id);
    await buildObjective(t.services, b.id);
    const seen = await inTenant(t.db.kysely, a.id, async (tx) => ({
      units: await tx.selectFrom("units").select(["id", "orgId"]).execute(),
      objectives: await tx.selectFrom("objectives").select("id").execute(),
      keyResults: await tx.selectFrom("keyResults").select("id").execute(),
      history: await tx.selectFrom("history").select("orgId").distinct().execute(),
    }));
    expect(seen.units).toEqual([{ id: unitOfA.id, orgId: a.id }]);
    expect(seen.objectives).toEqual([]);
    expect(seen.keyResults).toEqual([]);
    expect(seen.history).toEqual([{ orgId: a.id }]); // A's unit was recorded; B's rows stay unseen
  });

  it("enters the tenant with the transaction's begin, in one round trip, and still sees only that tenant", async () => {
    const a = await buildOrg(t.services);
    const b = await buildOrg(t.services);
    const unitOfB = await buildUnit(t.services, b.id);
    // Asked by id, with no org_id filter: only the policies stand between A and B's unit.
    const read = () =>
      inTenant(t.db.kysely, a.id, async (tx) => ({
        byId: await tx.selectFrom("units").select("id").where("id", "=", unitOfB.id).execute(),
        settings: await sql<{ org: string; role: string }>`
          select current_setting('grove.org_id') as org, current_user as role`.execute(tx),
      }));
    const { result, statements } = await statementsOf(read);
    expect(statements[0]).toBe(beginTenantSql(a.id));
    expect(statements.slice(-1)).toEqual(["commit"]);
    expect(statements).toHaveLength(4);
    expect(result.byId).toEqual([]);
    expect(result.settings.rows).toEqual([{ org: a.id, role: "grove_app" }]);
    // The settings end with the transaction: the connection's next user is the owner again.
    const after = await sql<{ role: string }>`select current_user as role`.execute(t.db.kysely);
    expect(after.rows[0]?.role).not.toBe("grove_app");
  });

  it("enters the tenant on a Kysely without Grove's dialect too, one statement later", async () => {
    const a = await buildOrg(t.services);
    const b = await buildOrg(t.services);
    const unitOfB = await buildUnit(t.services, b.id);
    const pool = t.db.pglite
      ? new pg.Pool(createPgConfig(t.db.pglite) as pg.PoolConfig)
      : new pg.Pool({ connectionString: await testPostgresUrl(), max: 1 });
    const plain = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
    const { result, statements } = await statementsOf(() =>
      inTenant(plain, a.id, (tx) => tx.selectFrom("units").select("id").where("id", "=", unitOfB.id).execute()),
    );
    expect(statements.slice(0, 2)).toEqual([
      "begin",
      "select set_config('grove.org_id', $1, true), set_config('role', 'grove_app', true)",
    ]);
    expect(result).toEqual([]);
    await plain.destroy();
  });

  it("keeps the policies on a statement prepared as the owner and then run as grove_app", async () => {
    const a = await buildOrg(t.services);
    const b = await buildOrg(t.services);
    const unitOfB = await buildUnit(t.services, b.id);
    const seen = await t.db.kysely.connection().execute(async (conn) => {
      const byId = (db: Executor = conn) =>
        sql<{ id: string }>`select id from units where id = ${unitOfB.id}`.execute(db);
      // From its fifth run a statement is named and prepared (src/db/prepared-statements.ts).
      for (let run = 0; run < 6; run++) expect((await byId()).rows).toHaveLength(1);
      const prepared = await sql<{ name: string }>`
        select name from pg_prepared_statements where statement = 'select id from units where id = $1'`.execute(conn);
      expect(prepared.rows).toEqual([{ name: expect.stringMatching(/^grove_[0-9a-f]{24}$/) }]);
      return inTenant(conn, a.id, async (tx) => (await byId(tx)).rows);
    });
    expect(seen).toEqual([]);
  });

  it("writes nothing but an organisation's UUID into the begin's SQL text", () => {
    expect(() => beginTenantSql("x', true), set_config('role', 'postgres', true) --")).toThrow(
      "Not an organisation id",
    );
    expect(beginTenantSql("6f1c1a52-1111-4222-8333-444455556666")).toContain("'6f1c1a52-1111-4222-8333-444455556666'");
  });

  it("refuses to write a row into another tenant", async () => {
    const a = await buildOrg(t.services);
    const b = await buildOrg(t.services);
    const attempt = inTenant(t.db.kysely, a.id, (tx) =>
      tx.insertInto("units").values({ orgId: b.id, id: crypto.randomUUID(), name: "Smuggled", kind: "team" }).execute(),
    );
    await expect(attempt).rejects.toMatchObject({ code: "42501" }); // new row violates row-level security policy
    const unitOfB = await buildUnit(t.services, b.id);
    const updated = await inTenant(t.db.kysely, a.id, (tx) =>
      tx.updateTable("units").set({ name: "Renamed by A" }).where("id", "=", unitOfB.id).executeTakeFirst(),
    );
    expect(Number(updated.numUpdatedRows)).toBe(0);
  });

  it("sees nothing at all when no tenant is set", async () => {
    const a = await buildOrg(t.services);
    await buildUnit(t.services, a.id);
    const rows = await t.db.kysely.transaction().execute(async (tx) => {
      await sql`set local role grove_app`.execute(tx);
      return tx.selectFrom("units").select("id").execute();
    });
    expect(rows).toEqual([]);
  });

  it("runs the app as a role that cannot bypass the policies", async () => {
    const role = await sql<{ rolsuper: boolean; rolbypassrls: boolean }>`
      select rolsuper, rolbypassrls from pg_roles where rolname = 'grove_app'`.execute(t.db.kysely);
    expect(role.rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
  });

  it("has a policy on every table with an org_id column, so a new tenant table cannot skip it", async () => {
    const tables = await sql<{ tableName: string; rowSecurity: boolean; policies: number }>`
      select c.relname as table_name, c.relrowsecurity as row_security,
             (select count(*)::int from pg_policies p where p.tablename = c.relname and p.schemaname = n.nspname) as policies
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind = 'r'
        and exists (select 1 from information_schema.columns col
                    where col.table_schema = n.nspname and col.table_name = c.relname and col.column_name = 'org_id')
      order by c.relname`.execute(t.db.kysely);
    expect(tables.rows.length).toBeGreaterThanOrEqual(9);
    for (const table of tables.rows) {
      expect({ table: table.tableName, rowSecurity: table.rowSecurity, hasPolicy: table.policies > 0 }).toEqual({
        table: table.tableName,
        rowSecurity: true,
        hasPolicy: true,
      });
    }
  });

  it("keeps the history append-only, even for the owner (S7)", async () => {
    const a = await buildOrg(t.services);
    await buildObjective(t.services, a.id);
    const asApp = inTenant(t.db.kysely, a.id, (tx) => tx.deleteFrom("history").where("orgId", "=", a.id).execute());
    await expect(asApp).rejects.toMatchObject({ code: "42501" });
    const asOwner = t.db.kysely.updateTable("history").set({ reason: "rewritten" }).where("orgId", "=", a.id).execute();
    await expect(asOwner).rejects.toThrow("history is append-only (S7)");
  });
});
