import { describe, expect, it } from "vitest";
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from "../../src/demo/load-demo.ts";
import { DashboardPage } from "./pages/dashboard-page.ts";
import { EditorPage } from "./pages/editor-page.ts";
import { MapPage } from "./pages/map-page.ts";
import { MyKeyResultsPage } from "./pages/my-key-results-page.ts";
import { SignInPage } from "./pages/sign-in-page.ts";
import { TeamPage } from "./pages/team-page.ts";
import { apiAs, periodIdOf, quarterOf, unitIdOf } from "./support/api.ts";
import { chromiumMissing, cumulativeLayoutShift, viewports } from "./support/browser.ts";
import { useGroveTab } from "./support/session.ts";

const COOKWARE_OBJECTIVE = "Become home cooks' trusted cookware supplier";
const REFUND_KR = "Reduce refund rate from 0.5% to 0.2%";
const REPEAT_KR = "Raise repeat purchase rate from 5% to 15%";

// The flows of issue 3, in headless Chromium against the real server with the demo organisation.
describe.skipIf(chromiumMissing())("Grove in the browser", () => {
  // Signed in before the first test, so each test opens its own page and none depends on an
  // earlier one having signed in (the sign-in page itself is driven in a context of its own).
  const { grove, tab } = useGroveTab(DEMO_ADMIN_EMAIL);

  it("asks for sign-in, then opens the demo organisation on its alignment map", async () => {
    const context = await grove.newContext();
    const page = await context.newPage();
    const signIn = new SignInPage(page, grove.server.url);
    await signIn.open("/");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await signIn.axeAndScreenshot("sign-in-desktop-en");
    await signIn.signIn(DEMO_ADMIN_EMAIL, DEMO_PASSWORD);
    const map = new MapPage(page, grove.server.url);
    expect(new URL(page.url()).pathname).toBe("/orgs/demo/map");
    await expect.poll(() => map.heading().textContent()).toBe("Alignment map");
    await expect.poll(() => map.unitCard("Cookware").isVisible()).toBe(true);
    await map.axeAndScreenshot("map-desktop-en");
    await context.close();
  });

  it("the accessibility check every page gets reports a serious violation when there is one", async () => {
    // The other tests expect no finding: this one shows the check can find one (a nameless button).
    const map = new MapPage(tab.page, grove.server.url);
    await map.openOrg("demo");
    await expect.poll(() => map.unitCard("Cookware").isVisible()).toBe(true);
    await tab.page.evaluate(() => {
      const button = document.createElement("button");
      button.id = "axe-canary";
      document.querySelector("main")?.append(button);
    });
    const findings = await map.axe();
    expect(findings.map((f) => [f.id, f.targets])).toContainEqual(["button-name", ["#axe-canary"]]);
    await tab.page.evaluate(() => document.getElementById("axe-canary")?.remove());
    expect(await map.axe()).toEqual([]);
  });

  it("finds the cookware objective on the map", async () => {
    const map = new MapPage(tab.page, grove.server.url);
    await map.openOrg("demo");
    await map.search("cookware");
    const card = map.unitCard("Cookware");
    await expect.poll(() => card.getByText(COOKWARE_OBJECTIVE).isVisible()).toBe(true);
    await expect.poll(() => map.unitCard("Onboarding").count()).toBe(0);
    await expect.poll(() => map.unitCard("Product").count()).toBe(0);
  });

  it("finds a unit the map has not loaded yet, in place under the units above it (M5)", async () => {
    const map = new MapPage(tab.page, grove.server.url);
    await map.openOrg("demo");
    await expect.poll(() => map.unitCard("Onboarding").count()).toBe(0);
    await map.search("first workflow");
    await expect.poll(() => map.unitCard("Onboarding").isVisible()).toBe(true);
    await map.unitCard("Workflow Experience").waitFor();
    await expect.poll(() => map.unitCard("Cookware").count()).toBe(0);
    await map.screenshot("map-search-desktop-en");
  });

  it("shows how a team's work connects to the company (M5) and folds the tree", async () => {
    const map = new MapPage(tab.page, grove.server.url);
    await map.openOrg("demo");
    // The map loads two levels below the company first; the rest comes branch by branch.
    await expect.poll(() => map.unitCard("Onboarding").count()).toBe(0);
    await map.unitCard("Workflow Experience").getByText("1 unit below").waitFor();
    await map.expand("Workflow Experience");
    await expect.poll(() => map.unitCard("Onboarding").isVisible()).toBe(true);
    await map.showPathFor("Onboarding");
    await expect
      .poll(() => map.pathSteps())
      .toEqual([
        "Demo Company",
        "Product",
        "cascaded from Raise completed workflows per user per month from 4 to 6 | Workflow Experience",
        "cascaded from Cut median workflow completion time from 10 to 7 minutes | Onboarding",
      ]);
    await map.axeAndScreenshot("map-path-desktop-en");
    await map.collapseAll();
    await map.unitCard("Cookware").waitFor({ state: "hidden" });
    await map.expandAll();
    await map.unitCard("Onboarding").waitFor();
  });

  it("opens the team page with its objective, key results and burn-up charts", async () => {
    const team = await new MapPage(tab.page, grove.server.url).openTeam("demo", "Cookware");
    await expect.poll(() => team.heading().textContent()).toBe("Cookware");
    await team.objectiveHeading(COOKWARE_OBJECTIVE).waitFor();
    await expect.poll(() => tab.page.locator(".kr-card").count()).toBe(3);
    // The chart: one named group (its summary), its readings named points inside (issue 10).
    const chart = team.keyResult(REFUND_KR).getByRole("group", { name: /^Check-ins of/ });
    await expect.poll(() => chart.count()).toBe(1);
    await expect.poll(() => chart.getByRole("img").count()).toBeGreaterThan(0);
    await team.axeAndScreenshot("team-desktop-en");
  });

  it("shows the KRs at risk on the leader dashboard", async () => {
    const dashboard = new DashboardPage(tab.page, grove.server.url);
    await dashboard.open("/orgs/demo/dashboard");
    await expect.poll(() => dashboard.atRiskTitles()).toContain(REPEAT_KR);
    await dashboard.atRisk
      .getByText(/team confidence 35%/)
      .first()
      .waitFor();
    await expect.poll(() => dashboard.total(dashboard.atRisk)).toBe(String((await dashboard.atRiskTitles()).length));
    await dashboard.atRisk.getByText(/^\d+ of \d+ shown$/).waitFor();
    await dashboard.axeAndScreenshot("dashboard-desktop-en");
  });

  it("focuses the dashboard on one unit and the units below it (S5), in the organisation's order (S3)", async () => {
    const dashboard = new DashboardPage(tab.page, grove.server.url);
    await dashboard.open("/orgs/demo/dashboard");
    await expect
      .poll(() => dashboard.unitNames())
      .toEqual([
        "Demo Company",
        "Cookware",
        "Customer Success",
        "Product",
        "Real-estate CRM",
        "Workflow Experience",
        "Sales",
      ]);
    await dashboard.focusOn("Product");
    await expect
      .poll(() => dashboard.unitNames())
      .toEqual(["Product", "Real-estate CRM", "Workflow Experience", "Onboarding"]);
    await expect.poll(() => dashboard.atRiskTitles()).not.toContain(REPEAT_KR);
    await dashboard.axeAndScreenshot("dashboard-focused-desktop-en");
    // The focus is in the address: a reload (or a shared link) shows the same unit.
    expect(new URL(tab.page.url()).searchParams.get("unit")).not.toBeNull();
    await tab.page.reload();
    await dashboard.settled();
    expect((await dashboard.unitNames())[0]).toBe("Product");
    await tab.page.getByRole("button", { name: "One level up" }).click();
    await expect.poll(async () => (await dashboard.unitNames())[0]).toBe("Demo Company");
    await dashboard.showWholeOrganisation();
    await expect.poll(() => dashboard.atRiskTitles()).toContain(REPEAT_KR);
  });

  it("records a check-in and shows the new progress without a reload", async () => {
    const team = new TeamPage(tab.page, grove.server.url);
    await new MapPage(tab.page, grove.server.url).openTeam("demo", "Cookware");
    const before = await team.progressOf(REFUND_KR);
    await team.openCheckInDialog(REFUND_KR);
    await team.axeAndScreenshot("check-in-desktop-en");
    await tab.page.keyboard.press("Escape");
    await team.checkIn(REFUND_KR, { value: "0.26", confidence: 8, comment: "New packaging cut breakage" });
    await expect.poll(() => team.progressOf(REFUND_KR)).toBe("80%");
    expect(before).not.toBe("80%");
    await team.keyResult(REFUND_KR).getByText("today").waitFor();
  });

  it("records a check-in from the My key results list", async () => {
    const mine = new MyKeyResultsPage(tab.page, grove.server.url);
    await mine.open("/orgs/demo/my");
    await mine.viewAs("Sofia Martins");
    await expect.poll(() => tab.page.locator(".kr-card").count()).toBe(3);
    await mine.axeAndScreenshot("my-desktop-en");
    await mine.checkIn(REPEAT_KR, { value: "9.2", confidence: 6, comment: "Loyalty mail went out" });
    await expect.poll(() => mine.keyResult(REPEAT_KR).getByText("today").isVisible()).toBe(true);
  });

  it("reads only what each page shows: the team page, the editor and My key results never load the whole tree (issue 6)", async () => {
    const requests: string[] = [];
    const record = (request: { url: () => string }) =>
      requests.push(new URL(request.url()).pathname + new URL(request.url()).search);
    const map = new MapPage(tab.page, grove.server.url);
    await map.openOrg("demo");
    await map.openUnit("Workflow Experience");
    tab.page.on("request", record);
    await tab.page.reload();
    const team = new TeamPage(tab.page, grove.server.url);
    await team.settled();
    await expect.poll(() => tab.page.locator(".breadcrumbs").textContent()).toContain("Demo Company");
    await expect
      .poll(() => tab.page.locator(".path__unit").allTextContents())
      .toEqual(["Demo Company", "Product", "Workflow Experience"]);
    // Its KR cards share one read each of the unit's readings, experiments, sprints, metric
    // sources and guardrails (docs/performance.md, "A team page's requests"): none is read once
    // per KR.
    for (const shared of ["/sprints?", "/metric-sources?", "/guardrails?"]) {
      await expect.poll(() => requests.filter((url) => url.includes(shared)).length, { message: shared }).toBe(1);
    }
    const perKeyResult = requests.filter((url) =>
      /\/key-results\/[^/]+\/(check-ins|sources|guardrails)|[?&]keyResult=/.test(url),
    );
    expect(perKeyResult).toEqual([]);
    await team.editObjective();
    // The KRs it may be cascaded from are the parent unit's (M5), read from that unit alone.
    await expect
      .poll(() =>
        tab.page
          .getByLabel(/cascaded from/i)
          .locator("option")
          .allTextContents(),
      )
      .toContain("Raise completed workflows per user per month from 4 to 6");
    await new MyKeyResultsPage(tab.page, grove.server.url).open("/orgs/demo/my");
    tab.page.off("request", record);
    const wholeTree = requests.filter((url) => url.includes("/tree?") && !/[?&](root|depth)=/.test(url));
    expect(wholeTree).toEqual([]);
    expect(requests.some((url) => url.includes("/path?"))).toBe(true);
  });

  it("is keyboard friendly: skip link, check-in dialog opened and closed from the keyboard", async () => {
    const team = new TeamPage(tab.page, grove.server.url);
    await new MapPage(tab.page, grove.server.url).openTeam("demo", "Cookware");
    // A client-side page change moves focus to the new page, as a page load would.
    expect(await tab.page.evaluate(() => document.activeElement?.id)).toBe("main");
    await tab.page.reload();
    await team.settled();
    await tab.page.keyboard.press("Tab");
    expect(await tab.page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    const button = team.keyResult(REFUND_KR).getByRole("button", { name: "Check in" });
    await button.focus();
    await tab.page.keyboard.press("Enter");
    await tab.page.getByRole("dialog").waitFor();
    expect(await tab.page.evaluate(() => document.activeElement?.tagName)).toBe("INPUT");
    await tab.page.keyboard.press("Escape");
    await tab.page.getByRole("dialog").waitFor({ state: "hidden" });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it("does not shift the layout while pages load", async () => {
    for (const path of ["/orgs/demo/map", "/orgs/demo/dashboard", "/orgs/demo/my"]) {
      await tab.app.open(path);
      expect([path, await cumulativeLayoutShift(tab.page)]).toEqual([path, expect.any(Number)]);
      expect(await cumulativeLayoutShift(tab.page)).toBeLessThan(0.1);
    }
  });

  it("shows the coach's findings live, next to the field they concern, in the UI language", async () => {
    const team = await new MapPage(tab.page, grove.server.url).openTeam("demo", "Demo Company");
    await team.startNewObjective();
    const editor = new EditorPage(tab.page, grove.server.url);
    await editor.typeObjectiveTitle("Become the market leader in Spain");
    await editor.typeKeyResultTitle(1, "Grow total user accounts from 1,000 to 5,000");

    const q1 = editor.objectiveFinding("Q1");
    await q1.waitFor();
    await expect
      .poll(() => q1.textContent())
      .toContain('"market leader" is not something a team can make meaningful progress on');
    await expect.poll(() => q1.textContent()).toContain("Scope it to what this quarter can learn or change");
    const k5 = editor.keyResultFinding(1, "K5");
    await k5.waitFor();
    await expect.poll(() => k5.locator(".rule-id").textContent()).toBe("K5");
    await expect.poll(() => k5.getAttribute("class")).toContain("coach-finding--warning");
    await expect.poll(() => k5.textContent()).toContain('"total user accounts" is a vanity total');
    await expect.poll(() => k5.textContent()).toContain("Measure a rate or ratio that can also fall");
    // Next to that KR only: the other KRs have no K5.
    await expect.poll(() => editor.keyResultFinding(0, "K5").count()).toBe(0);
    await expect.poll(() => editor.keyResultFinding(2, "K5").count()).toBe(0);
    await editor.settled();
    await editor.axeAndScreenshot("editor-coach-desktop-en");

    // The previous findings stay while the next review runs, and the new language replaces them.
    await editor.switchLanguage("简体中文");
    await expect.poll(() => editor.keyResultFinding(1, "K5").textContent()).toContain("虚荣指标");
    await expect.poll(() => editor.keyResultFinding(1, "K5").textContent()).toContain("改用也可能下降的比率或比例");
    await expect.poll(() => editor.objectiveFinding("Q1").textContent()).toContain("不是一个团队在一个周期内");
    await editor.settled();
    await editor.screenshot("editor-coach-desktop-zh");
    await editor.switchLanguage("English");

    // Fixing the KR clears its finding after the pause in typing.
    await editor.typeKeyResultTitle(1, "Raise weekly active accounts from 30% to 40%");
    await editor.keyResultFinding(1, "K5").waitFor({ state: "detached" });
    await editor.objectiveFinding("Q1").waitFor();
  });

  it("creates a new objective with three key results", async () => {
    const team = await new MapPage(tab.page, grove.server.url).openTeam("demo", "Demo Company");
    await team.startNewObjective();
    const editor = new EditorPage(tab.page, grove.server.url);
    await editor.axeAndScreenshot("editor-desktop-en");
    await editor.fillObjective(
      "Every team we serve does its best work with less effort",
      "Our north star for the quarter.",
    );
    await editor.fillKeyResult(0, {
      title: "Raise weekly completed workflows per team from 20 to 30",
      metric: "completed workflows per team per week",
      unit: "workflows",
      baseline: "20",
      target: "30",
    });
    await editor.fillKeyResult(1, {
      title: "Cut support tickets per team from 6 to 3",
      metric: "support tickets per team per month",
      unit: "tickets",
      baseline: "6",
      target: "3",
    });
    await editor.fillKeyResult(2, {
      title: "Raise customer satisfaction from 70% to 80%",
      metric: "customer satisfaction",
      unit: "%",
      baseline: "70",
      target: "",
    });
    // The API refuses activation without a target (K1); its reason shows next to that field.
    await editor.activate();
    await expect.poll(() => editor.fieldError(2, "Target")).toBe("Give a target that differs from the baseline (K1).");
    await editor.axeAndScreenshot("editor-error-desktop-en");
    await editor.fillKeyResult(2, {
      title: "Raise customer satisfaction from 70% to 80%",
      metric: "customer satisfaction",
      unit: "%",
      baseline: "70",
      target: "80",
    });
    await editor.saveAndActivate();
    await expect.poll(() => team.heading().textContent()).toBe("Demo Company");
    // The cached page shows first and the refetch after the write replaces it.
    await expect
      .poll(() => team.objectiveHeading("Every team we serve does its best work with less effort").isVisible())
      .toBe(true);
    await expect
      .poll(() => team.keyResultsOf("Every team we serve does its best work with less effort").count())
      .toBe(3);
  });

  it("edits the objective and adds a fourth key result in the same form", async () => {
    // Its own objective with three KRs, made through the API: the test does not depend on what
    // "creates a new objective" made, nor on running after it.
    const title = "Every team we serve connects its tools in a day";
    const url = grove.server.url;
    const unitId = await unitIdOf(tab.context, url, "demo", "Demo Company");
    const periodId = await periodIdOf(tab.context, url, "demo", quarterOf(new Date()).name);
    const kr = (title: string, metric: string, baseline: number, target: number) => ({
      title,
      metric,
      unit: "%",
      baseline,
      target,
      deadline: quarterOf(new Date()).endsOn,
    });
    const objective = await apiAs<{ id: string }>(tab.context, url, "POST", "/orgs/demo/objectives", {
      unitId,
      periodId,
      title,
      // A draft: the unit's one active objective of the period (M1) is the demo's, or the one
      // "creates a new objective" made.
      status: "draft",
      keyResults: [
        kr("Raise teams connecting a tool in their first day from 30% to 50%", "teams connected on day one", 30, 50),
        kr("Cut failed connection attempts from 12% to 6%", "failed connection attempts", 12, 6),
        kr("Raise teams syncing daily from 45% to 60%", "teams syncing daily", 45, 60),
      ],
    });
    const team = new TeamPage(tab.page, url);
    await team.open(`/orgs/demo/units/${unitId}`);
    await expect.poll(() => team.keyResultsOf(title).count()).toBe(3);
    await team.editObjectiveCalled(title);
    expect(new URL(tab.page.url()).pathname).toBe(`/orgs/demo/objectives/${objective.id}/edit`);
    const editor = new EditorPage(tab.page, url);
    await editor.addKeyResult();
    await editor.fillKeyResult(3, {
      title: "Raise teams using two or more integrations from 40% to 55%",
      metric: "teams with 2+ integrations",
      unit: "%",
      baseline: "40",
      target: "55",
    });
    await editor.saveDraft();
    await expect.poll(() => team.keyResultsOf(title).count()).toBe(4);
    await team.keyResult("Raise teams using two or more integrations from 40% to 55%").waitFor();
  });

  it("offers each person the controls M3 gives them: viewers read, members check in and write KRs", async () => {
    const other = await grove.newContext();
    try {
      const otherPage = await other.newPage();
      const signIn = new SignInPage(otherPage, grove.server.url);
      const map = new MapPage(otherPage, grove.server.url);
      const team = new TeamPage(otherPage, grove.server.url);
      await signIn.open("/sign-in");
      await signIn.signIn("henrik@demo.grove.dev", DEMO_PASSWORD);
      await map.openUnit("Cookware");
      await team.objectiveHeading(COOKWARE_OBJECTIVE).waitFor();
      // A viewer is told why rather than shown nothing (M3): disabled controls and a note.
      await expect.poll(() => otherPage.getByRole("link", { name: "Edit" }).count()).toBe(0);
      await expect.poll(() => otherPage.getByRole("button", { name: "Edit", exact: true }).isDisabled()).toBe(true);
      const checkIns = otherPage.getByRole("button", { name: "Check in" });
      await expect
        .poll(() => checkIns.evaluateAll((buttons) => buttons.map((b) => (b as HTMLButtonElement).disabled)))
        .toEqual([true, true, true]);
      await expect
        .poll(() => team.whyNote().textContent())
        .toBe("Viewers can read the organisation's OKRs but not change them.");
      await otherPage.getByRole("button", { name: "Sign out" }).click();
      await otherPage.waitForURL(/\/sign-in/);

      await signIn.signIn("tom@demo.grove.dev", DEMO_PASSWORD);
      await map.openUnit("Cookware");
      await expect.poll(() => otherPage.getByRole("button", { name: "Check in", disabled: false }).count()).toBe(3);
      await team.editObjective();
      await expect.poll(() => otherPage.getByLabel("Title", { exact: true }).isDisabled()).toBe(true);
      await otherPage.getByRole("button", { name: "Add key result" }).waitFor();
    } finally {
      await other.close();
    }
  });

  it("switches to Simplified Chinese and translates the navigation", async () => {
    const map = new MapPage(tab.page, grove.server.url);
    await map.openOrg("demo");
    await map.switchLanguage("简体中文");
    await expect
      .poll(() => map.navigation.getByRole("link").allTextContents())
      .toEqual([
        "对齐地图",
        "管理看板",
        "我的关键结果",
        "质量报告",
        "经验库",
        "愿景与战略",
        "决策",
        "人员",
        "导入与导出",
        "教练规则",
        "审计日志",
      ]);
    await expect.poll(() => tab.page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await expect.poll(() => map.heading().textContent()).toBe("对齐地图");
    // User-entered OKR text stays as written.
    await map.unitCard("Cookware").getByText(COOKWARE_OBJECTIVE).waitFor();
    await map.axeAndScreenshot("map-desktop-zh");
    await map.goTo("管理看板");
    await map.axeAndScreenshot("dashboard-desktop-zh");
    await map.open("/orgs/demo/map");
    await map.openUnit("Cookware");
    await map.screenshot("team-desktop-zh");
    await map.switchLanguage("English");
  });

  it("works at phone width in both languages", async () => {
    // The same person on a phone: another tab of the desktop tab's context, 390 wide.
    const phone = await grove.onPhone(tab);
    const phonePage = phone.page;
    try {
      const map = new MapPage(phonePage, grove.server.url);
      for (const [lang, label] of [
        ["en", "English"],
        ["zh", "简体中文"],
      ] as const) {
        await map.openOrg("demo");
        await map.switchLanguage(label);
        await map.axeAndScreenshot(`map-phone-${lang}`);
        await map.openUnit("Cookware");
        await map.axeAndScreenshot(`team-phone-${lang}`);
        await map.open("/orgs/demo/dashboard");
        await map.axeAndScreenshot(`dashboard-phone-${lang}`);
      }
      const widths = await phonePage.evaluate(() => document.documentElement.scrollWidth);
      expect(widths).toBeLessThanOrEqual(viewports.phone.width);
    } finally {
      await phone.close();
    }
  });
});
