import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { goodKeyResult } from "../../../tests/support/factories.ts";
import { steppingClock } from "../../../tests/support/test-app.ts";
import { inTenant } from "../../db/tenant.ts";

// Issue 17, point 4: a unit's findings at activation against its final bands, period after
// period, read back from the history (S7) even after the OKRs were edited; the unit's own trend,
// readable by everyone who may read the unit (S5), never a ranking (S3).

describeApi("coach API: practice over time", { now: steppingClock("2026-07-01T08:00:00Z") }, (t) => {
  const kr = (title: string, deadline: string, values: Partial<Parameters<typeof goodKeyResult>[0]> = {}) =>
    goodKeyResult({ title, deadline, ...values });

  async function world() {
    const org = await t.buildOrg();
    const unit = await t.buildUnit(org.id, { name: "Growth" });
    const secret = await t.buildUnit(org.id, { name: "Skunkworks", private: true });
    const q3 = await t.buildPeriod(org.id, "2026-Q3");
    const q4 = await t.buildPeriod(org.id, "2026-Q4");
    const base = `/api/v1/orgs/${org.slug}`;

    // 2026-Q3: activated with two findings (K5 vanity total, K7 an output), fixed afterwards;
    // the fix must not change what the coach found at activation. Ended at 95 %: above the band.
    const loose = await t.buildObjective(org.id, {
      unitId: unit.id,
      periodId: q3.id,
      title: "Help small shops sell more online",
      keyResults: [
        kr("Grow total user accounts from 1000 to 5000", "2026-09-30", {
          metric: "total user accounts",
          unit: "accounts",
          baseline: 1000,
          target: 5000,
        }),
        kr("Launch the new checkout page", "2026-09-30", {
          metric: "checkout page launched",
          unit: "",
          baseline: 0,
          target: 1,
        }),
        kr("Raise repeat purchase rate from 5% to 15%", "2026-09-30", {
          metric: "repeat purchase rate",
          baseline: 5,
          target: 15,
        }),
      ],
    });
    const fixed = await t.call("PATCH", `${base}/key-results/${loose.keyResults[0]?.id}`, {
      title: "Raise weekly active shops from 200 to 320",
      metric: "weekly active shops",
      baseline: 200,
      target: 320,
      version: loose.keyResults[0]?.version,
      reason: "Measure customers, not accounts",
    });
    expect(fixed.status).toBe(200);

    // 2026-Q4: drafted with a finding, fixed while still a draft, then activated clean. Ended at 70 %.
    const careful = await t.buildObjective(org.id, {
      unitId: unit.id,
      periodId: q4.id,
      status: "draft",
      title: "Help small shops keep their customers",
      keyResults: [
        kr("Grow total user accounts from 1000 to 5000", "2026-12-31", {
          metric: "total user accounts",
          unit: "accounts",
          baseline: 1000,
          target: 5000,
        }),
        kr("Raise repeat purchase rate from 15% to 22%", "2026-12-31", {
          metric: "repeat purchase rate",
          baseline: 15,
          target: 22,
        }),
        kr("Cut refund rate from 4% to 2%", "2026-12-31", { metric: "refund rate", baseline: 4, target: 2 }),
      ],
    });
    expect(
      (
        await t.call("PATCH", `${base}/key-results/${careful.keyResults[0]?.id}`, {
          title: "Raise monthly returning customers from 300 to 420",
          metric: "monthly returning customers",
          unit: "customers",
          baseline: 300,
          target: 420,
          version: careful.keyResults[0]?.version,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await t.call("PATCH", `${base}/objectives/${careful.objective.id}`, {
          status: "active",
          version: careful.objective.version,
        })
      ).status,
    ).toBe(200);

    await t.buildObjective(org.id, { unitId: secret.id, periodId: q3.id });
    await inTenant(t.db.kysely, org.id, async (tx) => {
      await tx.updateTable("periods").set({ status: "closed" }).where("id", "in", [q3.id, q4.id]).execute();
      await tx.updateTable("objectives").set({ finalProgress: 0.95 }).where("id", "=", loose.objective.id).execute();
      await tx.updateTable("objectives").set({ finalProgress: 0.7 }).where("id", "=", careful.objective.id).execute();
    });
    return { org, unit, secret, base };
  }

  it("counts the findings as the OKRs stood at activation, with each period's final band, and says the trend", async () => {
    const w = await world();
    const res = await t.call("GET", `${w.base}/units/${w.unit.id}/practice?locale=en`);
    expect(res.status).toBe(200);
    expect(
      res.body.periods.map(
        (p: { periodName: string; findingsAtActivation: number; finalScore: number; band: string }) => [
          p.periodName,
          p.findingsAtActivation,
          p.finalScore,
          p.band,
        ],
      ),
    ).toEqual([
      ["2026-Q3", 2, 0.95, "above"],
      ["2026-Q4", 0, 0.7, "in_band"],
    ]);
    expect(res.body.trend).toEqual({
      kind: "better_written_land_more",
      compared: 2,
      fewest: { periods: 1, inBand: 1 },
      most: { periods: 1, inBand: 0 },
    });
    expect(res.body.sentence).toMatch(
      /^Of the 1 period with the fewest findings at activation, 1 ended in the 60–80 % band/,
    );

    const zh = await t.call("GET", `${w.base}/units/${w.unit.id}/practice?locale=zh`);
    expect(zh.body.sentence).toMatch(/^激活时发现最少的 1 个周期里，有 1 个最终得分落在 60%–80% 区间/);
  });

  it("is the unit's own: any member may read an open unit, a private one only its members (S5)", async () => {
    const w = await world();
    const viewer = await t.buildMember(w.org.id);
    expect((await t.callAs(viewer, "GET", `${w.base}/units/${w.unit.id}/practice`)).status).toBe(200);
    const refused = await t.callAs(viewer, "GET", `${w.base}/units/${w.secret.id}/practice`);
    expect(refused.status).toBe(403);
    const insider = await t.buildMember(w.org.id, { units: [[w.secret.id, "member"]] });
    const own = await t.callAs(insider, "GET", `${w.base}/units/${w.secret.id}/practice`);
    expect(own.status).toBe(200);
    expect(own.body.periods.map((p: { periodName: string }) => p.periodName)).toEqual(["2026-Q3"]);
    expect(own.body.trend.kind).toBe("not_enough_periods");
    expect((await t.callAs(null, "GET", `${w.base}/units/${w.unit.id}/practice`)).status).toBe(401);
  });

  it("names the field when the id is not a unit id, and is 404 for another organisation's unit", async () => {
    const org = await t.buildOrg();
    const bad = await t.call("GET", `/api/v1/orgs/${org.slug}/units/not-a-unit/practice`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("id");
    const w = await world();
    const elsewhere = await t.call("GET", `/api/v1/orgs/${org.slug}/units/${w.unit.id}/practice`);
    expect(elsewhere.status).toBe(404);
  });
});
