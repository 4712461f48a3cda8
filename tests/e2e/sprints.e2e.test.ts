import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppPage } from "./pages/app-page.ts";
import { apiAs, unitIdOf } from "./support/api.ts";
import { chromiumMissing, screenshot, seriousViolations, viewports } from "./support/browser.ts";
import { useGroveInChromium, useTab } from "./support/session.ts";

// P3 in the browser (issue 16 point 4): the onboarding team's lead imports sprints from CSV. A
// file with one bad row shows the problem by line and column and imports nothing; fixed, it
// imports all its rows, and the sprints appear as bands on the KR's chart with the KR's value
// at each sprint's start and end. Each test reads only the demo's sprints and its own, so each
// passes alone (issue 19).

interface Sprint {
  id: string;
  name: string;
  endsOn: string;
}
const KR = "Raise day-one workflow completion from 35% to 55%";
/** The Onboarding team's key results that the demo's sprints serve (src/demo/load-demo-sprints.ts). */
const SERVED = [
  KR,
  "Cut first-workflow time from 14 to 8 minutes",
  "Hold 20 interviews with users who abandoned onboarding (from 0)",
];
const DAY = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

describe.skipIf(chromiumMissing())("a team's sprints and their CSV import", () => {
  const grove = useGroveInChromium();
  // Priya leads the demo's Onboarding team (M6: the team plans its own sprints).
  const tab = useTab(grove, "priya@demo.grove.dev");
  let app: AppPage;
  let unitId: string;
  let rows: { a: string; bad: string; fixed: string };
  let free: { overlapping: string; start: string; end: string };

  const krCard = () => tab.page.locator("li.kr-card").filter({ has: tab.page.getByRole("heading", { name: KR }) });
  const sprintsOfUnit = async () =>
    (await apiAs<{ sprints: Sprint[] }>(tab.context, grove.server.url, "GET", `/orgs/demo/sprints?unit=${unitId}`))
      .sprints;

  beforeAll(async () => {
    app = new AppPage(tab.page, grove.server.url);
    unitId = await unitIdOf(tab.context, grove.server.url, "demo", "Onboarding");
    const { periods } = await apiAs<{ periods: { startsOn: string; endsOn: string; status: string }[] }>(
      tab.context,
      grove.server.url,
      "GET",
      "/orgs/demo/periods",
    );
    const quarter = periods.find((p) => p.status === "active") as { startsOn: string; endsOn: string };
    // The demo's sprints fill the quarter's first twelve weeks; its last days are free.
    const first = Date.parse(`${quarter.startsOn}T00:00:00Z`);
    const after = Math.max(...(await sprintsOfUnit()).map((s) => Date.parse(`${s.endsOn}T00:00:00Z`))) + DAY;
    const start = Math.max(first, after);
    expect(iso(start + 5 * DAY) <= quarter.endsOn).toBe(true);
    rows = {
      a: `E2E sprint A,${iso(start)},${iso(start + 2 * DAY)},"Ship the welcome tour, step one",${KR}`,
      bad: `E2E sprint B,${iso(start + 5 * DAY)},${iso(start + 3 * DAY)},Polish the tour,No such key result`,
      fixed: `E2E sprint B,${iso(start + 3 * DAY)},${iso(start + 5 * DAY)},Polish the tour,${KR}`,
    };
    // After the import: two days left for a sprint planned in the form, which first starts on the
    // last day of the demo's last sprint.
    free = { overlapping: iso(after - DAY), start: iso(start + 6 * DAY), end: iso(start + 7 * DAY) };
    expect(free.end <= quarter.endsOn).toBe(true);
  });

  afterAll(async () => {
    await tab.context?.close();
  });

  it("a file with one bad row shows the problems and writes nothing; fixed, it imports every row", async () => {
    await app.open(`/orgs/demo/units/${unitId}`);
    await tab.page.getByRole("link", { name: /^sprints$/i }).click();
    await app.settled();
    await expect.poll(() => tab.page.getByRole("heading", { level: 1 }).textContent()).toBe("Sprints of Onboarding");
    // The demo's current sprint is on top, with its goal and the KR it serves. Which sprint that is
    // depends on today's date in the quarter (Sprint 3 serves the interviews, Sprint 6 the time KR).
    const top = tab.page.locator(".sprint-card--top");
    expect(await top.locator(".eyebrow").textContent()).toMatch(/current sprint|next sprint|last sprint/i);
    const topText = (await top.textContent()) ?? "";
    expect(topText).toContain("Goal:");
    expect(SERVED.filter((title) => topText.includes(title))).not.toEqual([]);
    const before = await sprintsOfUnit();

    await tab.page.getByRole("button", { name: "Import CSV" }).click();
    const dialog = tab.page.getByRole("dialog", { name: "Import sprints from CSV" });
    const header = "name,start,end,goal,key_result";
    await dialog.getByLabel(/paste the rows/i).fill([header, rows.a, rows.bad].join("\n"));
    await dialog.getByRole("button", { name: "Check rows" }).click();
    await expect.poll(() => dialog.getByRole("status").first().textContent()).toMatch(/1 of 2 rows have problems/);
    const badRow = dialog.locator("tr.sprint-import__row--bad");
    expect(await badRow.count()).toBe(1);
    expect(await badRow.locator("td").first().textContent()).toBe("3"); // line 3 of the file
    expect(await badRow.textContent()).toContain("end: The last day must come after the first day.");
    expect(await badRow.textContent()).toContain("key_result: No key result with this title");
    expect(await dialog.getByRole("button", { name: /^import/i }).isDisabled()).toBe(true);
    expect(await sprintsOfUnit()).toEqual(before);

    await dialog.getByLabel(/paste the rows/i).fill([header, rows.a, rows.fixed].join("\n"));
    // A changed file must be checked again before it can be imported.
    expect(await dialog.getByRole("button", { name: /^import/i }).isDisabled()).toBe(true);
    await dialog.getByRole("button", { name: "Check rows" }).click();
    await expect.poll(() => dialog.getByRole("status").first().textContent()).toMatch(/All 2 rows are ready/);
    await dialog.getByRole("button", { name: "Import 2 sprints" }).click();
    await expect.poll(() => dialog.getByRole("status").first().textContent()).toBe("Imported 2 sprints.");
    await dialog.getByRole("button", { name: "Close" }).click();
    const after = await sprintsOfUnit();
    expect(after.length).toBe(before.length + 2);
    expect(after.map((s) => s.name)).toEqual(expect.arrayContaining(["E2E sprint A", "E2E sprint B"]));
    await expect
      .poll(() => tab.page.getByRole("heading", { level: 3, name: "E2E sprint A", exact: true }).count())
      .toBe(1);
    // The KR's chart draws an imported sprint, named, with its goal.
    await app.open(`/orgs/demo/units/${unitId}`);
    const band = krCard().getByRole("img", { name: /Sprint “E2E sprint A”/ });
    await band.waitFor();
    expect(await band.getAttribute("aria-label")).toContain("Ship the welcome tour, step one");
  });

  it("plans a sprint in the form: an overlap is named under its first day, fixed it is planned serving the KR", async () => {
    await app.open(`/orgs/demo/units/${unitId}/sprints`);
    await tab.page.getByRole("button", { name: "Plan a sprint" }).click();
    const form = tab.page.locator("form.sprint-form");
    await form.getByLabel("Name").fill("E2E sprint C");
    await form.getByLabel("First day").fill(free.overlapping);
    await form.getByLabel("Last day").fill(free.end);
    await form.getByLabel("Sprint goal").fill("Try the tour on returning users");
    // P3: without a KR the form says why linking matters.
    expect(await form.getByRole("note").textContent()).toContain("serves no key result yet");
    await form.getByRole("checkbox", { name: KR }).check();
    expect(await form.getByRole("note").count()).toBe(0);
    await form.getByRole("button", { name: "Plan sprint" }).click();
    await expect
      .poll(() => form.locator(".field__error").first().textContent())
      .toBe("These days overlap another sprint of this unit; a unit's sprints do not overlap.");
    await screenshot(tab.page, "sprints-form-error-en-desktop");
    await form.getByLabel("First day").fill(free.start);
    await form.getByRole("button", { name: "Plan sprint" }).click();
    await expect
      .poll(() => tab.page.getByRole("heading", { level: 3, name: "E2E sprint C", exact: true }).count())
      .toBe(1);
    const planned = (await sprintsOfUnit()).find((s) => s.name === "E2E sprint C");
    expect(planned).toBeDefined();
  });

  it("the KR's chart draws the sprints that serve it, named, with the KR's value at each start and end", async () => {
    await app.open(`/orgs/demo/units/${unitId}`);
    const card = krCard();
    // The demo's sprints that serve the KR (the imported ones are the first test's).
    await expect.poll(() => card.locator(".sprint-band").count()).toBeGreaterThanOrEqual(3);
    const band = card.getByRole("img", { name: /Sprint “Sprint 1”/ });
    expect(await band.getAttribute("aria-label")).toContain("Cut the sign-up form to one step");
    const listed = card.locator(".kr-sprints__item").filter({ hasText: "Sprint 1" });
    // A sprint over shows the KR's value at its start and at its end.
    expect(await listed.textContent()).toMatch(/\d+(\.\d+)?% → \d+(\.\d+)?%/);
    expect(await seriousViolations(tab.page)).toEqual([]);
  });

  it("looks right at 1280 and 390 wide, in English and Chinese", async () => {
    for (const [language, locale] of [
      ["en", "en-GB"],
      ["zh", "zh-CN"],
    ] as const) {
      for (const [size, viewport] of Object.entries(viewports)) {
        // Each demo's onboarding lead: Priya in English, 刘洋 in Chinese.
        const { context: view, page: shot } = await grove.signedIn(
          language === "zh" ? "liu.yang@demo-zh.grove.dev" : "priya@demo.grove.dev",
          { viewport, locale },
        );
        const slug = language === "zh" ? "demo-zh" : "demo";
        const { units } = await apiAs<{ units: { id: string; name: string }[] }>(
          view,
          grove.server.url,
          "GET",
          `/orgs/${slug}/units`,
        );
        const unit = units.find((u) => u.name === (language === "zh" ? "新用户上手组" : "Onboarding"))?.id;
        const where = new AppPage(shot, grove.server.url);
        for (const [name, path] of [
          ["sprints", `/orgs/${slug}/units/${unit}/sprints`],
          ["team", `/orgs/${slug}/units/${unit}`],
        ] as const) {
          await where.open(path);
          await screenshot(shot, `sprints-${name}-${language}-${size}`);
        }
        if (size === "desktop") {
          await where.open(`/orgs/${slug}/units/${unit}/sprints`);
          await shot.getByRole("button", { name: /import csv|导入 CSV/i }).click();
          const dialog = shot.getByRole("dialog");
          await dialog.locator("textarea").fill(`name,start,end,goal,key_result\nX,2030-01-10,2030-01-05,g,nothing\n`);
          await dialog.getByRole("button", { name: /check rows|检查各行/i }).click();
          await shot.locator("tr.sprint-import__row--bad").waitFor();
          await screenshot(shot, `sprints-import-${language}-${size}`);
        }
        await view.close();
      }
    }
  });
});
