import { expect, it } from "vitest";
import { describeApi } from "../support/api-test.ts";
import { buildMember, buildOrg } from "../support/factories.ts";

// Issue 12 point 10: the web app lets an admin change roles and remove people, so an admin could
// demote or remove the organisation's last admin and leave nobody able to manage it.
describeApi("an organisation keeps at least one admin", (t) => {
  async function onlyAdmin() {
    const org = await buildOrg(t.services);
    const people = await t.call("GET", `/api/v1/orgs/${org.slug}/people`);
    const admin = people.body.people.find((p: { role: string }) => p.role === "admin");
    return { org, base: `/api/v1/orgs/${org.slug}`, adminId: admin.id as string };
  }

  it("refuses to demote or remove the only admin with 409 naming role and last_admin, and changes nothing", async () => {
    const { base, adminId } = await onlyAdmin();
    const detail = [expect.objectContaining({ field: "role", rule: "last_admin" })];
    for (const role of ["member", "viewer"]) {
      const demote = await t.call("PATCH", `${base}/people/${adminId}`, { role });
      expect(demote.status).toBe(409);
      expect(demote.body.error.details).toEqual(detail);
    }
    const remove = await t.call("DELETE", `${base}/people/${adminId}`);
    expect(remove.status).toBe(409);
    expect(remove.body.error.details).toEqual(detail);
    const still = await t.call("GET", `${base}/people/${adminId}`);
    expect(still.body.role).toBe("admin");
    // Renaming the only admin is not a demotion.
    expect((await t.call("PATCH", `${base}/people/${adminId}`, { name: "Still Admin", role: "admin" })).status).toBe(
      200,
    );
  });

  it("lets an admin go once another admin is there", async () => {
    const { org, base, adminId } = await onlyAdmin();
    const second = await buildMember(t.services, org.id, { orgRole: "admin" });
    expect((await t.call("PATCH", `${base}/people/${second.personId}`, { role: "member" })).status).toBe(200);
    expect((await t.call("PATCH", `${base}/people/${second.personId}`, { role: "admin" })).status).toBe(200);
    expect((await t.call("PATCH", `${base}/people/${adminId}`, { role: "member" })).status).toBe(200);
    // Now the second admin is the only one, and cannot leave until the first is an admin again.
    expect((await t.callAs(second, "DELETE", `${base}/people/${second.personId}`)).status).toBe(409);
    expect((await t.callAs(second, "PATCH", `${base}/people/${adminId}`, { role: "admin" })).status).toBe(200);
    expect((await t.callAs(second, "DELETE", `${base}/people/${second.personId}`)).status).toBe(204);
  });

  it("two admins demoting each other at once leave one admin", async () => {
    const { org, base, adminId } = await onlyAdmin();
    const second = await buildMember(t.services, org.id, { orgRole: "admin" });
    const results = await Promise.all([
      t.call("PATCH", `${base}/people/${second.personId}`, { role: "member" }),
      t.callAs(second, "PATCH", `${base}/people/${adminId}`, { role: "member" }),
    ]);
    // One goes through. The other is refused: 409 last_admin when it reads the admins after the
    // first has committed, or 403 when its own caller is by then no longer an admin (PostgreSQL,
    // where both run at once). Either way one admin remains.
    const statuses = results.map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const people = await t.call("GET", `${base}/people`);
    expect(people.body.people.filter((p: { role: string }) => p.role === "admin")).toHaveLength(1);
  });
});
