import type { Locator } from "playwright-core";
import { PeoplePage } from "./people-page.ts";

/** The people page's administration controls (issue 12 point 10): units, people, invitations. */
export class AdminPage extends PeoplePage {
  get dialog(): Locator {
    return this.page.getByRole("dialog");
  }

  unitButton(action: "Rename or move" | "Delete", unit: string): Locator {
    return this.page.getByRole("button", { name: `${action} ${unit}`, exact: true });
  }

  personButton(action: "Change the role of" | "Remove", person: string): Locator {
    const name = action === "Remove" ? `Remove ${person} from the organisation` : `${action} ${person}`;
    return this.page.getByRole("button", { name, exact: true });
  }

  withdrawButton(email: string): Locator {
    return this.page.getByRole("button", { name: `Withdraw the invitation for ${email}`, exact: true });
  }

  /** Opens a unit's dialog, sets what is given and saves; the dialog stays open when refused. */
  async editUnit(unit: string, change: { name?: string; parent?: string }): Promise<void> {
    await this.unitButton("Rename or move", unit).click();
    if (change.name !== undefined) await this.dialog.getByLabel("Name", { exact: true }).fill(change.name);
    if (change.parent !== undefined) await this.dialog.getByLabel("Part of").selectOption({ label: change.parent });
    await this.dialog.getByRole("button", { name: "Save unit" }).click();
  }

  fieldError(label: string): Promise<string | null> {
    return this.dialog
      .locator(".field")
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator(".field__error")
      .textContent();
  }

  /** The depth a unit row is drawn at (its indentation, 18 px per level). */
  async depthOf(unit: string): Promise<number> {
    const padding = await this.unitRow(unit).evaluate((el) => Number.parseFloat((el as HTMLElement).style.paddingLeft));
    return (padding - 16) / 18;
  }

  notes(): Promise<string[]> {
    return this.page.getByRole("note").allTextContents();
  }
}
