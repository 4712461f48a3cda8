import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { goodKeyResult } from "../../../tests/support/factories.ts";
import { steppingClock } from "../../../tests/support/test-app.ts";

// Discovery experiments (P2) with pre-set success metrics (S6), through the HTTP API on PGlite
// and PostgreSQL. The guide's product example: the director who owns "completed workflows" runs
// A/B tests on the workflow.

// The clock moves a second per reading of it, so the history's newest-first order is the order of the writes.
const clock = steppingClock("2027-02-15T12:00:00Z");

describeApi("discovery experiments with pre-set success metrics (P2, S6)", { now: clock }, (t) => {
  async function world() {
    const { org, base, unit, period, keyResults, member } = await t.buildTeamWithMember({
      unit: { name: "Workflows" },
      objective: {
        keyResults: [goodKeyResult({ title: "Raise completed workflows per user from 4 to 6", metric: "workflows" })],
      },
    });
    const other = await t.buildUnit(org.id, { name: "Sales" });
    const kr = keyResults[0] as NonNullable<(typeof keyResults)[0]>;
    const outsiderMember = await t.buildMember(org.id, { units: [[other.id, "member"]] });
    const viewer = await t.buildMember(org.id, { orgRole: "viewer" });
    const draft = {
      kind: "experiment",
      title: "Shorter setup wizard",
      hypothesis: "We believe a 3-step wizard will raise completed workflows, measured by completion rate",
      keyResultId: kr.id,
      metrics: [
        { name: "Completion rate", direction: "at_least", threshold: 30, unit: "%" },
        { name: "Support tickets", direction: "at_most", threshold: 20, unit: "per week" },
      ],
    };
    return { org, base, unit, other, period, kr, member, outsiderMember, viewer, draft };
  }

  it("lets a team member create, start, change with a reason and end an experiment (M6, S6, S7)", async () => {
    const w = await world();
    const created = await t.callAs(w.member, "POST", `${w.base}/experiments`, w.draft);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: "draft",
      unitId: w.unit.id,
      unitName: "Workflows",
      keyResultTitle: "Raise completed workflows per user from 4 to 6",
      metricCount: 2,
    });
    expect(created.body.metrics.map((m: { original: unknown }) => m.original)).toEqual([null, null]);
    const id = created.body.id;
    /** The member changes, drops or adds one of its success metrics (S6). */
    const changeMetric = (change: object) =>
      t.callAs(w.member, "POST", `${w.base}/experiments/${id}/metric-changes`, change);
    /** A change refused with `status` and one detail naming its field and rule. */
    const refuseChange = async (change: object, status: number, field: string, rule: string) => {
      const refused = await changeMetric(change);
      expect(refused.status).toBe(status);
      expect(refused.body.error.details).toEqual([{ field, rule, message: expect.any(String) }]);
      return refused;
    };

    // In draft anything changes, without a reason and without a change record.
    const edited = await changeMetric({
      action: "change",
      metricId: created.body.metrics[0].id,
      threshold: 35,
    });
    expect(edited.status).toBe(201);
    expect(edited.body.changes).toEqual([]);

    const started = await t.callAs(w.member, "POST", `${w.base}/experiments/${id}/start`);
    expect(started.status).toBe(200);
    expect(started.body.status).toBe("running");
    const [rate, tickets] = started.body.metrics;
    expect(rate.original).toEqual({ name: "Completion rate", direction: "at_least", threshold: 35, unit: "%" });

    // After the start: refused without a reason (422, reason, S6) and nothing changes.
    const noReason = await refuseChange({ action: "change", metricId: rate.id, threshold: 25 }, 422, "reason", "S6");
    expect(noReason.body.error.code).toBe("S6");
    expect((await t.call("GET", `${w.base}/experiments/${id}`)).body.metrics[0].threshold).toBe(35);

    const changed = await changeMetric({
      action: "change",
      metricId: rate.id,
      threshold: 25,
      reason: "Half the traffic went to a broken variant for a week",
    });
    expect(changed.status).toBe(201);
    expect(changed.body.metrics[0]).toMatchObject({
      threshold: 25,
      original: { threshold: 35 },
    });
    expect(changed.body.changes).toEqual([
      expect.objectContaining({
        metricId: rate.id,
        action: "change",
        before: expect.objectContaining({ threshold: 35 }),
        after: expect.objectContaining({ threshold: 25 }),
        reason: "Half the traffic went to a broken variant for a week",
        changedBy: w.member.personId,
      }),
    ]);

    // A metric is never deleted after the start: it is dropped with its reason and stays.
    const dropped = await changeMetric({
      action: "drop",
      metricId: tickets.id,
      reason: "Support moved to a new tool mid-test",
    });
    expect(dropped.status).toBe(201);
    expect(dropped.body.metrics).toHaveLength(2);
    expect(dropped.body.metrics[1]).toMatchObject({
      dropped: true,
      droppedReason: "Support moved to a new tool mid-test",
    });

    const changeDropped = { action: "change", metricId: tickets.id, threshold: 30, reason: "Looks better now" };
    await refuseChange(changeDropped, 409, "metricId", "dropped");

    // The hypothesis is fixed too.
    const { version } = (await t.call("GET", `${w.base}/experiments/${id}`)).body;
    const rewrite = await t.callAs(w.member, "PATCH", `${w.base}/experiments/${id}`, {
      hypothesis: "Something else",
      version,
    });
    expect(rewrite.status).toBe(422);
    expect(rewrite.body.error.details).toEqual([{ field: "hypothesis", rule: "S6", message: expect.any(String) }]);

    const ended = await t.callAs(w.member, "POST", `${w.base}/experiments/${id}/end`, {
      outcome: "supported",
      observed: [{ metricId: rate.id, value: 31 }],
      learning: "A shorter wizard lifts completion; keep the wizard at three steps",
    });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: "ended", outcome: "supported" });
    // The full metric set comes with the result, the dropped one included.
    expect(
      ended.body.metrics.map((m: { name: string; observed: number | null; met: boolean | null }) => [
        m.name,
        m.observed,
        m.met,
      ]),
    ).toEqual([
      ["Completion rate", 31, true],
      ["Support tickets", null, null],
    ]);
    expect(ended.body.learning.body).toBe("A shorter wizard lifts completion; keep the wizard at three steps");

    const library = await t.call("GET", `${w.base}/learnings?q=${encodeURIComponent("shorter wizard")}`);
    expect(library.body.learnings).toEqual([
      expect.objectContaining({
        source: "experiment",
        experimentId: id,
        experimentTitle: "Shorter setup wizard",
        reviewId: null,
        unitId: w.unit.id,
        keyResultId: w.kr.id,
      }),
    ]);

    const history = await t.call("GET", `${w.base}/experiments/${id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.history.map((h: { entity: string; action: string }) => `${h.entity} ${h.action}`)).toEqual([
      "experiment update", // ended
      "experiment_metric update", // dropped
      "experiment_metric update", // changed with its reason
      "experiment update", // started
      "experiment_metric update", // changed in draft
      "experiment create",
    ]);
    expect(history.body.history[2].reason).toBe("Half the traffic went to a broken variant for a week");

    // An ended experiment is its record.
    const late = { action: "change", metricId: rate.id, threshold: 10, reason: "Looks better" };
    await refuseChange(late, 409, "status", "ended");
  });

  it("lists a unit's experiments and a key result's, by status", async () => {
    const w = await world();
    const a = (await t.call("POST", `${w.base}/experiments`, w.draft)).body;
    await t.call("POST", `${w.base}/experiments`, { ...w.draft, title: "Templates gallery" });
    await t.call("POST", `${w.base}/experiments/${a.id}/start`);
    const byUnit = await t.call("GET", `${w.base}/experiments?unit=${w.unit.id}`);
    expect(byUnit.body.experiments.map((e: { title: string }) => e.title).sort()).toEqual([
      "Shorter setup wizard",
      "Templates gallery",
    ]);
    const running = await t.call("GET", `${w.base}/experiments?keyResult=${w.kr.id}&status=running`);
    expect(running.body.experiments.map((e: { id: string }) => e.id)).toEqual([a.id]);
    expect((await t.call("GET", `${w.base}/experiments?unit=${w.other.id}`)).body.experiments).toEqual([]);
    // keyResultUnit: aimed at a KR of the unit's objectives, whichever unit runs them (a team
    // page's cards read this one list).
    await t.call("POST", `${w.base}/experiments`, { ...w.draft, title: "Sales tries it", unitId: w.other.id });
    const titles = async (query: string) =>
      (await t.call("GET", `${w.base}/experiments?${query}`)).body.experiments
        .map((e: { title: string }) => e.title)
        .sort();
    expect(await titles(`keyResultUnit=${w.unit.id}`)).toEqual([
      "Sales tries it",
      "Shorter setup wizard",
      "Templates gallery",
    ]);
    expect(await titles(`keyResultUnit=${w.other.id}`)).toEqual([]);
    expect(await titles(`unit=${w.other.id}`)).toEqual(["Sales tries it"]);
  });

  it("runs a customer interview round that ends with who was heard and the pain (K6)", async () => {
    const w = await world();
    const round = await t.call("POST", `${w.base}/experiments`, {
      kind: "interview",
      title: "Interview 8 agents about follow-up",
      hypothesis: "We believe agents lose leads after the first call, measured by what they tell us",
      keyResultId: w.kr.id,
    });
    expect(round.status).toBe(201);
    expect((await t.call("POST", `${w.base}/experiments/${round.body.id}/start`)).status).toBe(200);
    const incomplete = await t.call("POST", `${w.base}/experiments/${round.body.id}/end`, {
      outcome: "supported",
      observed: [],
      learning: "Follow-up is the pain",
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.details.map((d: { field: string; rule: string }) => [d.field, d.rule])).toEqual([
      ["participants", "K6"],
      ["painHeard", "K6"],
    ]);
    const ended = await t.call("POST", `${w.base}/experiments/${round.body.id}/end`, {
      outcome: "supported",
      observed: [],
      learning: "Follow-up is the pain",
      participants: "8 agents in two offices",
      painHeard: "Leads go cold while they wait for a callback",
    });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ kind: "interview", painHeard: "Leads go cold while they wait for a callback" });
  });

  it("refuses what S6 and the roles forbid, naming the field, and writes nothing", async () => {
    const w = await world();
    const noMetrics = (await t.call("POST", `${w.base}/experiments`, { ...w.draft, metrics: [] })).body;
    const start = await t.call("POST", `${w.base}/experiments/${noMetrics.id}/start`);
    expect(start.status).toBe(422);
    expect(start.body.error.details).toEqual([{ field: "metrics", rule: "S6", message: expect.any(String) }]);
    expect((await t.call("GET", `${w.base}/experiments/${noMetrics.id}`)).body.status).toBe("draft");

    const other = await t.callAs(w.outsiderMember, "POST", `${w.base}/experiments`, w.draft);
    expect(other.status).toBe(403);
    expect(other.body.error.reason).toBe("unit_members_experiment");
    expect((await t.callAs(w.viewer, "POST", `${w.base}/experiments`, w.draft)).status).toBe(403);

    const unknownKr = await t.call("POST", `${w.base}/experiments`, {
      ...w.draft,
      keyResultId: "6f1c1a52-1111-4222-8333-444455556666",
    });
    expect(unknownKr.status).toBe(404);
    expect(unknownKr.body.error.details[0].field).toBe("keyResultId");

    const badMetric = await t.call("POST", `${w.base}/experiments`, {
      ...w.draft,
      metrics: [{ name: "Rate", direction: "more", threshold: 1 }],
    });
    expect(badMetric.status).toBe(400);
    expect(badMetric.body.error.details[0].field).toBe("metrics.0.direction");

    const noKr = await t.call("POST", `${w.base}/experiments`, { ...w.draft, keyResultId: undefined });
    expect(noKr.status).toBe(400);
    expect(noKr.body.error.details[0].field).toBe("keyResultId");

    const running = (await t.call("POST", `${w.base}/experiments`, w.draft)).body;
    await t.call("POST", `${w.base}/experiments/${running.id}/start`);
    const blankReason = await t.call("POST", `${w.base}/experiments/${running.id}/metric-changes`, {
      action: "drop",
      metricId: running.metrics[0].id,
      reason: "   ",
    });
    expect(blankReason.status).toBe(422);
    expect(blankReason.body.error.details[0]).toMatchObject({ field: "reason", rule: "S6" });
    const missingValue = await t.call("POST", `${w.base}/experiments/${running.id}/end`, {
      outcome: "refuted",
      observed: [{ metricId: running.metrics[0].id, value: 10 }],
      learning: "No lift",
    });
    expect(missingValue.status).toBe(422);
    expect(missingValue.body.error.details).toEqual([{ field: "observed.1", rule: "S6", message: expect.any(String) }]);
    const after = (await t.call("GET", `${w.base}/experiments/${running.id}`)).body;
    expect(after.status).toBe("running");
    expect(after.metrics.map((m: { dropped: boolean; observed: number | null }) => [m.dropped, m.observed])).toEqual([
      [false, null],
      [false, null],
    ]);
    expect((await t.call("GET", `${w.base}/learnings?q=No%20lift`)).body.learnings).toEqual([]);
  });

  it("keeps another organisation's and a private unit's experiments out of reach (S5)", async () => {
    const w = await world();
    const b = await world();
    const ofB = (await t.call("POST", `${b.base}/experiments`, b.draft)).body;
    // A's admin, B's key result or experiment: 404, as if they did not exist.
    expect((await t.call("GET", `${w.base}/experiments?keyResult=${b.kr.id}`)).status).toBe(404);
    expect((await t.call("GET", `${w.base}/experiments/${ofB.id}`)).status).toBe(404);
    expect((await t.call("POST", `${w.base}/experiments`, { ...w.draft, keyResultId: b.kr.id })).status).toBe(404);

    const secret = await t.buildUnit(w.org.id, { name: "Skunkworks", private: true });
    const { keyResults } = await t.buildObjective(w.org.id, { unitId: secret.id, periodId: w.period.id });
    const hidden = (
      await t.call("POST", `${w.base}/experiments`, { ...w.draft, keyResultId: keyResults[0]?.id as string })
    ).body;
    expect(hidden.unitId).toBe(secret.id);
    expect((await t.callAs(w.member, "GET", `${w.base}/experiments/${hidden.id}`)).status).toBe(403);
    expect((await t.callAs(w.member, "GET", `${w.base}/experiments?unit=${secret.id}`)).status).toBe(403);
  });
});
