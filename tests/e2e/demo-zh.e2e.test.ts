import { describe, expect, it } from "vitest";
import { chineseDemo } from "../../src/demo/demo-data-zh.ts";
import { DEMO_PASSWORD, DEMO_ZH_SLUG, demoAdminEmail } from "../../src/demo/load-demo.ts";
import { MapPage } from "./pages/map-page.ts";
import { SignInPage } from "./pages/sign-in-page.ts";
import { TeamPage } from "./pages/team-page.ts";
import { chromiumMissing, viewports } from "./support/browser.ts";
import { useGroveInChromium } from "./support/session.ts";

// A Chinese user on a first start: a Chinese browser, the Chinese demo's admin, and Chinese OKRs
// (the guide's own examples), not only a Chinese interface.
describe.skipIf(chromiumMissing())("the Chinese demo organisation", () => {
  const grove = useGroveInChromium({ database: "pglite" }); // what a first `grove serve` shows (support/grove.ts)

  for (const [width, viewport] of Object.entries(viewports)) {
    it(`shows the guide's OKRs in Chinese on the map and a team page (${width}, zh-CN, M5)`, async () => {
      const context = await grove.browser.newContext({ viewport, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
      const page = await context.newPage();
      try {
        const signIn = new SignInPage(page, grove.server.url);
        await signIn.open("/sign-in");
        await signIn.signIn(demoAdminEmail(chineseDemo), DEMO_PASSWORD);
        // `/` opens her only organisation: the Chinese one.
        expect(new URL(page.url()).pathname).toBe(`/orgs/${DEMO_ZH_SLUG}/map`);
        await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("zh-CN");
        const map = new MapPage(page, grove.server.url);
        await map.openOrg(DEMO_ZH_SLUG);
        await expect.poll(() => map.heading().textContent()).toBe("对齐地图");
        await map.expandAll();
        await map.settled();
        for (const [unit, objective] of [
          ["炊具事业部", "成为家庭厨师值得信赖的烹饪锅供应商"],
          ["产品部", "成为客户值得信赖的技术合作伙伴"],
          ["房地产经纪人 CRM 组", "让房地产经纪人能够以更少的努力推动更多的房屋销售"],
        ] as const) {
          await map.unitCard(unit).getByText(objective).waitFor();
        }
        await map.axeAndScreenshot(`demo-zh-map-${width}`);

        await map.openUnit("工作流程体验组");
        const team = new TeamPage(page, grove.server.url);
        await team.page.getByText("让用户轻松完成每一个工作流程").first().waitFor();
        await team.keyResult("将本季度完成的 A/B 测试从 2 个增加到 12 个").waitFor();
        await team.axeAndScreenshot(`demo-zh-team-${width}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      } finally {
        await context.close();
      }
    });
  }
});
