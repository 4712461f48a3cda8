import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_ADMIN_EMAIL, DEMO_SLUG, DEMO_ZH_SLUG } from "../../src/demo/load-demo.ts";
import { quarterOf, shiftQuarter } from "../../src/domain/period.ts";
import { AppPage } from "./pages/app-page.ts";
import { TeamPage } from "./pages/team-page.ts";
import { chromiumMissing, screenshot as shot, viewports } from "./support/browser.ts";
import { anotherTab, useGroveTab } from "./support/session.ts";

// M7 and K4 in the browser: a team declares that its KR depends on another team's, both teams see
// it, the dashboard shows the dependency as a risk while the other side is behind and lists the
// coach's cross-unit conflict; at planning a team sees how its past KRs landed. No page names or
// ranks people (S3). Pages at 1280 and 390 wide, English and Chinese, are checked with axe-core.

const NEW_LOGOS = "Reach 120 new logos this quarter";

async function unitIds(page: Page, url: string, slug: string): Promise<Record<string, string>> {
  const res = await page.request.get(`${url}/api/v1/orgs/${slug}/units`);
  const units = (await res.json()).units as { id: string; name: string }[];
  return Object.fromEntries(units.map((unit) => [unit.name, unit.id]));
}

describe.skipIf(chromiumMissing())("dependencies between teams, cross-unit conflicts and calibration (M7, K4)", () => {
  const { grove, tab } = useGroveTab(DEMO_ADMIN_EMAIL);

  /** A tab of the file's, signed in as the demos' admin, of this size and in this language. */
  function signedIn(viewport: { width: number; height: number }, language: "en" | "zh-CN") {
    return anotherTab(tab.context, grove.server.url, viewport, language);
  }

  it("declares a dependency that both teams see, and the dashboard shows it as a risk", async () => {
    const { page, close } = await signedIn(viewports.desktop, "en");
    try {
      const units = await unitIds(page, grove.server.url, DEMO_SLUG);
      const team = new TeamPage(page, grove.server.url);

      await team.open(`/orgs/${DEMO_SLUG}/units/${units.Onboarding}`);
      const card = page.locator("section.dependencies");
      await card.getByRole("button", { name: "Declare a dependency" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Find the other team's key result").fill("logos");
      await dialog.getByRole("radio", { name: new RegExp(`Sales · ${NEW_LOGOS}`) }).check();
      await dialog.getByLabel("What we need").fill("Qualified customers we can onboard in 30 days");
      await dialog.getByRole("button", { name: "Declare" }).click();
      await dialog.waitFor({ state: "hidden" });
      const ours = card.locator(".dependency", { hasText: `Sales: ${NEW_LOGOS}` });
      await expect.poll(() => ours.isVisible()).toBe(true);
      await expect.poll(() => ours.textContent()).toMatch(/Qualified customers we can onboard in 30 days/);
      // The other side is behind: the dependency says so where the team sees it.
      await expect.poll(() => ours.textContent()).toMatch(/Risk: the other side is (behind|at risk)/);
      expect(await page.locator(".kr-dependencies").first().textContent()).toMatch(`Depends on Sales: ${NEW_LOGOS}`);
      expect(await team.axe()).toEqual([]);
      await shot(page, "dependencies-team-declared-1280-en");

      // Declaring the same one again is refused in the dialog, with what to do instead.
      await card.getByRole("button", { name: "Declare a dependency" }).click();
      await dialog.getByLabel("Our key result").selectOption({ index: 0 });
      await dialog.getByLabel("Find the other team's key result").fill("logos");
      await dialog.getByRole("radio", { name: new RegExp(`Sales · ${NEW_LOGOS}`) }).check();
      await dialog.getByRole("button", { name: "Declare" }).click();
      await expect.poll(() => dialog.locator(".field__error").textContent()).toMatch(/already depends on this one/);
      await dialog.getByRole("button", { name: "Cancel" }).click();

      // The team depended on sees it too.
      await team.open(`/orgs/${DEMO_SLUG}/units/${units.Sales}`);
      const theirs = page.locator("section.dependencies .dependency", { hasText: "Onboarding needs it for" });
      await expect.poll(() => theirs.isVisible()).toBe(true);
      await expect.poll(() => page.locator(".kr-dependencies").first().textContent()).toMatch(/depends on this/);

      // The dashboard: the risk, naming teams only, and the coach's conflict with its card.
      const app = new AppPage(page, grove.server.url);
      await app.open(`/orgs/${DEMO_SLUG}/dashboard`);
      const risks = page.locator("#dependency-risks");
      await expect.poll(() => risks.getByText("Onboarding depends on Sales").isVisible()).toBe(true);
      await expect.poll(() => risks.getByText("Customer Success depends on Sales").isVisible()).toBe(true);
      const conflicts = page.locator("#cross-unit-conflicts");
      await expect.poll(() => conflicts.getByText("New customers against churn").isVisible()).toBe(true);
      await expect.poll(() => conflicts.textContent()).toMatch(/churn of qualified customers/);
      const people = (
        (await (await page.request.get(`${grove.server.url}/api/v1/orgs/${DEMO_SLUG}/people`)).json()).people as {
          name: string;
        }[]
      ).map((p) => p.name);
      const text = (await page.locator("#dependency-risks, #cross-unit-conflicts").allTextContents()).join(" ");
      expect(people.filter((name) => text.includes(name))).toEqual([]);
      expect(await app.axe()).toEqual([]);
      await risks.scrollIntoViewIfNeeded();
      await shot(page, "dependencies-dashboard-risks-1280-en");
    } finally {
      await close();
    }
  });

  it("shows a team at planning how its past key results landed (K4)", async () => {
    const { page, close } = await signedIn(viewports.desktop, "en");
    try {
      const units = await unitIds(page, grove.server.url, DEMO_SLUG);
      const next = shiftQuarter(quarterOf(new Date()), 1);
      const team = new TeamPage(page, grove.server.url);
      await team.open(`/orgs/${DEMO_SLUG}/units/${units.Cookware}?period=${next}`);
      const calibration = page.locator("#calibration");
      await expect.poll(() => calibration.isVisible()).toBe(true);
      await expect
        .poll(() => calibration.locator(".calibration__verdict").textContent())
        .toMatch(/Targets were too easy|Targets were too hard|In the sweet spot|Not enough history/);
      await expect.poll(() => calibration.textContent()).toMatch(/\(K4\)/);
      // The active period is not planning: no calibration there.
      await team.open(`/orgs/${DEMO_SLUG}/units/${units.Cookware}`);
      await expect.poll(() => page.locator("#calibration").count()).toBe(0);
      await team.open(`/orgs/${DEMO_SLUG}/units/${units.Cookware}?period=${next}`);
      expect(await team.axe()).toEqual([]);
      await shot(page, "dependencies-calibration-1280-en");
    } finally {
      await close();
    }
  });

  for (const [width, viewport] of Object.entries(viewports)) {
    for (const [lang, language, slug] of [
      ["en", "en", DEMO_SLUG],
      ["zh", "zh-CN", DEMO_ZH_SLUG],
    ] as const) {
      it(`fits the dependencies, the dashboard's risks and calibration at ${width} in ${lang}`, async () => {
        const { page, close } = await signedIn(viewport, language);
        try {
          const units = await unitIds(page, grove.server.url, slug);
          const success = lang === "zh" ? units.客户成功部 : units["Customer Success"];
          const app = new AppPage(page, grove.server.url);
          await app.open(`/orgs/${slug}/units/${success}`);
          await page.locator("section.dependencies .dependency").first().waitFor();
          await shot(page, `dependencies-team-${width}-${lang}`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
          await app.open(`/orgs/${slug}/dashboard`);
          await page.locator("#dependency-risks .dependency-risks__item").first().waitFor();
          await page.locator("#cross-unit-conflicts .cross-unit__finding").first().waitFor();
          await shot(page, `dependencies-dashboard-${width}-${lang}`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
          const cookware = lang === "zh" ? units.炊具事业部 : units.Cookware;
          await app.open(`/orgs/${slug}/units/${cookware}?period=${shiftQuarter(quarterOf(new Date()), 1)}`);
          await page.locator("#calibration .calibration__verdict").waitFor();
          await shot(page, `dependencies-calibration-${width}-${lang}`);
        } finally {
          await close();
        }
      });
    }
  }
});
