import { TeamPage } from "./team-page.ts";

/** "My key results" shows the same KR cards as the team page, for the person picked. */
export class MyKeyResultsPage extends TeamPage {
  async viewAs(name: string): Promise<void> {
    await this.page.getByLabel(/viewing as|当前身份/i).selectOption({ label: name });
    await this.settled();
  }
}
