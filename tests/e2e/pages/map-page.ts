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

  async openUnit(name: string): Promise<void> {
    await this.unitCard(name).getByRole("link", { name, exact: true }).click();
    await this.settled();
  }
}
