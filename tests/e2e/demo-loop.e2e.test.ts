import { describe, expect, it } from "vitest";
import { englishDemo } from "../../src/demo/demo-data.ts";
import { chineseDemo } from "../../src/demo/demo-data-zh.ts";
import { DEMO_PASSWORD, demoAdminEmail } from "../../src/demo/load-demo.ts";
import { demoExperimentLearnings } from "../../src/demo/load-experiments.ts";
import { quarterRange, shiftQuarter } from "../../src/domain/period.ts";
import { LearningsPage } from "./pages/learnings-page.ts";
import { ReviewPage } from "./pages/review-page.ts";
import { SignInPage } from "./pages/sign-in-page.ts";
import { apiAs, quarterOf } from "./support/api.ts";
import { chromiumMissing, viewports } from "./support/browser.ts";
import { useGroveInChromium } from "./support/session.ts";

// Issue 10, deliverable 7: a first start's demo tells the whole loop. Last quarter's learnings
// are in the library and its reviews are held, with final bands, in English and in Chinese, at
// desktop and phone width.
describe.skipIf(chromiumMissing())("the demo's last quarter, reviewed and closed", () => {
  const grove = useGroveInChromium({ database: "pglite" }); // what a first `grove serve` shows (support/grove.ts)
  const previous = shiftQuarter(quarterOf(new Date()).name, -1);
  const endsOn = quarterRange(previous)?.endsOn ?? "";

  const cases = [
    { demo: englishDemo, slug: "demo", lang: "en", unit: "Onboarding", held: /^Held on /, final: "Final band" },
    {
      demo: chineseDemo,
      slug: "demo-zh",
      lang: "zh",
      unit: "新用户上手组",
      held: /^已于 .* 完成。/,
      final: "最终区间",
    },
  ] as const;
  for (const { demo, slug, lang, unit, held, final } of cases) {
    for (const [width, viewport] of Object.entries(viewports)) {
      it(`shows the library and a held end-of-period review (${lang}, ${width})`, async () => {
        const locale = lang === "zh" ? "zh-CN" : "en-GB";
        const context = await grove.newContext({ viewport, locale });
        const page = await context.newPage();
        try {
          const signIn = new SignInPage(page, grove.server.url);
          await signIn.open("/sign-in");
          await signIn.signIn(demoAdminEmail(demo), DEMO_PASSWORD);
          const library = new LearningsPage(page, grove.server.url);
          await library.open(`/orgs/${slug}/learnings?lang=${lang === "zh" ? "zh-CN" : "en"}`);
          await library.settled();
          const bodies = await library.bodies();
          const written = [
            ...demo.units.flatMap((u) =>
              u.previous ? [...u.previous.checkpoint.learnings, ...u.previous.end.learnings].map((l) => l.body) : [],
            ),
            // The demo's ended interview round (P2) writes one too.
            ...demoExperimentLearnings(demo),
          ];
          expect(bodies.length).toBeGreaterThanOrEqual(Math.min(written.length, 20));
          expect(bodies.every((body) => written.includes(body))).toBe(true);
          expect(await library.axe()).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
          await library.screenshot(`demo-learnings-${width}-${lang}`);

          const { units } = await apiAs<{ units: { id: string; name: string }[] }>(
            context,
            grove.server.url,
            "GET",
            `/orgs/${slug}/units`,
          );
          const unitId = units.find((u) => u.name === unit)?.id;
          const review = new ReviewPage(page, grove.server.url);
          await review.open(`/orgs/${slug}/units/${unitId}/review?period=${previous}&on=${endsOn}`);
          await review.settled();
          await page.getByText(held).first().waitFor();
          await expect
            .poll(() => page.locator(".review-objective .card__header").first().textContent())
            .toContain(final);
          const answer = demo.units.find((u) => u.name === unit)?.previous?.end.answers[0]?.answer ?? "";
          await page.getByText(answer).first().waitFor();
          expect(await review.axe()).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
          await review.screenshot(`demo-review-held-${width}-${lang}`);
        } finally {
          await context.close();
        }
      });
    }
  }
});
