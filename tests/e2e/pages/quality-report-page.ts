import type { Locator } from "playwright-core";
import { AppPage } from "./app-page.ts";

/** `/orgs/{slug}/coach/report`: open findings per unit. */
export class QualityReportPage extends AppPage {
  unit(name: string): Locator {
    return this.page.locator("section.quality-unit").filter({ has: this.page.getByRole("heading", { name }) });
  }

  unitNames(): Promise<string[]> {
    return this.page.locator("section.quality-unit h2").allTextContents();
  }

  finding(unit: string, rule: string): Locator {
    return this.unit(unit).locator(`.coach-finding[data-rule="${rule}"]`);
  }
}
