import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { adminSessions, metricKeyResult, systemScope, type TestSession } from "../../../tests/support/factories.ts";
import { inTenant } from "../../db/tenant.ts";
import { recordCheckIn } from "../../services/check-ins/record-check-in.ts";

// M7 dependencies between units' KRs, the coach's cross-unit findings and K4 calibration, on the
// embedded database and on PostgreSQL.

describeApi("dependencies, cross-unit conflicts and calibration API (M7, K4)", { now: "2027-02-15T12:00:00Z" }, (t) => {
  async function world() {
    const org = await t.buildOrg();
    const period = await t.buildPeriod(org.id);
    const sales = await t.buildUnit(org.id, { name: "Sales" });
    const success = await t.buildUnit(org.id, { name: "Customer Success" });
    const salesOkr = await t.buildObjective(org.id, {
      unitId: sales.id,
      periodId: period.id,
      title: "Win the customers we serve best",
      keyResults: [
        metricKeyResult("Reach 120 new logos", "new logos", 80, 120, { unit: "customers" }),
        metricKeyResult("Raise average deal size from $8k to $10k", "deal size", 8, 10, { unit: "$" }),
        metricKeyResult("Raise win rate from 20% to 25%", "win rate", 20, 25),
      ],
    });
    const successOkr = await t.buildObjective(org.id, {
      unitId: success.id,
      periodId: period.id,
      title: "Keep the customers we win",
      keyResults: [
        metricKeyResult("Reduce churn of current customers from 6% to 4%", "churn", 6, 4),
        metricKeyResult("Raise onboarding satisfaction from 3.8 to 4.4", "satisfaction", 3.8, 4.4, { unit: "" }),
        metricKeyResult("Cut time to first value from 14 to 5 days", "time to value", 14, 5, { unit: "days" }),
      ],
    });
    const seller = await t.buildMember(org.id, { units: [[sales.id, "member"]] });
    const carer = await t.buildMember(org.id, { units: [[success.id, "member"]] });
    const viewer = await t.buildMember(org.id, { orgRole: "viewer" });
    const mine = successOkr.keyResults[0]?.id as string;
    const theirs = salesOkr.keyResults[0]?.id as string;
    return { org, period, sales, success, salesOkr, successOkr, seller, carer, viewer, mine, theirs };
  }

  const base = (slug: string) => `/api/v1/orgs/${slug}/dependencies`;
  const count = (orgId: string) =>
    inTenant(t.db.kysely, orgId, (tx) =>
      tx
        .selectFrom("keyResultDependencies")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow(),
    ).then((row) => Number(row.n));

  it("lets a unit declare that its KR depends on another unit's, and both units see it (M7)", async () => {
    const w = await world();
    const res = await t.callAs(w.carer, "POST", base(w.org.slug), {
      keyResultId: w.mine,
      dependsOnKeyResultId: w.theirs,
      note: "Only qualified logos, please",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      note: "Only qualified logos, please",
      keyResult: { keyResultId: w.mine, unitId: w.success.id, unitName: "Customer Success" },
      dependsOn: { keyResultId: w.theirs, unitId: w.sales.id, unitName: "Sales", pace: null },
      atRisk: false,
    });
    for (const unit of [w.sales.id, w.success.id]) {
      const listed = await t.callAs(w.viewer, "GET", `${base(w.org.slug)}?unit=${unit}&period=2027-Q1`);
      expect(listed.status).toBe(200);
      expect(listed.body.dependencies.map((d: { id: string }) => d.id)).toEqual([res.body.id]);
    }
    const byKr = await t.call("GET", `${base(w.org.slug)}?keyResult=${w.theirs}`);
    expect(byKr.body.dependencies).toHaveLength(1);
    const history = await t.call("GET", `${base(w.org.slug)}/${res.body.id}/history`);
    expect(history.body.history.map((h: { action: string }) => h.action)).toEqual(["create"]);
  });

  it("refuses a dependency on itself or on the same unit's KR (422, M7), a second one (409) and bad input (400), writing nothing", async () => {
    const w = await world();
    const self = await t.callAs(w.carer, "POST", base(w.org.slug), {
      keyResultId: w.mine,
      dependsOnKeyResultId: w.mine,
    });
    expect(self.status).toBe(422);
    expect(self.body.error).toMatchObject({ code: "M7", details: [{ field: "dependsOnKeyResultId", rule: "M7" }] });
    const sameUnit = await t.callAs(w.carer, "POST", base(w.org.slug), {
      keyResultId: w.mine,
      dependsOnKeyResultId: w.successOkr.keyResults[1]?.id,
    });
    expect(sameUnit.status).toBe(422);
    expect(sameUnit.body.error.details[0]).toMatchObject({ field: "dependsOnKeyResultId", rule: "M7" });
    const first = await t.callAs(w.carer, "POST", base(w.org.slug), {
      keyResultId: w.mine,
      dependsOnKeyResultId: w.theirs,
    });
    expect(first.status).toBe(201);
    const again = await t.callAs(w.carer, "POST", base(w.org.slug), {
      keyResultId: w.mine,
      dependsOnKeyResultId: w.theirs,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.details[0]).toMatchObject({ field: "dependsOnKeyResultId", rule: "unique" });
    const missing = await t.callAs(w.carer, "POST", base(w.org.slug), {
      keyResultId: w.mine,
      dependsOnKeyResultId: "0b7f3c9e-4a51-4a8e-9d43-3f6a2c1d5e7f",
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.details[0]).toMatchObject({ field: "dependsOnKeyResultId", rule: "exists" });
    const malformed = await t.callAs(w.carer, "POST", base(w.org.slug), {
      keyResultId: "nope",
      dependsOnKeyResultId: w.theirs,
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details[0].field).toBe("keyResultId");
    const unknown = await t.callAs(w.carer, "POST", base(w.org.slug), {
      keyResultId: w.mine,
      dependsOnKeyResultId: w.theirs,
      weight: 3,
    });
    expect(unknown.status).toBe(400);
    const longNote = await t.callAs(w.carer, "POST", base(w.org.slug), {
      keyResultId: w.successOkr.keyResults[1]?.id,
      dependsOnKeyResultId: w.theirs,
      note: "x".repeat(2001),
    });
    expect(longNote.status).toBe(400);
    expect(longNote.body.error.details[0].field).toBe("note");
    expect(await count(w.org.id)).toBe(1);
  });

  it("lets only the declaring unit's lead and members (or an admin) declare, edit and withdraw it (M6)", async () => {
    const w = await world();
    const body = { keyResultId: w.mine, dependsOnKeyResultId: w.theirs };
    expect((await t.callAs(w.seller, "POST", base(w.org.slug), body)).status).toBe(403);
    expect((await t.callAs(w.viewer, "POST", base(w.org.slug), body)).status).toBe(403);
    const made = await t.callAs(w.carer, "POST", base(w.org.slug), body);
    const path = `${base(w.org.slug)}/${made.body.id}`;
    expect((await t.callAs(w.seller, "PATCH", path, { note: "mine now" })).status).toBe(403);
    expect((await t.callAs(w.seller, "DELETE", path)).status).toBe(403);
    const edited = await t.callAs(w.carer, "PATCH", path, { note: "Qualified logos by week 4" });
    expect(edited.status).toBe(200);
    expect(edited.body.note).toBe("Qualified logos by week 4");
    const admin = adminSessions.get(w.org.slug) as TestSession;
    expect((await t.callAs(admin, "DELETE", path)).status).toBe(204);
    expect((await t.call("GET", path)).status).toBe(404);
    const history = await t.call("GET", `${path}/history`);
    expect(history.status).toBe(200);
    expect(history.body.history.map((h: { action: string }) => h.action)).toEqual(["delete", "update", "create"]);
    expect(history.body.history[1].after.note).toBe("Qualified logos by week 4");
  });

  it("marks a dependency at risk when the KR depended on is behind, and lists only those on request", async () => {
    const w = await world();
    const made = await t.callAs(w.carer, "POST", base(w.org.slug), {
      keyResultId: w.mine,
      dependsOnKeyResultId: w.theirs,
    });
    expect(made.body.atRisk).toBe(false);
    // Half the quarter gone, new logos still at the baseline: behind the straight line.
    await recordCheckIn(t.services, systemScope(w.org.id), w.theirs, { value: 82, confidence: 0.8 });
    const risks = await t.call("GET", `${base(w.org.slug)}?period=2027-Q1&atRisk=true`);
    expect(risks.body.dependencies).toHaveLength(1);
    expect(risks.body.dependencies[0]).toMatchObject({ atRisk: true, dependsOn: { pace: "behind" } });
    expect((await t.call("GET", `${base(w.org.slug)}?atRisk=false`)).body.dependencies).toEqual([]);
    expect((await t.call("GET", `${base(w.org.slug)}?atRisk=maybe`)).status).toBe(400);
  });

  it("finds the guide's sales and customer-success conflict across units, in both languages (M7)", async () => {
    const w = await world();
    const en = await t.call("GET", `/api/v1/orgs/${w.org.slug}/coach/conflicts?period=2027-Q1&locale=en`);
    expect(en.status).toBe(200);
    expect(en.body.findings).toEqual([
      expect.objectContaining({ rule: "opposite_pulls", ruleId: "M7", kind: "acquisition_vs_churn" }),
    ]);
    // Objectives created in the same instant (the test's clock) come in either order.
    expect(en.body.findings[0].unitIds.sort()).toEqual([w.sales.id, w.success.id].sort());
    expect(en.body.findings[0].keyResultIds.sort()).toEqual([w.theirs, w.mine].sort());
    expect(en.body.cards.opposite_pulls.fix.en).toMatch(/qualified customers/);
    const zh = await t.call("GET", `/api/v1/orgs/${w.org.slug}/coach/conflicts?period=2027-Q1&locale=zh`);
    expect(zh.body.findings[0].message).toMatch(/相互牵制/);
    const other = await t.buildUnit(w.org.id);
    const scoped = await t.call("GET", `/api/v1/orgs/${w.org.slug}/coach/conflicts?period=2027-Q1&unit=${other.id}`);
    expect(scoped.body.findings).toEqual([]);
  });

  it("gives a unit its calibration from its own closed periods only (K4, S3)", async () => {
    const w = await world();
    const calibration = `/api/v1/orgs/${w.org.slug}/units/${w.sales.id}/calibration`;
    const none = await t.call("GET", calibration);
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ verdict: "not_enough_history", scores: 0, periods: [] });
    const past = await t.buildPeriod(w.org.id, "2026-Q4");
    const old = await t.buildObjective(w.org.id, { unitId: w.sales.id, periodId: past.id });
    await inTenant(t.db.kysely, w.org.id, async (tx) => {
      await tx.updateTable("periods").set({ status: "closed" }).where("id", "=", past.id).execute();
      for (const [i, kr] of old.keyResults.entries()) {
        await tx
          .updateTable("keyResults")
          .set({ finalProgress: [0.95, 1, 0.9][i] ?? 1 })
          .where("id", "=", kr.id)
          .execute();
      }
    });
    const easy = await t.call("GET", calibration);
    expect(easy.body).toMatchObject({ verdict: "too_easy", scores: 3, above: 3, within: 0, below: 0 });
    expect(easy.body.periods).toEqual([expect.objectContaining({ name: "2026-Q4" })]);
    expect(easy.body.advice.en).toMatch(/aim higher/i);
    const other = await t.call("GET", `/api/v1/orgs/${w.org.slug}/units/${w.success.id}/calibration`);
    expect(other.body.verdict).toBe("not_enough_history");
  });
});
