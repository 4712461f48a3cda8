import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";

// A KR's guardrails (docs/health-metrics.md): the health metrics a stretch KR must not push out
// of range, named by the team that writes the KR (M3), shown with each metric's state, and
// recorded in the history (S7).

describeApi("a key result's guardrails", { now: "2027-02-15T12:00:00Z" }, (t) => {
  it("links health metrics to a KR, shows their state, and keeps both lists in the history", async () => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}`;
    const { objective, keyResults } = await t.buildObjective(org.id);
    const kr = keyResults[0]?.id as string;
    const finance = await t.buildUnit(org.id, { name: "Finance" });
    const margin = (
      await t.call("POST", `${base}/units/${finance.id}/health-metrics`, {
        name: "Gross margin",
        unit: "%",
        rangeLow: 38,
      })
    ).body.id;
    const backlog = (
      await t.call("POST", `${base}/units/${objective.unitId}/health-metrics`, { name: "Backlog", rangeHigh: 20 })
    ).body.id;
    await t.call("POST", `${base}/health-metrics/${backlog}/readings`, { readings: [{ value: 26 }] });

    const set = await t.call("PUT", `${base}/key-results/${kr}/guardrails`, {
      healthMetricIds: [margin, backlog, margin],
    });
    expect(set.status).toBe(200);
    expect(set.body.guardrails.map((g: { name: string; state: string }) => [g.name, g.state])).toEqual([
      ["Backlog", "above"],
      ["Gross margin", "no_reading"],
    ]);
    const read = await t.call("GET", `${base}/key-results/${kr}/guardrails`);
    expect(read.body.guardrails).toHaveLength(2);

    const cleared = await t.call("PUT", `${base}/key-results/${kr}/guardrails`, { healthMetricIds: [] });
    expect(cleared.body.guardrails).toEqual([]);
    const history = await t.db.kysely
      .selectFrom("history")
      .select(["entity", "after"])
      .where("orgId", "=", org.id)
      .where("entityId", "=", kr)
      .where("entity", "=", "key_result_guardrails")
      .execute();
    expect(history.map((h) => (h.after as { healthMetricIds: string[] }).healthMetricIds.length).sort()).toEqual([
      0, 2,
    ]);
  });

  it("refuses a metric the organisation does not have (404 naming it) and a caller outside the unit (M3)", async () => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}`;
    const { objective, keyResults } = await t.buildObjective(org.id);
    const kr = keyResults[0]?.id as string;
    const missing = await t.call("PUT", `${base}/key-results/${kr}/guardrails`, {
      healthMetricIds: ["6f1c1a52-1111-4222-8333-444455556666"],
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.details).toEqual([
      expect.objectContaining({ field: "healthMetricIds.0", rule: "exists" }),
    ]);
    const other = await t.buildUnit(org.id);
    const outsider = await t.buildMember(org.id, { units: [[other.id, "member"]] });
    const member = await t.buildMember(org.id, { units: [[objective.unitId, "member"]] });
    expect(
      (await t.callAs(outsider, "PUT", `${base}/key-results/${kr}/guardrails`, { healthMetricIds: [] })).status,
    ).toBe(403);
    expect(
      (await t.callAs(member, "PUT", `${base}/key-results/${kr}/guardrails`, { healthMetricIds: [] })).status,
    ).toBe(200);
    expect((await t.callAs(outsider, "GET", `${base}/key-results/${kr}/guardrails`)).status).toBe(200);
  });
});
