import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";

// The dashboard finds the metrics out of range in SQL (src/db/repositories/health-alerts.ts);
// the team page gets each metric's state from the domain (src/domain/health-metrics.ts). Both
// must say the same of every metric: bounds touched and crossed, one bound or two, no reading,
// a withdrawn latest reading. And a private unit's metrics stay off the dashboard of those who
// may not read it (S5).

const fixedNow = new Date("2027-02-15T12:00:00Z");

interface Case {
  name: string;
  rangeLow?: number | null;
  rangeHigh?: number | null;
  readings: number[];
}

const cases: Case[] = [
  { name: "at the low bound", rangeLow: 99.5, readings: [99.5] },
  { name: "just under the low bound", rangeLow: 99.5, readings: [99.49] },
  { name: "at the high bound", rangeHigh: 2, readings: [2] },
  { name: "just over the high bound", rangeHigh: 2, readings: [2.0001] },
  { name: "inside two bounds", rangeLow: 10, rangeHigh: 20, readings: [25, 15] },
  { name: "under two bounds", rangeLow: 10, rangeHigh: 20, readings: [15, 9] },
  { name: "over two bounds", rangeLow: 10, rangeHigh: 20, readings: [21] },
  { name: "a one-point range, on it", rangeLow: 5, rangeHigh: 5, readings: [5] },
  { name: "a one-point range, off it", rangeLow: 5, rangeHigh: 5, readings: [5.5] },
  { name: "negative values", rangeLow: -3, rangeHigh: -1, readings: [-4] },
  { name: "no reading yet", rangeLow: 1, readings: [] },
];

describeApi("health alerts: the dashboard and the team page agree", { now: () => fixedNow }, (t) => {
  it("lists on the dashboard exactly the metrics the team page shows out of range", async () => {
    const org = await t.buildOrg();
    await t.buildPeriod(org.id);
    const base = `/api/v1/orgs/${org.slug}`;
    const company = await t.buildUnit(org.id, { name: "Acme", kind: "company" });
    const teams = [
      await t.buildUnit(org.id, { name: "Billing", parentId: company.id }),
      await t.buildUnit(org.id, { name: "Support", parentId: company.id }),
    ];
    for (const [i, c] of cases.entries()) {
      const unit = teams[i % 2] as { id: string };
      const { readings, ...metric } = c;
      const made = await t.call("POST", `${base}/units/${unit.id}/health-metrics`, metric);
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      const at = (k: number) => new Date(fixedNow.getTime() - (readings.length - k) * 3_600_000).toISOString();
      if (readings.length > 0) {
        const sent = readings.map((value, k) => ({ value, readAt: at(k) }));
        expect(
          (await t.call("POST", `${base}/health-metrics/${made.body.id}/readings`, { readings: sent })).status,
        ).toBe(201);
      }
    }
    // A withdrawn latest reading no longer counts: back inside on both pages.
    const withdrawnCase = (
      await t.call("POST", `${base}/units/${teams[0]?.id}/health-metrics`, {
        name: "withdrawn outlier",
        rangeHigh: 10,
      })
    ).body.id;
    await t.call("POST", `${base}/health-metrics/${withdrawnCase}/readings`, {
      readings: [
        { value: 5, readAt: "2027-02-14T00:00:00Z" },
        { value: 50, readAt: "2027-02-15T00:00:00Z" },
      ],
    });
    const latest = (await t.call("GET", `${base}/health-metrics/${withdrawnCase}/readings`)).body.readings[0];
    await t.call("POST", `${base}/health-readings/${latest.id}/withdrawal`, { reason: "Counted twice" });

    const teamPages = await Promise.all(
      teams.map(async (unit) => (await t.call("GET", `${base}/units/${unit.id}/health-metrics`)).body.healthMetrics),
    );
    const outOnTeamPages = teamPages
      .flat()
      .filter((m: { state: string }) => m.state === "below" || m.state === "above")
      .map((m: { name: string; state: string }) => `${m.name}: ${m.state}`)
      .sort();
    const dashboard = (await t.call("GET", `${base}/dashboard?period=2027-Q1`)).body;
    const onDashboard = dashboard.healthAlerts
      .map((a: { name: string; side: string }) => `${a.name}: ${a.side}`)
      .sort();
    expect(onDashboard).toEqual(outOnTeamPages);
    expect(onDashboard).toEqual([
      "a one-point range, off it: above",
      "just over the high bound: above",
      "just under the low bound: below",
      "negative values: below",
      "over two bounds: above",
      "under two bounds: below",
    ]);
    expect(dashboard.totals.healthAlerts).toBe(6);
    // In the organisation's tree order (Billing before Support), never ranked (S3).
    expect(dashboard.healthAlerts.map((a: { unitName: string }) => a.unitName)).toEqual([
      "Billing",
      "Billing",
      "Support",
      "Support",
      "Support",
      "Support",
    ]);
    // Scoped to one unit, the dashboard lists that unit's alerts only; the limit pages, the total stays.
    const scoped = (await t.call("GET", `${base}/dashboard?period=2027-Q1&unit=${teams[1]?.id}&limit=2`)).body;
    expect(scoped.totals.healthAlerts).toBe(4);
    expect(scoped.healthAlerts.map((a: { unitName: string }) => a.unitName)).toEqual(["Support", "Support"]);
  });

  it("keeps a private unit's alerts from those who may not read it (S5)", async () => {
    const org = await t.buildOrg();
    await t.buildPeriod(org.id);
    const base = `/api/v1/orgs/${org.slug}`;
    const hidden = await t.buildUnit(org.id, { name: "Skunkworks", private: true });
    const metric = (await t.call("POST", `${base}/units/${hidden.id}/health-metrics`, { name: "Burn", rangeHigh: 1 }))
      .body.id;
    await t.call("POST", `${base}/health-metrics/${metric}/readings`, { readings: [{ value: 3 }] });
    const outsider = await t.buildMember(org.id);
    const insider = await t.buildMember(org.id, { units: [[hidden.id, "member"]] });
    const seenBy = async (who: typeof outsider) =>
      (await t.callAs(who, "GET", `${base}/dashboard?period=2027-Q1`)).body.healthAlerts.map(
        (a: { name: string }) => a.name,
      );
    expect(await seenBy(outsider)).toEqual([]);
    expect(await seenBy(insider)).toEqual(["Burn"]);
    expect((await t.callAs(outsider, "GET", `${base}/units/${hidden.id}/health-metrics`)).status).toBe(403);
  });
});
