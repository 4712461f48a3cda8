import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { goodKeyResult } from "../../../tests/support/factories.ts";
import { inTenant } from "../../db/tenant.ts";

// Issue 17 point 3: a team sets a finding aside with a reason; it shows as dismissed (not open)
// while the text it was about is unchanged, and opens again when that text changes.

const accounts = goodKeyResult({
  title: "Grow total user accounts from 1000 to 5000",
  metric: "total user accounts",
  unit: "",
  baseline: 1000,
  target: 5000,
});

describeApi("dismissing coach findings", { now: "2027-02-15T12:00:00Z" }, (t) => {
  async function setup() {
    const { org, unit, objective, keyResults, member, base } = await t.buildTeamWithMember({
      objective: {
        status: "draft",
        title: "Become the market leader in Spain",
        keyResults: [
          accounts,
          goodKeyResult(),
          goodKeyResult({ title: "Cut churn from 3% to 2%", metric: "churn", baseline: 3, target: 2 }),
        ],
      },
    });
    const report = async () => (await t.callAs(member, "GET", `${base}/coach/report?period=2027-Q1&locale=en`)).body;
    const findingsOf = async () =>
      (await report()).units[0].findings.map(
        (f: { rule: string; keyResultId: string | null; dismissal: { reason: string } | null }) =>
          `${f.rule} ${f.keyResultId === null ? "objective" : `kr${keyResults.findIndex((k) => k.id === f.keyResultId)}`} ${f.dismissal ? `dismissed: ${f.dismissal.reason}` : "open"}`,
      );
    return { org, unit, objective, keyResults, member, base, report, findingsOf };
  }

  it("sets a finding aside with a reason, shows who and why, and no longer counts it as open", async () => {
    const { org, objective, keyResults, member, base, report, findingsOf } = await setup();
    expect(await findingsOf()).toEqual(["Q1 objective open", "K5 kr0 open"]);
    const q1 = await t.callAs(member, "POST", `${base}/coach/dismissals`, {
      rule: "Q1",
      objectiveId: objective.id,
      reason: "  We already lead in Valencia; Spain is the next step  ",
    });
    expect(q1.status).toBe(201);
    expect(q1.body).toMatchObject({
      rule: "Q1",
      objectiveId: objective.id,
      keyResultId: null,
      reason: "We already lead in Valencia; Spain is the next step",
      dismissedBy: member.personId,
      dismissedByName: expect.stringMatching(/^Person /),
    });
    const k5 = await t.callAs(member, "POST", `${base}/coach/dismissals`, {
      rule: "K5",
      objectiveId: objective.id,
      keyResultId: keyResults[0]?.id,
      reason: "Accounts are paid seats here",
    });
    expect(k5.status).toBe(201);
    expect(await findingsOf()).toEqual([
      "Q1 objective dismissed: We already lead in Valencia; Spain is the next step",
      "K5 kr0 dismissed: Accounts are paid seats here",
    ]);
    expect((await report()).summary).toEqual({ error: 0, warning: 0, info: 0, dismissed: 2, unitsReviewed: 1 });
    // The stored review says the same; the history keeps each dismissal with its reason (S7).
    const stored = await t.callAs(member, "POST", `${base}/coach/review`, {
      unitId: objective.unitId,
      periodId: objective.periodId,
    });
    expect(stored.body.findings.map((f: { dismissal: unknown }) => f.dismissal !== null)).toEqual([true, true]);
    const history = await inTenant(t.db.kysely, org.id, (tx) =>
      tx
        .selectFrom("history")
        .select(["entity", "action", "reason", "actorId"])
        .where("orgId", "=", org.id)
        .where("entity", "=", "coach_dismissal")
        .orderBy("changedAt")
        .execute(),
    );
    expect(history).toEqual([
      {
        entity: "coach_dismissal",
        action: "create",
        reason: "We already lead in Valencia; Spain is the next step",
        actorId: member.personId,
      },
      { entity: "coach_dismissal", action: "create", reason: "Accounts are paid seats here", actorId: member.personId },
    ]);
  });

  it("opens the finding again when the text it was about changes, and not for other edits", async () => {
    const { objective, keyResults, member, base, findingsOf } = await setup();
    for (const body of [
      { rule: "Q1", objectiveId: objective.id, reason: "Spain is our home market" },
      { rule: "K5", objectiveId: objective.id, keyResultId: keyResults[0]?.id, reason: "Paid seats" },
    ]) {
      expect((await t.callAs(member, "POST", `${base}/coach/dismissals`, body)).status).toBe(201);
    }
    // Another KR's edit leaves both alone.
    const other = await t.callAs(member, "PATCH", `${base}/key-results/${keyResults[1]?.id}`, {
      target: 7,
      version: 1,
    });
    expect(other.status).toBe(200);
    expect(await findingsOf()).toEqual([
      "Q1 objective dismissed: Spain is our home market",
      "K5 kr0 dismissed: Paid seats",
    ]);
    // The KR's own wording changes: its K5 finding is open again; the objective's stays dismissed.
    const edit = await t.callAs(member, "PATCH", `${base}/key-results/${keyResults[0]?.id}`, {
      title: "Grow total user accounts from 1000 to 6000",
      target: 6000,
      version: 1,
    });
    expect(edit.status).toBe(200);
    expect(await findingsOf()).toEqual(["Q1 objective dismissed: Spain is our home market", "K5 kr0 open"]);
    // Back to the text it was dismissed for: the dismissal holds for that text again.
    await t.callAs(member, "PATCH", `${base}/key-results/${keyResults[0]?.id}`, {
      title: accounts.title,
      target: 5000,
      version: 2,
    });
    expect(await findingsOf()).toEqual([
      "Q1 objective dismissed: Spain is our home market",
      "K5 kr0 dismissed: Paid seats",
    ]);
  });

  it("the editor's draft shows a dismissal while the draft's text is the stored text", async () => {
    const { objective, keyResults, member, base } = await setup();
    await t.callAs(member, "POST", `${base}/coach/dismissals`, {
      rule: "K5",
      objectiveId: objective.id,
      keyResultId: keyResults[0]?.id,
      reason: "Paid seats",
    });
    const draft = (title: string) => ({
      objective: { title: objective.title, keyResults: [{ ...accounts, title }, goodKeyResult()] },
      period: "2027-Q1",
      editing: { objectiveId: objective.id, keyResultIds: [keyResults[0]?.id, keyResults[1]?.id] },
    });
    const k5 = async (title: string) =>
      (await t.callAs(member, "POST", `${base}/coach/review`, draft(title))).body.findings.find(
        (f: { rule: string }) => f.rule === "K5",
      );
    expect((await k5(accounts.title)).dismissal).toMatchObject({ reason: "Paid seats" });
    expect((await k5("Grow total user accounts from 1000 to 5500")).dismissal).toBeNull();
    // A draft of an objective in another organisation, or none, is not found.
    const other = await t.callAs(member, "POST", `${base}/coach/review`, {
      ...draft(accounts.title),
      editing: { objectiveId: "6f1c1a52-1111-4222-8333-444455556666", keyResultIds: [] },
    });
    expect(other.status).toBe(404);
  });

  it("refuses a short reason (422 naming reason), a finding the coach does not raise, and a second dismissal", async () => {
    const { objective, keyResults, member, base } = await setup();
    const post = (body: object) => t.callAs(member, "POST", `${base}/coach/dismissals`, body);
    const short = await post({ rule: "Q1", objectiveId: objective.id, reason: " no " });
    expect(short.status).toBe(422);
    expect(short.body.error.details).toEqual([expect.objectContaining({ field: "reason", rule: "min_length" })]);
    const missing = await post({ rule: "Q1", objectiveId: objective.id });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toEqual([expect.objectContaining({ field: "reason" })]);
    const notRaised = await post({
      rule: "K5",
      objectiveId: objective.id,
      keyResultId: keyResults[1]?.id,
      reason: "Why not",
    });
    expect(notRaised.status).toBe(409);
    expect(notRaised.body.error.details).toEqual([expect.objectContaining({ field: "rule", rule: "open_finding" })]);
    const otherKr = await post({ rule: "K5", objectiveId: objective.id, keyResultId: objective.id, reason: "Why not" });
    expect(otherKr.status).toBe(404);
    expect((await post({ rule: "Q1", objectiveId: objective.id, reason: "Home market" })).status).toBe(201);
    const again = await post({ rule: "Q1", objectiveId: objective.id, reason: "Home market" });
    expect(again.status).toBe(409);
    expect(again.body.error.details).toEqual([expect.objectContaining({ field: "rule", rule: "unique" })]);
  });

  it("lets the unit's members open it again, not a viewer nor another unit's member", async () => {
    const { org, objective, member, base, findingsOf } = await setup();
    const dismissed = await t.callAs(member, "POST", `${base}/coach/dismissals`, {
      rule: "Q1",
      objectiveId: objective.id,
      reason: "Home market",
    });
    const viewer = await t.buildMember(org.id, { orgRole: "viewer" });
    const outsider = await t.buildMember(org.id, {
      units: [[(await t.buildUnit(org.id)).id, "member"]],
    });
    for (const who of [viewer, outsider]) {
      expect((await t.callAs(who, "DELETE", `${base}/coach/dismissals/${dismissed.body.id}`)).status).toBe(403);
      const post = await t.callAs(who, "POST", `${base}/coach/dismissals`, {
        rule: "K5",
        objectiveId: objective.id,
        reason: "Mine",
      });
      expect(post.status).toBe(403);
    }
    expect((await t.callAs(member, "DELETE", `${base}/coach/dismissals/${dismissed.body.id}`)).status).toBe(204);
    expect(await findingsOf()).toEqual(["Q1 objective open", "K5 kr0 open"]);
    expect((await t.callAs(member, "DELETE", `${base}/coach/dismissals/${dismissed.body.id}`)).status).toBe(404);
  });
});
