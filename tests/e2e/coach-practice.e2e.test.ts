import { describe, expect, it } from "vitest";
import { apiAs } from "./support/api.ts";
import { chromiumMissing, screenshotOf, viewports } from "./support/browser.ts";
import { useGroveInChromium } from "./support/session.ts";

// Issue 17 point 4 in the browser: the team page's card shows, per closed period, the coach's
// findings when the unit's objectives were activated and where the final score landed, with the
// trend in a sentence, in English and in Chinese. The demo has one closed quarter per unit, so
// the card says there is no trend yet and shows that quarter's row (S3: this team's own only).

describe.skipIf(chromiumMissing())("practice over time on the team page", () => {
  const grove = useGroveInChromium();

  it.each([
    [
      "en-GB",
      "priya@demo.grove.dev",
      "demo",
      "Onboarding",
      /^Too few closed periods with both figures/,
      /^(Above 80 %|60–80 %|Below 60 %)$/,
    ],
    [
      "zh-CN",
      "wang.fang@demo-zh.grove.dev",
      "demo-zh",
      "工作流程体验组",
      /^同时有激活时发现数和最终得分的已结束周期还太少/,
      /^(高于 80%|60%–80%|低于 60%)$/,
    ],
  ])("%s: one row per closed period and the trend in words", async (locale, email, slug, unitName, sentence, band) => {
    const { context, page } = await grove.signedIn(email, { viewport: viewports.desktop, locale, timezoneId: "UTC" });
    const url = grove.server.url;
    const { units } = await apiAs<{ units: { id: string; name: string }[] }>(
      context,
      url,
      "GET",
      `/orgs/${slug}/units`,
    );
    const unit = units.find((u) => u.name === unitName) as { id: string };
    const { periods } = await apiAs<{ periods: { name: string; status: string }[] }>(
      context,
      url,
      "GET",
      `/orgs/${slug}/periods`,
    );
    const closed = periods.filter((p) => p.status === "closed").map((p) => p.name);
    expect(closed).toHaveLength(1);

    await page.goto(`${url}/orgs/${slug}/units/${unit.id}`);
    const card = page.locator("#practice");
    await expect.poll(() => card.locator(".practice__sentence").textContent()).toMatch(sentence);
    const rows = card.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.locator("th").textContent()).toBe(closed[0]);
    expect(await rows.locator("td").nth(0).textContent()).toMatch(/^\d+$/);
    expect(await rows.locator("td").nth(2).textContent()).toMatch(band);
    await screenshotOf(card, `coach-practice-${locale}`);
    await context.close();
  });
});
