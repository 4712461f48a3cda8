import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignUpMode } from "../../src/domain/sign-up-mode.ts";
import type { RunningServer } from "../../src/server.ts";
import { SignInPage } from "./pages/sign-in-page.ts";
import { SignUpPage } from "./pages/sign-up-page.ts";
import { chromiumMissing, launchChromium, viewports } from "./support/browser.ts";
import { startGrove } from "./support/grove.ts";

// Issue 12 point 6 in a browser: the sign-in page offers sign-up only when the server allows it,
// and says which domains may; the sign-up page says what to do when refused.

const languages = [
  ["en", "en-GB", /Create an organisation/, /Ask an admin/],
  ["zh", "zh-CN", /创建组织/, /管理员/],
] as const;

describe.skipIf(chromiumMissing())("sign-up modes in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function eachView(
    server: RunningServer,
    check: (page: SignInPage, name: string, lang: string) => Promise<void>,
  ) {
    for (const [viewportName, viewport] of Object.entries(viewports)) {
      for (const [lang, locale] of languages) {
        const context = await browser.newContext({ viewport, locale, timezoneId: "UTC" });
        try {
          await check(new SignInPage(await context.newPage(), server.url), `${viewportName}-${lang}`, lang);
        } finally {
          await context.close();
        }
      }
    }
  }
  async function withServer(signUp: SignUpMode, run: (server: RunningServer) => Promise<void>) {
    const server = await startGrove({ signUp });
    try {
      await run(server);
    } finally {
      await server.close();
    }
  }

  it("invitation: no sign-up link, and the sign-up page says to ask for an invitation", async () => {
    await withServer({ mode: "invitation" }, (server) =>
      eachView(server, async (signIn, name, lang) => {
        const [, , link, ask] = languages.find(([l]) => l === lang) ?? languages[0];
        await signIn.open("/sign-in");
        const footer = signIn.page.locator(".sign-in__footer");
        await expect.poll(() => footer.textContent()).toMatch(ask);
        expect(await signIn.page.getByRole("link", { name: link }).count()).toBe(0);
        await signIn.axeAndScreenshot(`sign-up-mode-invitation-sign-in-${name}`);
        await signIn.open("/sign-up");
        // The form shows while the mode loads (sign-up-mode.tsx: the server refuses anyway), so wait
        // for the page to say it is by invitation before counting forms.
        await expect.poll(() => signIn.page.locator("main").textContent()).toMatch(ask);
        expect(await signIn.page.getByRole("form").count()).toBe(0);
        await signIn.screenshot(`sign-up-mode-invitation-sign-up-${name}`);
      }),
    );
  });

  it("domains: the link says which domains, and another domain is refused at the email field", async () => {
    await withServer({ mode: "domains", domains: ["example.com", "example.org"] }, (server) =>
      eachView(server, async (signIn, name, lang) => {
        const [, , link] = languages.find(([l]) => l === lang) ?? languages[0];
        await signIn.open("/sign-in");
        await expect
          .poll(() => signIn.page.locator(".sign-in__footer").textContent())
          .toMatch(/example\.com, example\.org/);
        expect(await signIn.page.getByRole("link", { name: link }).count()).toBe(1);
        await signIn.screenshot(`sign-up-mode-domains-sign-in-${name}`);
        const signUp = new SignUpPage(signIn.page, server.url);
        await signUp.open("/sign-up");
        await signUp.fill({
          organisation: "Evil Co",
          name: "Eve",
          email: `eve-${name}@evil-example.com`,
          password: "correct horse battery staple",
        });
        await signUp.submit();
        expect(await signUp.fieldError(/^email|^邮箱/i)).toMatch(lang === "en" ? /these domains/ : /域名/);
        expect(await signUp.page.getByRole("alert").textContent()).toMatch(/example\.com, example\.org/);
        await signUp.axeAndScreenshot(`sign-up-mode-domains-sign-up-${name}`);
      }),
    );
  });
});
