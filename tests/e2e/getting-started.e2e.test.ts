import { describe, expect, it } from "vitest";
import { DEMO_ADMIN_EMAIL } from "../../src/demo/load-demo.ts";
import { GettingStartedPage } from "./pages/getting-started-page.ts";
import { MapPage } from "./pages/map-page.ts";
import { PeoplePage } from "./pages/people-page.ts";
import { PeriodsCard } from "./pages/periods-card.ts";
import { SignUpPage } from "./pages/sign-up-page.ts";
import { apiAs, quarterOf } from "./support/api.ts";
import { chromiumMissing, screenshotOf, viewports } from "./support/browser.ts";
import { signInAs, useGroveInChromium, useTab } from "./support/session.ts";

const ORG = "kestrel-bikes";
const PASSWORD = "correct horse battery";
const ADMIN = { name: "Kai Admin", email: "kai@kestrel.test" };
const MEMBER_EMAIL = "tom@demo.grove.dev"; // a demo member who leads no unit

// Issue 12, point 10: a new organisation's admin lands on a checklist that ticks itself as the
// steps are done; the map offers "write this unit's objective" to whoever may write it (M3).
// The tests after the first make their own organisation through the API, so each passes alone
// (issue 19).
describe.skipIf(chromiumMissing())("getting started in the browser", () => {
  const grove = useGroveInChromium({ database: "pglite" }); // what a first `grove serve` shows (support/grove.ts)
  const admin = useTab(grove);

  /**
   * An organisation of the test's own with the checklist's first two steps done (a period, a team
   * below the top unit), made through the API; its admin is signed in on the file's tab.
   */
  async function twoStepsDone(slug: string): Promise<void> {
    const url = grove.server.url;
    await apiAs(admin.context, url, "POST", "/auth/sign-up", {
      organisationName: `Kestrel ${slug}`,
      organisationSlug: slug,
      name: ADMIN.name,
      email: `kai@${slug}.test`,
      password: PASSWORD,
    });
    await apiAs(admin.context, url, "POST", `/orgs/${slug}/periods`, { name: quarterOf(new Date()).name });
    const top = await apiAs<{ id: string }>(admin.context, url, "POST", `/orgs/${slug}/units`, {
      name: "Kestrel",
      kind: "company",
      parentId: null,
    });
    await apiAs(admin.context, url, "POST", `/orgs/${slug}/units`, {
      name: "Trail Team",
      kind: "team",
      parentId: top.id,
    });
  }

  it("lands the admin of a new organisation on the checklist, and ticks two steps as they are done", async () => {
    await new SignUpPage(admin.page, grove.server.url).createOrganisation(
      { organisation: "Kestrel Bikes", ...ADMIN, password: PASSWORD },
      ORG,
    );
    const checklist = new GettingStartedPage(admin.page, grove.server.url);
    await checklist.settled();
    await expect.poll(() => checklist.heading().textContent()).toBe("Get your organisation started");
    expect(await checklist.progress()).toBe("0 of 5 steps done");
    expect(await checklist.doneSteps()).toEqual([]);
    expect(await checklist.sidebarEntry().textContent()).toBe("Getting started (0/5)");
    expect(await checklist.step("period").getAttribute("aria-current")).toBe("step");
    await checklist.axeAndScreenshot("getting-started-new-desktop-en");

    // Step 1, where it is done: the Periods card, one click for this quarter.
    await checklist.step("period").getByRole("link", { name: "Add a period" }).click();
    await admin.page.waitForURL(`**/orgs/${ORG}/people#periods`);
    const periods = new PeriodsCard(admin.page, grove.server.url);
    await periods.settled();
    await periods.quickAdd("this quarter").click();
    await periods.card.getByRole("listitem").first().waitFor();
    await checklist.sidebarEntry().click();
    await checklist.settled();
    await expect.poll(() => checklist.doneSteps()).toEqual(["period"]);
    expect(await checklist.progress()).toBe("1 of 5 steps done");
    expect(await checklist.sidebarEntry().textContent()).toBe("Getting started (1/5)");
    expect(await checklist.step("units").getAttribute("aria-current")).toBe("step");

    // Step 2: the top unit alone is not a tree; a team below it is.
    await checklist.step("units").getByRole("link", { name: "Add units" }).click();
    await admin.page.waitForURL(`**/orgs/${ORG}/people#units-title`);
    const people = new PeoplePage(admin.page, grove.server.url);
    await people.settled();
    // The link scrolled the units card into view.
    await expect
      .poll(() => admin.page.locator("#units-title").evaluate((el) => el.getBoundingClientRect().top))
      .toBeLessThan(400);
    await people.addUnit("Kestrel", "Company", null);
    await people.addUnit("Trail Team", "Team", "Kestrel");
    await checklist.sidebarEntry().click();
    await checklist.settled();
    await expect.poll(() => checklist.doneSteps()).toEqual(["period", "units"]);
    expect(await checklist.step("people").getAttribute("aria-current")).toBe("step");
    await checklist.axeAndScreenshot("getting-started-two-done-desktop-en");

    // The rest is hidden until the admin comes back to it: hidden from the sidebar, kept at its address.
    await checklist.checklist.getByRole("button", { name: "Hide this checklist" }).click();
    await admin.page.waitForURL(`**/orgs/${ORG}/map**`);
    await expect.poll(() => checklist.sidebarEntry().count()).toBe(0);
    await checklist.open(`/orgs/${ORG}/getting-started`);
    await checklist.checklist.getByText("The checklist is hidden from your sidebar in this browser.").waitFor();
    await checklist.checklist.getByRole("button", { name: "Show it in the sidebar again" }).click();
    await checklist.sidebarEntry().waitFor();
  });

  it("looks right on a phone and in Chinese", async () => {
    const slug = "kestrel-phone";
    await twoStepsDone(slug);
    for (const [viewport, locale, name] of [
      [viewports.phone, "en-GB", "phone-en"],
      [viewports.desktop, "zh-CN", "desktop-zh"],
      [viewports.phone, "zh-CN", "phone-zh"],
    ] as const) {
      const context = await grove.newContext({ viewport, locale });
      await context.addCookies(await admin.context.cookies(grove.server.url));
      const other = new GettingStartedPage(await context.newPage(), grove.server.url);
      await other.open(`/orgs/${slug}/getting-started`);
      if (locale === "zh-CN") await other.switchLanguage("简体中文");
      await other.settled();
      expect(await other.progress()).toMatch(/^(2 of 5 steps done|已完成 2\/5 步)$/);
      await other.axeAndScreenshot(`getting-started-${name}`);
      await context.close();
    }
  });

  it("says so when Grove cannot be reached, and recovers on its own", async () => {
    const slug = "kestrel-offline";
    await twoStepsDone(slug);
    const checklist = new GettingStartedPage(admin.page, grove.server.url);
    await admin.page.route("**/api/v1/orgs/*/getting-started", (route) => route.abort("internetdisconnected"));
    await admin.page.goto(`${grove.server.url}/orgs/${slug}/getting-started`);
    await admin.page.getByRole("heading", { name: "This page could not be loaded" }).waitFor();
    await admin.page
      .getByText("Grove can't be reached. This page loads again on its own once the connection is back.")
      .waitFor();
    await checklist.screenshot("getting-started-unreachable-desktop-en");
    await admin.page.unroute("**/api/v1/orgs/*/getting-started");
    await expect.poll(() => checklist.progress(), { timeout: 30_000 }).toBe("2 of 5 steps done");
  });

  it("on the demo map, offers the admin and the unit's lead to write a unit's objective; a member reads that it has none", async () => {
    // The demo's admin on the file's tab, in place of whoever an earlier test signed in there.
    await signInAs(admin.context, grove.server.url, DEMO_ADMIN_EMAIL);
    const demo = admin.context;
    const demoPage = admin.page;
    const { units } = await apiAs<{ units: { id: string; name: string; parentId: string | null }[] }>(
      demo,
      grove.server.url,
      "GET",
      "/orgs/demo/units",
    );
    const top = units.find((unit) => unit.parentId === null);
    const partnerships = await apiAs<{ id: string }>(demo, grove.server.url, "POST", "/orgs/demo/units", {
      name: "Partnerships",
      kind: "team",
      parentId: top?.id,
    });

    const map = new MapPage(demoPage, grove.server.url);
    await map.openOrg("demo");
    const write = map.writeObjectiveOffer("Partnerships", "Write the objective of Partnerships");
    await write.waitFor();
    expect(await write.textContent()).toBe("Write this unit's objective");
    // Units with an objective offer nothing of the kind.
    expect(await map.writeObjectiveOffer("Cookware").count()).toBe(0);
    expect(await map.axe()).toEqual([]);
    await screenshotOf(map.unitCard("Partnerships"), "map-write-objective-desktop-en");
    // The same offer on a phone, in Chinese.
    await demoPage.setViewportSize(viewports.phone);
    await map.switchLanguage("简体中文");
    await map.writeObjectiveOffer("Partnerships", "撰写 Partnerships 的目标").waitFor();
    await screenshotOf(map.unitCard("Partnerships"), "map-write-objective-phone-zh");
    await map.switchLanguage("English");
    await demoPage.setViewportSize(viewports.desktop);
    await write.click();
    await demoPage.waitForURL(new RegExp(`/orgs/demo/units/${partnerships.id}/new`));
    await map.settled();
    await expect.poll(() => map.heading().textContent()).toBe("New objective");

    // A member who does not lead the unit reads a neutral note, and no offer (M3).
    const { context: member, page: memberPage } = await grove.signedIn(MEMBER_EMAIL);
    const memberMap = new MapPage(memberPage, grove.server.url);
    await memberMap.openOrg("demo");
    await memberMap.unitCard("Partnerships").getByText("No objective in this period").waitFor();
    expect(await memberMap.writeObjectiveOffer("Partnerships").count()).toBe(0);

    // The checklist is the admins': a member who opens it reads why, and has no sidebar entry.
    const memberChecklist = new GettingStartedPage(memberPage, grove.server.url);
    await memberChecklist.open("/orgs/demo/getting-started");
    await memberPage
      .getByRole("note")
      .getByText("Only organisation admins manage units, people and periods.")
      .waitFor();
    expect(await memberChecklist.sidebarEntry().count()).toBe(0);

    // Made the unit's lead, the same person is offered to write it.
    const people = await apiAs<{ people: { id: string; email: string }[] }>(
      demo,
      grove.server.url,
      "GET",
      "/orgs/demo/people",
    );
    const tom = people.people.find((person) => person.email === MEMBER_EMAIL);
    await apiAs(demo, grove.server.url, "PUT", `/orgs/demo/units/${partnerships.id}/members/${tom?.id}`, {
      role: "lead",
    });
    await memberMap.openOrg("demo");
    await memberMap.writeObjectiveOffer("Partnerships", "Write the objective of Partnerships").waitFor();
    await member.close();
  });
});
