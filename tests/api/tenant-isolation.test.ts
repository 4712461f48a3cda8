import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { inTenant } from "../../src/db/tenant.ts";
import { buildObjective, buildOrg, buildUnit } from "../support/factories.ts";
import { postgresMissing, useTestApp } from "../support/test-app.ts";

// Row-level security is the floor beneath the code's own org_id filters (migration 0002).
describe.skipIf(postgresMissing())("tenant isolation in the database", () => {
  const t = useTestApp();

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
