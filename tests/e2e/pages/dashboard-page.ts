import type { Locator } from "playwright-core";
import { AppPage } from "./app-page.ts";

export class DashboardPage extends AppPage {
  get atRisk(): Locator {
    return this.page.getByTestId("at-risk");
  }

  get stale(): Locator {
    return this.page.getByTestId("stale");
  }

  /** The units the table lists, in its order. */
  async unitNames(): Promise<string[]> {
    return this.page.locator(".units-table__unit > a").allTextContents();
  }

  /** Focuses the dashboard on a unit and those below it. */
  async focusOn(unit: string): Promise<void> {
    await this.page
      .getByRole("button", { name: new RegExp(`Focus the dashboard on ${unit}|将看板聚焦到 ${unit}`) })
      .click();
  }

  async showWholeOrganisation(): Promise<void> {
    await this.page.getByRole("button", { name: /^(Whole organisation|整个组织)$/ }).click();
  }

  /** The count in a list's heading. */
  async total(list: Locator): Promise<string> {
    return (await list.locator("h2 .badge").textContent()) ?? "";
  }

  async atRiskTitles(): Promise<string[]> {
    return this.atRisk.locator(".attention__title").allTextContents();
  }
}
