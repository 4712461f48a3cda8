import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { type goodKeyResult, metricKeyResult } from "../../../tests/support/factories.ts";
import { inTenant } from "../../db/tenant.ts";

// Issue 17, point 2: the coach's K2 (measurable), K3 (aligned) and K4 (stretch, from the unit's
// own history) through the review endpoint and the quality report, on both databases.

const rulesOf = (findings: { rule: string; path: string }[]) => findings.map((f) => `${f.rule} ${f.path}`);

describeApi("coach API: K2 measurable, K3 aligned, K4 stretch", { now: "2027-02-15T12:00:00Z" }, (t) => {
  /** A unit whose 2026-Q4 KRs ended at the given final scores (the first on NPS, from 30 to 40). */
  async function withHistory(finalScores: number[]) {
    const org = await t.buildOrg();
    const period = await t.buildPeriod(org.id, "2027-Q1");
    const unit = await t.buildUnit(org.id, { name: "Growth" });
    const other = await t.buildUnit(org.id, { name: "Platform" });
    const past = await t.buildPeriod(org.id, "2026-Q4");
    const old = await t.buildObjective(org.id, {
      unitId: unit.id,
      periodId: past.id,
      keyResults: [
        metricKeyResult("Raise NPS from 30 to 40", "NPS", 30, 40, { unit: "points", deadline: "2026-12-31" }),
        metricKeyResult("Cut churn from 3% to 2%", "churn", 3, 2, { deadline: "2026-12-31" }),
        metricKeyResult("Raise activation from 20% to 30%", "activation", 20, 30, { deadline: "2026-12-31" }),
      ],
    });
    await inTenant(t.db.kysely, org.id, async (tx) => {
      await tx.updateTable("periods").set({ status: "closed" }).where("id", "=", past.id).execute();
      for (const [i, kr] of old.keyResults.entries()) {
        await tx
          .updateTable("keyResults")
          .set({ finalProgress: finalScores[i] ?? 1 })
          .where("id", "=", kr.id)
          .execute();
      }
    });
    return { org, period, unit, other, base: `/api/v1/orgs/${org.slug}/coach` };
  }

  const draft = (keyResults: ReturnType<typeof goodKeyResult>[], title = "Help teams finish their planning") => ({
    title,
    keyResults,
  });
  const fresh = [
    metricKeyResult("Raise repeat purchase rate from 5% to 15%", "repeat purchase rate", 5, 15),
    metricKeyResult("Reduce refund rate from 0.5% to 0.2%", "refund rate", 0.5, 0.2),
    metricKeyResult("Raise brand awareness from 10% to 25%", "brand awareness", 10, 25),
  ];

  it("flags a target the unit's pace on the same metric says is too easy, for that unit only (K4)", async () => {
    const w = await withHistory([1.2, 0.7, 0.7]);
    const nps = metricKeyResult("Raise NPS from 42 to 45", "NPS", 42, 45, { unit: "points" });
    const objective = draft([nps, ...fresh.slice(0, 2)]);
    const mine = await t.call("POST", `${w.base}/review`, {
      objective: { ...objective, unitId: w.unit.id },
      period: "2027-Q1",
    });
    expect(mine.status).toBe(200);
    expect(rulesOf(mine.body.findings)).toEqual(["K4 key_results[0]"]);
    expect(mine.body.findings[0]).toMatchObject({ severity: "info" });
    expect(mine.body.findings[0].message).toContain("2026-Q4");
    // Another unit has no history: nothing to read, nothing said. Nor without a unit.
    const theirs = await t.call("POST", `${w.base}/review`, {
      objective: { ...objective, unitId: w.other.id },
      period: "2027-Q1",
    });
    expect(rulesOf(theirs.body.findings)).toEqual([]);
    const noUnit = await t.call("POST", `${w.base}/review`, { objective, period: "2027-Q1" });
    expect(rulesOf(noUnit.body.findings)).toEqual([]);
  });

  it("flags the objective when the unit's final scores mostly ended above 80 %, in the quality report too (K4)", async () => {
    const w = await withHistory([0.95, 1, 0.9]);
    const review = await t.call("POST", `${w.base}/review?locale=zh`, {
      objective: { ...draft(fresh), unitId: w.unit.id },
      period: "2027-Q1",
    });
    expect(rulesOf(review.body.findings)).toEqual(["K4 "]);
    expect(review.body.findings[0].message).toContain("80% 以上");
    await t.buildObjective(w.org.id, { unitId: w.unit.id, periodId: w.period.id, keyResults: fresh });
    await t.buildObjective(w.org.id, { unitId: w.other.id, periodId: w.period.id, keyResults: fresh });
    const report = await t.call("GET", `${w.base}/report?period=2027-Q1`);
    expect(report.status).toBe(200);
    const byUnit = Object.fromEntries(
      report.body.units.map((u: { unitName: string; findings: { rule: string; path: string }[] }) => [
        u.unitName,
        rulesOf(u.findings),
      ]),
    );
    expect(byUnit).toEqual({ Growth: ["K4 "] });
  });

  it("says nothing when the unit's history sits in the sweet spot (K4)", async () => {
    const w = await withHistory([0.7, 0.65, 0.75]);
    const review = await t.call("POST", `${w.base}/review`, { objective: { ...draft(fresh), unitId: w.unit.id } });
    expect(rulesOf(review.body.findings)).toEqual([]);
  });

  it("finds the guide's K3 example and a KR that cannot be measured (K2, K3)", async () => {
    const org = await t.buildOrg();
    const review = await t.call("POST", `/api/v1/orgs/${org.slug}/coach/review`, {
      objective: draft(
        [
          metricKeyResult(
            "Raise average completed workflows per user per month from 3.2 to 4.0",
            "completed workflows per user",
            3.2,
            4,
            { unit: "workflows" },
          ),
          metricKeyResult("Increase monthly active users from 12,000 to 14,000", "monthly active users", 12000, 14000, {
            unit: "users",
          }),
          metricKeyResult("Make onboarding world-class", "", 3, 5, { unit: "" }),
          metricKeyResult("Cut onboarding time", "onboarding time", 10, 3, { unit: "" }),
        ],
        "Build deeper workflows for users",
      ),
      period: "2027-Q1",
    });
    expect(review.status).toBe(200);
    // The editor's draft review also gives K1's "from X to Y" wording hints (info, no breach).
    const findings: { rule: string; path: string; severity: string }[] = review.body.findings;
    const hints = findings.filter((f) => f.severity === "info");
    expect(rulesOf(hints)).toEqual(["K1 key_results[2]", "K1 key_results[3]"]);
    expect(rulesOf(findings.filter((f) => f.severity !== "info"))).toEqual([
      "K3 key_results[1]",
      "K2 key_results[2]",
      "K2 key_results[3]",
    ]);
  });
});
