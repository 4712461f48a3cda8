import type { Locator, Page } from "playwright-core";
import { accessibleScreenshot, screenshot, seriousViolations } from "../support/browser.ts";

/** What every page of the app shares: the navigation, the period and the checks we run. */
export class AppPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(path: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
    await this.settled();
  }

  /**
   * Waits until the app has painted the page: something is rendered, no skeleton is left and
   * nothing says it is still loading (aria-busy), so checks and screenshots see the real page.
   * It fails when the page stays busy, instead of carrying on with a half-loaded one.
   */
  async settled(): Promise<void> {
    await this.page.waitForFunction(
      () =>
        document.querySelector("#root > *") !== null &&
        document.querySelector(".skeleton, .page-skeleton, [aria-busy='true']") === null,
      undefined,
      { timeout: 15_000 },
    );
  }

  get navigation(): Locator {
    return this.page.locator("nav.nav");
  }

  async goTo(label: string | RegExp): Promise<void> {
    await this.navigation.getByRole("link", { name: label }).click();
    await this.settled();
  }

  async switchLanguage(label: "English" | "简体中文"): Promise<void> {
    await this.page.locator(".language__select").selectOption({ label });
  }

  /**
   * The API's error under a field, as the field announces it: waits until its aria-describedby
   * names an element ending "-error", then reads that element.
   */
  async announcedError(input: Locator): Promise<string | null> {
    await this.page.waitForFunction(
      (el) => (el?.getAttribute("aria-describedby") ?? "").includes("-error"),
      await input.elementHandle(),
    );
    const ids = (await input.getAttribute("aria-describedby")) ?? "";
    const errorId = ids.split(" ").find((id) => id.endsWith("-error"));
    return errorId ? this.page.locator(`[id="${errorId}"]`).textContent() : null;
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** Opens `url` (a whole address, as a mailed link is) and reads its heading once the page has painted. */
  async headingAt(url: string): Promise<string | null> {
    await this.page.goto(url);
    await this.settled();
    return this.heading().textContent();
  }

  axe() {
    return seriousViolations(this.page);
  }

  screenshot(name: string) {
    return screenshot(this.page, name);
  }

  /** No serious accessibility violation on this page, then its screenshot (support/browser.ts). */
  axeAndScreenshot(name: string) {
    return accessibleScreenshot(this.page, name);
  }
}
