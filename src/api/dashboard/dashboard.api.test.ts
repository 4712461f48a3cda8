import { describe, expect, it } from "vitest";
import {
  buildObjective,
  buildOrg,
  buildPeriod,
  buildUnit,
  goodKeyResult,
  systemScope,
} from "../../../tests/support/factories.ts";
import { postgresMissing, useTestApp } from "../../../tests/support/test-app.ts";
import { recordCheckIn } from "../../services/check-ins/record-check-in.ts";

// 2027-Q1 runs 2027-01-01..2027-03-31; on 2027-02-15 the straight-line pace stands near 50 %.
const now = new Date("2027-02-15T12:00:00Z");

describe.skipIf(postgresMissing())("leader dashboard API (S5)", () => {
  const t = useTestApp(() => now);

  async function setup() {
    const org = await buildOrg(t.services);
    const period = await buildPeriod(t.services, org.id, "2027-Q1");
    const unit = await buildUnit(t.services, org.id, { name: "Cookware" });
    const objective = await buildObjective(t.services, org.id, {
      unitId: unit.id,
      periodId: period.id,
      keyResults: [
        goodKeyResult({ title: "On pace", metric: "a", baseline: 0, target: 100 }),
        goodKeyResult({ title: "Behind pace", metric: "b", baseline: 0, target: 100 }),
        goodKeyResult({ title: "Doubtful", metric: "c", baseline: 0, target: 100 }),
      ],
    });
    const scope = systemScope(org.id);
    const [onPace, behind, doubtful] = objective.keyResults.map((kr) => kr.id) as [string, string, string];
    await recordCheckIn(t.services, scope, onPace, { value: 60, confidence: 0.8, checkedInAt: "2027-02-14T09:00:00Z" });
    await recordCheckIn(t.services, scope, behind, { value: 20, confidence: 0.7, checkedInAt: "2027-01-20T09:00:00Z" });
    await recordCheckIn(t.services, scope, doubtful, {
      value: 70,
      confidence: 0.3,
      checkedInAt: "2027-02-10T09:00:00Z",
    });
    return { org, unit, period, objective, base: `/api/v1/orgs/${org.slug}` };
  }

  it("lists KRs at risk with their reasons: low confidence or behind the straight-line pace", async () => {
    const { base } = await setup();
    const res = await t.call("GET", `${base}/dashboard?period=2027-Q1`);
    expect(res.status).toBe(200);
    expect(res.body.atRisk.map((kr: { title: string; reasons: string[] }) => [kr.title, kr.reasons])).toEqual([
      ["Behind pace", ["behind_pace"]],
      ["Doubtful", ["low_confidence"]],
    ]);
    expect(res.body.atRisk[0].expectedProgress).toBeCloseTo(45.5 / 90, 5);
  });

  it("lists KRs with no check-in for 14 days or more", async () => {
    const { base } = await setup();
    const res = await t.call("GET", `${base}/dashboard?period=2027-Q1`);
    expect(
      res.body.stale.map((kr: { title: string; daysWithoutCheckIn: number }) => [kr.title, kr.daysWithoutCheckIn]),
    ).toEqual([["Behind pace", 26]]);
  });

  it("shows each unit's progress and band without naming people (S3)", async () => {
    const { base, unit, objective: created } = await setup();
    const objective = created.objective;
    const res = await t.call("GET", `${base}/dashboard?period=2027-Q1`);
    const cookware = res.body.units.find((u: { id: string }) => u.id === unit.id);
    expect(cookware.objectives).toEqual([
      {
        id: objective.id,
        title: objective.title,
        status: "active",
        progress: 0.5,
        band: "not_achieved",
        keyResultCount: 3,
      },
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/ownerId|authorId/);
    expect(res.body.reviews).toEqual([
      { on: "2027-02-12", kind: "checkpoint" },
      { on: "2027-03-31", kind: "period_end" },
    ]);
  });

  it("answers 404 for a period the organisation does not have", async () => {
    const { base } = await setup();
    const res = await t.call("GET", `${base}/dashboard?period=2031-Q1`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });
});
