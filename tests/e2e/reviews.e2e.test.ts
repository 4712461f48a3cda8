import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from "../../src/demo/load-demo.ts";
import { quarterOf, quarterRange } from "../../src/domain/period.ts";
import type { RunningServer } from "../../src/server.ts";
import { AppPage } from "./pages/app-page.ts";
import { LearningsPage } from "./pages/learnings-page.ts";
import { PeriodsCard } from "./pages/periods-card.ts";
import { ReviewPage } from "./pages/review-page.ts";
import { SignInPage } from "./pages/sign-in-page.ts";
import { TeamPage } from "./pages/team-page.ts";
import { chromiumMissing, launchChromium, viewports } from "./support/browser.ts";
import { startGrove } from "./support/grove.ts";

const REFUND_KR = "Reduce refund rate from 0.5% to 0.2%";
const LEARNING = "退货原因里包装破损最多，下个季度先做包装测试";
const DAY = 86_400_000;

/**
 * The demo's current quarter has its first review due six weeks in. Earlier in a quarter, the
 * server (in this process) reads a clock set to a week after that checkpoint, so the test does not
 * depend on the day it runs. Only Date is faked, and only forwards, so cookies stay valid.
 */
function reviewDueClock(real: Date): Date | null {
  const quarter = quarterRange(quarterOf(real));
  if (!quarter) return null;
  const checkpoint = new Date(`${quarter.startsOn}T00:00:00Z`).getTime() + 42 * DAY;
  return real.getTime() < checkpoint ? new Date(checkpoint + 7 * DAY + 12 * 3_600_000) : null;
}

