import type { Locator } from "playwright-core";
import { AppPage } from "./app-page.ts";

export class DashboardPage extends AppPage {
  get atRisk(): Locator {
    return this.page.getByTestId("at-risk");
  }

  get stale(): Locator {
    return this.page.getByTestId("stale");
  }

  async atRiskTitles(): Promise<string[]> {
    return this.atRisk.locator(".attention__title").allTextContents();
  }
}
