import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { cookwareObjective, goodKeyResult } from "../../../tests/support/factories.ts";

describeApi("objectives API", (t) => {
  async function setup() {
    const org = await t.buildOrg();
    const unit = await t.buildUnit(org.id);
    const period = await t.buildPeriod(org.id);
    const base = `/api/v1/orgs/${org.slug}`;
    /** Creates an objective of the unit in the period through the API. */
    const postObjective = (fields: Record<string, unknown>) =>
      t.call("POST", `${base}/objectives`, { unitId: unit.id, periodId: period.id, ...fields });
    return { org, unit, period, base, postObjective };
  }

  it("creates an active objective with its key results in one request", async () => {
    const { base, postObjective } = await setup();
    const res = await postObjective({
      title: cookwareObjective.title,
      status: "active",
      keyResults: cookwareObjective.keyResults.map((kr) => goodKeyResult(kr)),
    });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("active");
    expect(res.body.keyResults.map((kr: { position: number }) => kr.position)).toEqual([0, 1, 2]);
    const read = await t.call("GET", `${base}/objectives/${res.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.progress).toBe(0);
    // Nothing new shows "not achieved": without readings there is no forecast, so no band (S2).
    expect([read.body.band, read.body.bandBasis]).toEqual([null, null]);
    expect(read.body.keyResults[0].direction).toBe("decrease");
  });

  it("refuses a second active objective for a unit in one period (M1)", async () => {
    const { org, unit, period, base, postObjective } = await setup();
    await t.buildObjective(org.id, { unitId: unit.id, periodId: period.id });
    const res = await postObjective({
      title: "A second priority",
      status: "active",
      keyResults: [goodKeyResult()],
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("M1");
    expect(res.body.error.details).toEqual([
      { field: "status", rule: "M1", message: "one active objective per unit and period" },
    ]);
    const list = await t.call("GET", `${base}/objectives?unitId=${unit.id}`);
    expect(list.body.objectives).toHaveLength(1);
  });

  it("queues more objectives as drafts or in later periods (M1)", async () => {
    const { org, unit, period, base, postObjective } = await setup();
    await t.buildObjective(org.id, { unitId: unit.id, periodId: period.id });
    const draft = await postObjective({ title: "Next idea" });
    expect(draft.status).toBe(201);
    const activate = await t.call("PATCH", `${base}/objectives/${draft.body.id}`, { status: "active", version: 1 });
    expect(activate.status).toBe(422); // no KRs yet: M4 comes first
    expect(activate.body.error.code).toBe("M4");
    const later = await t.buildPeriod(org.id, "2027-Q2");
    const moved = await t.call("PATCH", `${base}/objectives/${draft.body.id}`, { periodId: later.id, version: 1 });
    expect(moved.status).toBe(200);
    await t.call("POST", `${base}/objectives/${draft.body.id}/key-results`, goodKeyResult());
    const activated = await t.call("PATCH", `${base}/objectives/${draft.body.id}`, { status: "active", version: 2 });
    expect(activated.status).toBe(200);
    expect(activated.body.version).toBe(3);
  });

  it("refuses to activate KRs without baseline, target or deadline, naming each field (K1)", async () => {
    const { unit, base, postObjective } = await setup();
    const res = await postObjective({
      title: "Make onboarding effortless",
      status: "active",
      keyResults: [goodKeyResult(), { title: "Improve activation", metric: "activation rate", baseline: 30 }],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("K1");
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual([
      "keyResults.1.target",
      "keyResults.1.deadline",
    ]);
    const list = await t.call("GET", `${base}/objectives?unitId=${unit.id}`);
    expect(list.body.objectives).toEqual([]); // nothing was written
  });

  it("keeps K1 on an active objective's key results when they are edited or added", async () => {
    const { org, base } = await setup();
    const { objective, keyResults } = await t.buildObjective(org.id);
    const edit = await t.call("PATCH", `${base}/key-results/${keyResults[0]?.id}`, { target: 4, version: 1 });
    expect(edit.status).toBe(422);
    expect(edit.body.error.details).toEqual([expect.objectContaining({ field: "target", rule: "K1" })]);
    const add = await t.call("POST", `${base}/objectives/${objective.id}/key-results`, { title: "Something vague" });
    expect(add.status).toBe(422);
    expect(add.body.error.code).toBe("K1");
  });

  it("never removes the last key result of an active objective (M4)", async () => {
    const { org, base } = await setup();
    const { keyResults } = await t.buildObjective(org.id, { keyResults: [goodKeyResult()] });
    const res = await t.call("DELETE", `${base}/key-results/${keyResults[0]?.id}`);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("M4");
  });

  it("refuses a stale version instead of overwriting another edit", async () => {
    const { org, base } = await setup();
    const { objective } = await t.buildObjective(org.id);
    const first = await t.call("PATCH", `${base}/objectives/${objective.id}`, {
      title: "Help teams plan with confidence",
      version: 1,
    });
    expect(first.status).toBe(200);
    const stale = await t.call("PATCH", `${base}/objectives/${objective.id}`, { title: "Something else", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");
    expect(stale.body.error.current).toMatchObject({ title: "Help teams plan with confidence", version: 2 });
    expect((await t.call("GET", `${base}/objectives/${objective.id}`)).body.title).toBe(
      "Help teams plan with confidence",
    );
  });

  it("records every change with its reason in the history (S7)", async () => {
    const { org, base } = await setup();
    const { objective, keyResults } = await t.buildObjective(org.id);
    await t.call("PATCH", `${base}/key-results/${keyResults[1]?.id}`, {
      target: 1.5,
      version: 1,
      reason: "Churn data from Q4 showed 2% was too timid",
    });
    await t.call("DELETE", `${base}/key-results/${keyResults[2]?.id}`);
    const res = await t.call("GET", `${base}/objectives/${objective.id}/history`);
    expect(res.status).toBe(200);
    const actions = res.body.history.map((h: { entity: string; action: string }) => `${h.entity}:${h.action}`);
    expect(actions.sort()).toEqual(
      [
        "key_result:create",
        "key_result:create",
        "key_result:create",
        "key_result:delete",
        "key_result:update",
        "objective:create",
      ].sort(),
    );
    const update = res.body.history.find((h: { action: string }) => h.action === "update");
    expect(update.reason).toBe("Churn data from Q4 showed 2% was too timid");
    expect(update.before.target).toBe(2);
    expect(update.after.target).toBe(1.5);
  });

  it("rejects a parent key result of the objective itself (M5)", async () => {
    const { org, base } = await setup();
    const { objective, keyResults } = await t.buildObjective(org.id);
    const res = await t.call("PATCH", `${base}/objectives/${objective.id}`, {
      parentKeyResultId: keyResults[0]?.id,
      version: 1,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ field: "parentKeyResultId", rule: "M5" });
  });

  it("deletes an objective with its key results", async () => {
    const { org, base } = await setup();
    const { objective, keyResults } = await t.buildObjective(org.id);
    expect((await t.call("DELETE", `${base}/objectives/${objective.id}`)).status).toBe(204);
    expect((await t.call("GET", `${base}/objectives/${objective.id}`)).status).toBe(404);
    expect((await t.call("GET", `${base}/key-results/${keyResults[0]?.id}`)).status).toBe(404);
  });
});
