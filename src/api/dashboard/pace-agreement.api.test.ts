import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { goodKeyResult, systemScope } from "../../../tests/support/factories.ts";
import { inTenant } from "../../db/tenant.ts";
import { forecastKeyResult } from "../../domain/forecast.ts";
import { recordCheckIn } from "../../services/check-ins/record-check-in.ts";
import { recordCheckIns } from "../../services/check-ins/record-check-ins.ts";
import { upgradeDatabase } from "../../services/database.ts";
import { updateKeyResult } from "../../services/key-results/update-key-result.ts";
import { updatePeriod } from "../../services/periods.ts";

// One rule everywhere (issue 10): for one seeded organisation, the dashboard's at-risk list, the
// team page's payload and the KR read give every KR the same pace, reasons and band. And the
// forecast the pace reads is stored by every write that moves a KR's readings or target.

const now = new Date("2027-02-15T12:00:00Z"); // 2027-Q1: the straight line stands near 50 %

describeApi("pace and band agree across the dashboard, team page and KR read", { now: () => now }, (t) => {
  async function seed() {
    const kr = (title: string, target = 100) => goodKeyResult({ title, metric: title, baseline: 0, target });
    const { org, unit, keyResults, base } = await t.buildTeam({
      unit: { name: "Cookware" },
      objective: {
        keyResults: [
          kr("on its line"),
          kr("five points under"),
          kr("far under"),
          kr("unconfident"),
          kr("never read"),
          goodKeyResult({
            title: "guardrail",
            kind: "range",
            metric: "latency",
            rangeLow: null,
            rangeHigh: 200,
            baseline: null,
            target: null,
          }),
        ],
      },
    });
    const ids = Object.fromEntries(keyResults.map((k) => [k.title, k.id])) as Record<string, string>;
    const scope = systemScope(org.id);
    const read = (title: string, day: string, value: number, confidence = 0.8) =>
      ({ keyResultId: ids[title] as string, value, confidence, checkedInAt: `${day}T09:00:00Z` }) as const;
    await recordCheckIns(t.services, scope, [
      read("on its line", "2027-01-20", 22),
      read("on its line", "2027-02-14", 50),
      read("five points under", "2027-01-25", 20),
      read("five points under", "2027-02-14", 45),
      read("far under", "2027-01-20", 10),
      read("far under", "2027-02-14", 15),
      read("unconfident", "2027-02-01", 30, 0.3),
      read("unconfident", "2027-02-14", 52, 0.3),
      read("guardrail", "2027-02-14", 250),
    ]);
    return { org, unit, ids, base };
  }

  type Shown = { pace: string | null; reasons: string[]; band: string | null; bandBasis: string | null };

  it("gives every KR one pace, reasons and band: dashboard == team page == KR read", async () => {
    const { unit, ids, base } = await seed();
    const dashboard = await t.call("GET", `${base}/dashboard?period=2027-Q1&limit=200`);
    const team = await t.call("GET", `${base}/units/${unit.id}/okrs?period=2027-Q1`);
    expect([dashboard.status, team.status]).toEqual([200, 200]);
    const fromTeam = new Map<string, Shown>(
      team.body.objectives[0].keyResults.map(
        (kr: Shown & { id: string; paceReasons: string[] }) =>
          [kr.id, { pace: kr.pace, reasons: kr.paceReasons, band: kr.band, bandBasis: kr.bandBasis }] as const,
      ),
    );
    for (const id of Object.values(ids)) {
      const single = await t.call("GET", `${base}/key-results/${id}`);
      expect(single.status).toBe(200);
      const { pace, paceReasons, band, bandBasis } = single.body;
      expect({ pace, reasons: paceReasons, band, bandBasis }, id).toEqual(fromTeam.get(id));
    }
    const offPace = [...fromTeam].filter(([, kr]) => kr.pace === "behind" || kr.pace === "at_risk");
    expect(
      dashboard.body.atRisk.map((item: Shown & { keyResultId: string }) => [
        item.keyResultId,
        { pace: item.pace, reasons: item.reasons, band: item.band, bandBasis: item.bandBasis },
      ]),
    ).toEqual(offPace);
    // The labelled cases, as the three show them.
    const byTitle = (title: string) => fromTeam.get(ids[title] as string)?.pace;
    expect(
      ["on its line", "five points under", "far under", "unconfident", "never read", "guardrail"].map(byTitle),
    ).toEqual(["on_track", "on_track", "at_risk", "at_risk", null, "at_risk"]);
    expect(fromTeam.get(ids["far under"] as string)?.reasons).toEqual(["forecast_short", "behind_pace"]);
    expect(fromTeam.get(ids["never read"] as string)).toEqual({ pace: null, reasons: [], band: null, bandBasis: null });
    expect(dashboard.body.totals.atRisk).toBe(3);
  });

  it("stores the forecast with each check-in, batch and target edit, and rebuilds it after migrations", async () => {
    const { org, ids } = await seed();
    const scope = systemScope(org.id);
    const id = ids["never read"] as string;
    const stored = () =>
      inTenant(t.services.db, org.id, (tx) =>
        tx
          .selectFrom("keyResults")
          .select(["forecastValue", "forecastLow", "forecastHigh", "forecastProgress", "version"])
          .where("orgId", "=", org.id)
          .where("id", "=", id)
          .executeTakeFirstOrThrow(),
      );
    await recordCheckIn(t.services, scope, id, { value: 20, checkedInAt: "2027-01-31T00:00:00Z" });
    expect((await stored()).forecastValue).toBeNull(); // one reading: no trend
    await recordCheckIn(t.services, scope, id, { value: 40, checkedInAt: "2027-02-15T00:00:00Z" });
    const expected = forecastKeyResult({
      spec: { kind: "metric", metric: "m", baseline: 0, target: 100, deadline: null },
      readings: [
        { at: new Date("2027-01-31T00:00:00Z"), value: 20 },
        { at: new Date("2027-02-15T00:00:00Z"), value: 40 },
      ],
      periodStartsOn: "2027-01-01",
      endsOn: "2027-03-31",
    });
    const afterTwo = await stored();
    expect(afterTwo).toMatchObject({
      forecastValue: expected?.value,
      forecastLow: expected?.low,
      forecastHigh: expected?.high,
      forecastProgress: expected?.progress,
    });
    // A batch with a back-dated reading moves the trend too.
    await recordCheckIns(t.services, scope, [{ keyResultId: id, value: 5, checkedInAt: "2027-01-10T00:00:00Z" }]);
    const afterBatch = await stored();
    expect(afterBatch.forecastValue).not.toBe(afterTwo.forecastValue);
    // A new target moves the forecast's progress (S1), not its value.
    await updateKeyResult(t.services, scope, id, { target: 200, reason: "raise the bar", version: afterBatch.version });
    const afterEdit = await stored();
    expect(afterEdit.forecastValue).toBe(afterBatch.forecastValue);
    expect(afterEdit.forecastProgress).toBeCloseTo((afterBatch.forecastValue ?? 0) / 200, 12);
    // A period starting later moves the baseline's point in time, so the trend.
    const period = await t.services.db
      .selectFrom("periods")
      .select("id")
      .where("orgId", "=", org.id)
      .executeTakeFirstOrThrow();
    // (A quarter's dates follow from its name, so the period is renamed to move them; it is
    // active, so a move past its readings needs a reason, S7.)
    const late = { name: "Winter 2027", startsOn: "2027-01-10", reason: "the season started late" };
    await updatePeriod(t.services, scope, period.id, late);
    expect((await stored()).forecastValue).not.toBe(afterEdit.forecastValue);
    await updatePeriod(t.services, scope, period.id, { startsOn: "2027-01-01" });
    expect((await stored()).forecastValue).toBe(afterEdit.forecastValue);
    // Existing KRs get theirs from the rebuild migration 0007 queues.
    await inTenant(t.services.db, org.id, (tx) =>
      sql`update key_results set forecast_value = null, forecast_progress = null where org_id = ${org.id}`.execute(tx),
    );
    await t.services.db
      .insertInto("scoreRebuilds")
      .columns(["orgId", "periodId"])
      .expression((eb) => eb.selectFrom("periods").select(["orgId", "id"]).where("orgId", "=", org.id))
      .execute();
    await upgradeDatabase(t.services.db);
    expect(await stored()).toEqual(afterEdit);
  });
});
