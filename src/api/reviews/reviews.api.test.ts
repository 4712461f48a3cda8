import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import {
  adminSessions,
  goodKeyResult,
  metricKeyResult,
  systemScope,
  type TestSession,
} from "../../../tests/support/factories.ts";
import { createPeriod } from "../../services/periods.ts";

// Reviews (S4) that end in learnings (S7), through the HTTP API on PGlite and PostgreSQL.
// The clock stands at 2027-02-15: in 2027-Q1 with the default 6-week cadence the checkpoint of
// 2027-02-12 is due and the end-of-period review (2027-03-31) is upcoming.
const fixedNow = new Date("2027-02-15T12:00:00Z");

describeApi("reviews and the learnings library", { now: () => fixedNow }, (t) => {
  /** An organisation with one unit pursuing one active objective of three KRs, checked in twice. */
  async function world() {
    const { org, base, unit, period, objective, keyResults } = await t.buildTeam({
      unit: { name: "Growth" },
      objective: {
        keyResults: [
          metricKeyResult("Raise repeat purchase rate from 5% to 15%", "repeat rate", 5, 15),
          metricKeyResult("Cut refund rate from 0.5% to 0.2%", "refund rate", 0.5, 0.2),
          metricKeyResult("Raise awareness from 10% to 25%", "awareness", 10, 25),
        ],
      },
    });
    const [repeat, refund, awareness] = keyResults as [
      (typeof keyResults)[0],
      (typeof keyResults)[0],
      (typeof keyResults)[0],
    ];
    // Readings before the checkpoint (2027-02-12) and after it: the review shows the earlier one.
    const readings = [
      [repeat, 7, "2027-01-20T09:00:00Z"],
      [repeat, 12, "2027-02-10T09:00:00Z"],
      [repeat, 14, "2027-02-14T09:00:00Z"],
      [refund, 0.45, "2027-02-01T09:00:00Z"],
    ] as const;
    for (const [keyResult, value, checkedInAt] of readings) {
      const res = await t.call("POST", `${base}/key-results/${keyResult.id}/check-ins`, { value, checkedInAt });
      expect(res.status).toBe(201);
    }
    return { org, base, unit, period, objective, repeat, refund, awareness };
  }

  async function started(w: Awaited<ReturnType<typeof world>>) {
    const res = await t.call("POST", `${w.base}/reviews`, {
      unitId: w.unit.id,
      periodId: w.period.id,
      on: "2027-02-12",
    });
    expect(res.status).toBe(201);
    return res.body.review.id as string;
  }

  it("derives each unit's sessions from the cadence and the period's dates; due from its date (S4)", async () => {
    const w = await world();
    const list = await t.call("GET", `${w.base}/reviews?period=2027-Q1&unit=${w.unit.id}`);
    expect(list.status).toBe(200);
    expect(list.body.reviews.map((r: { on: string; kind: string; state: string }) => [r.on, r.kind, r.state])).toEqual([
      ["2027-02-12", "checkpoint", "due"],
      ["2027-03-31", "period_end", "upcoming"],
    ]);
    const due = await t.call("GET", `${w.base}/reviews?period=2027-Q1&due=true`);
    expect(due.body.reviews).toEqual([
      {
        id: null,
        unitId: w.unit.id,
        unitName: "Growth",
        periodId: w.period.id,
        on: "2027-02-12",
        kind: "checkpoint",
        state: "due",
      },
    ]);
    // A 4-week cadence gives the unit two checkpoints, both due by now.
    await t.db.kysely.updateTable("organisations").set({ reviewCadenceWeeks: 4 }).where("id", "=", w.org.id).execute();
    const fourWeekly = await t.call("GET", `${w.base}/reviews?period=2027-Q1&due=true`);
    expect(fourWeekly.body.reviews.map((r: { on: string }) => r.on)).toEqual(["2027-01-29"]);
  });

  it("shows per KR the progress at the review date, the trend since the last review, the band and its questions (S2)", async () => {
    const w = await world();
    const res = await t.call("GET", `${w.base}/units/${w.unit.id}/review?period=2027-Q1`);
    expect(res.status).toBe(200);
    expect(res.body.review).toMatchObject({
      id: null,
      on: "2027-02-12",
      state: "due",
      previousOn: "2027-01-01",
      startRefusal: null,
    });
    const [repeat, refund, awareness] = res.body.objectives[0].keyResults;
    expect(repeat.progressAtReview).toBeCloseTo(0.7); // 12 on 2027-02-10, not 14 of 2027-02-14
    expect(repeat.progressBefore).toBe(0); // at its baseline on the period's first day (S1)
    expect(repeat.progress).toBeCloseTo(0.9);
    expect(repeat).toMatchObject({ band: "exceeded", basis: "forecast" });
    expect(repeat.questions).toEqual(["ambitious_enough", "what_made_it_easy", "raise_the_bar"]);
    expect(refund.progressAtReview).toBeCloseTo(1 / 6);
    expect(refund.questions).toEqual(["what_blocked_us", "target_realistic", "what_we_change"]);
    expect(awareness).toMatchObject({ progressAtReview: null, band: null });
  });

  it("leaves a withdrawn reading out of the progress at the review date (S7)", async () => {
    const w = await world();
    // Entered on 2027-02-11 by mistake and withdrawn: the review shows 12 of 2027-02-10 again.
    const wrong = await t.call("POST", `${w.base}/key-results/${w.repeat.id}/check-ins`, {
      value: 15,
      checkedInAt: "2027-02-11T09:00:00Z",
    });
    const progressAtReview = async () =>
      (await t.call("GET", `${w.base}/units/${w.unit.id}/review?period=2027-Q1`)).body.objectives[0].keyResults[0]
        .progressAtReview;
    expect(await progressAtReview()).toBeCloseTo(1);
    const withdrawn = await t.call("POST", `${w.base}/check-ins/${wrong.body.checkIn.id}/withdrawal`, {
      reason: "Counted the test orders",
    });
    expect(withdrawn.status).toBe(200);
    expect(await progressAtReview()).toBeCloseTo(0.7);
  });

  it("refuses to start a session before its date or a date off the schedule", async () => {
    const w = await world();
    const early = await t.call("POST", `${w.base}/reviews`, {
      unitId: w.unit.id,
      periodId: w.period.id,
      on: "2027-03-31",
    });
    expect(early.status).toBe(409);
    expect(early.body.error.details[0]).toMatchObject({ field: "on", rule: "S4" });
    const off = await t.call("POST", `${w.base}/reviews`, {
      unitId: w.unit.id,
      periodId: w.period.id,
      on: "2027-02-13",
    });
    expect(off.status).toBe(404);
    await started(w);
    const again = await t.call("POST", `${w.base}/reviews`, {
      unitId: w.unit.id,
      periodId: w.period.id,
      on: "2027-02-12",
    });
    expect(again.status).toBe(409);
    // Two people starting one session at the same moment: one starts it, the other is told.
    const other = await world();
    const body = { unitId: other.unit.id, periodId: other.period.id, on: "2027-02-12" };
    const racing = await Promise.all([1, 2, 3].map(() => t.call("POST", `${other.base}/reviews`, body)));
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409, 409]);
  });

  it("saves the team's answers and learnings; the session stays due until held", async () => {
    const w = await world();
    const id = await started(w);
    const saved = await t.call("PUT", `${w.base}/reviews/${id}/answers`, {
      answers: [
        { keyResultId: w.refund.id, question: "what_blocked_us", answer: "The supplier changed packaging late" },
        { keyResultId: w.refund.id, question: "what_we_change", answer: "Test packaging with ten customers first" },
      ],
    });
    expect(saved.status).toBe(200);
    const refund = saved.body.objectives[0].keyResults[1];
    expect(refund.answers).toEqual({
      what_blocked_us: "The supplier changed packaging late",
      what_we_change: "Test packaging with ten customers first",
    });
    expect(saved.body.review.state).toBe("in_progress");
    const bad = await t.call("PUT", `${w.base}/reviews/${id}/answers`, {
      answers: [{ keyResultId: w.refund.id, question: "who_failed", answer: "x" }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe("answers.0.question");
    const learning = await t.call("POST", `${w.base}/reviews/${id}/learnings`, {
      body: "Packaging changes need a customer test before launch",
      keyResultId: w.refund.id,
    });
    expect(learning.status).toBe(201);
    expect(learning.body).toMatchObject({
      reviewId: id,
      unitName: "Growth",
      periodName: "2027-Q1",
      reviewOn: "2027-02-12",
      band: "not_achieved",
    });
    const due = await t.call("GET", `${w.base}/reviews?period=2027-Q1&due=true`);
    expect(due.body.reviews.map((r: { state: string }) => r.state)).toEqual(["in_progress"]);
    const held = await t.call("PATCH", `${w.base}/reviews/${id}`, { state: "held" });
    expect(held.status).toBe(200);
    expect(held.body.review.state).toBe("held");
    expect((await t.call("GET", `${w.base}/reviews?period=2027-Q1&due=true`)).body.reviews).toEqual([]);
    const late = await t.call("POST", `${w.base}/reviews/${id}/learnings`, { body: "Too late" });
    expect(late.status).toBe(409);
  });

  it("revises a target only with a reason, recorded in the KR's history, and the roll-up follows (S7)", async () => {
    const w = await world();
    const id = await started(w);
    const before = (await t.call("GET", `${w.base}/objectives/${w.objective.id}`)).body.progress;
    const noReason = await t.call("POST", `${w.base}/reviews/${id}/decisions`, {
      keyResultId: w.refund.id,
      decision: "revise",
      target: 0.4,
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error).toMatchObject({ code: "S7", details: [{ field: "reason", rule: "S7" }] });
    const revised = await t.call("POST", `${w.base}/reviews/${id}/decisions`, {
      keyResultId: w.refund.id,
      decision: "revise",
      target: 0.4,
      reason: "0.2% is below the industry floor; 0.4% is a real stretch",
    });
    expect(revised.status).toBe(201);
    const kr = (await t.call("GET", `${w.base}/key-results/${w.refund.id}`)).body;
    expect(kr.target).toBe(0.4);
    expect(kr.progress).toBeCloseTo(0.5); // 0.45 on the way from 0.5 to 0.4
    const after = (await t.call("GET", `${w.base}/objectives/${w.objective.id}`)).body.progress;
    expect(after).toBeCloseTo(before + (0.5 - 1 / 6) / 3);
    const history = (await t.call("GET", `${w.base}/objectives/${w.objective.id}/history`)).body;
    const change = (history.entries ?? history.history ?? history).find(
      (h: { entityId: string; action: string }) => h.entityId === w.refund.id && h.action === "update",
    );
    expect(change.reason).toBe("Review of 2027-02-12: 0.2% is below the industry floor; 0.4% is a real stretch");
    const review = (await t.call("GET", `${w.base}/units/${w.unit.id}/review?period=2027-Q1&on=2027-02-12`)).body;
    expect(review.objectives[0].keyResults[1].decision).toMatchObject({
      decision: "revise",
      targetBefore: 0.2,
      targetAfter: 0.4,
    });
  });

  it("drops a KR with a reason (deleted, its history and the review keep it) but never the last one (M4)", async () => {
    const w = await world();
    const id = await started(w);
    const dropped = await t.call("POST", `${w.base}/reviews/${id}/decisions`, {
      keyResultId: w.awareness.id,
      decision: "drop",
      reason: "Awareness surveys arrive after the quarter ends",
    });
    expect(dropped.status).toBe(201);
    expect((await t.call("GET", `${w.base}/key-results/${w.awareness.id}`)).status).toBe(404);
    const review = (await t.call("GET", `${w.base}/units/${w.unit.id}/review?period=2027-Q1`)).body;
    expect(review.objectives[0].keyResults).toHaveLength(2);
    expect(review.dropped).toMatchObject([{ keyResultTitle: "Raise awareness from 10% to 25%", decision: "drop" }]);
    await t.call("POST", `${w.base}/reviews/${id}/decisions`, {
      keyResultId: w.refund.id,
      decision: "drop",
      reason: "x",
    });
    const last = await t.call("POST", `${w.base}/reviews/${id}/decisions`, {
      keyResultId: w.repeat.id,
      decision: "drop",
      reason: "Nothing left to measure",
    });
    expect(last.status).toBe(422);
    expect(last.body.error.code).toBe("M4");
    expect((await t.call("GET", `${w.base}/key-results/${w.repeat.id}`)).status).toBe(200);
    const keep = await t.call("POST", `${w.base}/reviews/${id}/decisions`, {
      keyResultId: w.repeat.id,
      decision: "keep",
    });
    expect(keep.status).toBe(201);
  });

  it("lets the unit's members write its review, and nobody else (S4, M3)", async () => {
    const w = await world();
    const member = await t.buildMember(w.org.id, { units: [[w.unit.id, "member"]] });
    const other = await t.buildMember(w.org.id, {
      units: [[(await t.buildUnit(w.org.id)).id, "lead"]],
    });
    const body = { unitId: w.unit.id, periodId: w.period.id, on: "2027-02-12" };
    const refused = await t.callAs(other, "POST", `${w.base}/reviews`, body);
    expect(refused.status).toBe(403);
    expect(refused.body.error.reason).toBe("unit_members_review");
    expect((await t.callAs(member, "POST", `${w.base}/reviews`, body)).status).toBe(201);
  });

  it("records final scores and bands in the end-of-period review, and queues the next objective (S2, M1)", async () => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}`;
    const unit = await t.buildUnit(org.id);
    // A period that has ended; an admin puts it in review below, through its transitions.
    const past = await createPeriod(t.services, systemScope(org.id), { name: "2026-Q4", status: "active" });
    const next = await createPeriod(t.services, systemScope(org.id), { name: "2027-Q1", status: "active" });
    const { objective, keyResults } = await t.buildObjective(org.id, {
      unitId: unit.id,
      periodId: past.id,
      keyResults: [
        goodKeyResult({ title: "Raise repeat rate from 5% to 15%", baseline: 5, target: 15, deadline: "2026-12-31" }),
        metricKeyResult("Cut churn from 3% to 2%", "churn", 3, 2, { deadline: "2026-12-31" }),
      ],
    });
    const [repeat, churn] = keyResults as [(typeof keyResults)[0], (typeof keyResults)[0]];
    await t.call("POST", `${base}/key-results/${repeat.id}/check-ins`, {
      value: 12,
      checkedInAt: "2026-12-20T09:00:00Z",
    });
    await t.call("POST", `${base}/key-results/${churn.id}/check-ins`, {
      value: 2.1,
      checkedInAt: "2026-12-20T09:00:00Z",
    });
    const start = { unitId: unit.id, periodId: past.id, on: "2026-12-31" };
    const early = await t.call("POST", `${base}/reviews`, start);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/in review/);
    expect((await t.call("POST", `${base}/periods/${past.id}/transitions`, { to: "in_review" })).status).toBe(200);
    const res = await t.call("POST", `${base}/reviews`, start);
    expect(res.status).toBe(201);
    expect(res.body.review.kind).toBe("period_end");
    const id = res.body.review.id;
    const held = await t.call("PATCH", `${base}/reviews/${id}`, { state: "held" });
    expect(held.status).toBe(200);
    const [o] = held.body.objectives;
    expect(o.finalProgress).toBeCloseTo(0.8);
    expect(o).toMatchObject({ band: "met", basis: "final" });
    expect(
      o.keyResults.map((kr: { finalProgress: number; band: string; basis: string }) => [kr.band, kr.basis]),
    ).toEqual([
      ["met", "final"],
      ["exceeded", "final"],
    ]);
    // Final scores stay when a KR moves later (S2).
    const stored = await t.db.kysely
      .selectFrom("objectives")
      .select("finalProgress")
      .where("id", "=", objective.id)
      .executeTakeFirstOrThrow();
    expect(stored.finalProgress).toBeCloseTo(0.8);
    const history = (await t.call("GET", `${base}/objectives/${objective.id}/history`)).body;
    expect(JSON.stringify(history)).toContain("End-of-period review: final score recorded (S2)");

    const backwards = await t.call("POST", `${base}/reviews/${id}/next-objective`, { periodId: past.id });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0]).toMatchObject({ field: "periodId", rule: "M1" });
    const queued = await t.call("POST", `${base}/reviews/${id}/next-objective`, { periodId: next.id });
    expect(queued.status).toBe(201);
    const draft = (await t.call("GET", `${base}/objectives/${queued.body.objectiveId}`)).body;
    expect(draft).toMatchObject({ status: "draft", periodId: next.id, unitId: unit.id, title: objective.title });
    expect(draft.keyResults[0]).toMatchObject({ baseline: 12, target: 15, deadline: next.endsOn });
    const review = (await t.call("GET", `${base}/units/${unit.id}/review?period=2026-Q4`)).body;
    expect(review.review.nextObjectiveId).toBe(queued.body.objectiveId);
    const twice = await t.call("POST", `${base}/reviews/${id}/next-objective`, { periodId: next.id });
    expect(twice.status).toBe(409);
  });

  it("finds learnings by a 2-character Chinese word, by English text, unit, period and band (S7)", async () => {
    const w = await world();
    const id = await started(w);
    const other = await t.buildUnit(w.org.id, { name: "Support" });
    await t.buildObjective(w.org.id, { unitId: other.id, periodId: w.period.id });
    const otherReview = (
      await t.call("POST", `${w.base}/reviews`, { unitId: other.id, periodId: w.period.id, on: "2027-02-12" })
    ).body.review.id;
    const write = (review: string, body: string, keyResultId?: string) =>
      t.call("POST", `${w.base}/reviews/${review}/learnings`, { body, keyResultId });
    await write(id, "我们的客户访谈太少了，下个季度每周安排两次", w.refund.id);
    await write(id, "Loyalty emails worked better than discounts", w.repeat.id);
    await write(otherReview, "Answering within an hour halves refund requests");
    await write(otherReview, "100% of tickets_tagged: literal characters");

    const search = async (query: string) => {
      const res = await t.call("GET", `${w.base}/learnings?${query}`);
      expect(res.status).toBe(200);
      return res.body.learnings.map((l: { body: string }) => l.body);
    };
    expect(await search(`q=${encodeURIComponent("访谈")}`)).toEqual(["我们的客户访谈太少了，下个季度每周安排两次"]);
    expect(await search(`q=${encodeURIComponent("季度")}`)).toHaveLength(1);
    expect(await search(`q=${encodeURIComponent("会议")}`)).toEqual([]);
    expect(await search("q=LOYALTY")).toEqual(["Loyalty emails worked better than discounts"]);
    expect(await search("q=refund")).toEqual(["Answering within an hour halves refund requests"]);
    expect(await search(`q=${encodeURIComponent("100%")}`)).toEqual(["100% of tickets_tagged: literal characters"]);
    expect(await search(`q=${encodeURIComponent("s_t")}`)).toEqual(["100% of tickets_tagged: literal characters"]);
    expect(await search(`unit=${w.unit.id}`)).toHaveLength(2);
    expect(await search("band=exceeded")).toEqual(["Loyalty emails worked better than discounts"]);
    expect(await search(`band=not_achieved&unit=${w.unit.id}`)).toEqual(["我们的客户访谈太少了，下个季度每周安排两次"]);
    expect(await search("period=2027-Q1")).toHaveLength(4);
    expect((await t.call("GET", `${w.base}/learnings?period=2026-Q4`)).status).toBe(404);
  });

  it("keeps a private unit's learnings with its members", async () => {
    const w = await world();
    await t.db.kysely.updateTable("units").set({ private: true }).where("id", "=", w.unit.id).execute();
    const id = await started(w);
    await t.call("POST", `${w.base}/reviews/${id}/learnings`, { body: "Private lesson" });
    const outsider = await t.buildMember(w.org.id);
    const res = await t.callAs(outsider as TestSession, "GET", `${w.base}/learnings`);
    expect(res.body).toEqual({ learnings: [], total: 0, nextCursor: null });
    const admin = adminSessions.get(w.org.slug) as TestSession;
    expect((await t.callAs(admin, "GET", `${w.base}/learnings`)).body.total).toBe(1);
  });
});
