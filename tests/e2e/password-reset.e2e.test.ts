import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADMIN_EMAIL } from "../../src/demo/load-demo.ts";
import { AppPage } from "./pages/app-page.ts";
import { PeoplePage } from "./pages/people-page.ts";
import { SignInPage } from "./pages/sign-in-page.ts";
import { chromiumMissing, viewports } from "./support/browser.ts";
import { sendForm } from "./support/forms.ts";
import { mailedLink } from "./support/mail.ts";
import { useGroveInChromium, useGroveWithMail } from "./support/session.ts";

const ZH_MEMBER = "li.ming@demo-zh.grove.dev";

// Issue 11 in a browser: "Forgot password?" on the sign-in page, the mail through a real SMTP
// server process, the new password set with its link, and what the link says when used again.
// English on a desktop, Chinese on a phone.
describe.skipIf(chromiumMissing())("password reset in the browser", () => {
  const grove = useGroveWithMail();
  const resetLink = (email: string) => mailedLink(grove.smtp, email, /http:\/\/localhost:\d+\/reset-password\/\S+/);

  beforeAll(async () => {
    await grove.server.db.kysely.updateTable("users").set({ locale: "zh" }).where("email", "=", ZH_MEMBER).execute();
  });

  async function askForLink(page: Page, email: string, names: { forgot: RegExp; send: RegExp; sent: RegExp }) {
    const signIn = new SignInPage(page, grove.server.url);
    await signIn.open("/sign-in");
    const width = page.viewportSize()?.width === viewports.phone.width ? "phone" : "desktop";
    await signIn.screenshot(`sign-in-forgot-${width}-${names.send.source.includes("mail") ? "en" : "zh"}`);
    await page.getByRole("link", { name: names.forgot }).click();
    await signIn.settled();
    expect(new URL(page.url()).pathname).toBe("/forgot-password");
    await page.getByLabel(/email|邮箱/i).fill(email);
    await page.getByRole("button", { name: names.send }).click();
    await page.getByRole("heading", { name: names.sent }).waitFor();
    return signIn;
  }

  it("mails an invitation from the People page, in the organisation's language (Chinese, 390 wide)", async () => {
    const { context, page } = await grove.signedIn("wang.fang@demo-zh.grove.dev", {
      viewport: viewports.phone,
      locale: "zh-CN",
    });
    const people = new PeoplePage(page, grove.server.url);
    await people.open("/orgs/demo-zh/people");
    const form = page.getByRole("form", { name: /邀请成员/ });
    await form.getByLabel(/^邮箱/).fill("new.hire@example.test");
    await form.getByRole("button", { name: /创建邀请/ }).click();
    const sent = page.getByText("已向 new.hire@example.test 发送邀请。");
    await sent.waitFor();
    // Mail is on: no link to copy.
    expect(await page.getByLabel(/邀请链接/).count()).toBe(0);
    await sent.scrollIntoViewIfNeeded();
    await people.screenshot("invitation-mailed-phone-zh");
    // Other mail (the demo's reminders) may come first: wait for the invitee's.
    const toInvitee = () => grove.smtp.messages().filter((m) => m.envelope.to.includes("new.hire@example.test"));
    await expect.poll(() => toInvitee().length, { timeout: 20_000 }).toBeGreaterThan(0);
    const [mail] = toInvitee();
    expect(mail?.subject).toMatch(/邀请您加入 Grove$/);
    expect(mail?.text).toMatch(/\/invite\/inv_/);
    await context.close();
  });

  it("sets a new password from the mailed link, once (English, 1280 wide)", async () => {
    const context = await grove.newContext();
    const page = await context.newPage();
    const app = await askForLink(page, DEMO_ADMIN_EMAIL, {
      forgot: /forgot password/i,
      send: /mail me a link/i,
      sent: /check your mail/i,
    });
    await app.axeAndScreenshot("reset-sent-desktop-en");

    const { link, subject } = await resetLink(DEMO_ADMIN_EMAIL);
    expect(subject).toBe("Set a new password for Grove");
    expect(await app.headingAt(link)).toBe("Choose a new password");
    await sendForm(page, { "New password": "short" }, "Set password", { exact: true });
    await page
      .getByText(/at least 10 characters/i)
      .first()
      .waitFor();
    await app.screenshot("reset-new-password-error-desktop-en");
    await sendForm(page, { "New password": "a brand new passphrase" }, "Set password", { exact: true });
    await page.getByRole("heading", { name: "Your password is set" }).waitFor();
    await app.screenshot("reset-done-desktop-en");

    // The same link again: it says it was used, and offers a new one.
    expect(await app.headingAt(link)).toBe("This link cannot be used");
    await page.getByText(/used already/).waitFor();
    await app.axeAndScreenshot("reset-used-desktop-en");

    const signIn = new SignInPage(page, grove.server.url);
    await signIn.open("/sign-in");
    await signIn.signIn(DEMO_ADMIN_EMAIL, "a brand new passphrase");
    expect(new URL(page.url()).pathname).not.toBe("/sign-in");
    await context.close();
  });

  it("does the same in Chinese on a phone, with the mail in the person's language (390 wide)", async () => {
    const context = await grove.newContext({ viewport: viewports.phone, locale: "zh-CN" });
    const page = await context.newPage();
    const app = await askForLink(page, ZH_MEMBER, { forgot: /忘记密码/, send: /发送链接/, sent: /请查收邮件/ });
    await app.screenshot("reset-sent-phone-zh");

    const { link, subject } = await resetLink(ZH_MEMBER);
    expect(subject).toBe("设置新的 Grove 密码");
    expect(await app.headingAt(link)).toBe("选择新密码");
    await app.screenshot("reset-new-password-phone-zh");
    await sendForm(page, { 新密码: "全新的密码短语 2027" }, "设置密码", { exact: true });
    await page.getByRole("heading", { name: "密码已设置" }).waitFor();
    await app.screenshot("reset-done-phone-zh");
    expect(await app.headingAt(link)).toBe("此链接无法使用");
    await app.axeAndScreenshot("reset-used-phone-zh");

    // Another address gets the same answer on the page, and no mail.
    await askForLink(page, "nobody@demo-zh.grove.dev", { forgot: /忘记密码/, send: /发送链接/, sent: /请查收邮件/ });
    await new AppPage(page, grove.server.url).screenshot("reset-sent-unknown-phone-zh");
    expect(grove.smtp.messages().filter((m) => m.envelope.to.includes("nobody@demo-zh.grove.dev"))).toEqual([]);
    await context.close();
  });
});

// Without SMTP_URL the same page says that no mail can come and who can help, instead of
// leaving the person waiting for one.
describe.skipIf(chromiumMissing())("password reset on a server without mail", () => {
  const grove = useGroveInChromium();

  it.each([
    { viewport: viewports.desktop, locale: "en-GB", name: "desktop-en", title: "This server sends no mail" },
    { viewport: viewports.phone, locale: "zh-CN", name: "phone-zh", title: "此服务器不发送邮件" },
  ])("tells the person to ask an admin ($name)", async ({ viewport, locale, name, title }) => {
    const context = await grove.newContext({ viewport, locale });
    const page = await context.newPage();
    const app = new AppPage(page, grove.server.url);
    await app.open("/forgot-password");
    await page.getByLabel(/email|邮箱/i).fill(DEMO_ADMIN_EMAIL);
    await page.getByRole("button", { name: /mail me a link|发送链接/i }).click();
    await page.getByRole("heading", { name: title }).waitFor();
    await page.getByText(/grove reset-link/).waitFor();
    await app.axeAndScreenshot(`reset-no-mail-${name}`);
    await context.close();
  });
});
