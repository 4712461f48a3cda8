import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/demo/load-demo.ts";
import { startOidcProvider, type TestOidcProvider } from "../support/oidc-provider.ts";
import { SignInPage } from "./pages/sign-in-page.ts";
import { apiAs } from "./support/api.ts";
import { chromiumMissing, languages, screenshotOf, viewports } from "./support/browser.ts";
import { useGroveInChromium } from "./support/session.ts";

// Issue 12 point 9's "Done when": the OIDC flow signs in through the real provider in a browser.
// The provider is oidc-provider on this machine, with its own login and consent pages; the
// browser goes from Grove's sign-in page to them and back, and lands signed in.

describe.skipIf(chromiumMissing())("single sign-on in the browser", () => {
  const grove = useGroveInChromium();
  let idp: TestOidcProvider;
  // Grove's own address, as its callback URL names it (the binding cookie is for this host).
  let groveUrl: string;

  beforeAll(async () => {
    groveUrl = `http://localhost:${grove.server.port}`;
    idp = await startOidcProvider({
      callbackUrl: `${groveUrl}/api/v1/auth/sso/callback`,
      accounts: {
        "lena.newcomer": { email: "lena.newcomer@demo.grove.dev", name: "Lena Newcomer" },
        "chen.xin": { email: "chen.xin@demo.grove.dev", name: "陈昕" },
        tom: { email: "tom@demo.grove.dev", name: "Tom Becker" },
      },
    });
    // The demo's admin sets up single sign-on through the API (the card is checked below).
    await setUpSso(false);
  });

  async function setUpSso(requireSso: boolean) {
    const admin = await grove.browser.newContext();
    try {
      await signInWithPassword(await admin.newPage(), "amara@demo.grove.dev");
      await apiAs(admin, groveUrl, "PUT", "/orgs/demo/sso", {
        enabled: true,
        issuer: idp.issuer,
        clientId: idp.client.id,
        clientSecret: idp.client.secret,
        defaultRole: "member",
        allowedDomains: ["demo.grove.dev"],
        requireSso,
      });
    } finally {
      await admin.close();
    }
  }

  afterAll(async () => {
    await idp?.close();
  });

  async function signInWithPassword(page: Page, email: string) {
    const signIn = new SignInPage(page, groveUrl);
    await signIn.open("/sign-in");
    await signIn.signIn(email, DEMO_PASSWORD);
  }

  async function withContext<T>(
    viewport: { width: number; height: number },
    locale: string,
    run: (context: BrowserContext, page: Page) => Promise<T>,
  ): Promise<T> {
    const context = await grove.newContext({ viewport, locale });
    try {
      return await run(context, await context.newPage());
    } finally {
      await context.close();
    }
  }

  for (const [viewportName, login, lang, locale] of [
    ["desktop", "lena.newcomer", ...languages[0]],
    ["phone", "chen.xin", ...languages[1]],
  ] as const) {
    it(`signs in through the provider's login and consent pages (${viewportName}, ${lang})`, async () => {
      await withContext(viewports[viewportName], locale, async (context, page) => {
        const signIn = new SignInPage(page, groveUrl);
        await signIn.open("/sign-in");
        await page.getByRole("button", { name: lang === "en" ? "Sign in with SSO" : "使用单点登录（SSO）" }).click();
        await page.getByLabel(lang === "en" ? "Organisation" : "组织", { exact: true }).fill("demo");
        await signIn.screenshot(`sso-sign-in-form-${viewportName}-${lang}`);
        expect(await signIn.axe()).toEqual([]);
        await page.getByRole("button", { name: lang === "en" ? "Continue to sign-in" : "前往登录" }).click();

        // The provider's own pages: its login form, then its consent form.
        await page.waitForURL((url) => url.origin === idp.issuer);
        await page.locator('input[name="login"]').fill(login);
        await page.locator('input[name="password"]').fill("the provider's password");
        await signIn.screenshot(`sso-provider-login-${viewportName}-${lang}`);
        await page.locator("button[type=submit]").click();
        await page.waitForURL((url) => url.origin === idp.issuer && /\/interaction\//.test(url.pathname));
        await page.getByRole("button", { name: "Continue" }).click();

        // Back in Grove, signed in, in the demo organisation.
        await page.waitForURL((url) => url.origin === groveUrl && url.pathname.startsWith("/orgs/demo"));
        await signIn.settled();
        const me = await apiAs<{ user: { email: string }; organisations: { slug: string; role: string }[] }>(
          context,
          groveUrl,
          "GET",
          "/auth/me",
        );
        expect(me.user.email).toBe(`${login}@demo.grove.dev`);
        expect(me.organisations).toEqual([expect.objectContaining({ slug: "demo", role: "member" })]);
        expect(await page.locator("nav.nav").count()).toBe(1);
        await signIn.screenshot(`sso-signed-in-${viewportName}-${lang}`);
      });
    });
  }

  it("says why a single sign-on was refused, and offers it again (1280 and 390, en and zh)", async () => {
    for (const [viewportName, viewport] of Object.entries(viewports)) {
      for (const [lang, locale] of languages) {
        await withContext(viewport, locale, async (_context, page) => {
          const signIn = new SignInPage(page, groveUrl);
          // A replayed or foreign callback: Grove sends the browser back with the reason.
          await signIn.open("/api/v1/auth/sso/callback?state=replayed&code=x");
          await page.waitForURL((url) => url.pathname === "/sign-in");
          await signIn.settled();
          const alert = page.getByRole("alert");
          expect(await alert.textContent()).toMatch(lang === "en" ? /expired or was already used/ : /已过期或已被使用/);
          expect(await page.getByLabel(lang === "en" ? "Organisation" : "组织", { exact: true }).count()).toBe(1);
          await signIn.axeAndScreenshot(`sso-refused-${viewportName}-${lang}`);
          // An organisation without single sign-on.
          await page.getByLabel(lang === "en" ? "Organisation" : "组织", { exact: true }).fill("demo-zh");
          await page.getByRole("button", { name: lang === "en" ? "Continue to sign-in" : "前往登录" }).click();
          await page.waitForURL((url) => url.search.includes("sso_error=unavailable"));
          await signIn.settled();
          expect(await page.getByRole("alert").textContent()).toMatch(
            lang === "en" ? /does not offer single sign-on/ : /没有开启单点登录/,
          );
        });
      }
    }
  });

  it("shows admins the single sign-on card, with the secret only as set (1280 and 390, en and zh)", async () => {
    for (const [viewportName, viewport] of Object.entries(viewports)) {
      for (const [lang, locale] of languages) {
        await withContext(viewport, locale, async (_context, page) => {
          await signInWithPassword(page, "amara@demo.grove.dev");
          const signIn = new SignInPage(page, groveUrl);
          await signIn.open("/orgs/demo/settings");
          const card = page.getByRole("region", { name: lang === "en" ? "Single sign-on" : "单点登录" });
          await card.getByLabel(lang === "en" ? "Issuer URL" : "Issuer 地址").waitFor();
          expect(await card.getByLabel(lang === "en" ? "Issuer URL" : "Issuer 地址").inputValue()).toBe(idp.issuer);
          expect(await card.getByLabel(lang === "en" ? "Client secret" : "客户端密钥").inputValue()).toBe("");
          expect(await card.textContent()).not.toContain(idp.client.secret);
          expect(await signIn.axe()).toEqual([]);
          await screenshotOf(card, `sso-settings-card-${viewportName}-${lang}`);
        });
      }
    }
  });

  // Last: it turns "require SSO" on for the demo organisation.
  it("with SSO required, a member's right password opens the SSO form, which signs them in (en 1280, zh 390)", async () => {
    await setUpSso(true);
    for (const [viewportName, lang, locale] of [
      ["desktop", ...languages[0]],
      ["phone", ...languages[1]],
    ] as const) {
      await withContext(viewports[viewportName], locale, async (context, page) => {
        const signIn = new SignInPage(page, groveUrl);
        await signIn.open("/sign-in");
        await page.getByLabel(/email|邮箱/i).fill("tom@demo.grove.dev");
        await page.getByLabel(/password|密码/i).fill(DEMO_PASSWORD);
        await page.getByRole("button", { name: /^(sign in|登录)$/i }).click();
        const alert = page.getByRole("alert");
        await alert.waitFor();
        expect(await alert.textContent()).toMatch(
          lang === "en" ? /demo signs its members in with single sign-on/ : /demo 要求成员通过单点登录登录/,
        );
        const organisation = page.getByLabel(lang === "en" ? "Organisation" : "组织", { exact: true });
        expect(await organisation.inputValue()).toBe("demo");
        await signIn.axeAndScreenshot(`sso-required-${viewportName}-${lang}`);
        await page.getByRole("button", { name: lang === "en" ? "Continue to sign-in" : "前往登录" }).click();
        await page.waitForURL((url) => url.origin === idp.issuer);
        await page.locator('input[name="login"]').fill("tom");
        await page.locator('input[name="password"]').fill("the provider's password");
        await page.locator("button[type=submit]").click();
        await page.waitForURL((url) => url.origin === idp.issuer && /\/interaction\//.test(url.pathname));
        await page.getByRole("button", { name: "Continue" }).click();
        await page.waitForURL((url) => url.origin === groveUrl && url.pathname.startsWith("/orgs/demo"));
        const me = await apiAs<{ user: { email: string } }>(context, groveUrl, "GET", "/auth/me");
        expect(me.user.email).toBe("tom@demo.grove.dev");
      });
    }
  });
});
