import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { AppPage } from "../pages/app-page.ts";
import { viewports } from "./browser.ts";
import { anotherTab } from "./session.ts";

export type Lang = "en" | "zh-CN";

export interface View<P extends AppPage> {
  /** Names the screenshots: `{name}-desktop-en`, `{name}-phone-zh`, ... */
  name: string;
  /** Where the page is; `lang` is added to its query (before a `#`). */
  path: string;
  /** What to do once the page is open (wait for a part of it, open a dialog), per language. */
  act?: (app: P, lang: Lang) => Promise<void>;
  /** The page object to drive it with (an AppPage by default). */
  pageOf?: (page: Page, baseUrl: string) => P;
  /** More to shoot after each screenshot (a part close up); `shot` is that screenshot's name. */
  alsoShoot?: (app: P, shot: string) => Promise<unknown>;
}

/**
 * Looks at a page as a person would: 1280 and 390 wide, in English and in Chinese, with a
 * screenshot of each and nothing running off the side of a phone. Each view is a tab of its own
 * in the signed-in context (`anotherTab`: the page the test drives stays as it is), and each
 * language is loaded anew in it (read from the address's `lang`, not switched in place) at 1280,
 * then narrowed to 390; a new context per view, or per language, fetched the app's scripts anew.
 * The accessibility check (axe-core) runs once per width and once per language (1280 in English,
 * 390 in Chinese): its rules look at structure, names and contrast, which a second pass at the
 * same width in the other language repeats at a cost of seconds.
 */
export async function everyView<P extends AppPage = AppPage>(
  signedIn: BrowserContext,
  baseUrl: string,
  view: View<P>,
): Promise<void> {
  const pageOf = view.pageOf ?? ((page: Page, url: string) => new AppPage(page, url) as P);
  const tab = await anotherTab(signedIn, baseUrl, viewports.desktop);
  try {
    const app = pageOf(tab.page, baseUrl);
    for (const lang of ["en", "zh-CN"] as const) {
      await app.page.setViewportSize(viewports.desktop);
      await app.open(withLang(view.path, lang));
      if (view.act) await view.act(app, lang);
      await app.settled();
      const short = lang === "en" ? "en" : "zh";
      for (const size of ["desktop", "phone"] as const) {
        await app.page.setViewportSize(viewports[size]);
        await app.settled();
        if ((size === "desktop") === (lang === "en")) {
          expect([view.name, size, lang, await app.axe()]).toEqual([view.name, size, lang, []]);
        }
        const width = await app.page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${view.name} (${size}, ${lang}) runs off the side`).toBeLessThanOrEqual(viewports[size].width);
        await app.screenshot(`${view.name}-${size}-${short}`);
        await view.alsoShoot?.(app, `${view.name}-${size}-${short}`);
      }
    }
  } finally {
    await tab.close();
  }
}

/** `path` with `lang` in its query: "/people#periods" becomes "/people?lang=en#periods". */
function withLang(path: string, lang: Lang): string {
  const [where = "", hash] = path.split("#");
  return `${where}${where.includes("?") ? "&" : "?"}lang=${lang}${hash === undefined ? "" : `#${hash}`}`;
}
