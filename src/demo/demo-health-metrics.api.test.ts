import { expect, it } from "vitest";
import { describeApi } from "../../tests/support/api-test.ts";
import { signIn } from "../services/accounts/sign-in.ts";
import { chineseDemo } from "./demo-data-zh.ts";
import { demoAdminEmail, loadDemo } from "./load-demo.ts";

const today = new Date("2026-11-27T10:00:00Z");
const password = "demo password for tests";

// The demos' health metrics (src/demo/demo-health-metrics.ts): two teams watch numbers outside
// their OKRs; one has left its range, so the dashboard alerts on it.
describeApi("the demos' health metrics", { now: () => today }, (t) => {
  it.each([
    ["English", undefined, "Cookware", "Support tickets open over 24 hours"],
    ["Chinese", chineseDemo, "炊具事业部", "超过 24 小时未处理的客服工单"],
  ] as const)(
    "the %s demo: a team's health, one metric out of range on the dashboard",
    async (_l, demo, unitName, alert) => {
      const slug = `demo-${Math.random().toString(36).slice(2, 8)}${demo ? "-zh" : ""}`;
      await loadDemo(t.services, slug, password, demo);
      const admin = await signIn(t.services, demo ? demoAdminEmail(demo) : "amara@demo.grove.dev", password);
      const dashboard = (await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/dashboard?period=2026-Q4`)).body;
      expect(dashboard.healthAlerts.map((a: { name: string; unitName: string }) => [a.unitName, a.name])).toEqual([
        [unitName, alert],
      ]);
      const unitId = dashboard.healthAlerts[0].unitId;
      const team = (await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/units/${unitId}/health-metrics`)).body;
      expect(team.healthMetrics.map((m: { state: string }) => m.state).sort()).toEqual(["above", "in_range"]);
      // The margin guards the refund-rate KR: cutting refunds must not cut it.
      const okrs = (await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/units/${unitId}/okrs?period=2026-Q4`)).body;
      const refundKr = okrs.objectives[0].keyResults[0];
      const guardrails = (await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/key-results/${refundKr.id}/guardrails`))
        .body;
      expect(guardrails.guardrails.map((g: { state: string }) => g.state)).toEqual(["in_range"]);
      for (const metric of team.healthMetrics) {
        expect(metric.recent).toHaveLength(8);
        expect(metric.ownerName).not.toBeNull();
      }
    },
  );
});
