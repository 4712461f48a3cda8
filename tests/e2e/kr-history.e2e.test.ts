import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADMIN_EMAIL } from "../../src/demo/load-demo.ts";
import { TeamPage } from "./pages/team-page.ts";
import { apiAs } from "./support/api.ts";
import { chromiumMissing, screenshotOf, viewports } from "./support/browser.ts";
import { everyView } from "./support/every-view.ts";
import { useGroveInChromium, useTab } from "./support/session.ts";

// A KR's own history in the browser (issue 10): the timeline of readings with who recorded
// them, a correction and a withdrawal with their reasons (S7), the discussion with an @mention
// picked from the suggestions, chart points read from the keyboard, and a cascaded KR that says
// where its progress comes from (M5).

interface Kr {
  id: string;
  title: string;
  rolledUp: boolean;
  currentValue: number | null;
  lastCheckInAt: string | null;
}
interface Objective {
  id: string;
  unitId: string;
  periodId: string;
  title: string;
  keyResults: Kr[];
}

describe.skipIf(chromiumMissing())("a KR's timeline and discussion", () => {
  const grove = useGroveInChromium();
  const tab = useTab(grove, DEMO_ADMIN_EMAIL);
  let team: TeamPage;
  let plain: { unitId: string; kr: Kr };
  let cascaded: { unitId: string; kr: Kr; below: Objective[] };

  beforeAll(async () => {
    await tab.page.waitForURL("**/orgs/demo/map");
    team = new TeamPage(tab.page, grove.server.url);

    // The demo's KRs of the running quarter (the last one is closed): one that is checked in on
    // its own, one whose progress rolls up (M5).
    const { periods } = await apiAs<{ periods: { id: string; status: string }[] }>(
      tab.context,
      grove.server.url,
      "GET",
      "/orgs/demo/periods",
    );
    const active = periods.find((p) => p.status === "active")?.id;
    const objectives = (
      await apiAs<{ objectives: { id: string; periodId: string }[] }>(
        tab.context,
        grove.server.url,
        "GET",
        "/orgs/demo/objectives",
      )
    ).objectives.filter((o) => o.periodId === active);
    const full: Objective[] = [];
    for (const o of objectives)
      full.push(await apiAs<Objective>(tab.context, grove.server.url, "GET", `/orgs/demo/objectives/${o.id}`));
    const withReadings = full.flatMap((o) => o.keyResults.map((kr) => ({ unitId: o.unitId, kr })));
    plain = withReadings.find((x) => !x.kr.rolledUp && x.kr.lastCheckInAt) as typeof plain;
    const up = withReadings.find((x) => x.kr.rolledUp) as { unitId: string; kr: Kr };
    const below = (
      await apiAs<{ objectives: Objective[] }>(
        tab.context,
        grove.server.url,
        "GET",
        `/orgs/demo/objectives?parentKeyResultId=${up.kr.id}`,
      )
    ).objectives;
    cascaded = { ...up, below };
    expect(plain).toBeDefined();
    expect(below.length).toBeGreaterThan(0);
  }, 120_000);

  async function openTimeline(unitId: string, title: string) {
    await team.open(`/orgs/demo/units/${unitId}`);
    await team
      .keyResult(title)
      .getByRole("button", { name: /history and discussion|历史与讨论/i })
      .click();
    const dialog = tab.page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.locator(".reading, .readings p").first().waitFor();
    return dialog;
  }

  it("lists a KR's readings newest first with who recorded them, and pages older ones", async () => {
    // Enough readings for a second page.
    const base = new Date(plain.kr.lastCheckInAt as string).getTime();
    await apiAs(tab.context, grove.server.url, "POST", "/orgs/demo/check-ins", {
      checkIns: Array.from({ length: 22 }, (_, i) => ({
        keyResultId: plain.kr.id,
        value: (plain.kr.currentValue ?? 1) * (0.9 + i / 200),
        checkedInAt: new Date(base - (i + 1) * 3_600_000).toISOString(),
        comment: i === 0 ? "Read from the weekly export" : "",
      })),
    });
    const dialog = await openTimeline(plain.unitId, plain.kr.title);
    const readings = dialog.locator(".reading");
    await expect.poll(() => readings.count()).toBe(20);
    const first = (await readings.first().textContent()) ?? "";
    expect(first).toMatch(/by /);
    await dialog.getByRole("button", { name: "Show older readings" }).click();
    await expect.poll(() => readings.count()).toBeGreaterThan(20);
    const dates = await dialog.locator(".reading time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")));
    expect(dates).toEqual([...dates].sort().reverse());
    await tab.page.keyboard.press("Escape");
  });

  it("corrects the latest reading with a reason, and the card follows; withdraws one, which stays listed", async () => {
    let dialog = await openTimeline(plain.unitId, plain.kr.title);
    const latest = dialog.locator(".reading").first();
    await latest.getByRole("button", { name: /^Correct/ }).click();
    const form = dialog.locator(".reading-form");
    await form.getByRole("button", { name: "Save correction" }).click();
    await form.getByText("Say why: the reason is kept in the history.").waitFor();
    await form.getByLabel(/^Value/).fill("52,5");
    await form.getByLabel(/^Reason/).fill("The export double-counted one team");
    // The server is out of reach: the form stays open with the input and says so; then it saves.
    const down = "**/api/v1/orgs/demo/check-ins/*";
    await tab.page.route(down, (route) => (route.request().method() === "PATCH" ? route.abort() : route.continue()));
    await form.getByRole("button", { name: "Save correction" }).click();
    const alert = form.getByRole("alert");
    await alert.waitFor();
    await expect
      .poll(() => alert.locator("span").textContent())
      .toBe("Grove can't be reached. Your entry is kept; try again.");
    await expect.poll(() => form.getByLabel(/^Value/).inputValue()).toBe("52,5");
    await tab.page.unroute(down);
    await alert.getByRole("button", { name: "Try again" }).click();
    await form.waitFor({ state: "detached" });
    await expect
      .poll(() => dialog.locator(".reading").first().textContent())
      .toMatch(/Corrected by .*The export double-counted one team/);
    await expect.poll(() => dialog.locator(".reading").first().textContent()).toMatch(/52\.5/);
    await tab.page.keyboard.press("Escape");
    await expect.poll(() => team.keyResult(plain.kr.title).textContent()).toMatch(/52\.5/);

    dialog = await openTimeline(plain.unitId, plain.kr.title);
    const second = dialog.locator(".reading").nth(1);
    await second.getByRole("button", { name: /^Withdraw/ }).click();
    await dialog
      .locator(".reading-form")
      .getByLabel(/^Reason/)
      .fill("Entered twice");
    await dialog.getByRole("button", { name: "Withdraw reading" }).click();
    await expect.poll(() => dialog.locator(".reading--withdrawn").count()).toBe(1);
    await expect
      .poll(() => dialog.locator(".reading--withdrawn").textContent())
      .toMatch(/Withdrawn by .*Entered twice/);
    await tab.page.keyboard.press("Escape");
  });

  it("posts a comment that mentions someone picked from the suggestions", async () => {
    const dialog = await openTimeline(plain.unitId, plain.kr.title);
    const people = (
      await apiAs<{ people: { name: string }[] }>(tab.context, grove.server.url, "GET", "/orgs/demo/people")
    ).people;
    const someone = people[1]?.name as string;
    const box = dialog.getByRole("combobox", { name: "Comment" });
    await box.fill("Thanks ");
    await box.pressSequentially(`@${someone.slice(0, 3)}`);
    await dialog.getByRole("option", { name: someone }).waitFor();
    await team.screenshot("kr-mention-suggestions-desktop-en");
    await tab.page.keyboard.press("Enter");
    await box.pressSequentially("can you confirm the export?");
    await expect.poll(() => box.inputValue()).toBe(`Thanks @${someone} can you confirm the export?`);
    await dialog.getByRole("button", { name: "Post comment" }).click();
    const comment = dialog.locator(".discussion__item").last();
    await expect.poll(() => comment.textContent()).toMatch(new RegExp(`Mentions: ${someone}`));
    await comment.scrollIntoViewIfNeeded();
    await team.screenshot("kr-comment-desktop-en");
    await screenshots(`kr-timeline`, `/orgs/demo/units/${plain.unitId}`, plain.kr.title);
    await tab.page.keyboard.press("Escape");
  });

  it("reads chart points from the keyboard, with value labels that are not cut off", async () => {
    // Its own latest reading, through the API: not the correction the test above makes.
    await apiAs(tab.context, grove.server.url, "POST", `/orgs/demo/key-results/${plain.kr.id}/check-ins`, {
      value: 52.5,
    });
    await team.open(`/orgs/demo/units/${plain.unitId}`);
    const chart = team.keyResult(plain.kr.title).locator(".chart__svg");
    const point = chart.locator(".chart__point").last();
    await point.focus();
    await screenshotOf(team.keyResult(plain.kr.title), "kr-chart-tooltip-desktop-en");
    const label = (await point.getAttribute("aria-label")) ?? "";
    expect(label).toMatch(/52\.5/);
    await expect.poll(() => chart.locator(".chart__tooltip text").textContent()).toBe(label);
    // Every text of the chart lies inside its box: nothing like ".3 stars".
    const outside = await chart.evaluate((svg) => {
      const box = (svg as SVGSVGElement).getBoundingClientRect();
      return [...svg.querySelectorAll("text")]
        .map((t) => t.getBoundingClientRect())
        .filter((r) => r.left < box.left - 0.5 || r.right > box.right + 0.5).length;
    });
    expect(outside).toBe(0);
  });

  it("says where a cascaded KR's progress comes from and links to the objectives below (M5)", async () => {
    await team.open(`/orgs/demo/units/${cascaded.unitId}`);
    const card = team.keyResult(cascaded.kr.title);
    const line = card.locator(".kr-card__rolled-up");
    await expect.poll(() => line.textContent()).toMatch(/comes from \d+ objectives? below/);
    await expect.poll(() => card.locator(".chart__rolled-up").count()).toBe(1);
    await line.getByRole("button").click();
    const dialog = tab.page.getByRole("dialog");
    for (const o of cascaded.below) await dialog.getByRole("link", { name: o.title }).waitFor();
    await screenshots("kr-rolled-up", `/orgs/demo/units/${cascaded.unitId}`, cascaded.kr.title);
    await dialog.getByRole("link", { name: cascaded.below[0]?.title as string }).click();
    await tab.page.waitForURL(`**/units/${cascaded.below[0]?.unitId}**`);
  });

  it("gives the objective the same discussion, under its history", async () => {
    await team.open(`/orgs/demo/units/${plain.unitId}`);
    const details = tab.page.locator("details.objective-discussion");
    await details.locator("summary").click();
    const box = details.getByRole("combobox", { name: "Comment" });
    await box.fill("Shall we review the refund KR on Friday?");
    await details.getByRole("button", { name: "Post comment" }).click();
    await expect.poll(() => details.locator(".discussion__item").count()).toBe(1);
    await expect
      .poll(() => details.locator(".discussion__body").textContent())
      .toBe("Shall we review the refund KR on Friday?");
    const view = await grove.onPhone(tab);
    const phone = new TeamPage(view.page, grove.server.url);
    await phone.open(`/orgs/demo/units/${plain.unitId}?lang=zh-CN`);
    await phone.page.locator("details.objective-discussion summary").click();
    await phone.page.locator(".discussion__item").waitFor();
    expect(await phone.axe()).toEqual([]);
    await phone.page.locator("details.objective-discussion").scrollIntoViewIfNeeded();
    await phone.screenshot("objective-discussion-phone-zh");
    await view.close();
  });
  /** The timeline in every view (1280 and 390 wide, English and Chinese, axe-core), and the card behind it. */
  /** The timeline at 1280 and 390 wide, in English and Chinese, checked with axe-core. */
  async function screenshots(name: string, path: string, title: string) {
    await everyView(tab.context, grove.server.url, {
      name,
      path,
      pageOf: (page, url) => new TeamPage(page, url),
      act: async (team, lang) => {
        // The card before its dialog opens, at both widths.
        for (const size of ["desktop", "phone"] as const) {
          await team.page.setViewportSize(viewports[size]);
          await team.settled();
          await team.screenshot(`${name}-card-${size}-${lang === "en" ? "en" : "zh"}`);
        }
        await team.page.setViewportSize(viewports.desktop);
        await team
          .keyResult(title)
          .getByRole("button", { name: /history and discussion|历史与讨论/i })
          .click();
        await team.page.getByRole("dialog").locator(".reading, .readings p").first().waitFor();
      },
    });
  }
});
