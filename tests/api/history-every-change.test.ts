import { expect, it } from "vitest";
import { describeApi } from "../support/api-test.ts";
import { buildOrg } from "../support/factories.ts";

// S7 and issue 19 point 5: every change a person makes to the organisation's structure and
// settings leaves a history row with who made it, what it was before and after, and why.
describeApi("history of the organisation's structure and settings", (t) => {
  async function historyOf(orgId: string) {
    return t.db.kysely
      .selectFrom("history")
      .select(["entity", "entityId", "action", "actorId", "reason", "before", "after"])
      .where("orgId", "=", orgId)
      .orderBy("changedAt")
      .orderBy("id")
      .execute();
  }

  /**
   * From now on: the answer expects the organisation's new history rows to be `changes`
   * ("entity action"), in order, and returns them.
   */
  async function historyFromNow(orgId: string) {
    const before = (await historyOf(orgId)).length;
    return async (changes: string[]) => {
      const rows = (await historyOf(orgId)).slice(before);
      expect(rows.map((row) => `${row.entity} ${row.action}`)).toEqual(changes);
      return rows;
    };
  }

  it("records units, people, memberships, strategies, the organisation and the coach's settings", async () => {
    const { org, base } = await t.org();
    const expectOk = async (method: string, path: string, body?: unknown) => {
      const response = await t.call(method, `${base}${path}`, body);
      expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
      return response.body;
    };
    const expectHistory = await historyFromNow(org.id);

    const unit = await expectOk("POST", "/units", { name: "Payments", kind: "team" });
    await expectOk("PATCH", `/units/${unit.id}`, { name: "Payments and billing" });
    const person = await expectOk("POST", "/people", { name: "Ana Lima", email: "ana@example.com" });
    await expectOk("PATCH", `/people/${person.id}`, { role: "viewer" });
    await expectOk("PUT", `/units/${unit.id}/members/${person.id}`, { role: "member" });
    await expectOk("PUT", `/units/${unit.id}/members/${person.id}`, { role: "lead" });
    await expectOk("DELETE", `/units/${unit.id}/members/${person.id}`);
    const strategy = await expectOk("POST", "/strategies", { kind: "strategy", title: "Win on depth" });
    await expectOk("PATCH", `/strategies/${strategy.id}`, { title: "Win on depth of range" });
    await expectOk("DELETE", `/strategies/${strategy.id}`);
    await expectOk("PATCH", "", { name: "Renamed Ltd" });
    await expectOk("PUT", "/coach/settings", { rules: { K1: { setting: "off", reason: "Baselines come in Q3" } } });
    await expectOk("DELETE", `/people/${person.id}`);
    await expectOk("DELETE", `/units/${unit.id}`);

    const rows = await expectHistory([
      "unit create",
      "unit update",
      "person create",
      "person update",
      "membership create",
      "membership update",
      "membership delete",
      "strategy create",
      "strategy update",
      "strategy delete",
      "organisation update",
      "coach_setting update",
      "person delete",
      "unit delete",
    ]);
    expect(rows.every((row) => row.actorId !== null)).toBe(true);
    const [renamed, turnedOff] = rows.slice(10, 12);
    expect(renamed).toMatchObject({ before: { name: org.name }, after: { name: "Renamed Ltd" } });
    expect(turnedOff).toMatchObject({
      entityId: org.id,
      reason: "Baselines come in Q3",
      before: { rule: "K1", setting: "error" },
      after: { rule: "K1", setting: "off" },
    });
    expect(rows[5]).toMatchObject({ before: { role: "member" }, after: { role: "lead", unitId: unit.id } });
  });

  it("records invitations and API tokens without their secrets", async () => {
    const { org, base } = await t.org();
    const expectHistory = await historyFromNow(org.id);
    const invitation = await t.call("POST", `${base}/invitations`, { email: "li@example.com", role: "member" });
    expect(invitation.status).toBe(201);
    expect((await t.call("DELETE", `${base}/invitations/${invitation.body.id}`)).status).toBe(204);
    const token = await t.call("POST", `${base}/api-tokens`, { name: "Metrics sync", scope: "check_ins" });
    expect(token.status).toBe(201);
    expect((await t.call("DELETE", `${base}/api-tokens/${token.body.id}`)).status).toBe(204);
    const rows = await expectHistory([
      "invitation create",
      "invitation delete",
      "api_token create",
      "api_token update",
    ]);
    expect(rows[0]?.after).toMatchObject({ email: "li@example.com", role: "member" });
    expect(rows[3]?.after).toMatchObject({ name: "Metrics sync", scope: "check_ins" });
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(invitation.body.token);
    expect(stored).not.toContain(token.body.token);
    expect(stored).not.toMatch(/tokenHash/);
  });

  it("records nothing for a coach setting PUT that changes nothing", async () => {
    const org = await buildOrg(t.services);
    const expectHistory = await historyFromNow(org.id);
    const response = await t.call("PUT", `/api/v1/orgs/${org.slug}/coach/settings`, { rules: {} });
    expect(response.status).toBe(200);
    await expectHistory([]);
  });

  it("lets an organisation rename only itself", async () => {
    const [mine, theirs] = [await buildOrg(t.services), await buildOrg(t.services)];
    const { inTenant } = await import("../../src/db/tenant.ts");
    await inTenant(t.db.kysely, mine.id, (tx) =>
      tx.updateTable("organisations").set({ name: "Taken over" }).where("id", "=", theirs.id).execute(),
    );
    const row = await t.db.kysely
      .selectFrom("organisations")
      .select("name")
      .where("id", "=", theirs.id)
      .executeTakeFirst();
    expect(row?.name).toBe(theirs.name);
  });
});
