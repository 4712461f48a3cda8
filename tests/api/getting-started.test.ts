import { expect, it } from "vitest";
import { describeApi } from "../support/api-test.ts";
import { buildMember, goodKeyResult, type TestSession } from "../support/factories.ts";

// A new organisation's checklist (docs/getting-started.md) ticks itself as the organisation
// gains what each step asks for, through the same API the web app uses.

describeApi("the getting-started checklist", { now: "2027-01-20T12:00:00Z" }, (t) => {
  it("ticks each step as the organisation gains a period, units, an invitation, an objective with 3 KRs (M2) and a check-in", async () => {
    const { base } = await t.org();
    const checklist = async () => {
      const res = await t.call("GET", `${base}/getting-started`);
      expect(res.status).toBe(200);
      return res.body as {
        steps: { id: string; done: boolean }[];
        next: string | null;
        complete: boolean;
        objectiveUnitId: string | null;
      };
    };
    const done = async () => (await checklist()).steps.filter((s) => s.done).map((s) => s.id);

    expect(await checklist()).toEqual({
      steps: [
        { id: "period", done: false },
        { id: "units", done: false },
        { id: "people", done: false },
        { id: "objective", done: false },
        { id: "checkIn", done: false },
      ],
      next: "period",
      complete: false,
      objectiveUnitId: null,
    });

    const period = await t.call("POST", `${base}/periods`, { name: "2027-Q1", status: "active" });
    expect(period.status).toBe(201);
    expect(await done()).toEqual(["period"]);

    // The top unit alone is not yet a tree.
    const top = await t.call("POST", `${base}/units`, { name: "Company", kind: "company" });
    expect(top.status).toBe(201);
    expect(await done()).toEqual(["period"]);
    const team = await t.call("POST", `${base}/units`, { name: "Growth", kind: "team", parentId: top.body.id });
    expect(team.status).toBe(201);
    expect(await done()).toEqual(["period", "units"]);

    // An invitation not yet accepted is the admin's part done.
    const invitation = await t.call("POST", `${base}/invitations`, { email: "lead@example.test", role: "member" });
    expect(invitation.status).toBe(201);
    expect(await checklist()).toMatchObject({ next: "objective", complete: false });

    // Two key results are not yet an objective with its key results (M2: three to five).
    const objective = await t.call("POST", `${base}/objectives`, {
      unitId: team.body.id,
      periodId: period.body.id,
      title: "Make onboarding effortless",
      keyResults: [
        goodKeyResult(),
        goodKeyResult({ title: "Cut churn from 3% to 2%", metric: "churn", baseline: 3, target: 2 }),
      ],
    });
    expect(objective.status).toBe(201);
    expect(await done()).toEqual(["period", "units", "people"]);
    const third = await t.call("POST", `${base}/objectives/${objective.body.id}/key-results`, {
      ...goodKeyResult({ title: "Raise NPS from 20 to 35", metric: "NPS", unit: "", baseline: 20, target: 35 }),
    });
    expect(third.status).toBe(201);
    expect(await checklist()).toMatchObject({ next: "checkIn", objectiveUnitId: team.body.id });

    const keyResultId = objective.body.keyResults[0].id as string;
    const reading = await t.call("POST", `${base}/key-results/${keyResultId}/check-ins`, { value: 5 });
    expect(reading.status).toBe(201);
    expect(await checklist()).toMatchObject({ next: null, complete: true });

    // A withdrawn reading no longer counts (S7): the step unticks.
    const withdrawn = await t.call("POST", `${base}/check-ins/${reading.body.checkIn.id}/withdrawal`, {
      reason: "Recorded on the wrong key result",
    });
    expect(withdrawn.status).toBe(200);
    expect(await checklist()).toMatchObject({ next: "checkIn", complete: false });
  });

  it("counts a cancelled objective's key results for nothing", async () => {
    const { base } = await t.org();
    const period = await t.call("POST", `${base}/periods`, { name: "2027-Q1", status: "planning" });
    const unit = await t.call("POST", `${base}/units`, { name: "Company", kind: "company" });
    const objective = await t.call("POST", `${base}/objectives`, {
      unitId: unit.body.id,
      periodId: period.body.id,
      title: "Make onboarding effortless",
      keyResults: [
        goodKeyResult(),
        goodKeyResult({ title: "Cut churn from 3% to 2%", metric: "churn", baseline: 3, target: 2 }),
        goodKeyResult({ title: "Raise NPS from 20 to 35", metric: "NPS", unit: "", baseline: 20, target: 35 }),
      ],
    });
    expect(objective.status).toBe(201);
    const steps = async () => (await t.call("GET", `${base}/getting-started`)).body.steps;
    expect(await steps()).toContainEqual({ id: "objective", done: true });
    const { id, version } = objective.body;
    const cancelled = await t.call("PATCH", `${base}/objectives/${id}`, {
      version,
      status: "cancelled",
      reason: "Replaced by a better one",
    });
    expect(cancelled.status).toBe(200);
    expect(await steps()).toContainEqual({ id: "objective", done: false });
  });

  it("is for admins: a member is told why, and sees their own units", async () => {
    const { org, base } = await t.org();
    const unit = await t.call("POST", `${base}/units`, { name: "Growth", kind: "team" });
    const lead = await buildMember(t.services, org.id, { units: [[unit.body.id, "lead"]] });
    const refused = await t.callAs(lead as TestSession, "GET", `${base}/getting-started`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("Only organisation admins manage units, people and periods.");
    const mine = await t.callAs(lead as TestSession, "GET", `${base}/me/units`);
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual({ units: [{ unitId: unit.body.id, role: "lead" }], nextCursor: null });
    expect((await t.call("GET", `${base}/me/units`)).body).toEqual({ units: [], nextCursor: null });
  });
});
