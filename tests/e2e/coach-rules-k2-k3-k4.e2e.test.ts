import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, DEMO_SLUG } from "../../src/demo/load-demo.ts";
import { CoachRulesPage } from "./pages/coach-rules-page.ts";
import { EditorPage } from "./pages/editor-page.ts";
import { QualityReportPage } from "./pages/quality-report-page.ts";
import { SignInPage } from "./pages/sign-in-page.ts";
import { apiAs } from "./support/api.ts";
import { chromiumMissing, viewports } from "./support/browser.ts";
import { everyView } from "./support/every-view.ts";
import { useGroveInChromium } from "./support/session.ts";

// Issue 17, point 2 in the browser: the coach's new rules with their cards on the rules page, the
// guide's K3 example next to its KR in the editor and in the quality report, and K4 reading the
// demo's last quarter. Findings are shown as every other finding is (K1's engineer restyles them).

const DEPTH = "Build deeper workflows for users";
const MAU = "Increase monthly active users from 12,000 to 14,000";

describe.skipIf(chromiumMissing())("the coach's K2, K3 and K4 in the browser", () => {
  const grove = useGroveInChromium();
  let admin: BrowserContext;
  let editUrl = "";

  beforeAll(async () => {
    admin = await grove.browser.newContext({ viewport: viewports.desktop, locale: "en-GB", timezoneId: "UTC" });
    const signIn = new SignInPage(await admin.newPage(), grove.server.url);
    await signIn.open("/sign-in");
    await signIn.signIn(DEMO_ADMIN_EMAIL, DEMO_PASSWORD);
    // A draft with the guide's K3 example in the Onboarding team, in the period the report opens on.
    const units = await apiAs<{ units: { id: string; name: string }[] }>(
      admin,
      grove.server.url,
      "GET",
      `/orgs/${DEMO_SLUG}/units`,
    );
    const periods = await apiAs<{ periods: { id: string; name: string; status: string; endsOn: string }[] }>(
      admin,
      grove.server.url,
      "GET",
      `/orgs/${DEMO_SLUG}/periods`,
    );
    const period = periods.periods.find((p) => p.status === "active");
    const unit = units.units.find((u) => u.name === "Onboarding");
    const kr = (title: string, metric: string, baseline: number, target: number, unitOfMeasure: string) => ({
      title,
      metric,
      unit: unitOfMeasure,
      baseline,
      target,
      deadline: period?.endsOn,
    });
    const draft = await apiAs<{ id: string }>(admin, grove.server.url, "POST", `/orgs/${DEMO_SLUG}/objectives`, {
      unitId: unit?.id,
      periodId: period?.id,
      title: DEPTH,
      status: "draft",
      keyResults: [
        kr(
          "Raise completed workflows per user per month from 3.2 to 4.0",
          "completed workflows per user",
          3.2,
          4,
          "workflows",
        ),
        kr(MAU, "monthly active users", 12000, 14000, "users"),
        kr("Cut onboarding time", "onboarding time", 10, 3, ""),
      ],
    });
    editUrl = `/orgs/${DEMO_SLUG}/objectives/${draft.id}/edit`;
  });

  afterAll(async () => {
    await admin?.close();
  });

  it("shows K3 and K4 on the rules page with their cards, in both languages", async () => {
    const rules = new CoachRulesPage(await admin.newPage(), grove.server.url);
    await rules.open(`/orgs/${DEMO_SLUG}/settings/coach`);
    await expect.poll(() => rules.rule("K3").locator("h2").textContent()).toBe("K3 Aligned with its objective");
    await expect.poll(() => rules.rule("K4").locator("h2").textContent()).toBe("K4 Stretch targets, 60–80 %");
    await expect.poll(() => rules.rule("K2").locator("h2").textContent()).toBe("K2 SMART: measurable and time-bound");
    await rules.rule("K3").locator("summary").click();
    await expect.poll(() => rules.rule("K3").textContent()).toContain("Build deeper workflows for users");
    await expect.poll(() => rules.setting("K4").inputValue()).toBe("info");
    await everyView(admin, grove.server.url, {
      name: "coach-rules-k3-k4",
      path: `/orgs/${DEMO_SLUG}/settings/coach`,
      act: async (app) => {
        await app.page.locator('.coach-rule[data-rule="K3"] summary').click();
        await app.page.locator('.coach-rule[data-rule="K3"]').scrollIntoViewIfNeeded();
      },
    });
  });

  it("finds the guide's K3 example and the KR without a unit in the editor (K2, K3)", async () => {
    const editor = new EditorPage(await admin.newPage(), grove.server.url);
    await editor.open(editUrl);
    await expect.poll(() => editor.keyResultFinding(1, "K3").count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => editor.keyResultFinding(1, "K3").textContent()).toContain('"monthly active users"');
    await expect.poll(() => editor.keyResultFinding(2, "K2").textContent()).toContain("no unit");
    await expect.poll(() => editor.keyResultFinding(0, "K3").count()).toBe(0);
    await editor.screenshot("editor-k2-k3-desktop-en");
    await editor.page.setViewportSize(viewports.phone);
    await editor.keyResultFinding(1, "K3").scrollIntoViewIfNeeded();
    await editor.screenshot("editor-k2-k3-phone-en");
  });

  it("lists K3 under its unit in the quality report, and K4 where the demo's last quarter says so", async () => {
    const report = new QualityReportPage(await admin.newPage(), grove.server.url);
    await report.open(`/orgs/${DEMO_SLUG}/coach/report`);
    const k3 = report.finding("Onboarding", "K3");
    await expect.poll(() => k3.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => k3.locator(".quality-finding__about").textContent()).toBe(`Key result 2 · ${MAU}`);
    const k4 = report.page.locator('.coach-finding[data-rule="K4"]');
    await expect.poll(() => k4.count()).toBeGreaterThan(0);
    await expect.poll(() => k4.first().textContent()).toMatch(/2026-Q3|median/);
    await everyView(admin, grove.server.url, {
      name: "quality-report-k3-k4",
      path: `/orgs/${DEMO_SLUG}/coach/report`,
      act: async (app) => {
        await app.page.locator('.coach-finding[data-rule="K3"]').first().waitFor();
      },
    });
  });
});
