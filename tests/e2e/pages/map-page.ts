import type { Locator } from "playwright-core";
import { AppPage } from "./app-page.ts";
import { TeamPage } from "./team-page.ts";

export class MapPage extends AppPage {
  async openOrg(org: string): Promise<void> {
    await this.open(`/orgs/${org}/map`);
  }

  /** A unit's team page, reached as a person does: the organisation's map, then the unit's card. */
  async openTeam(org: string, unit: string): Promise<TeamPage> {
    await this.openOrg(org);
    await this.openUnit(unit);
    return new TeamPage(this.page, this.baseUrl);
  }

  /** Types into the search box and waits for the server's answer (it searches the whole organisation). */
  async search(text: string): Promise<void> {
    const answered = this.page.waitForResponse((response) => response.url().includes("/search?"));
    await this.page.getByRole("searchbox").fill(text);
    await answered;
    await this.settled();
  }

  unitCard(name: string): Locator {
    return this.page.getByRole("article", { name, exact: true });
  }

  /** The unit card's offer to write the unit's objective (M3); `name` narrows it (another language). */
  writeObjectiveOffer(unit: string, name: string | RegExp = /write the objective/i): Locator {
    return this.unitCard(unit).getByRole("link", { name });
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

  /** Opens a unit on the map; below the loaded levels this loads its branch. */
  async expand(name: string): Promise<void> {
    await this.unitCard(name)
      .getByRole("button", { name: new RegExp(`^(Expand|展开) ${name}$`) })
      .click();
    await this.settled();
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
