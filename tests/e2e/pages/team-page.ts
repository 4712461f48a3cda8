import type { Locator } from "playwright-core";
import { AppPage } from "./app-page.ts";

export class TeamPage extends AppPage {
  keyResult(title: string): Locator {
    return this.page.locator(".kr-card").filter({ has: this.page.getByRole("heading", { name: title, exact: true }) });
  }

  /** The progress a KR shows, as its bar announces it to assistive technology ("55%"). */
  async progressOf(title: string): Promise<string | null> {
    return this.keyResult(title).getByRole("progressbar").getAttribute("aria-valuetext");
  }

  async checkIn(title: string, entry: { value: string; confidence: number; comment: string }): Promise<void> {
    await this.keyResult(title)
      .getByRole("button", { name: /check in|签到/i })
      .click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByLabel(/new value|新数值/i).fill(entry.value);
    await dialog.getByLabel(/confidence|信心/i).fill(String(entry.confidence));
    await dialog.getByLabel(/comment|备注/i).fill(entry.comment);
    await dialog.getByRole("button", { name: /save check-in|保存签到/i }).click();
    await dialog.waitFor({ state: "hidden" });
  }

  async openCheckInDialog(title: string): Promise<void> {
    await this.keyResult(title)
      .getByRole("button", { name: /check in|签到/i })
      .click();
    await this.page.getByRole("dialog").waitFor();
  }

  async startNewObjective(): Promise<void> {
    await this.page.getByRole("link", { name: /new objective|新建目标/i }).click();
    await this.settled();
  }

  async editObjective(): Promise<void> {
    await this.page.getByRole("link", { name: /^edit$|^编辑$/i }).click();
    await this.settled();
  }

  objectiveHeading(title: string): Locator {
    return this.page.getByRole("heading", { level: 2, name: title, exact: true });
  }

  /** One objective's card, so a check does not depend on what else the unit has. */
  objectiveCard(title: string): Locator {
    return this.page.locator(".objective-card").filter({ has: this.objectiveHeading(title) });
  }

  keyResultsOf(objectiveTitle: string): Locator {
    return this.objectiveCard(objectiveTitle).locator(".kr-card");
  }

  /** Opens the editor of the objective called `title` (editObjective: the page's only one). */
  async editObjectiveCalled(title: string): Promise<void> {
    await this.objectiveCard(title)
      .getByRole("link", { name: /^edit$|^编辑$/i })
      .click();
    await this.settled();
  }

  /** The visible note that says why a control is not offered here (M3). */
  whyNote(): Locator {
    return this.page.getByRole("note").first();
  }

  /** The history timeline's entries, newest first, as a reader sees them. */
  async history(): Promise<string[]> {
    return this.page.locator(".timeline__item").evaluateAll((items) =>
      items.map((item) => {
        // What the eye reads: without the words only screen readers get.
        const copy = item.cloneNode(true) as HTMLElement;
        for (const hidden of copy.querySelectorAll(".visually-hidden")) hidden.remove();
        return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
      }),
    );
  }
}
