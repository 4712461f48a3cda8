import { expect, it } from "vitest";
import { describeApi } from "../../tests/support/api-test.ts";
import { signIn } from "../services/accounts/sign-in.ts";
import { chineseDemo } from "./demo-data-zh.ts";
import { DEMO_ADMIN_EMAIL, demoAdminEmail, loadDemos } from "./load-demo.ts";

const password = "demo password for tests";

// The demo's initiatives (K7, M6): each team's work under this quarter's KRs, in both languages.
describeApi("the demo's initiatives", { now: "2026-11-27T10:00:00Z" }, (t) => {
  it("puts the teams' work under this quarter's KRs, in English and in Chinese", { timeout: 120_000 }, async () => {
    const base = `demo-${Math.random().toString(36).slice(2, 8)}`;
    await loadDemos(t.services, base, password);
    for (const [slug, email, unitName, krTitle, title] of [
      [
        base,
        DEMO_ADMIN_EMAIL,
        "Onboarding",
        "Raise day-one workflow completion from 35% to 55%",
        "Guided first workflow with a ready-made template",
      ],
      [
        `${base}-zh`,
        demoAdminEmail(chineseDemo),
        "新用户上手组",
        "将新用户首日的工作流程完成率从 35% 提高到 55%",
        "用现成模板引导完成第一个工作流程",
      ],
    ] as const) {
      const who = await signIn(t.services, email, password);
      const units = (await t.callAs(who, "GET", `/api/v1/orgs/${slug}/units`)).body.units;
      const unit = units.find((u: { name: string }) => u.name === unitName);
      const list = (await t.callAs(who, "GET", `/api/v1/orgs/${slug}/initiatives?unit=${unit.id}`)).body.initiatives;
      expect(list.map((i: { status: string }) => i.status).sort()).toEqual(["done", "in_progress", "planned"]);
      const guided = list.find((i: { title: string }) => i.title === title);
      expect(guided.keyResults.map((kr: { title: string }) => kr.title)).toContain(krTitle);
      // Everything sits in the current quarter, between its first and last week.
      expect(guided.startsOn <= guided.endsOn).toBe(true);
      expect(guided.startsOn.startsWith("2026-1")).toBe(true);
      const all = (await t.callAs(who, "GET", `/api/v1/orgs/${slug}/initiatives`)).body.initiatives;
      expect(all.length).toBeGreaterThanOrEqual(7);
      expect(new Set(all.map((i: { kind: string }) => i.kind))).toEqual(new Set(["feature", "project", "experiment"]));
    }
  });
});
