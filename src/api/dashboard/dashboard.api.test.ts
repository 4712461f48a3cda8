import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { goodKeyResult, systemScope } from "../../../tests/support/factories.ts";
import { recordCheckIn } from "../../services/check-ins/record-check-in.ts";

// 2027-Q1 runs 2027-01-01..2027-03-31; on 2027-02-15 the straight-line pace stands near 50 %.
const now = new Date("2027-02-15T12:00:00Z");

describeApi("leader dashboard API (S5)", { now: () => now }, (t) => {
  async function setup() {
    const team = await t.buildTeam({
      unit: { name: "Cookware" },
      objective: {
        keyResults: [
          goodKeyResult({ title: "On pace", metric: "a", baseline: 0, target: 100 }),
          goodKeyResult({ title: "Behind pace", metric: "b", baseline: 0, target: 100 }),
          goodKeyResult({ title: "Doubtful", metric: "c", baseline: 0, target: 100 }),
        ],
      },
    });
    const { org, unit, period, objective, base } = team;
    const scope = systemScope(org.id);
    const [onPace, behind, doubtful] = team.keyResults.map((kr) => kr.id) as [string, string, string];
    await recordCheckIn(t.services, scope, onPace, { value: 60, confidence: 0.8, checkedInAt: "2027-02-14T09:00:00Z" });
    await recordCheckIn(t.services, scope, behind, { value: 20, confidence: 0.7, checkedInAt: "2027-01-20T09:00:00Z" });
    await recordCheckIn(t.services, scope, doubtful, {
      value: 70,
      confidence: 0.3,
      checkedInAt: "2027-02-10T09:00:00Z",
    });
    return { org, unit, period, objective, base };
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
    const { base, unit, objective } = await setup();
    const res = await t.call("GET", `${base}/dashboard?period=2027-Q1`);
    const cookware = res.body.units.find((u: { id: string }) => u.id === unit.id);
    expect(cookware.objectives).toEqual([
      {
        id: objective.id,
        title: objective.title,
        status: "active",
        progress: 0.5,
        // One reading per KR: no forecast yet, so no band (S2), rather than "not achieved".
        band: null,
        bandBasis: null,
        keyResultCount: 3,
      },
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/ownerId|authorId/);
    expect(res.body.reviews).toEqual([
      { on: "2027-02-12", kind: "checkpoint" },
      { on: "2027-03-31", kind: "period_end" },
    ]);
  });

  it("lists the review dates at the organisation's cadence, the same dates as its review sessions (S4)", async () => {
    const { base } = await setup();
    expect((await t.call("PATCH", base, { reviewCadenceWeeks: 4 })).status).toBe(200);
    const res = await t.call("GET", `${base}/dashboard?period=2027-Q1`);
    // Every 4 weeks from 1 January; 26 March is left out, under half a cadence before the end.
    expect(res.body.reviews).toEqual([
      { on: "2027-01-29", kind: "checkpoint" },
      { on: "2027-02-26", kind: "checkpoint" },
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

let clock = new Date("2027-02-15T12:00:00Z");

describeApi("leader dashboard at scale: scoped, capped and paged (S5, S3)", { now: () => clock }, (t) => {
  /** A company with two departments and a team under the first: every KR of each unit is stale. */
  async function organisation() {
    clock = new Date("2027-02-15T12:00:00Z");
    const org = await t.buildOrg();
    const period = await t.buildPeriod(org.id, "2027-Q1");
    const company = await t.buildUnit(org.id, { name: "Company", kind: "company" });
    const sales = await t.buildUnit(org.id, { name: "Sales", kind: "department", parentId: company.id });
    const ops = await t.buildUnit(org.id, { name: "Operations", kind: "department", parentId: company.id });
    const team = await t.buildUnit(org.id, { name: "Inbound", kind: "team", parentId: sales.id });
    clock = new Date("2027-01-02T09:00:00Z");
    for (const unit of [team, company, sales, ops]) {
      await t.buildObjective(org.id, {
        unitId: unit.id,
        periodId: period.id,
        title: `Objective of ${unit.name}`,
      });
    }
    // Six weeks on, nobody has checked in: every KR has gone quiet.
    clock = new Date("2027-02-15T12:00:00Z");
    return { org, company, sales, ops, team, base: `/api/v1/orgs/${org.slug}` };
  }
  const units = (body: { units: { name: string; depth: number; childUnitCount: number }[] }) =>
    body.units.map((u) => [u.name, u.depth, u.childUnitCount]);
  const unitsOf = (items: { unitName: string }[]) => [...new Set(items.map((item) => item.unitName))];

  it("lists units in the organisation's tree order, never by score (S3), with totals over every level", async () => {
    const { base } = await organisation();
    const res = await t.call("GET", `${base}/dashboard?period=2027-Q1&depth=1`);
    expect(res.status).toBe(200);
    expect(units(res.body)).toEqual([
      ["Company", 0, 2],
      ["Operations", 1, 0],
      ["Sales", 1, 1],
    ]);
    expect(res.body.unit).toBeNull();
    // Never checked in: quiet, but not measured, so not at risk by default.
    expect(res.body.totals).toEqual({ units: 4, unitsWithActiveObjective: 4, atRisk: 0, stale: 12, healthAlerts: 0 });
    expect(unitsOf(res.body.stale)).toEqual(["Company", "Operations", "Sales", "Inbound"]);
  });

  it("caps the lists at `limit` and pages through the rest in the same order", async () => {
    const { base } = await organisation();
    const first = await t.call("GET", `${base}/dashboard?period=2027-Q1&limit=5`);
    expect(first.body.stale).toHaveLength(5);
    expect(first.body.totals.stale).toBe(12);
    const cursor = encodeURIComponent(first.body.nextCursors.stale);
    const page = await t.call("GET", `${base}/dashboard/stale?period=2027-Q1&cursor=${cursor}&limit=5`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ list: "stale", total: 12 });
    const next = encodeURIComponent(page.body.nextCursor);
    const last = await t.call("GET", `${base}/dashboard/stale?period=2027-Q1&cursor=${next}&limit=5`);
    expect(last.body.items).toHaveLength(2);
    expect(last.body.nextCursor).toBeNull();
    const all = await t.call("GET", `${base}/dashboard?period=2027-Q1&limit=200`);
    const ids = (items: { keyResultId: string }[]) => items.map((item) => item.keyResultId);
    expect([...ids(first.body.stale), ...ids(page.body.items), ...ids(last.body.items)]).toEqual(ids(all.body.stale));
  });

  it("scopes the dashboard to a unit and the units below it", async () => {
    const { base, sales } = await organisation();
    const res = await t.call("GET", `${base}/dashboard?period=2027-Q1&unit=${sales.id}`);
    expect(res.status).toBe(200);
    expect(res.body.unit.name).toBe("Sales");
    expect(units(res.body)).toEqual([
      ["Sales", 0, 1],
      ["Inbound", 1, 0],
    ]);
    expect(res.body.totals).toMatchObject({ units: 2, stale: 6 });
    expect(unitsOf(res.body.stale)).toEqual(["Sales", "Inbound"]);
    const page = await t.call("GET", `${base}/dashboard/stale?period=2027-Q1&unit=${sales.id}`);
    expect(page.body.total).toBe(6);
  });

  it("keeps a private unit's OKRs out of the dashboard for those who may not read them", async () => {
    const { org, base, ops } = await organisation();
    await t.call("PATCH", `${base}/units/${ops.id}`, { private: true });
    const member = await t.buildMember(org.id, {});
    const res = await t.callAs(member, "GET", `${base}/dashboard?period=2027-Q1`);
    expect(res.status).toBe(200);
    const operations = res.body.units.find((u: { name: string }) => u.name === "Operations");
    expect(operations.objectives).toEqual([]);
    expect(unitsOf(res.body.stale)).not.toContain("Operations");
    expect(res.body.totals.stale).toBe(9);
    const page = await t.callAs(member, "GET", `${base}/dashboard/stale?period=2027-Q1&unit=${ops.id}`);
    expect(page.body).toMatchObject({ total: 0, items: [] });
  });

  it("answers 404 for a unit the organisation does not have, 400 for a page larger than 1000", async () => {
    const other = await organisation();
    const { base } = await organisation();
    const res = await t.call("GET", `${base}/dashboard?period=2027-Q1&unit=${other.sales.id}`);
    expect(res.status).toBe(404);
    const bad = await t.call("GET", `${base}/dashboard/at-risk?period=2027-Q1&limit=1001`);
    expect(bad.status).toBe(400);
  });

  it("shows the same progress and band as the alignment tree for every unit and KR (S1, S2, M5)", async () => {
    const { org, base, team } = await organisation();
    const tree = await t.call("GET", `${base}/tree?period=2027-Q1`);
    const objective = tree.body.units.find((u: { id: string }) => u.id === team.id).objectives[0];
    await recordCheckIn(t.services, systemScope(org.id), objective.keyResults[0].id, { value: 4.5 });
    const after = await t.call("GET", `${base}/tree?period=2027-Q1`);
    const dashboard = await t.call("GET", `${base}/dashboard?period=2027-Q1&depth=50&limit=200`);
    type Scored = { id: string; progress: number | null; band: string | null };
    const fromTree = after.body.units.flatMap((u: { objectives: (Scored & { keyResults: Scored[] })[] }) =>
      u.objectives.map((o) => [o.id, o.progress, o.band]),
    );
    const fromDashboard = dashboard.body.units.flatMap((u: { objectives: Scored[] }) =>
      u.objectives.map((o) => [o.id, o.progress, o.band]),
    );
    expect(fromDashboard.sort()).toEqual(fromTree.sort());
    const krs = new Map<string, [number | null, string | null]>(
      after.body.units.flatMap((u: { objectives: { keyResults: Scored[] }[] }) =>
        u.objectives.flatMap((o) => o.keyResults.map((kr) => [kr.id, [kr.progress, kr.band]])),
      ),
    );
    for (const item of dashboard.body.atRisk as { keyResultId: string; progress: number; band: string }[]) {
      expect([item.progress, item.band]).toEqual(krs.get(item.keyResultId));
    }
    expect(dashboard.body.atRisk.some((item: { progress: number }) => item.progress > 0)).toBe(true);
  });
});
