import { AppPage } from "./app-page.ts";

export class AcceptInvitationPage extends AppPage {
  /** What the invitation offers, as the page lists it ("Organisation" -> "Northwind"). */
  async offer(): Promise<Record<string, string>> {
    return this.page
      .locator(".invite__offer > div")
      .evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((row) => [row.querySelector("dt")?.textContent ?? "", row.querySelector("dd")?.textContent ?? ""]),
        ),
      );
  }

  async accept(entry: { name?: string; password: string }): Promise<void> {
    const form = this.page.getByRole("form");
    if (entry.name !== undefined) await form.getByLabel(/your name|你的姓名/i).fill(entry.name);
    await form.getByLabel(/^password|^密码/i).fill(entry.password);
    await form.getByRole("button", { name: /accept and join|接受并加入/i }).click();
    await this.page.waitForURL(/\/orgs\/[^/]+\/map/);
    await this.settled();
  }
}
