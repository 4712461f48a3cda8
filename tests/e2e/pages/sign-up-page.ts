import { AppPage } from "./app-page.ts";

export interface SignUpEntry {
  organisation: string;
  slug?: string;
  name: string;
  email: string;
  password: string;
}

export class SignUpPage extends AppPage {
  private get form() {
    return this.page.getByRole("form");
  }

  async fill(entry: SignUpEntry): Promise<void> {
    await this.form.getByLabel(/organisation name|组织名称/i).fill(entry.organisation);
    if (entry.slug !== undefined) await this.form.getByLabel(/^address|^地址/i).fill(entry.slug);
    await this.form.getByLabel(/your name|你的姓名/i).fill(entry.name);
    await this.form.getByLabel(/^email|^邮箱/i).fill(entry.email);
    await this.form.getByLabel(/^password|^密码/i).fill(entry.password);
  }

  slugValue(): Promise<string> {
    return this.form.getByLabel(/^address|^地址/i).inputValue();
  }

  async submit(): Promise<void> {
    await this.form.getByRole("button", { name: /create organisation|创建组织/i }).click();
  }

  /**
   * Creates an organisation on the sign-up page as a new person does, and waits for the
   * getting-started checklist its admin lands on (getting-started.e2e.test.ts).
   */
  async createOrganisation(entry: SignUpEntry, slug: string): Promise<void> {
    await this.open("/sign-up");
    await this.fill(entry);
    await this.submit();
    await this.page.waitForURL(`**/orgs/${slug}/getting-started`);
    await this.settled();
  }

  /** The API's error under a field, as the field announces it (aria-describedby). */
  fieldError(label: RegExp): Promise<string | null> {
    return this.announcedError(this.form.getByLabel(label));
  }
}
