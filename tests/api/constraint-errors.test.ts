import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { constraintGuards, constraintRefusal } from "../../src/db/constraints.ts";
import { describeApi } from "../support/api-test.ts";
import { buildObjective, buildOrg, buildPeriod } from "../support/factories.ts";
import { snapshotOrganisation } from "../support/snapshot.ts";

// Issue 12, defect 7: a refusal by the database reached the client as a 500 ("something went
// wrong"). Every constraint now maps to a 409 or 422 naming the field (src/db/constraints.ts).

describeApi("database refusals", (t) => {
  it("names every unique key, reference and check of the migrated database", async () => {
    const constraints = await sql<{ name: string }>`
      select conname as name from pg_constraint
      where connamespace = 'public'::regnamespace and contype in ('u', 'f', 'c', 'x')
      union
      select indexname from pg_indexes
      where schemaname = 'public' and indexdef like 'CREATE UNIQUE INDEX%' and indexname not like '%_pkey'`.execute(
      t.db.kysely,
    );
    const names = constraints.rows.map((row) => row.name).sort();
    expect(names.filter((name) => !(name in constraintGuards))).toEqual([]);
    // M1's floor is a trigger since migration 0004 that raises under the old index's name.
    const raisedByTriggers = ["objectives_one_active_idx"];
    expect(Object.keys(constraintGuards).filter((name) => !names.includes(name))).toEqual(raisedByTriggers);
  });

  it("renaming a period to a name the organisation uses is 409 naming the field, not 500", async () => {
    const org = await buildOrg(t.services);
    const base = `/api/v1/orgs/${org.slug}/periods`;
    await t.call("POST", base, { name: "2031-Q1" });
    const second = await t.call("POST", base, { name: "2031-Q2" });
    const before = await snapshotOrganisation(t.db.kysely, org.id);
    const renamed = await t.call("PATCH", `${base}/${second.body.id}`, { name: "2031-Q1" });
    expect(renamed.status).toBe(409);
    expect(renamed.body.error).toMatchObject({
      code: "conflict",
      details: [{ field: "name", rule: "unique", message: "period names are unique in an organisation" }],
    });
    expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
  });

  // Two requests racing past the service's check: the unique key decides, and the loser gets
  // the same 409 as a request that came later (on PostgreSQL they truly overlap).
  it.each([
    [
      "periods",
      "name",
      () => ({ name: `Sprint ${randomUUID().slice(0, 6)}`, startsOn: "2031-01-01", endsOn: "2031-01-14" }),
    ],
    ["units", "name", () => ({ name: `Unit ${randomUUID().slice(0, 6)}`, kind: "team" })],
    ["people", "email", () => ({ name: "Twin", email: `twin-${randomUUID().slice(0, 6)}@example.test` })],
  ] as const)(
    "racing creates of one of the %s: one 201, the others 409 naming the %s",
    async (resource, field, body) => {
      const org = await buildOrg(t.services);
      const same = body();
      const results = await Promise.all(
        Array.from({ length: 4 }, () => t.call("POST", `/api/v1/orgs/${org.slug}/${resource}`, same)),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
      for (const refused of results.filter((r) => r.status === 409)) {
        expect(refused.body.error.details).toEqual([expect.objectContaining({ field, rule: "unique" })]);
      }
    },
  );

  // The table's floor, checked with the database's own errors for each kind of constraint.
  it("maps each kind of database refusal to its status, field and rule", async () => {
    const org = await buildOrg(t.services);
    const { objective } = await buildObjective(t.services, org.id);
    const period = await buildPeriod(t.services, org.id);
    const db = t.db.kysely;
    const refusal = async (statement: Promise<unknown>) => {
      const error = await statement.then(
        () => null,
        (thrown: unknown) => thrown,
      );
      const mapped = constraintRefusal(error);
      return mapped && { status: mapped.status, code: mapped.code, details: mapped.details };
    };
    const unit = (name: string) => ({ orgId: org.id, id: randomUUID(), name, kind: "team" as const });
    await db.insertInto("units").values(unit("Twins")).execute();
    expect(await refusal(db.insertInto("units").values(unit("Twins")).execute())).toMatchObject({
      status: 409,
      details: [{ field: "name", rule: "unique" }],
    });
    expect(
      await refusal(db.updateTable("periods").set({ endsOn: "2000-01-01" }).where("id", "=", period.id).execute()),
    ).toMatchObject({ status: 422, code: "constraint_failed", details: [{ field: "endsOn", rule: "after_start" }] });
    expect(
      await refusal(
        db
          .updateTable("objectives")
          .set({ strategyId: randomUUID() })
          .where("orgId", "=", org.id)
          .where("id", "=", objective.id)
          .execute(),
      ),
    ).toMatchObject({ status: 409, details: [{ field: "strategyId", rule: "exists" }] });
    const inUse = await refusal(
      db.deleteFrom("units").where("orgId", "=", org.id).where("id", "=", objective.unitId).execute(),
    );
    expect(inUse).toMatchObject({ status: 409, details: [{ field: "unitId", rule: "exists" }] });
    expect(
      await refusal(
        db
          .updateTable("units")
          .set({ name: null as unknown as string })
          .where("orgId", "=", org.id)
          .execute(),
      ),
    ).toMatchObject({ status: 422, details: [{ field: "name", rule: "required" }] });
    expect(
      await refusal(db.updateTable("units").set({ name: "nul \u0000" }).where("orgId", "=", org.id).execute()),
    ).toMatchObject({ status: 400, details: [{ field: "body", rule: "no_nul" }] });
  });
});
