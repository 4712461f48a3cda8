import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/demo/load-demo.ts";
import { EditorPage } from "./pages/editor-page.ts";
import { QualityReportPage } from "./pages/quality-report-page.ts";
import { SignInPage } from "./pages/sign-in-page.ts";
import { apiAs } from "./support/api.ts";
import { chromiumMissing, screenshot, viewports } from "./support/browser.ts";
import { everyView } from "./support/every-view.ts";
import { useGroveInChromium } from "./support/session.ts";

// Issue 17 point 3 in the browser: a team sets a coach finding aside with a reason. The quality
// report shows it greyed with who and why, and no longer counts it as open; the editor shows it
// the same way. Once the key result's wording changes, the finding is open again.

const OBJECTIVE = "Help new teams reach their first win in week one";
const VANITY = "Grow total sign-ups from 1000 to 5000";
const REWORDED = "Grow total sign-ups across all plans from 1000 to 5000";
const REASON = "Sign-ups are paid seats in our pricing";

describe.skipIf(chromiumMissing())("dismissing a coach finding with a reason", () => {
  const grove = useGroveInChromium();
  let context: BrowserContext;
  let page: Page;
  let report: QualityReportPage;
  let objectiveId: string;

  /** The report's K5 finding on our key result (the demo's own findings are left alone). */
  const finding = () => page.locator('.coach-finding[data-rule="K5"]').filter({ hasText: VANITY });

  beforeAll(async () => {
    context = await grove.browser.newContext({ viewport: viewports.desktop, locale: "en-GB", timezoneId: "UTC" });
    page = await context.newPage();
    const signIn = new SignInPage(page, grove.server.url);
    await signIn.open("/sign-in");
    // Priya leads the demo's Onboarding team: its members write its key results (M3).
    await signIn.signIn("priya@demo.grove.dev", DEMO_PASSWORD);
    const url = grove.server.url;
    const { units } = await apiAs<{ units: { id: string; name: string }[] }>(context, url, "GET", "/orgs/demo/units");
    const { periods } = await apiAs<{ periods: { id: string; endsOn: string; status: string }[] }>(
      context,
      url,
      "GET",
      "/orgs/demo/periods",
    );
    const period = periods.find((p) => p.status === "active") as { id: string; endsOn: string };
    const kr = (title: string, metric: string, baseline: number, target: number) => ({
      title,
      metric,
      unit: "",
      baseline,
      target,
      deadline: period.endsOn,
    });
    const created = await apiAs<{ id: string }>(context, url, "POST", "/orgs/demo/objectives", {
      unitId: units.find((u) => u.name === "Onboarding")?.id,
      periodId: period.id,
      title: OBJECTIVE,
      keyResults: [
        kr(VANITY, "total sign-ups", 1000, 5000),
        kr("Raise week-one activation from 30% to 45%", "week-one activation", 30, 45),
        kr("Cut time to first win from 9 to 4 days", "time to first win", 9, 4),
      ],
    });
    objectiveId = created.id;
    report = new QualityReportPage(page, url);
  });

  afterAll(async () => {
    await context?.close();
  });

  it("dismisses the finding with a reason in the quality report and shows it greyed, not open", async () => {
    await report.open("/orgs/demo/coach/report");
    await expect.poll(() => finding().count(), { timeout: 15_000 }).toBe(1);
    // The rule in words, its ID as a badge linking to its card; the message does not repeat it.
    await expect.poll(() => finding().locator(".coach-finding__name").textContent()).toBe("No vanity metrics");
    expect(await finding().locator("a.rule-id").getAttribute("href")).toMatch(
      /\/settings\/coach(\?[^#]*)?#rule-K5-title$/,
    );
    expect(await finding().locator(".coach-finding__message").textContent()).not.toContain("(K5)");
    const warnings = async () => page.locator(".quality-chip--warning").textContent();
    const before = await warnings();

    await finding().getByRole("button", { name: "Dismiss…" }).click();
    const reason = finding().getByLabel("Why does the team set it aside?");
    // Too short: the API names the field and nothing is dismissed.
    await reason.fill("no");
    await finding().getByRole("button", { name: "Dismiss finding" }).click();
    await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
    expect(await finding().getAttribute("data-dismissed")).toBeNull();
    await screenshot(page, "coach-dismiss-form-refused");
    await reason.fill(REASON);
    await finding().getByRole("button", { name: "Dismiss finding" }).click();

    await expect.poll(() => finding().getAttribute("data-dismissed")).toBe("true");
    await expect.poll(() => finding().locator(".coach-finding__dismissal").textContent()).toContain(REASON);
    expect(await finding().locator(".coach-finding__dismissal").textContent()).toContain("Priya");
    expect(await finding().locator(".coach-finding__severity").textContent()).toBe("Dismissed");
    // Greyed: the dismissed style, not the warning's colours.
    expect(await finding().getAttribute("class")).toContain("coach-finding--dismissed");
    await expect.poll(() => page.locator(".quality-chip--dismissed").textContent()).toBe("1 dismissed");
    expect(await warnings()).not.toBe(before);
    await finding().scrollIntoViewIfNeeded();
    await screenshot(page, "coach-dismissed-report-focus");

    await everyView(grove.browser, context, grove.server.url, {
      name: "coach-dismissed-report",
      path: "/orgs/demo/coach/report",
      act: async (app) => {
        await app.page.locator('.coach-finding[data-dismissed="true"]').first().waitFor();
      },
    });
  });

  it("shows it dismissed in the editor, and open again once the key result's wording changes", async () => {
    await finding().getByRole("link", { name: "Open the objective" }).click();
    await page.waitForURL(new RegExp(`/objectives/${objectiveId}/edit`));
    const editor = new EditorPage(page, grove.server.url);
    await editor.settled();
    const k5 = editor.keyResultFinding(0, "K5");
    await expect.poll(() => k5.getAttribute("data-dismissed"), { timeout: 15_000 }).toBe("true");
    expect(await k5.textContent()).toContain(REASON);
    await screenshot(page, "coach-dismissed-editor");

    // The team rewords the key result: the dismissal held for the old text, so the finding is open.
    await editor.typeKeyResultTitle(0, REWORDED);
    await expect.poll(() => k5.getAttribute("data-dismissed"), { timeout: 15_000 }).toBeNull();
    await expect.poll(() => k5.locator(".coach-finding__severity").textContent()).toBe("Warning");
    await page.getByRole("button", { name: /save as draft|save changes/i }).click();
    await page.waitForURL(/\/units\/[^/]+\?/);

    await report.open("/orgs/demo/coach/report");
    const reopened = page.locator('.coach-finding[data-rule="K5"]').filter({ hasText: REWORDED });
    await expect.poll(() => reopened.count(), { timeout: 15_000 }).toBe(1);
    expect(await reopened.getAttribute("data-dismissed")).toBeNull();
    expect(await reopened.getByRole("button", { name: "Dismiss…" }).count()).toBe(1);
    expect(await page.locator(".quality-chip--dismissed").count()).toBe(0);
    await reopened.scrollIntoViewIfNeeded();
    await screenshot(page, "coach-reopened-report-focus");
  });
});
