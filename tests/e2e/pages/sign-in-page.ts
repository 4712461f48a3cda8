import { AppPage } from "./app-page.ts";

export class SignInPage extends AppPage {
  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel(/email|邮箱/i).fill(email);
    await this.page.getByLabel(/password|密码/i).fill(password);
    await this.page.getByRole("button", { name: /^(sign in|登录)$/i }).click();
    await this.page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await this.settled();
  }
}
