import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import type { KeyResultRow } from "../../db/schema.ts";
import { draftKeyResultOf } from "../../domain/coach/index.ts";

// Issue 12, defect 5: a lead cascaded their objective from a private unit's key result they
// cannot read (200), and that KR's rolled-up progress moved (M5). A KR one cannot read is, for
// a cascade, a KR that does not exist: the same 404, on create, update and save.

/** A kept KR as the edit form sends it back. */
const asSent = (kr: KeyResultRow) => ({ id: kr.id, ...draftKeyResultOf(kr) });

describeApi("cascading from a private unit's key result", (t) => {
  async function world() {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}`;
    const secret = await t.buildObjective(org.id, {
      unitId: (await t.buildUnit(org.id, { private: true })).id,
    });
    const privateKr = secret.keyResults[0]?.id as string;
    const team = await t.buildUnit(org.id);
    const lead = await t.buildMember(org.id, { units: [[team.id, "lead"]] });
    const mine = await t.buildObjective(org.id, { unitId: team.id });
    // One KR of three half way (4 -> 6): the lead's objective is at 1/6, and so would be a KR
    // it is cascaded from (M5), where the private one is at 0.
    const kr = mine.keyResults[0]?.id as string;
    expect((await t.call("POST", `${base}/key-results/${kr}/check-ins`, { value: 5 })).status).toBe(201);
    const privateProgress = async () =>
      (await t.call("GET", `${base}/objectives/${secret.objective.id}`)).body.keyResults[0].progress;
    const missing = await t.callAs(lead, "PATCH", `${base}/objectives/${mine.objective.id}`, {
      parentKeyResultId: randomUUID(),
      version: 1,
    });
    expect(missing.status).toBe(404);
    return { org, base, team, lead, mine, secret, privateKr, privateProgress, notFound: missing.body };
  }

  it("refuses the link on update as not found, and the private KR does not move", async () => {
    const { base, lead, mine, privateKr, privateProgress, notFound } = await world();
    const before = await privateProgress();
    const res = await t.callAs(lead, "PATCH", `${base}/objectives/${mine.objective.id}`, {
      parentKeyResultId: privateKr,
      version: 1,
    });
    expect(res.status).toBe(404);
    // Word for word what a KR that does not exist gets: nothing tells that it is there.
    expect(res.body).toEqual(notFound);
    expect(notFound.error.details).toEqual([
      { field: "parentKeyResultId", rule: "exists", message: "no key result with this id in the organisation" },
    ]);
    expect(await privateProgress()).toBe(before);
    const read = await t.callAs(lead, "GET", `${base}/objectives/${mine.objective.id}`);
    expect(read.body.parentKeyResultId).toBeNull();
  });

  it("refuses it on create and on save (the edit form's PUT)", async () => {
    const { base, team, lead, mine, privateKr, privateProgress, notFound } = await world();
    const before = await privateProgress();
    const created = await t.callAs(lead, "POST", `${base}/objectives`, {
      unitId: team.id,
      periodId: mine.objective.periodId,
      title: "Make onboarding effortless for new teams",
      parentKeyResultId: privateKr,
    });
    expect(created.status).toBe(404);
    expect(created.body).toEqual(notFound);
    const saved = await t.callAs(lead, "PUT", `${base}/objectives/${mine.objective.id}`, {
      title: mine.objective.title,
      status: "active",
      parentKeyResultId: privateKr,
      version: 1,
      keyResults: mine.keyResults.map(asSent),
    });
    expect(saved.status).toBe(404);
    expect(saved.body).toEqual(notFound);
    expect(await privateProgress()).toBe(before);
    const drafts = await t.callAs(lead, "GET", `${base}/objectives?unitId=${team.id}`);
    expect(drafts.body.objectives).toHaveLength(1);
  });

  it("lets those who can read the private unit link under it; a link already there survives the lead's edits", async () => {
    const { org, base, lead, mine, secret, privateKr, privateProgress } = await world();
    // A member of the private unit who also leads the team may link it.
    const insider = await t.buildMember(org.id, {
      units: [
        [secret.objective.unitId, "member"],
        [mine.objective.unitId, "lead"],
      ],
    });
    const linked = await t.callAs(insider, "PATCH", `${base}/objectives/${mine.objective.id}`, {
      parentKeyResultId: privateKr,
      version: 1,
    });
    expect(linked.status).toBe(200);
    expect(await privateProgress()).toBeCloseTo(1 / 6); // rolled up from the objective below (M5)
    // The lead, who cannot read the private unit, still edits their own objective as it is.
    const saved = await t.callAs(lead, "PUT", `${base}/objectives/${mine.objective.id}`, {
      title: "Help teams finish their planning with confidence and calm",
      status: "active",
      parentKeyResultId: privateKr,
      version: linked.body.version,
      keyResults: mine.keyResults.map(asSent),
    });
    expect(saved.status).toBe(200);
    const patched = await t.callAs(lead, "PATCH", `${base}/objectives/${mine.objective.id}`, {
      parentKeyResultId: privateKr,
      description: "Same link, new words",
      version: saved.body.version,
    });
    expect(patched.status).toBe(200);
  });

  it("lets an admin link under a private unit's KR", async () => {
    const { base, mine, privateKr, privateProgress } = await world();
    const res = await t.call("PATCH", `${base}/objectives/${mine.objective.id}`, {
      parentKeyResultId: privateKr,
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(await privateProgress()).toBeCloseTo(1 / 6);
  });
});
