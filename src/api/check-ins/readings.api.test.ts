import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { goodKeyResult } from "../../../tests/support/factories.ts";
import { snapshotOrganisation } from "../../../tests/support/snapshot.ts";
import { expectStoredScoresFresh } from "../../../tests/support/stored-scores.ts";

// A KR's readings (issue 10, docs/check-ins.md): paged newest first with no silent cap, each
// with who recorded it; corrected or withdrawn with a reason by its author, the unit's lead or an
// admin (S7), the KR's current value and the stored roll-up (M5) following.

const fixedNow = new Date("2027-02-15T12:00:00Z");
const minutesAgo = (n: number) => new Date(fixedNow.getTime() - n * 60_000).toISOString();

interface Reading {
  id: string;
  value: number;
  checkedInAt: string;
  withdrawnAt: string | null;
}

describeApi("a KR's readings: paging, corrections, withdrawals", { now: () => fixedNow }, (t) => {
  it("pages past 1,000 readings newest first: every reading once, then a null cursor", {
    timeout: 60_000,
  }, async () => {
    const { org: o, base } = await t.org();
    const { keyResults } = await t.buildObjective(o.id);
    const kr = keyResults[0]?.id as string;
    const total = 1205;
    for (const from of [0, 1000]) {
      const batch = Array.from({ length: Math.min(1000, total - from) }, (_, i) => ({
        keyResultId: kr,
        value: from + i,
        // Pairs share a time so the cursor's tie-break on the id is exercised.
        checkedInAt: minutesAgo(total - Math.floor((from + i) / 2)),
      }));
      expect((await t.call("POST", `${base}/check-ins`, { checkIns: batch })).status).toBe(201);
    }
    const seen: Reading[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `limit=500&cursor=${cursor}` : "limit=500";
      const page = await t.call("GET", `${base}/key-results/${kr}/check-ins?${query}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.checkIns);
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((r) => r.id)).size).toBe(total);
    const times = seen.map((r) => r.checkedInAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(Math.max(...seen.slice(0, 2).map((r) => r.value))).toBe(total - 1);

    const firstPage = await t.call("GET", `${base}/key-results/${kr}/check-ins`);
    expect(firstPage.body.checkIns).toHaveLength(100); // the default page of every list (docs/api.md)
    expect(firstPage.body.nextCursor).toEqual(expect.any(String));
    const since = minutesAgo(700);
    const recent = await t.call("GET", `${base}/key-results/${kr}/check-ins?limit=1000&since=${since}`);
    expect(recent.body.checkIns).toEqual(seen.filter((r) => r.checkedInAt >= since));
    expect(recent.body.checkIns.length).toBeGreaterThan(100);
    expect(recent.body.nextCursor).toBeNull();

    const tooMany = await t.call("GET", `${base}/key-results/${kr}/check-ins?limit=1001`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details).toEqual([expect.objectContaining({ field: "limit", rule: "too_big" })]);
    const forged = await t.call("GET", `${base}/key-results/${kr}/check-ins?cursor=bm90LWEtY3Vyc29y`);
    expect(forged.status).toBe(400);
    expect(forged.body.error.details).toEqual([expect.objectContaining({ field: "cursor", rule: "cursor" })]);
  });

  it("lists each reading with its value, confidence, comment and the name of who recorded it", async () => {
    const { org: o, base } = await t.org();
    const { objective, keyResults } = await t.buildObjective(o.id);
    const member = await t.buildMember(o.id, { units: [[objective.unitId, "member"]] });
    const kr = keyResults[0]?.id as string;
    await t.callAs(member, "POST", `${base}/key-results/${kr}/check-ins`, {
      value: 4.6,
      confidence: 0.8,
      comment: "Pricing page test shipped",
      checkedInAt: minutesAgo(60),
    });
    const list = await t.call("GET", `${base}/key-results/${kr}/check-ins`);
    const person = (await t.call("GET", `${base}/people/${member.personId}`)).body;
    expect(list.body.checkIns).toEqual([
      expect.objectContaining({
        value: 4.6,
        confidence: 0.8,
        comment: "Pricing page test shipped",
        authorId: member.personId,
        authorName: person.name,
        checkedInAt: minutesAgo(60),
        correctedAt: null,
        withdrawnAt: null,
      }),
    ]);
  });

  it("corrects a reading with a reason: the KR's value and the cascaded roll-up follow, the history keeps the old value (S7, M5)", async () => {
    const { org: o, base } = await t.org();
    const period = await t.buildPeriod(o.id);
    const company = await t.buildObjective(o.id, { periodId: period.id });
    const team = await t.buildObjective(o.id, {
      periodId: period.id,
      parentKeyResultId: company.keyResults[0]?.id,
      keyResults: [goodKeyResult({ baseline: 4, target: 6 })],
    });
    const kr = team.keyResults[0]?.id as string;
    await t.call("POST", `${base}/key-results/${kr}/check-ins`, { value: 4.5, checkedInAt: minutesAgo(120) });
    const latest = await t.call("POST", `${base}/key-results/${kr}/check-ins`, {
      value: 5,
      checkedInAt: minutesAgo(60),
    });
    const before = (await t.call("GET", `${base}/objectives/${company.objective.id}`)).body;
    expect(before.keyResults[0]).toMatchObject({ rolledUp: true, progress: 0.5 });
    // Where the rolled-up progress comes from: the objectives cascaded from the KR (M5).
    const below = await t.call("GET", `${base}/objectives?parentKeyResultId=${company.keyResults[0]?.id}`);
    expect(below.body.objectives.map((o: { id: string }) => o.id)).toEqual([team.objective.id]);

    const fixed = await t.call("PATCH", `${base}/check-ins/${latest.body.checkIn.id}`, {
      value: 5.8,
      reason: "Typo: the dashboard said 5.8",
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.checkIn).toMatchObject({ value: 5.8, correctionReason: "Typo: the dashboard said 5.8" });
    expect(fixed.body.keyResult).toMatchObject({ currentValue: 5.8 });
    expect(fixed.body.keyResult.progress).toBeCloseTo(0.9);
    const after = (await t.call("GET", `${base}/objectives/${company.objective.id}`)).body;
    expect(after.keyResults[0].progress).toBeCloseTo(0.9); // the company KR rolls up from the team (M5)
    await expectStoredScoresFresh(t.db.kysely, o.id, period.id);

    // Moving the date behind the older reading makes that one the current value.
    const redated = await t.call("PATCH", `${base}/check-ins/${latest.body.checkIn.id}`, {
      checkedInAt: minutesAgo(180),
      reason: "It was read on Monday",
    });
    expect(redated.body.keyResult).toMatchObject({ currentValue: 4.5, lastCheckInAt: minutesAgo(120) });
    await expectStoredScoresFresh(t.db.kysely, o.id, period.id);

    const history = await t.db.kysely
      .selectFrom("history")
      .select(["entity", "action", "reason", "before", "after"])
      .where("orgId", "=", o.id)
      .where("entityId", "=", latest.body.checkIn.id)
      .orderBy("changedAt")
      .execute();
    expect(history.map((h) => [h.entity, h.action, h.reason])).toEqual([
      ["check_in", "update", "Typo: the dashboard said 5.8"],
      ["check_in", "update", "It was read on Monday"],
    ]);
    expect(history[0]?.before).toMatchObject({ value: 5 });
    expect(history[0]?.after).toMatchObject({ value: 5.8 });

    const list = await t.call("GET", `${base}/key-results/${kr}/check-ins`);
    expect(list.body.checkIns.map((r: Reading) => r.value)).toEqual([4.5, 5.8]);
    expect(list.body.checkIns[1]).toMatchObject({ correctionReason: "It was read on Monday" });
  });

  it("withdraws a reading: listed and marked, no longer counted; the KR falls back to the reading before", async () => {
    const { org: o, base } = await t.org();
    const { objective, keyResults } = await t.buildObjective(o.id);
    const kr = keyResults[0]?.id as string;
    const older = await t.call("POST", `${base}/key-results/${kr}/check-ins`, {
      value: 5,
      checkedInAt: minutesAgo(90),
    });
    const wrong = await t.call("POST", `${base}/key-results/${kr}/check-ins`, {
      value: 60,
      checkedInAt: minutesAgo(30),
    });
    expect(wrong.body.keyResult.currentValue).toBe(60);

    const noReason = await t.call("POST", `${base}/check-ins/${wrong.body.checkIn.id}/withdrawal`, { reason: "  " });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details).toEqual([expect.objectContaining({ field: "reason", rule: "too_small" })]);

    const withdrawn = await t.call("POST", `${base}/check-ins/${wrong.body.checkIn.id}/withdrawal`, {
      reason: "Entered on the wrong KR",
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.keyResult).toMatchObject({ currentValue: 5, lastCheckInAt: minutesAgo(90) });
    expect(withdrawn.body.keyResult.progress).toBeCloseTo(0.5);
    const list = await t.call("GET", `${base}/key-results/${kr}/check-ins`);
    expect(list.body.checkIns).toEqual([
      expect.objectContaining({
        value: 60,
        withdrawnAt: fixedNow.toISOString(),
        withdrawalReason: "Entered on the wrong KR",
        withdrawnByName: expect.stringMatching(/^Admin /),
      }),
      expect.objectContaining({ value: 5, withdrawnAt: null }),
    ]);

    const again = await t.call("POST", `${base}/check-ins/${wrong.body.checkIn.id}/withdrawal`, { reason: "Twice" });
    expect(again.status).toBe(409);
    const correct = await t.call("PATCH", `${base}/check-ins/${wrong.body.checkIn.id}`, { value: 6, reason: "x" });
    expect(correct.status).toBe(409);
    const nothing = await t.call("PATCH", `${base}/check-ins/${older.body.checkIn.id}`, { reason: "No change" });
    expect(nothing.status).toBe(400);
    expect(nothing.body.error.details).toEqual([expect.objectContaining({ field: "value", rule: "required" })]);

    // Withdrawing the last one that counts leaves the KR without a reading.
    const last = await t.call("POST", `${base}/check-ins/${older.body.checkIn.id}/withdrawal`, { reason: "Test data" });
    expect(last.body.keyResult).toMatchObject({ currentValue: null, lastCheckInAt: null });
    await expectStoredScoresFresh(t.db.kysely, o.id, objective.periodId);
    const history = await t.db.kysely
      .selectFrom("history")
      .select("reason")
      .where("orgId", "=", o.id)
      .where("entity", "=", "check_in")
      .orderBy("changedAt")
      .execute();
    expect(history.map((h) => h.reason).sort()).toEqual(["Entered on the wrong KR", "Test data"]);
  });

  it("lets the author, the unit's lead or an admin change a reading; others get a 403 that says why, nothing written", async () => {
    const { org: o, base } = await t.org();
    const { objective, keyResults } = await t.buildObjective(o.id);
    const author = await t.buildMember(o.id, { units: [[objective.unitId, "member"]] });
    const colleague = await t.buildMember(o.id, { units: [[objective.unitId, "member"]] });
    const lead = await t.buildMember(o.id, { units: [[objective.unitId, "lead"]] });
    const viewer = await t.buildMember(o.id, { orgRole: "viewer" });
    const kr = keyResults[0]?.id as string;
    const reading = await t.callAs(author, "POST", `${base}/key-results/${kr}/check-ins`, { value: 5 });
    const id = reading.body.checkIn.id;
    const before = await snapshotOrganisation(t.db.kysely, o.id);
    for (const who of [colleague, viewer]) {
      const res = await t.callAs(who, "PATCH", `${base}/check-ins/${id}`, { value: 5.5, reason: "Mine now" });
      expect(res.status).toBe(403);
      const withdraw = await t.callAs(who, "POST", `${base}/check-ins/${id}/withdrawal`, { reason: "No" });
      expect(withdraw.status).toBe(403);
    }
    const refused = await t.callAs(colleague, "PATCH", `${base}/check-ins/${id}`, { value: 5.5, reason: "Mine now" });
    expect(refused.body.error).toMatchObject({
      reason: "author_or_lead",
      message: "Only the person who recorded a reading, the unit's lead or an admin may correct or withdraw it (S7).",
    });
    expect(await snapshotOrganisation(t.db.kysely, o.id)).toEqual(before);
    expect((await t.callAs(author, "PATCH", `${base}/check-ins/${id}`, { value: 5.2, reason: "Rounded" })).status).toBe(
      200,
    );
    expect((await t.callAs(lead, "PATCH", `${base}/check-ins/${id}`, { value: 5.3, reason: "Checked" })).status).toBe(
      200,
    );
    expect((await t.call("PATCH", `${base}/check-ins/${id}`, { confidence: 0.4, reason: "Admin" })).status).toBe(200);
    const future = await t.call("PATCH", `${base}/check-ins/${id}`, {
      checkedInAt: "2027-03-01T00:00:00Z",
      reason: "x",
    });
    expect(future.status).toBe(400);
    expect(future.body.error.details).toEqual([expect.objectContaining({ field: "checkedInAt", rule: "not_future" })]);
    const unknown = await t.call("PATCH", `${base}/check-ins/6f1c1a52-1111-4222-8333-444455556666`, {
      value: 1,
      reason: "x",
    });
    expect(unknown.status).toBe(404);
  });
});
