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
    const group = this.page.getByRole("group", { name: new RegExp(`(Key result|关键结果) ${index + 1}`) });
    await group.getByLabel(/^key result$|^关键结果$/i).fill(entry.title);
    await group.getByLabel(/^metric$|^指标$/i).fill(entry.metric);
    await group.getByLabel(/^unit$|^单位$/i).fill(entry.unit);
    await group.getByLabel(/baseline|基线/i).fill(entry.baseline);
    await group.getByLabel(/^target$|^目标值$/i).fill(entry.target);
  }

  async saveAndActivate(): Promise<void> {
    await this.page.getByRole("button", { name: /save and activate|保存并启用/i }).click();
    await this.page.waitForURL(/\/units\/[^/]+\?/);
    await this.settled();
  }
}
