import type { Locator } from "playwright-core";
import { AppPage } from "./app-page.ts";

/** The Periods card on the people page (admins add quarters and move them through their status). */
export class PeriodsCard extends AppPage {
  get card(): Locator {
    return this.page.locator("section#periods");
  }

  /** "Add 2026-Q4 (this quarter)" or "(next quarter)". */
  quickAdd(which: "this quarter" | "next quarter" | RegExp): Locator {
    return this.card.getByRole("button", { name: typeof which === "string" ? new RegExp(`\\(${which}\\)`) : which });
  }

  row(name: string): Locator {
    return this.card.getByRole("listitem", { name, exact: true });
  }

  /** The status badge of a period's row ("Active", "In review", "已结束"...). */
  statusOf(name: string): Locator {
    return this.row(name).locator(".period-status");
  }

  /** The one lifecycle step an admin is offered for a period ("Activate 2027-Q1", "Close ...", "Reopen ..."). */
  stepButton(name: string): Locator {
    return this.row(name).getByRole("button", {
      name: new RegExp(`^(Activate|Start the review of|Close|Reopen|启动|开始|结束|重新开启) ${name}`),
    });
  }

  /** Takes the step after its confirmation dialog; a reopen gets its reason. */
  async takeStep(name: string, reason?: string): Promise<void> {
    await this.stepButton(name).click();
    const dialog = this.confirmDialog;
    await dialog.waitFor();
    if (reason !== undefined) await dialog.getByRole("textbox").fill(reason);
    await dialog
      .getByRole("button", {
        name: /^(Activate period|Start review|Close period|Reopen period|启动周期|开始复盘|结束周期|重新开启周期)$/,
      })
      .click();
    await dialog.waitFor({ state: "hidden" });
  }

  deleteButton(name: string): Locator {
    return this.card.getByRole("button", { name: new RegExp(`^(Delete|删除) ${name}$`) });
  }

  /** The confirmation dialog opened by a period's delete button. */
  get confirmDialog(): Locator {
    return this.page.getByRole("dialog");
  }

  async deletePeriod(name: string): Promise<void> {
    await this.deleteButton(name).click();
    await this.confirmDialog.getByRole("button", { name: /^(Delete period|删除周期)$/ }).click();
  }

  get form(): Locator {
    return this.page.getByRole("form", { name: /add a custom period|添加自定义周期/i });
  }

  async addCustom(entry: { name: string; startsOn?: string; endsOn?: string }): Promise<void> {
    await this.form.getByLabel(/^name$|^名称$/i).fill(entry.name);
    if (entry.startsOn) await this.form.getByLabel(/first day|开始日期/i).fill(entry.startsOn);
    if (entry.endsOn) await this.form.getByLabel(/last day|结束日期/i).fill(entry.endsOn);
    await this.form.getByRole("button", { name: /add period|添加周期/i }).click();
  }

  /** The API's error under a field of the custom form, as the field announces it. */
  fieldError(label: RegExp): Promise<string | null> {
    return this.announcedError(this.form.getByLabel(label));
  }
}
