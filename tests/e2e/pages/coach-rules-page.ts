import type { Locator } from "playwright-core";
import { AppPage } from "./app-page.ts";

/** `/orgs/{slug}/settings/coach`: the coach's rule settings. */
export class CoachRulesPage extends AppPage {
  rule(id: string): Locator {
    return this.page.locator(`.coach-rule[data-rule="${id}"]`);
  }

  setting(id: string): Locator {
    return this.page.getByLabel(new RegExp(`^(Setting for ${id}|${id} 的设置)$`));
  }

  reason(id: string): Locator {
    return this.page.getByLabel(new RegExp(`^(Reason for ${id}|${id} 的原因)$`));
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: /save rules|保存规则/i }).click();
  }

  reasonError(id: string): Promise<string | null> {
    return this.announcedError(this.reason(id));
  }
}
