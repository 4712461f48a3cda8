import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumMissing, screenshotDir, screenshotsWanted, viewports } from "./support/browser.ts";
import { useGroveInChromium } from "./support/session.ts";

// Issue 13, point 6: the API reference at /api/docs renders the served document in the browser,
// without signing in, from this server alone (docs/api.md, "Reference"): nothing is fetched from
// another origin, and the route's CSP refuses nothing the page needs.

/** Redoc's sidebar footer shows Redocly's logo from its CDN; the CSP refuses it and Redoc leaves it out. */
const REDOCLY_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg";

/** Opens the reference and collects what the CSP refused and every request that left the server. */
async function openReference(page: Page, base: string): Promise<{ refused: string[]; foreign: string[] }> {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(base) && !url.startsWith("blob:") && !url.startsWith("data:")) foreign.push(url);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { refusedByCsp: seen });
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto(`${base}/api/docs`);
  expect(response?.status()).toBe(200);
  // Redoc renders every operation of the document at once: on a loaded machine that takes a while.
  // (A CSS locator: computing ARIA roles over thousands of nodes on each poll would take longer.)
  await page
    .locator("h2", { hasText: /^Record a check-in: a dated reading/ })
    .waitFor({ state: "visible", timeout: 150_000 });
  const refused = await page.evaluate(() => (window as unknown as { refusedByCsp: string[] }).refusedByCsp);
  return { refused, foreign };
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!screenshotsWanted) return;
  mkdirSync(screenshotDir, { recursive: true });
  // What a reader sees first; the whole page is every operation, thousands of pixels long.
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, animations: "disabled" });
}

describe.skipIf(chromiumMissing())("the API reference at /api/docs", () => {
  const grove = useGroveInChromium();

  it("renders the operations for a reader who is not signed in, wide, with a working search", async () => {
    const context = await grove.newContext();
    try {
      const page = await context.newPage();
      const { refused, foreign } = await openReference(page, grove.server.url);
      expect(refused.filter((entry) => !entry.endsWith(REDOCLY_LOGO))).toEqual([]);
      expect(foreign.filter((url) => url !== REDOCLY_LOGO)).toEqual([]);
      await expect.poll(() => page.title()).toBe("Grove API reference");
      await shoot(page, "api-reference-desktop");

      // The search runs in a worker Redoc makes from a blob (worker-src blob: in the route's CSP).
      await page.getByPlaceholder("Search...").fill("check-in batch");
      await expect
        .poll(() => page.locator('[data-role="search:results"]').textContent(), { timeout: 30_000 })
        .toMatch(/Record up to 1,000 check-ins/);
      await shoot(page, "api-reference-search");
    } finally {
      await context.close();
    }
  });

  it("fits a phone: the operations render and nothing is wider than the screen", async () => {
    const context = await grove.newContext({ viewport: viewports.phone });
    try {
      const page = await context.newPage();
      const { refused } = await openReference(page, grove.server.url);
      expect(refused.filter((entry) => !entry.endsWith(REDOCLY_LOGO))).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shoot(page, "api-reference-phone");
    } finally {
      await context.close();
    }
  });
});
