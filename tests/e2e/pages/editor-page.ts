import type { Locator } from "playwright-core";
import { AppPage } from "./app-page.ts";

export interface KeyResultEntry {
  title: string;
  metric: string;
  unit: string;
  baseline: string;
  target: string;
}

export class EditorPage extends AppPage {
  async fillObjective(title: string, description: string): Promise<void> {
    const form = this.page.getByRole("form");
    await form.getByLabel(/^title$|^标题$/i).fill(title);
    await form.getByLabel(/why it matters|为什么重要/i).fill(description);
  }

  async fillKeyResult(index: number, entry: KeyResultEntry): Promise<void> {
    const group = this.keyResultGroup(index);
    await group.getByLabel(/^key result$|^关键结果$/i).fill(entry.title);
    await group.getByLabel(/^metric$|^指标$/i).fill(entry.metric);
    await group.getByLabel(/^unit$|^单位$/i).fill(entry.unit);
    await group.getByLabel(/baseline|基线/i).fill(entry.baseline);
    await group.getByLabel(/^target$|^目标值$/i).fill(entry.target);
  }

  /** Clicks "Save and activate" and stays on the form (the API may refuse). */
  async activate(): Promise<void> {
    await this.page.getByRole("button", { name: /save and activate|保存并启用/i }).click();
  }

  async saveAndActivate(): Promise<void> {
    await this.activate();
    await this.backOnTeamPage();
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: /save changes|保存修改/i }).click();
    await this.backOnTeamPage();
  }

  /** A draft's form saves with "Save as draft" (it stays a draft) instead of "Save changes". */
  async saveDraft(): Promise<void> {
    await this.page.getByRole("button", { name: /save as draft|存为草稿/i }).click();
    await this.backOnTeamPage();
  }

  /** Saves, expecting to stay on the form because the API asks something back (S7, 409). */
  async saveExpectingQuestion(): Promise<void> {
    await this.page.getByRole("button", { name: /save changes|保存修改/i }).click();
    await this.page.getByRole("dialog").waitFor();
  }

  async giveReason(reason: string): Promise<void> {
    const dialog = this.page.getByRole("dialog");
    await dialog.getByLabel(/^reason|^原因/i).fill(reason);
    await dialog.getByRole("button", { name: /save with this reason|附上原因并保存/i }).click();
    await this.backOnTeamPage();
  }

  async reapplyMyChanges(): Promise<void> {
    await this.page
      .getByRole("dialog")
      .getByRole("button", { name: /reapply my changes|重新应用我的修改/i })
      .click();
    await this.backOnTeamPage();
  }

  async setKeyResultField(index: number, label: RegExp, value: string): Promise<void> {
    await this.keyResultGroup(index).getByLabel(label).fill(value);
  }

  /** How many KRs the form shows (the next one added gets this index). */
  keyResultCount(): Promise<number> {
    return this.page.locator("fieldset.kr-fields").count();
  }

  async addKeyResult(): Promise<void> {
    await this.page.getByRole("button", { name: /add key result|添加关键结果/i }).click();
  }

  /** The error shown under a KR's field, as its input announces it (aria-describedby). */
  async fieldError(index: number, label: string): Promise<string | null> {
    const input = this.keyResultGroup(index).getByLabel(label, { exact: true });
    const ids = (await input.getAttribute("aria-describedby")) ?? "";
    const errorId = ids.split(" ").find((id) => id.endsWith("-error"));
    return errorId ? this.page.locator(`[id="${errorId}"]`).textContent() : null;
  }

  /** Types into the objective's title only, as a user would (one key at a time, so the coach reviews live). */
  async typeObjectiveTitle(title: string): Promise<void> {
    const input = this.page.getByRole("form").getByLabel(/^title$|^标题$/i);
    await input.fill("");
    await input.pressSequentially(title);
  }

  async typeKeyResultTitle(index: number, title: string): Promise<void> {
    const input = this.keyResultGroup(index).getByLabel(/^key result$|^关键结果$/i);
    await input.fill("");
    await input.pressSequentially(title);
  }

  /** The coach's finding of a rule under the objective's title (a live region). */
  objectiveFinding(rule: string): Locator {
    return this.page.locator("#coach-objective[aria-live=polite]").locator(`.coach-finding[data-rule="${rule}"]`);
  }

  /** The coach's finding of a rule under a KR's title, inside that KR's group. */
  keyResultFinding(index: number, rule: string): Locator {
    return this.keyResultGroup(index).locator(`.coach-findings[aria-live=polite] .coach-finding[data-rule="${rule}"]`);
  }

  keyResultGroup(index: number) {
    return this.page.getByRole("group", { name: new RegExp(`(Key result|关键结果) ${index + 1}`) });
  }

  private async backOnTeamPage(): Promise<void> {
    await this.page.waitForURL(/\/units\/[^/]+\?/);
    await this.settled();
  }
}
