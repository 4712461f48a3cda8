import type { Locator } from "playwright-core";
import { AppPage } from "./app-page.ts";

export class MapPage extends AppPage {
  async openOrg(org: string): Promise<void> {
    await this.open(`/orgs/${org}/map`);
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole("searchbox").fill(text);
  }

  unitCard(name: string): Locator {
    return this.page.getByRole("article", { name, exact: true });
  }

  async showPathFor(unit: string): Promise<void> {
    await this.page.getByLabel(/show the path for|查看路径/i).selectOption({ label: unit });
  }

  /** The path view's steps from the top down: each unit, and the KR it was cascaded from. */
  async pathSteps(): Promise<string[]> {
    return this.page
      .locator(".path__step")
      .evaluateAll((steps) =>
        steps.map((step) =>
          [step.querySelector(".path__via")?.textContent?.trim(), step.querySelector(".path__unit")?.textContent]
            .filter(Boolean)
            .join(" | "),
        ),
      );
  }

  async collapseAll(): Promise<void> {
    await this.page.getByRole("button", { name: /collapse all|全部收起/i }).click();
  }

  async expandAll(): Promise<void> {
    await this.page.getByRole("button", { name: /expand all|全部展开/i }).click();
  }

  async openUnit(name: string): Promise<void> {
    await this.unitCard(name).getByRole("link", { name, exact: true }).click();
    await this.settled();
  }
}
