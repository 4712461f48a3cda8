import { beforeAll, describe, expect, it } from "vitest";
import { AppPage } from "./pages/app-page.ts";
import { apiAs, unitIdOf } from "./support/api.ts";
import { chromiumMissing, screenshotOf } from "./support/browser.ts";
import { everyView } from "./support/every-view.ts";
import { useGroveTab } from "./support/session.ts";

const ORG = "demo";
const MEMBER = "priya@demo.grove.dev"; // the lead of Onboarding, which watches no health metric yet
const VIEWER = "henrik@demo.grove.dev";
const METRIC = "Welcome emails delivered";

// Health metrics in the browser (issue 16 point 8, docs/health-metrics.md): a team member adds a
// metric with a healthy range (bad input shows under its field), records a reading outside it,
// and the team page and the dashboard both show the alert; a viewer reads without controls (M6).
// Each test after the first makes its own metric through the API, so none needs the one the
// first adds in the dialog, and each passes alone (issue 19).
describe.skipIf(chromiumMissing())("health metrics in the browser", () => {
  const { grove, tab: member } = useGroveTab(MEMBER);
  let onboarding: string;

  /** The page in every view (1280 and 390 wide, English and Chinese, axe-core), and its section close up. */
  function healthView(path: string, name: string, ready: string, card: string): Promise<void> {
    return everyView(member.context, grove.server.url, {
      name,
      path,
      act: (app) => app.page.locator(ready).first().waitFor(),
      alsoShoot: (app, shot) => screenshotOf(app.page.locator(card), `${shot}-card`),
    });
  }

  /** A metric of Onboarding's (at least 98 %) made through the API, with its readings. */
  async function onboardingMetric(name: string, readings: number[] = []): Promise<void> {
    const url = grove.server.url;
    const metric = await apiAs<{ id: string }>(
      member.context,
      url,
      "POST",
      `/orgs/${ORG}/units/${onboarding}/health-metrics`,
      { name, unit: "%", rangeLow: 98 },
    );
    if (readings.length === 0) return;
    await apiAs(member.context, url, "POST", `/orgs/${ORG}/health-metrics/${metric.id}/readings`, {
      readings: readings.map((value) => ({ value })),
    });
  }

  beforeAll(async () => {
    onboarding = await unitIdOf(member.context, grove.server.url, ORG, "Onboarding");
  });

  it("a member adds a metric: a missing range shows under its field, then the metric is listed", async () => {
    await member.app.open(`/orgs/${ORG}/units/${onboarding}`);
    const health = member.page.getByTestId("health");
    await expect.poll(() => health.textContent()).toContain("watches no health metrics yet");
    await health.getByRole("button", { name: "Add a health metric" }).click();
    const dialog = member.page.getByRole("dialog", { name: "Add a health metric" });
    await dialog.getByRole("textbox", { name: "Name" }).fill(METRIC);
    await dialog.getByRole("textbox", { name: /Unit of measure/ }).fill("%");
    await dialog.getByRole("button", { name: "Save" }).click();
    // The API refuses a metric without a bound (400, rangeLow); the dialog keeps what was typed.
    const low = dialog.getByRole("textbox", { name: "Low bound" });
    await expect.poll(() => low.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => dialog.textContent()).toContain("Give a low bound, a high bound or both.");
    expect(await dialog.getByRole("textbox", { name: "Name" }).inputValue()).toBe(METRIC);
    await screenshotOf(dialog, "health-dialog-error-desktop-en");
    // A bound that is no number is said before anything is sent.
    await low.fill("ninety");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => low.getAttribute("aria-invalid")).toBe("true");
    await low.fill("98");
    await expect.poll(() => low.getAttribute("aria-invalid")).not.toBe("true");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "hidden" });
    const row = health.getByTestId("health-metric").filter({ hasText: METRIC });
    await expect.poll(() => row.textContent()).toContain("No reading yet");
    await expect.poll(() => row.textContent()).toContain("at least 98%");
  });

  it("a reading outside the range marks the metric on the team page and alerts on the dashboard", async () => {
    const metric = "Activation emails delivered";
    await onboardingMetric(metric);
    await member.app.open(`/orgs/${ORG}/units/${onboarding}`);
    const health = member.page.getByTestId("health");
    const row = health.getByTestId("health-metric").filter({ hasText: metric });
    await row.getByRole("button", { name: "Record a reading" }).click();
    const dialog = member.page.getByRole("dialog", { name: `Record a reading of “${metric}”` });
    await dialog.getByRole("textbox", { name: /Value/ }).fill("94.5");
    await dialog.getByRole("textbox", { name: "Note" }).fill("Mail provider throttled us");
    await dialog.getByRole("button", { name: "Record" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => row.textContent()).toContain("Below range");
    await expect.poll(() => row.textContent()).toContain("94.5%");
    expect(await row.getByRole("img").getAttribute("aria-label")).toContain("94.5%");

    await member.app.open(`/orgs/${ORG}/dashboard`);
    const alerts = member.page.getByTestId("health-alerts");
    await expect.poll(() => alerts.textContent()).toContain(metric);
    const item = alerts.getByRole("listitem").filter({ hasText: metric });
    expect(await item.textContent()).toContain("Onboarding");
    expect(await item.textContent()).toContain("Below range");
    // The demo's own alert is there too; neither names a person (S3).
    expect(await alerts.textContent()).toContain("Support tickets open over 24 hours");
    expect(await alerts.textContent()).not.toContain("Priya");
    // The alert leads to the team page's Health section.
    await item.getByRole("link", { name: metric }).click();
    await expect.poll(() => new URL(member.page.url()).pathname).toBe(`/orgs/${ORG}/units/${onboarding}`);
    expect(new URL(member.page.url()).hash).toBe("#health");
    await member.app.settled();
    await expect.poll(() => member.page.getByTestId("health").textContent()).toContain("Below range");
  });

  it("a reading that could not be sent is kept, and a retry records it and closes the dialog", async () => {
    const metric = "Welcome calls within a day";
    await onboardingMetric(metric);
    await member.app.open(`/orgs/${ORG}/units/${onboarding}`);
    const row = member.page.getByTestId("health").getByTestId("health-metric").filter({ hasText: metric });
    await row.getByRole("button", { name: "Record a reading" }).click();
    const dialog = member.page.getByRole("dialog", { name: `Record a reading of “${metric}”` });
    await dialog.getByRole("textbox", { name: /Value/ }).fill("99.2");
    // Grove unreachable for the save: the entry stays and the alert offers a retry.
    await member.page.route("**/readings", (route) => route.abort("internetdisconnected"));
    await dialog.getByRole("button", { name: "Record" }).click();
    const alert = dialog.getByRole("alert");
    await alert.getByRole("button", { name: "Try again" }).waitFor();
    await member.page.unroute("**/readings");
    await alert.getByRole("button", { name: "Try again" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => row.textContent()).toContain("99.2%");
  });

  it("a viewer reads the team's health without controls, and is told why (M6)", async () => {
    const metric = "Invitation emails delivered";
    await onboardingMetric(metric);
    const { context, page: tab } = await grove.signedIn(VIEWER);
    const viewer = new AppPage(tab, grove.server.url);
    await viewer.open(`/orgs/${ORG}/units/${onboarding}`);
    const health = tab.getByTestId("health");
    await expect.poll(() => health.textContent()).toContain(metric);
    expect(await health.getByRole("button").count()).toBe(0);
    expect(await health.getByRole("note").textContent()).toContain("Viewers can read");
    // The demo's Cookware: eight weekly readings each, one metric above its range.
    await viewer.open(`/orgs/${ORG}/units/${await unitIdOf(context, grove.server.url, ORG, "Cookware")}`);
    const cookware = tab.getByTestId("health-metric");
    await expect.poll(() => cookware.count()).toBe(2);
    expect(await cookware.filter({ hasText: "Support tickets" }).textContent()).toContain("Above range");
    expect(await cookware.filter({ hasText: "Gross margin" }).textContent()).toContain("In range");
    await screenshotOf(tab.locator("#health"), "health-team-cookware-desktop-en-card");
    // The refund-rate KR names the margin as its guardrail, with the margin's state.
    const refundKr = tab.getByRole("listitem").filter({ hasText: "Reduce refund rate from 0.5% to 0.2%" });
    const guardrails = refundKr.getByTestId("kr-guardrails");
    await expect.poll(() => guardrails.textContent()).toContain("Gross margin");
    expect(await guardrails.textContent()).toContain("In range");
    expect(await guardrails.getByRole("button").count()).toBe(0);
    await screenshotOf(refundKr.first(), "health-kr-guardrails-desktop-en");
    await context.close();
  });

  it("looks right at 1280 and 390 wide, in English and Chinese", { timeout: 400_000 }, async () => {
    // Onboarding's section with a metric below its range, as the tests above leave it.
    await onboardingMetric("Reminder emails delivered", [94.5]);
    await healthView(`/orgs/${ORG}/units/${onboarding}`, "health-team", "[data-testid=health-metric]", "#health");
    await healthView(`/orgs/${ORG}/dashboard`, "health-dashboard", "[data-testid=health-alerts]", "#health-alerts");
  });
});