// A unit walks through a review (S4) on the demo organisation: due on the dashboard, opened,
// its band's questions answered (S2), a target revised with a reason (S7), the learning found in
// the library by a 2-character Chinese word; then the period goes into review and the end-of-
// period review records final bands, the admin closes the period, a late check-in is refused
// with the reason shown, and the library still finds the learning. No page names or ranks
// people (S3).
describe.skipIf(chromiumMissing())("a review that ends in learnings", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let people: string[] = [];

  beforeAll(async () => {
    const clock = reviewDueClock(new Date());
    if (clock) {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(clock);
    }
    [server, browser] = await Promise.all([startGrove(), launchChromium()]);
    context = await browser.newContext({ viewport: viewports.desktop, locale: "en-GB", timezoneId: "UTC" });
    page = await context.newPage();
    const signIn = new SignInPage(page, server.url);
    await signIn.open("/sign-in");
    await signIn.signIn(DEMO_ADMIN_EMAIL, DEMO_PASSWORD);
    const res = await page.request.get(`${server.url}/api/v1/orgs/demo/people`);
    people = ((await res.json()).people as { name: string }[]).map((p) => p.name);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    vi.useRealTimers();
  });

  /** S3: the page's own content names nobody (the sidebar shows who is signed in). */
  async function namesNobody(): Promise<void> {
    const text = (await page.locator("main").textContent()) ?? "";
    expect(people.filter((name) => text.includes(name))).toEqual([]);
  }

  it("says on the team page since when the unit's review is due (S4)", async () => {
    const units = (await (await page.request.get(`${server.url}/api/v1/orgs/demo/units`)).json()).units as {
      id: string;
      name: string;
    }[];
    const cookware = units.find((unit) => unit.name === "Cookware");
    const app = new AppPage(page, server.url);
    await app.open(`/orgs/demo/units/${cookware?.id}`);
    const banner = page.locator("a.review-banner");
    await expect.poll(() => banner.isVisible()).toBe(true);
    await expect.poll(() => banner.textContent()).toMatch(/^Review due since (\w+ \d+|\d+ \w+)/);
    await app.screenshot("team-review-due-desktop-en");
  });

  it("sees the Cookware review due on the dashboard and opens it", async () => {
    const app = new AppPage(page, server.url);
    await app.open("/orgs/demo/dashboard");
    const due = page.locator("section", { has: page.getByRole("heading", { name: "Reviews due" }) });
    const link = due.getByRole("link", { name: /Cookware/ });
    await expect.poll(() => link.isVisible()).toBe(true);
    await expect.poll(() => link.textContent()).toMatch(/Review due since/);
    // The tile says a review is owed, not the date of the next one (S4).
    const tile = page.locator(".stat", { has: page.locator("dt", { hasText: "Reviews due" }) });
    await expect.poll(() => tile.locator("dd").textContent()).toMatch(/^\d+ units?, since /);
    expect(await app.axe()).toEqual([]);
    await namesNobody();
    await app.screenshot("reviews-dashboard-desktop-en");
    await link.click();
    await app.settled();
    expect(new URL(page.url()).pathname).toMatch(/\/orgs\/demo\/units\/[0-9a-f-]+\/review$/);
    await expect.poll(() => app.heading().textContent()).toBe("Review of Cookware");
  });

  it("answers its band's questions, revises a target with a reason and writes a learning", async () => {
    const review = new ReviewPage(page, server.url);
    await review.start();
    const kr = review.keyResult(REFUND_KR);
    const band = (await kr.locator(".badge").first().textContent()) ?? "";
    const questions = await review.questions(REFUND_KR);
    const byBand: Record<string, string[]> = {
      "Not achieved": ["What blocked us?", "Was the target realistic?", "What do we change?"],
      Met: ["Which initiatives and processes worked?", "How could the result have been better?", "What surprised us?"],
      Exceeded: ["Was the target ambitious enough?", "What made it easy?", "How do we raise the bar next time?"],
    };
    expect(questions).toEqual(byBand[band.trim()]);
    for (const question of questions) await review.answer(REFUND_KR, question, `Our answer to: ${question}`);
    await review.saveAnswers(REFUND_KR);
    await review.revise(REFUND_KR, "0,3", "0.2% is below what any retailer reaches; 0.3% still stretches us");
    await expect.poll(() => kr.locator(".review-decision").textContent()).toContain("Target revised from 0.2% to 0.3%");
    // The server does not answer once: the page says so, keeps the text, and the retry saves it.
    await page.route("**/api/v1/orgs/demo/reviews/*/learnings", (route) => route.abort(), { times: 1 });
    const form = page.locator("form.learning-form").first();
    await form.getByLabel("A learning").fill(LEARNING);
    await form.getByRole("button", { name: "Add the learning" }).click();
    await expect.poll(() => form.getByRole("alert").textContent()).toMatch(/^Not saved: the server did not answer/);
    await expect.poll(() => form.getByLabel("A learning").inputValue()).toBe(LEARNING);
    await review.addLearning(LEARNING, REFUND_KR);
    await expect.poll(() => form.getByRole("alert").count()).toBe(0);
    expect(await review.axe()).toEqual([]);
    await namesNobody();
    await review.screenshot("review-desktop-en");
    // The answers were stored: they come back after a reload.
    await page.reload();
    await review.settled();
    await expect.poll(() => kr.getByLabel(questions[0] as string).inputValue()).toBe(`Our answer to: ${questions[0]}`);
    // The revision is in the objective's history with its reason (S7).
    const unitId = new URL(page.url()).pathname.split("/")[4];
    const detail = await (
      await page.request.get(
        `${server.url}/api/v1/orgs/demo/units/${unitId}/review?period=${encodeURIComponent(new URL(page.url()).searchParams.get("period") ?? "")}`,
      )
    ).json();
    const history = await (
      await page.request.get(`${server.url}/api/v1/orgs/demo/objectives/${detail.objectives[0].id}/history`)
    ).text();
    expect(history).toContain("0.2% is below what any retailer reaches; 0.3% still stretches us");
  });

  it("finds the learning in the library by a Chinese word of two characters", async () => {
    const library = new LearningsPage(page, server.url);
    await library.goTo(/^(Learnings|经验库)$/);
    await expect.poll(() => library.heading().textContent()).toBe("Learnings");
    await library.search("包装");
    await expect.poll(() => library.bodies()).toEqual([LEARNING]);
    await library.search("会议");
    await expect.poll(() => library.bodies()).toEqual([]);
    await library.search("包装");
    await expect.poll(() => library.bodies()).toEqual([LEARNING]);
    expect(await library.axe()).toEqual([]);
    await namesNobody();
    await library.screenshot("learnings-desktop-en");
    await library.learnings().first().getByRole("link").click();
    await library.settled();
    await expect.poll(() => library.heading().textContent()).toBe("Review of Cookware");
  });

  it("shows the review and the library in Chinese and on a phone", async () => {
    const review = new ReviewPage(page, server.url);
    await review.switchLanguage("简体中文");
    await review.settled();
    await expect.poll(() => review.heading().textContent()).toBe("Cookware 的复盘");
    await review.screenshot("review-desktop-zh");
    await page.setViewportSize(viewports.phone);
    await review.screenshot("review-mobile-zh");
    const library = new LearningsPage(page, server.url);
    await library.open("/orgs/demo/learnings");
    await library.search("包装");
    await expect.poll(() => library.bodies()).toEqual([LEARNING]);
    await library.screenshot("learnings-mobile-zh");
    await page.setViewportSize(viewports.desktop);
    await library.screenshot("learnings-desktop-zh");
    await review.switchLanguage("English");
    await page.setViewportSize(viewports.phone);
    await library.screenshot("learnings-mobile-en");
    await page.goBack();
    await review.settled();
    await review.screenshot("review-mobile-en");
    await page.setViewportSize(viewports.desktop);
  });

  it("holds the end-of-period review once the period is in review: final bands, next objective queued (S2, M1)", async () => {
    const periods = (await (await page.request.get(`${server.url}/api/v1/orgs/demo/periods`)).json()).periods as {
      id: string;
      name: string;
      endsOn: string;
      status: string;
    }[];
    const current = periods.find((p) => p.status === "active");
    if (!current) throw new Error("the demo has an active period");
    // The admin starts the period's review on the Periods card, after its confirmation.
    const card = new PeriodsCard(page, server.url);
    await card.open("/orgs/demo/people");
    await card.takeStep(current.name);
    await expect.poll(() => card.statusOf(current.name).textContent()).toBe("In review");
    const units = (await (await page.request.get(`${server.url}/api/v1/orgs/demo/units`)).json()).units as {
      id: string;
      name: string;
    }[];
    const cookware = units.find((unit) => unit.name === "Cookware")?.id;
    const review = new ReviewPage(page, server.url);
    await review.open(`/orgs/demo/units/${cookware}/review?period=${current.name}&on=${current.endsOn}`);
    await expect.poll(() => page.locator(".page-header p").textContent()).toMatch(/^End-of-period review of/);
    await review.start();
    await page.getByRole("button", { name: "Hold the end-of-period review and record the final scores" }).click();
    await expect.poll(() => page.getByText(/^Held on /).isVisible()).toBe(true);
    await expect.poll(() => page.locator(".review-objective .card__header").textContent()).toContain("Final band");
    await page.getByRole("button", { name: "Queue the next objective" }).click();
    const draft = page.getByRole("link", { name: "Open the draft" });
    await expect.poll(() => draft.isVisible()).toBe(true);
    expect(await review.axe()).toEqual([]);
    await namesNobody();
    await review.screenshot("review-end-desktop-en");
    await draft.click();
    await review.settled();
    expect(new URL(page.url()).pathname).toMatch(/\/objectives\/[0-9a-f-]+\/edit$/);

    // A late check-in: the team opens the dialog in another tab while the admin closes the period.
    const late = await context.newPage();
    const team = new TeamPage(late, server.url);
    await team.open(`/orgs/demo/units/${cookware}?period=${current.name}`);
    await team.openCheckInDialog(REFUND_KR);
    const dialog = late.getByRole("dialog");
    await dialog.getByLabel(/new value/i).fill("0,25");
    await card.open("/orgs/demo/people");
    await card.takeStep(current.name);
    await expect.poll(() => card.statusOf(current.name).textContent()).toBe("Closed");
    await dialog.getByRole("button", { name: /save check-in/i }).click();
    const refusal = dialog.getByRole("alert");
    await refusal.waitFor();
    await expect.poll(() => refusal.textContent()).toBe("This period is closed; an admin can reopen it with a reason.");
    await expect.poll(() => dialog.getByLabel(/new value/i).inputValue()).toBe("0,25");
    await late.close();

    // The learning outlives the period: the library still finds it, by the closed period.
    const library = new LearningsPage(page, server.url);
    await library.goTo(/^Learnings$/);
    await page.getByLabel("Period", { exact: true }).selectOption({ label: current.name });
    await library.search("包装");
    await expect.poll(() => library.bodies()).toEqual([LEARNING]);
  });
});
