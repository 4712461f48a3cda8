import type { Locator } from "playwright-core";
import { AppPage } from "./app-page.ts";

export class SettingsPage extends AppPage {
  /** Creates an API token; returns its secret, shown once. */
  async createToken(name: string, scope: RegExp): Promise<string> {
    const form = this.page.getByRole("form", { name: /create token|创建令牌/i });
    await form.getByLabel(/token name|令牌名称/i).fill(name);
    await form.getByRole("radio", { name: scope }).check();
    await form.getByRole("button", { name: /create token|创建令牌/i }).click();
    const secret = this.page.getByLabel(/secret of|的密钥/i);
    await secret.waitFor();
    return secret.inputValue();
  }

  token(name: string): Locator {
    return this.page.getByRole("listitem", { name, exact: true });
  }

  async revoke(name: string): Promise<void> {
    await this.token(name)
      .getByRole("button", { name: /revoke|吊销/i })
      .click();
    await this.token(name)
      .getByRole("button", { name: /yes, revoke|确定吊销/i })
      .click();
    await this.token(name)
      .getByText(/revoked|已于/i)
      .waitFor();
  }
}
