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

  // GET /guardrails?keyResultUnit=: what a team page's cards share instead of one read per KR
  // (docs/performance.md, "A team page's requests").
  it("lists the guardrails of the unit's KRs only, leaving out a private unit's metric and unit (S5)", async () => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}`;
    const metric = async (unitId: string, name: string) =>
      (await t.call("POST", `${base}/units/${unitId}/health-metrics`, { name, rangeLow: 1 })).body.id as string;
    const guard = (keyResultId: string, healthMetricIds: string[]) =>
      t.call("PUT", `${base}/key-results/${keyResultId}/guardrails`, { healthMetricIds });
    const team = await t.buildObjective(org.id);
    const [first, second] = team.keyResults.map((kr) => kr.id as string) as [string, string];
    const other = await t.buildObjective(org.id);
    const otherKr = other.keyResults[0]?.id as string;
    const finance = await t.buildUnit(org.id, { name: "Finance" });
    const secret = await t.buildUnit(org.id, { name: "Skunkworks", private: true });
    const hidden = await t.buildObjective(org.id, { unitId: secret.id });
    const margin = await metric(finance.id, "Gross margin");
    const backlog = await metric(team.objective.unitId, "Backlog");
    const burn = await metric(secret.id, "Secret burn");
    expect((await guard(first, [margin, backlog, burn])).status).toBe(200);
    expect((await guard(second, [margin])).status).toBe(200);
    expect((await guard(otherKr, [backlog])).status).toBe(200);
    const hiddenKr = hidden.keyResults[0]?.id as string;
    expect((await guard(hiddenKr, [burn])).status).toBe(200);

    const outsider = await t.buildMember(org.id, { units: [[team.objective.unitId, "member"]] });
    const listed = async (as: typeof outsider | null, unitId?: string) => {
      const path = `${base}/guardrails${unitId ? `?keyResultUnit=${unitId}` : ""}`;
      const answer = as ? await t.callAs(as, "GET", path) : await t.call("GET", path);
      expect(answer.status).toBe(200);
      return answer.body.guardrails
        .map((g: { keyResultId: string; healthMetric: { name: string } }) => `${g.keyResultId} ${g.healthMetric.name}`)
        .sort();
    };
    // The admin reads every unit: the unit's KRs' guardrails, whichever unit watches the metric.
    expect(await listed(null, team.objective.unitId)).toEqual(
      [`${first} Backlog`, `${first} Gross margin`, `${first} Secret burn`, `${second} Gross margin`].sort(),
    );
    // Another unit's KRs' guardrails are not listed, though they share a metric.
    expect(await listed(null, other.objective.unitId)).toEqual([`${otherKr} Backlog`]);
    // S5: a private unit's metric is left out for those outside it, as on the KR's own read.
    expect(await listed(outsider, team.objective.unitId)).toEqual(
      [`${first} Backlog`, `${first} Gross margin`, `${second} Gross margin`].sort(),
    );
    const own = await t.callAs(outsider, "GET", `${base}/key-results/${first}/guardrails`);
    expect(own.body.guardrails.map((m: { name: string }) => m.name)).toEqual(["Backlog", "Gross margin"]);
    const refused = await t.callAs(outsider, "GET", `${base}/guardrails?keyResultUnit=${secret.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.reason).toBe("private_unit");
    expect(JSON.stringify(refused.body)).not.toContain("Secret burn");
    // Without a unit: every KR's guardrails the caller may read; the private unit's KR and metric
    // stay out for those outside it.
    expect(await listed(outsider)).toEqual(
      [`${first} Backlog`, `${first} Gross margin`, `${second} Gross margin`, `${otherKr} Backlog`].sort(),
    );
    expect(await listed(null)).toHaveLength(6);
    expect(await listed(null)).toContain(`${hiddenKr} Secret burn`);
  });
});
