import type { Locator } from "playwright-core";
import { AppPage } from "./app-page.ts";

/** The learnings library (S7). */
export class LearningsPage extends AppPage {
  /**
   * Types into the search box. The page searches after a pause in typing and keeps the results
   * it shows until the new ones arrive (keepPreviousData), so the caller waits for the list it
   * expects to see (`expect.poll(() => library.bodies())`), one that differs from the list before.
   */
  async search(text: string): Promise<void> {
    await this.page.getByLabel(/^(Search learnings|搜索经验)$/).fill(text);
  }

  learnings(): Locator {
    return this.page.locator(".learning");
  }

  async bodies(): Promise<string[]> {
    return this.page.locator(".learning__body").allTextContents();
  }
}
