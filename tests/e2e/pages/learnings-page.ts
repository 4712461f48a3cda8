import type { Locator } from "playwright-core";
import { AppPage } from "./app-page.ts";

/** The learnings library (S7). */
export class LearningsPage extends AppPage {
  async search(text: string): Promise<void> {
    await this.page.getByLabel(/^(Search learnings|搜索经验)$/).fill(text);
    await this.page.waitForTimeout(400); // the search waits for a pause in typing
    await this.settled();
  }

  learnings(): Locator {
    return this.page.locator(".learning");
  }

  async bodies(): Promise<string[]> {
    return this.page.locator(".learning__body").allTextContents();
  }
}
