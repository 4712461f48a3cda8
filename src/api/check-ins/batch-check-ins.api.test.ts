import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { adminSessions, type TestSession } from "../../../tests/support/factories.ts";
import { snapshotOrganisation } from "../../../tests/support/snapshot.ts";
import { expectStoredScoresFresh } from "../../../tests/support/stored-scores.ts";
import { actorForPerson } from "../../services/accounts/actor.ts";
import { createApiToken } from "../../services/accounts/api-tokens.ts";

// POST /orgs/{org}/check-ins (issue 6, docs/check-ins.md): many readings in one transaction,
// each under the single check-in's rules, the KRs following their latest reading, the stored
// roll-up (S1, M5) refreshed once for the touched objectives.

const fixedNow = new Date("2027-02-15T12:00:00Z");

describeApi("batch check-ins", { now: () => fixedNow }, (t) => {
  async function currentValues(orgId: string, ids: string[]) {
    const rows = await t.db.kysely
      .selectFrom("keyResults")
      .select(["id", "currentValue", "currentConfidence", "lastCheckInAt"])
      .where("orgId", "=", orgId)
      .where("id", "in", ids)
      .execute();
    return new Map(rows.map((r) => [r.id, r]));
  }

  it("records readings for several KRs at once; the latest reading of each KR wins (S1)", async () => {
    const { org: o, base } = await t.org();
    const { objective, keyResults } = await t.buildObjective(o.id);
    const [conversion, churn, nps] = keyResults.map((kr) => kr.id) as [string, string, string];
    await t.call("POST", `${base}/key-results/${nps}/check-ins`, { value: 30, checkedInAt: "2027-02-10T09:00:00Z" });
    const res = await t.call("POST", `${base}/check-ins`, {
      checkIns: [
        { keyResultId: conversion, value: 5.5, confidence: 0.7, checkedInAt: "2027-02-14T09:00:00Z" },
        { keyResultId: churn, value: 2.5, comment: "Onboarding calls help" },
        { keyResultId: conversion, value: 4.5, checkedInAt: "2027-02-01T09:00:00Z" }, // older: recorded, not current
        { keyResultId: nps, value: 25, checkedInAt: "2027-01-20T09:00:00Z" }, // back-dated behind the KR's reading
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body.checkInIds).toHaveLength(4);
    const byId = new Map(res.body.keyResults.map((kr: { id: string }) => [kr.id, kr]));
    expect(byId.get(conversion)).toMatchObject({
      currentValue: 5.5,
      currentConfidence: 0.7,
      lastCheckInAt: "2027-02-14T09:00:00.000Z",
    });
    expect((byId.get(conversion) as { progress: number }).progress).toBeCloseTo(0.75);
    expect(byId.get(churn)).toMatchObject({ currentValue: 2.5, lastCheckInAt: fixedNow.toISOString() });
    expect(byId.get(nps)).toMatchObject({ currentValue: 30, lastCheckInAt: "2027-02-10T09:00:00.000Z" });

    const history = await t.call("GET", `${base}/key-results/${conversion}/check-ins`);
    expect(history.body.checkIns.map((c: { value: number }) => c.value)).toEqual([5.5, 4.5]); // newest first
    expect(history.body.checkIns.map((c: { id: string }) => c.id).sort()).toEqual(
      [res.body.checkInIds[0], res.body.checkInIds[2]].sort(),
    );
    const admin = (await t.call("GET", `${base}/people`)).body.people.find((p: { role: string }) => p.role === "admin");
    expect(history.body.checkIns[0].authorId).toBe(admin.id);
    const read = await t.call("GET", `${base}/objectives/${objective.id}`);
    expect(read.body.keyResults.map((kr: { currentValue: number }) => kr.currentValue)).toEqual([5.5, 2.5, 30]);
    await expectStoredScoresFresh(t.db.kysely, o.id, objective.periodId);
  });

  it("lets the reading sent last win when two of one KR have the same time", async () => {
    const { org: o, base } = await t.org();
    const { keyResults } = await t.buildObjective(o.id);
    const kr = keyResults[0]?.id as string;
    const at = "2027-02-12T08:00:00Z";
    await t.call("POST", `${base}/key-results/${kr}/check-ins`, { value: 4.1, checkedInAt: at });
    const res = await t.call("POST", `${base}/check-ins`, {
      checkIns: [
        { keyResultId: kr, value: 4.2, checkedInAt: at },
        { keyResultId: kr, value: 4.3, checkedInAt: at },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body.keyResults).toEqual([
      expect.objectContaining({ id: kr, currentValue: 4.3, lastCheckInAt: "2027-02-12T08:00:00.000Z" }),
    ]);
  });

  it("records a batch of back-dated readings as history without moving any current value or score", async () => {
    const { org: o, base } = await t.org();
    const { objective, keyResults } = await t.buildObjective(o.id);
    const krs = keyResults.map((kr) => kr.id);
    await t.call("POST", `${base}/check-ins`, {
      checkIns: krs.map((keyResultId) => ({ keyResultId, value: 5, checkedInAt: "2027-02-10T09:00:00Z" })),
    });
    const before = await t.call("GET", `${base}/objectives/${objective.id}`);
    const res = await t.call("POST", `${base}/check-ins`, {
      checkIns: krs.map((keyResultId) => ({ keyResultId, value: 1, checkedInAt: "2027-01-10T09:00:00Z" })),
    });
    expect(res.status).toBe(201);
    expect(res.body.keyResults.map((kr: { currentValue: number }) => kr.currentValue)).toEqual([5, 5, 5]);
    const after = await t.call("GET", `${base}/objectives/${objective.id}`);
    expect(after.body.progress).toBe(before.body.progress);
    const list = await t.call("GET", `${base}/key-results/${krs[0]}/check-ins`);
    expect(list.body.checkIns.map((c: { value: number }) => c.value)).toEqual([5, 1]); // newest first
    await expectStoredScoresFresh(t.db.kysely, o.id, objective.periodId);
  });

  it("rolls the batch up through the cascade: stored progress equals the from-scratch score (S1, M5)", async () => {
    const { org: o, base } = await t.org();
    const period = await t.buildPeriod(o.id);
    const company = await t.buildObjective(o.id, { periodId: period.id });
    const teams = [];
    for (const parent of company.keyResults.slice(0, 2)) {
      teams.push(await t.buildObjective(o.id, { periodId: period.id, parentKeyResultId: parent.id }));
    }
    const krs = [...teams.flatMap((team) => team.keyResults), company.keyResults[2]].map((kr) => kr?.id as string);
    const res = await t.call("POST", `${base}/check-ins`, {
      checkIns: krs.map((keyResultId, i) => ({ keyResultId, value: 3 + i * 2.5 })),
    });
    expect(res.status).toBe(201);
    await expectStoredScoresFresh(t.db.kysely, o.id, period.id);
    const read = await t.call("GET", `${base}/objectives/${company.objective.id}`);
    expect(read.body.keyResults[0].rolledUp).toBe(true);
    expect(read.body.progress).not.toBeNull();
  });

  it("refuses the whole batch when one reading is dated in the future, naming it; nothing is written", async () => {
    const { org: o, base } = await t.org();
    const { keyResults } = await t.buildObjective(o.id);
    const kr = keyResults[0]?.id as string;
    const before = await snapshotOrganisation(t.db.kysely, o.id);
    const checkIns = Array.from({ length: 5 }, (_, i) => ({ keyResultId: kr, value: 4 + i / 10 }));
    const res = await t.call("POST", `${base}/check-ins`, {
      checkIns: checkIns.map((c, i) => (i === 3 ? { ...c, checkedInAt: "2027-03-01T00:00:00Z" } : c)),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      { field: "checkIns.3.checkedInAt", rule: "not_future", message: "use the time the value was read" },
    ]);
    expect(await snapshotOrganisation(t.db.kysely, o.id)).toEqual(before);
  });

  it("answers 404 naming the item for a KR that is not in the organisation, or another tenant's KR; nothing changes in either", async () => {
    const { org: a, base } = await t.org();
    const b = await t.buildOrg();
    const ofA = await t.buildObjective(a.id);
    const ofB = await t.buildObjective(b.id);
    const beforeA = await snapshotOrganisation(t.db.kysely, a.id);
    const beforeB = await snapshotOrganisation(t.db.kysely, b.id);
    const checkIns = Array.from({ length: 9 }, () => ({ keyResultId: ofA.keyResults[0]?.id, value: 5 }));
    checkIns[7] = { keyResultId: "6f1c1a52-1111-4222-8333-444455556666", value: 5 };
    checkIns[8] = { keyResultId: ofB.keyResults[0]?.id, value: 5 };
    const res = await t.call("POST", `${base}/check-ins`, { checkIns });
    expect(res.status).toBe(404);
    expect(res.body.error.details).toEqual([
      { field: "checkIns.7.keyResultId", rule: "exists", message: "no key result with this id in the organisation" },
      { field: "checkIns.8.keyResultId", rule: "exists", message: "no key result with this id in the organisation" },
    ]);
    expect(JSON.stringify(res.body)).not.toContain(ofB.objective.title);
    // B's slug: A's admin is not a member, so B does not exist for them, whatever the body says.
    const asA = adminSessions.get(a.slug) as TestSession;
    const intoB = await t.callAs(asA, "POST", `/api/v1/orgs/${b.slug}/check-ins`, {
      checkIns: [{ keyResultId: ofB.keyResults[0]?.id, value: 5 }],
    });
    expect(intoB.status).toBe(404);
    const empty = await t.callAs(asA, "POST", `/api/v1/orgs/${b.slug}/check-ins`, { checkIns: [] });
    expect(empty.status).toBe(404);
    expect(await snapshotOrganisation(t.db.kysely, a.id)).toEqual(beforeA);
    expect(await snapshotOrganisation(t.db.kysely, b.id)).toEqual(beforeB);
  });

  it("checks the author of each reading like a single check-in: a person of the organisation", async () => {
    const { org: o, base } = await t.org();
    const { keyResults } = await t.buildObjective(o.id);
    const kr = keyResults[0]?.id as string;
    const person = await t.buildPerson(o.id);
    const outsider = await t.buildPerson((await t.buildOrg()).id);
    const refused = await t.call("POST", `${base}/check-ins`, {
      checkIns: [
        { keyResultId: kr, value: 5, authorId: person.id },
        { keyResultId: kr, value: 5, authorId: outsider.id },
      ],
    });
    expect(refused.status).toBe(404);
    expect(refused.body.error.details).toEqual([
      { field: "checkIns.1.authorId", rule: "exists", message: "no person with this id in the organisation" },
    ]);
    const ok = await t.call("POST", `${base}/check-ins`, {
      checkIns: [{ keyResultId: kr, value: 5, authorId: person.id }],
    });
    expect(ok.status).toBe(201);
    const list = await t.call("GET", `${base}/key-results/${kr}/check-ins`);
    expect(list.body.checkIns.map((c: { authorId: string }) => c.authorId)).toEqual([person.id]);
  });

  it("lets a unit's members check in on its KRs only (M3): a 403 names the reason and the item, nothing is written", async () => {
    const { org: o, base } = await t.org();
    const own = await t.buildObjective(o.id);
    const other = await t.buildObjective(o.id);
    const member = await t.buildMember(o.id, { units: [[own.objective.unitId, "member"]] });
    const before = await snapshotOrganisation(t.db.kysely, o.id);
    const res = await t.callAs(member, "POST", `${base}/check-ins`, {
      checkIns: [
        { keyResultId: own.keyResults[0]?.id, value: 5 },
        { keyResultId: other.keyResults[1]?.id, value: 2.5 },
      ],
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      code: "forbidden",
      reason: "unit_members_check_in",
      message: "Only the unit's lead and members check in on its key results.",
      details: [{ field: "checkIns.1.keyResultId", rule: "unit_members_check_in" }],
    });
    expect(await snapshotOrganisation(t.db.kysely, o.id)).toEqual(before);

    const actor = await actorForPerson(t.services, o.id, member.personId, null);
    const token = async (scope: "read" | "check_ins") =>
      `Bearer ${(await createApiToken(t.services, { orgId: o.id, actor: actor as NonNullable<typeof actor> }, { name: "sync", scope })).token}`;
    const own2 = { checkIns: own.keyResults.map((kr, i) => ({ keyResultId: kr.id, value: 4 + i })) };
    const readOnly = await t.callAs(await token("read"), "POST", `${base}/check-ins`, own2);
    expect(readOnly.status).toBe(403);
    expect(readOnly.body.error.reason).toBe("token_read_only");
    const synced = await t.callAs(await token("check_ins"), "POST", `${base}/check-ins`, own2);
    expect(synced.status).toBe(201);
    expect(synced.body.keyResults.map((kr: { currentValue: number }) => kr.currentValue).sort()).toEqual([4, 5, 6]);
    const list = await t.call("GET", `${base}/key-results/${own.keyResults[0]?.id}/check-ins`);
    expect(list.body.checkIns[0].authorId).toBe(member.personId);
  });

  it("takes 1 to 1,000 readings: 1,001 or none are refused with 400 naming the field and the rule", async () => {
    const { org: o, base } = await t.org();
    const { keyResults } = await t.buildObjective(o.id);
    const reading = { keyResultId: keyResults[0]?.id, value: 5 };
    const tooMany = await t.call("POST", `${base}/check-ins`, { checkIns: Array(1001).fill(reading) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details).toEqual([expect.objectContaining({ field: "checkIns", rule: "too_big" })]);
    const none = await t.call("POST", `${base}/check-ins`, { checkIns: [] });
    expect(none.status).toBe(400);
    expect(none.body.error.details).toEqual([expect.objectContaining({ field: "checkIns", rule: "too_small" })]);
    const bad = await t.call("POST", `${base}/check-ins`, { checkIns: [reading, { ...reading, confidence: 2 }] });
    expect(bad.body.error.details).toEqual([
      expect.objectContaining({ field: "checkIns.1.confidence", rule: "too_big" }),
    ]);
    const full = await t.call("POST", `${base}/check-ins`, {
      checkIns: Array.from({ length: 1000 }, (_, i) => ({
        keyResultId: keyResults[i % 3]?.id,
        value: i,
        checkedInAt: new Date(fixedNow.getTime() - (1000 - i) * 60_000).toISOString(),
      })),
    });
    expect(full.status).toBe(201);
    expect(full.body.checkInIds).toHaveLength(1000);
    expect(JSON.stringify(full.body).length).toBeLessThan(50_000);
    expect(full.body.keyResults.map((kr: { currentValue: number }) => kr.currentValue).sort()).toEqual([997, 998, 999]);
  });

  it("lands concurrent batches and single check-ins on overlapping KRs, each KR on its latest reading", async () => {
    const { org: o, base } = await t.org();
    const { objective, keyResults } = await t.buildObjective(o.id);
    const second = await t.buildObjective(o.id, { periodId: objective.periodId });
    const krs = [...keyResults, ...second.keyResults].map((kr) => kr.id);
    // Every reading has its own time, spread over batches and singles (17 and 53 are coprime), so
    // the expected current value does not depend on the order the requests land in.
    let n = 0;
    const reading = (keyResultId: string) => {
      n++;
      const minutesAgo = ((n * 17) % 53) + 1;
      return { keyResultId, value: n, checkedInAt: new Date(fixedNow.getTime() - minutesAgo * 60_000).toISOString() };
    };
    const batches = [0, 1, 2].map(() => krs.flatMap((kr) => [reading(kr), reading(kr)]));
    const singles = krs.flatMap((kr) => [reading(kr), reading(kr)]);
    const all = [...batches.flat(), ...singles];
    const responses = await Promise.all([
      ...batches.map((checkIns) => t.call("POST", `${base}/check-ins`, { checkIns })),
      ...singles.map(({ keyResultId, ...body }) =>
        t.call("POST", `${base}/key-results/${keyResultId}/check-ins`, body),
      ),
    ]);
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    const now = await currentValues(o.id, krs);
    for (const kr of krs) {
      const latest = all
        .filter((r) => r.keyResultId === kr)
        .sort((x, y) => y.checkedInAt.localeCompare(x.checkedInAt))[0];
      expect(now.get(kr)?.currentValue, kr).toBe(latest?.value);
    }
    const count = await t.db.kysely
      .selectFrom("checkIns")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("orgId", "=", o.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(all.length);
    await expectStoredScoresFresh(t.db.kysely, o.id, objective.periodId);
  });

  it("answers 401 without credentials", async () => {
    const { base } = await t.org();
    const res = await t.callAs(null, "POST", `${base}/check-ins`, { checkIns: [] });
    expect(res.status).toBe(401);
  });
});
