import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/demo/load-demo.ts";
import { SettingsPage } from "./pages/settings-page.ts";
import { chromiumMissing, viewports } from "./support/browser.ts";
import { sendForm } from "./support/forms.ts";
import { useGroveInChromium } from "./support/session.ts";

// The Password and sessions card on the Settings page (issue 12, point 8): a member changes the
// password and the other browser is signed out; a phone in Chinese signs itself out from the list.
describe.skipIf(chromiumMissing())("password and sessions in the browser", () => {
  const grove = useGroveInChromium();

  it("changes the password (English, 1280 wide): the other browser is signed out, this one stays", async () => {
    const laptop = await grove.signedIn("priya@demo.grove.dev", { viewport: viewports.desktop, locale: "en-US" });
    const phone = await grove.signedIn("priya@demo.grove.dev", { viewport: viewports.phone, locale: "en-US" });
    const settings = new SettingsPage(laptop.page, grove.server.url);
    await settings.open("/orgs/demo/settings");
    const card = laptop.page.getByRole("region", { name: "Password and sessions" });
    await expect.poll(() => card.getByRole("listitem").count()).toBe(2);
    await card.getByRole("button", { name: "Sign out here" }).waitFor();
    await settings.screenshot("account-card-desktop-en");
    const onPhone = new SettingsPage(phone.page, grove.server.url);
    await onPhone.open("/orgs/demo/settings");
    await phone.page.getByRole("button", { name: "Sign out here" }).waitFor();
    await onPhone.screenshot("account-card-phone-en");

    const form = card.getByRole("form", { name: "Change password" });
    await sendForm(
      form,
      { "Current password": "not my password", "New password": "a much longer passphrase" },
      "Change password",
    );
    await form.getByText("This is not your current password.").waitFor();
    await settings.screenshot("account-wrong-current-desktop-en");

    await sendForm(form, { "Current password": DEMO_PASSWORD }, "Change password");
    await card.getByText(/Password changed/).waitFor();
    await expect.poll(() => card.getByRole("listitem").count()).toBe(1);
    await settings.screenshot("account-changed-desktop-en");

    await phone.page.goto(`${grove.server.url}/orgs/demo/settings`);
    await phone.page.waitForURL((url) => url.pathname.startsWith("/sign-in"));
    await laptop.page.reload();
    await settings.settled();
    expect(new URL(laptop.page.url()).pathname).toBe("/orgs/demo/settings");
    await laptop.context.close();
    await phone.context.close();
  });

  it("shows the field rule and signs this session out from the list (Chinese, 390 wide)", async () => {
    const phone = await grove.signedIn("li.ming@demo-zh.grove.dev", { viewport: viewports.phone, locale: "zh-CN" });
    const settings = new SettingsPage(phone.page, grove.server.url);
    await settings.open("/orgs/demo-zh/settings");
    await settings.switchLanguage("简体中文");
    const card = phone.page.getByRole("region", { name: "密码与登录会话" });
    const form = card.getByRole("form", { name: "修改密码" });
    await sendForm(form, { 当前密码: DEMO_PASSWORD, 新密码: "short" }, "修改密码");
    await form.getByText("至少使用 10 个字符。").waitFor();
    await settings.screenshot("account-card-phone-zh");
    expect(await settings.axe()).toEqual([]);
    await phone.page.setViewportSize(viewports.desktop);
    await settings.screenshot("account-card-desktop-zh");
    await phone.page.setViewportSize(viewports.phone);

    await card.getByRole("button", { name: "在此退出" }).click();
    await phone.page.waitForURL((url) => url.pathname === "/" || url.pathname.startsWith("/sign-in"));
    await phone.page.goto(`${grove.server.url}/orgs/demo-zh/settings`);
    await phone.page.waitForURL((url) => url.pathname.startsWith("/sign-in"));
    await phone.context.close();
  });
});
