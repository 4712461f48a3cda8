import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { adminSessions, type TestSession } from "../../../tests/support/factories.ts";

// Every plain resource goes through the same five routes; each case is one resource's round trip.
const resources = [
  { name: "units", create: { name: "Growth", kind: "team" }, update: { name: "Growth & Activation" }, field: "name" },
  {
    name: "people",
    create: { name: "Li Wei", email: "li.wei@example.test" },
    update: { name: "Wei Li" },
    field: "name",
  },
  {
    name: "periods",
    create: { name: "Summer 2027", startsOn: "2027-04-01", endsOn: "2027-06-30" },
    update: { endsOn: "2027-07-15" },
    field: "endsOn",
  },
  {
    name: "strategies",
    create: { kind: "vision", title: "Every team does its best work" },
    update: { body: "Why we exist" },
    field: "body",
  },
] as const;

describeApi("plain resources", (t) => {
  it.each(resources)("creates, lists, reads, updates and deletes $name", async ({ name, create, update, field }) => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}/${name}`;
    const before = (await t.call("GET", base)).body[name].length; // people include the admin
    const created = await t.call("POST", base, create);
    expect(created.status).toBe(201);
    expect((await t.call("GET", base)).body[name]).toHaveLength(before + 1);
    expect((await t.call("GET", `${base}/${created.body.id}`)).body.id).toBe(created.body.id);
    const updated = await t.call("PATCH", `${base}/${created.body.id}`, update);
    expect(updated.status).toBe(200);
    expect(updated.body[field]).toBe(Object.values(update)[0]);
    expect((await t.call("DELETE", `${base}/${created.body.id}`)).status).toBe(204);
    expect((await t.call("GET", `${base}/${created.body.id}`)).status).toBe(404);
  });

  it("gives a quarter its dates and requires dates for custom periods", async () => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}/periods`;
    const quarter = await t.call("POST", base, { name: "2027-Q1" });
    expect(quarter.body).toMatchObject({ startsOn: "2027-01-01", endsOn: "2027-03-31", status: "planning" });
    const custom = await t.call("POST", base, { name: "Launch season" });
    expect(custom.status).toBe(400);
    expect(custom.body.error.details.map((d: { field: string }) => d.field)).toEqual(["startsOn", "endsOn"]);
    const backwards = await t.call("POST", base, { name: "Backwards", startsOn: "2027-05-01", endsOn: "2027-04-01" });
    expect(backwards.body.error.details).toEqual([
      { field: "endsOn", rule: "after_start", message: "the end date is before the start date" },
    ]);
    expect((await t.call("POST", base, { name: "2027-Q1" })).status).toBe(409);
  });

  it("keeps the unit tree a tree and unit names unique", async () => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}/units`;
    const company = await t.call("POST", base, { name: "Company", kind: "company" });
    const product = await t.call("POST", base, { name: "Product", kind: "department", parentId: company.body.id });
    expect((await t.call("POST", base, { name: "Product", kind: "team" })).status).toBe(409);
    const cycle = await t.call("PATCH", `${base}/${company.body.id}`, { parentId: product.body.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.details[0]).toMatchObject({ field: "parentId", rule: "tree" });
    const busy = await t.call("DELETE", `${base}/${company.body.id}`);
    expect(busy.status).toBe(409);
  });

  it("manages memberships with the roles of M3", async () => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}`;
    const unit = await t.call("POST", `${base}/units`, { name: "Growth", kind: "team" });
    const person = await t.call("POST", `${base}/people`, { name: "Amara Okafor", email: "Amara@Example.test" });
    expect(person.body.email).toBe("amara@example.test");
    const set = await t.call("PUT", `${base}/units/${unit.body.id}/members/${person.body.id}`, { role: "lead" });
    expect(set.body).toEqual({ unitId: unit.body.id, personId: person.body.id, role: "lead" });
    await t.call("PUT", `${base}/units/${unit.body.id}/members/${person.body.id}`, { role: "member" });
    const members = await t.call("GET", `${base}/units/${unit.body.id}/members`);
    expect(members.body.members).toEqual([expect.objectContaining({ name: "Amara Okafor", role: "member" })]);
    expect(
      (await t.call("PUT", `${base}/units/${unit.body.id}/members/${person.body.id}`, { role: "boss" })).status,
    ).toBe(400);
    expect((await t.call("DELETE", `${base}/units/${unit.body.id}/members/${person.body.id}`)).status).toBe(204);
    expect((await t.call("DELETE", `${base}/units/${unit.body.id}/members/${person.body.id}`)).status).toBe(404);
  });

  it("creates organisations with unique slugs", async () => {
    const admin = adminSessions.get((await t.buildOrg()).slug) as TestSession;
    const slug = `acme-${randomUUID().slice(0, 8)}`;
    const created = await t.callAs(admin, "POST", "/api/v1/orgs", { slug, name: "Acme" });
    expect(created.status).toBe(201);
    const mine = await t.callAs(admin, "GET", "/api/v1/orgs");
    expect(mine.body.organisations).toContainEqual({ slug, organisationName: "Acme", role: "admin" });
    expect((await t.callAs(null, "POST", "/api/v1/orgs", { slug: `${slug}-x`, name: "Nobody" })).status).toBe(401);
    const again = await t.callAs(admin, "POST", "/api/v1/orgs", { slug, name: "Acme again" });
    expect(again.status).toBe(409);
    expect((await t.callAs(admin, "POST", "/api/v1/orgs", { slug: "Not A Slug", name: "x" })).status).toBe(400);
  });
});
