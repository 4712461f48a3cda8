import type { Locator } from "playwright-core";
import { AppPage } from "./app-page.ts";

export class PeoplePage extends AppPage {
  async addUnit(name: string, kind: string, parent: string | null): Promise<void> {
    const form = this.page.getByRole("form", { name: /add a unit|添加单元/i });
    await form.getByLabel(/^name$|^名称$/i).fill(name);
    await form.getByLabel(/^kind$|^类型$/i).selectOption({ label: kind });
    await form.getByLabel(/part of|上级单元/i).selectOption({ label: parent ?? "Top of the organisation" });
    await form.getByRole("button", { name: /add unit|添加单元/i }).click();
    await this.unitRow(name).waitFor();
  }

  unitRow(name: string): Locator {
    return this.page.locator(".units-list__row").filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** Invites by email with an organisation role; returns the link shown once. */
  async invite(email: string, role: string): Promise<string> {
    const form = this.page.getByRole("form", { name: /invite someone|邀请成员/i });
    await form.getByLabel(/^email|^邮箱/i).fill(email);
    await form.getByLabel(/organisation role|组织角色/i).selectOption({ label: role });
    await form.getByRole("button", { name: /create invitation|创建邀请/i }).click();
    const link = this.page.getByLabel(/invitation link|邀请链接/i);
    await link.waitFor();
    return link.inputValue();
  }

  person(name: string): Locator {
    return this.page.getByRole("listitem", { name, exact: true });
  }

  /** Opens a person's units and sets their role in one unit ("Lead", "Member" or "Not in this unit"). */
  async setUnitRole(person: string, unit: string, role: string): Promise<void> {
    await this.page.getByRole("button", { name: new RegExp(`(Set the units of|设置) ${person}`) }).click();
    const dialog = this.page.getByRole("dialog");
    const select = dialog.getByLabel(unit, { exact: true });
    const saved = this.page.waitForResponse(
      (r) => /\/units\/[^/]+\/members\//.test(r.url()) && r.request().method() !== "GET",
    );
    await select.selectOption({ label: role });
    const response = await saved;
    if (!response.ok()) throw new Error(`setting ${person}'s role in ${unit} failed: ${response.status()}`);
    // The dialog shows the role again once the memberships are read back.
    await this.page.waitForFunction(
      ([el, label]) => {
        const s = el as HTMLSelectElement | null;
        return s !== null && !s.disabled && s.selectedOptions[0]?.textContent === label;
      },
      [await select.elementHandle(), role] as const,
    );
    await dialog.getByRole("button", { name: /done|完成/i }).click();
    await dialog.waitFor({ state: "hidden" });
  }

  async unitsOf(person: string): Promise<string[]> {
    return this.person(person).locator(".chip").allTextContents();
  }

  invitationRows(): Locator {
    return this.page.locator(".invitations__row");
  }
}
