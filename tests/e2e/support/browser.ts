import { execSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import axe from "axe-core";
import { type Browser, type BrowserServer, chromium, type Locator, type Page } from "playwright-core";
import { expect, inject } from "vitest";

/**
 * Debian's Chromium: browser downloads do not work on these machines. Its headless shell
 * (`apt-get install chromium-headless-shell`) is the same engine without the browser's UI and
 * costs a fifth less CPU per test; the full `chromium` serves where only it is installed.
 */
export function chromiumPath(): string | null {
  for (const name of ["chromium-headless-shell", "chromium"]) {
    try {
      const path = execSync(`command -v ${name}`, { encoding: "utf8", shell: "/bin/sh" }).trim();
      if (path) return path;
    } catch {
      // not installed: try the next
    }
  }
  return null;
}

/** Under CI the browser suite must run; on a laptop without Chromium it is skipped with a note. */
export function chromiumMissing(): boolean {
  if (chromiumPath() || process.env.CI === "true") return false;
  process.stderr.write(
    "e2e: no chromium on PATH, skipping the browser suite (apt-get install chromium-headless-shell)\n",
  );
  return true;
}

function installedChromium(): string {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("Chromium is not installed: apt-get install -y chromium-headless-shell");
  return executablePath;
}

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** One Chromium for the whole run, started by the e2e global setup; files connect to it. */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: installedChromium(), args: chromiumArgs });
}

/**
 * A browser for one test file: a connection to the run's shared Chromium (each file still makes
 * its own contexts, so no cookies or storage are shared; close() drops this file's contexts),
 * or a Chromium of its own when the file runs outside the e2e project's setup.
 */
export function launchChromium(): Promise<Browser> {
  const shared = inject("e2eBrowser");
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: installedChromium(), args: chromiumArgs });
}

/** Grove's two languages, each with the browser locale its tests read it in. */
export const languages = [
  ["en", "en-GB"],
  ["zh", "zh-CN"],
] as const;

export const viewports = {
  desktop: { width: 1280, height: 860 },
  phone: { width: 390, height: 844 },
} as const;

/** Cumulative layout shift since the page loaded (buffered entries), ignoring shifts after input. */
export function cumulativeLayoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) sum += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(sum), 100);
      }),
  );
}

export const screenshotDir = "test-results/screenshots";

/**
 * Screenshots are for people to look at (no test reads them), so they are saved only when
 * GROVE_SCREENSHOTS=1: some 400 full-page pictures took minutes of every run.
 */
export const screenshotsWanted = process.env.GROVE_SCREENSHOTS === "1";

/** The whole page as `test-results/screenshots/{name}.png`, with GROVE_SCREENSHOTS=1. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!screenshotsWanted) return;
  mkdirSync(screenshotDir, { recursive: true });
  // From the top, so sticky parts (sidebar, method help) sit where a reader first sees them.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true, animations: "disabled" });
}

/**
 * One part of the page as `test-results/screenshots/{name}.png`, with GROVE_SCREENSHOTS=1. Either
 * way the part must be on the page, one element and visible, as a screenshot of it requires.
 */
export async function screenshotOf(part: Locator, name: string): Promise<void> {
  if (!screenshotsWanted) return part.waitFor({ state: "visible" });
  mkdirSync(screenshotDir, { recursive: true });
  await part.screenshot({ path: `${screenshotDir}/${name}.png`, animations: "disabled" });
}

/** The step that closes a view's check: no serious axe-core violation on the page, then its screenshot. */
export async function accessibleScreenshot(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Serious and critical axe-core violations on the page as it is now. axe-core runs in the page
 * itself, injected once per document: its source is 1.3 MB, and parsing it again before every
 * check (as @axe-core/playwright does) cost a third of a check's time; a check after a
 * client-side navigation reuses the copy already there. Only violations are read, so only they
 * are collected in full (resultTypes). The page has no frames, so none are visited.
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const injected = await page.evaluate(() => "axe" in window);
  if (!injected) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options).then((r) => r.violations),
    {
      resultTypes: ["violations"],
      iframes: false,
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    } satisfies axe.RunOptions,
  );
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
}
