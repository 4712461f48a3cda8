import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { cookwareKeyResults, goodKeyResult, metricKeyResult } from "../../../tests/support/factories.ts";
import { bandOf } from "../../domain/progress.ts";
import type { KeyResultInput } from "../../services/key-results/key-result-input.ts";

const fixedNow = new Date("2027-02-15T12:00:00Z");

describeApi("check-ins, progress and roll-up", { now: () => fixedNow }, (t) => {
  it("moves an increasing KR's progress with each check-in (S1), and its band with the forecast once it has two readings (S2)", async () => {
    const { org: o, base } = await t.org();
    const { objective, keyResults } = await t.buildObjective(o.id, {
      keyResults: [goodKeyResult({ title: "Raise repeat purchase rate from 5% to 15%", baseline: 5, target: 15 })],
    });
    const kr = keyResults[0]?.id;
    const first = await t.call("POST", `${base}/key-results/${kr}/check-ins`, {
      value: 9,
      confidence: 0.6,
      comment: "Loyalty emails started",
    });
    expect(first.status).toBe(201);
    expect(first.body.keyResult.currentValue).toBe(9);
    let read = await t.call("GET", `${base}/objectives/${objective.id}`);
    expect(read.body.keyResults[0].progress).toBeCloseTo(0.4);
    // One reading is no trend: no forecast, so no band, never "not achieved" for a new KR.
    expect([read.body.band, read.body.keyResults[0].band, read.body.keyResults[0].forecast]).toEqual([
      null,
      null,
      null,
    ]);
    await t.call("POST", `${base}/key-results/${kr}/check-ins`, { value: 12 });
    read = await t.call("GET", `${base}/objectives/${objective.id}`);
    expect(read.body.progress).toBeCloseTo(0.7);
    const forecast = read.body.keyResults[0].forecast;
    expect(forecast.progress).toBeCloseTo((forecast.value - 5) / 10, 9);
    expect(read.body.keyResults[0]).toMatchObject({ band: bandOf(forecast.progress), bandBasis: "forecast" });
    expect(read.body).toMatchObject({ band: bandOf(forecast.progress), bandBasis: "forecast" });
    await t.call("POST", `${base}/key-results/${kr}/check-ins`, { value: 17 });
    read = await t.call("GET", `${base}/objectives/${objective.id}`);
    expect(read.body.progress).toBeCloseTo(1.2); // stored unclamped: over-achievement is information
    expect(read.body.keyResults[0].forecast.progress).toBeGreaterThan(forecast.progress);
  });

  it("scores a decreasing KR the same way (S1)", async () => {
    const { org: o, base } = await t.org();
    const { objective, keyResults } = await t.buildObjective(o.id, {
      keyResults: [goodKeyResult(cookwareKeyResults.refundRate)],
    });
    await t.call("POST", `${base}/key-results/${keyResults[0]?.id}/check-ins`, { value: 0.32 });
    const read = await t.call("GET", `${base}/objectives/${objective.id}`);
    expect(read.body.keyResults[0].direction).toBe("decrease");
    expect(read.body.keyResults[0].progress).toBeCloseTo(0.6);
    expect(read.body.band).toBeNull(); // one reading: no forecast yet (S2)
  });

  it("keeps the latest reading when a back-dated check-in arrives, and never rewrites history", async () => {
    const { org: o, base } = await t.org();
    const { keyResults } = await t.buildObjective(o.id);
    const kr = keyResults[0]?.id;
    await t.call("POST", `${base}/key-results/${kr}/check-ins`, { value: 5.5, checkedInAt: "2027-02-10T09:00:00Z" });
    const late = await t.call("POST", `${base}/key-results/${kr}/check-ins`, {
      value: 4.2,
      checkedInAt: "2027-01-20T09:00:00Z",
    });
    expect(late.body.keyResult.currentValue).toBe(5.5);
    const list = await t.call("GET", `${base}/key-results/${kr}/check-ins`);
    expect(list.body.checkIns.map((c: { value: number }) => c.value)).toEqual([5.5, 4.2]); // newest first
    // There is no way to delete a reading: the path answers only reading and recording (405).
    const deleted = await t.call("DELETE", `${base}/key-results/${kr}/check-ins`);
    expect(deleted.status).toBe(405);
    expect(deleted.headers.get("allow")).toBe("GET, HEAD, POST");
  });

  it("refuses check-ins dated in the future or with confidence out of 0..1", async () => {
    const { org: o, base } = await t.org();
    const { keyResults } = await t.buildObjective(o.id);
    const future = await t.call("POST", `${base}/key-results/${keyResults[0]?.id}/check-ins`, {
      value: 5,
      checkedInAt: "2027-03-01T00:00:00Z",
    });
    expect(future.status).toBe(400);
    expect(future.body.error.details).toEqual([
      { field: "checkedInAt", rule: "not_future", message: "use the time the value was read" },
    ]);
    const confidence = await t.call("POST", `${base}/key-results/${keyResults[0]?.id}/check-ins`, {
      value: 5,
      confidence: 1.5,
    });
    expect(confidence.status).toBe(400);
    expect(confidence.body.error.details[0]).toMatchObject({ field: "confidence", rule: "too_big" });
  });

  it("rolls progress up through two cascade levels (M5)", async () => {
    const { org: o, base } = await t.org();
    const period = await t.buildPeriod(o.id);
    const head = await t.buildUnit(o.id, { name: "Head of product", kind: "department" });
    const director = await t.buildUnit(o.id, { name: "Product director", parentId: head.id });
    const pm = await t.buildUnit(o.id, { name: "PM", kind: "individual", parentId: director.id });
    /** A unit's objective in the period, cascaded from a key result of the level above (M5). */
    const level = (
      unit: { id: string },
      parentKeyResultId: string | undefined,
      title: string,
      keyResults: KeyResultInput[],
    ) => t.buildObjective(o.id, { unitId: unit.id, periodId: period.id, parentKeyResultId, title, keyResults });
    const top = await level(head, undefined, "Become customers' trusted technology partner", [
      metricKeyResult("Raise completed workflows per user per month from 4 to 6", "workflows", 4, 6),
      metricKeyResult("Grow integrations from 8 to 12", "integrations", 8, 12),
    ]);
    const middle = await level(director, top.keyResults[0]?.id, "Make completing workflows effortless", [
      metricKeyResult("Cut completion time from 10 to 7 minutes", "completion time", 10, 7),
      metricKeyResult("Run usability tests (0 to 8)", "usability tests", 0, 8),
    ]);
    const bottom = await level(pm, middle.keyResults[0]?.id, "Help new users finish their first workflow", [
      metricKeyResult("Raise day-one completion from 35% to 55%", "day-one completion", 35, 55),
    ]);
    const checkIn = (id: string | undefined, value: number) =>
      t.call("POST", `${base}/key-results/${id}/check-ins`, { value });
    await checkIn(bottom.keyResults[0]?.id, 50); // PM objective at 75 %
    await checkIn(middle.keyResults[1]?.id, 4); // 50 %
    await checkIn(top.keyResults[1]?.id, 12); // 100 %
    const tree = await t.call("GET", `${base}/tree?period=2027-Q1`);
    expect(tree.status).toBe(200);
    const objectiveOf = (unitId: string) => tree.body.units.find((u: { id: string }) => u.id === unitId).objectives[0];
    expect(objectiveOf(pm.id).progress).toBeCloseTo(0.75);
    const directorObjective = objectiveOf(director.id);
    expect(directorObjective.keyResults[0]).toMatchObject({ rolledUp: true, childObjectiveIds: [bottom.objective.id] });
    expect(directorObjective.keyResults[0].progress).toBeCloseTo(0.75);
    expect(directorObjective.progress).toBeCloseTo(0.625);
    const headObjective = objectiveOf(head.id);
    expect(headObjective.keyResults[0].progress).toBeCloseTo(0.625);
    expect(headObjective.progress).toBeCloseTo(0.8125);
    // Its KRs have one reading each, the roll-up none of its own: no forecast, no band yet (S2).
    expect(headObjective.band).toBeNull();
    const unitView = await t.call("GET", `${base}/units/${director.id}/okrs?period=2027-Q1`);
    expect(unitView.body.objectives[0].progress).toBeCloseTo(0.625);
  });
});
