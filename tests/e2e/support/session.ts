import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { DEMO_PASSWORD } from "../../../src/demo/load-demo.ts";
import { englishWords } from "../../../src/domain/coach/language/english.ts";
import type { RunningServer } from "../../../src/server.ts";
import { type SmtpReceiver, startSmtpReceiver } from "../../support/smtp.ts";
import { AppPage } from "../pages/app-page.ts";
import { apiAs } from "./api.ts";
import { launchChromium, viewports } from "./browser.ts";
import { startGrove } from "./grove.ts";

export interface GroveInChromium {
  /** This file's own server (from the run's demo snapshot); set before the file's own `beforeAll`. */
  readonly server: RunningServer;
  /** This file's connection to the run's Chromium; it makes its own contexts. */
  readonly browser: Browser;
  /** A new context on this file's server (see `newContext`). */
  newContext(options?: ContextOptions): Promise<BrowserContext>;
  /** A new context signed in as `email` on this file's server (see `signedIn`). */
  signedIn(email: string, options?: ContextOptions & { password?: string }): Promise<SignedIn>;
  /** The same person on a phone: another tab of `tab`'s context, 390 wide (see `anotherTab`; the test closes it). */
  onPhone(tab: SignedIn): Promise<OtherTab>;
}

/**
 * What every browser test file starts with: its own Grove server and a connection to Chromium,
 * both ready before the file's own `beforeAll` hooks (registered after this call) run, and both
 * closed after its tests.
 */
export function useGroveInChromium(options: GroveOptions | (() => GroveOptions) = {}): GroveInChromium {
  const opened = forTheFile(
    "the Grove server starts and Chromium is connected",
    async () => {
      const given = typeof options === "function" ? options() : options;
      const [server, browser] = await Promise.all([startGrove(given), launchChromium()]);
      // The coach's English tagger (0.4-0.5 CPU s to load, once per worker: the files of a worker
      // share its module cache) loads here, before any page asks, instead of inside a file's
      // first team page or editor request, where it held up the answer under load.
      englishWords("Warm the tagger before the first page");
      return { server, browser };
    },
    async ({ server, browser }) => {
      await browser.close();
      await server.close();
    },
  );
  return {
    get server() {
      return opened().server;
    },
    get browser() {
      return opened().browser;
    },
    newContext(options) {
      return newContext(this.browser, options);
    },
    signedIn(email, options) {
      return signedIn(this.browser, this.server.url, email, options);
    },
    onPhone(tab) {
      return anotherTab(tab.context, this.server.url, viewports.phone);
    },
  };
}

type GroveOptions = NonNullable<Parameters<typeof startGrove>[0]>;

/**
 * useGroveInChromium with mail on: a mail receiver of the file's own (started first, closed
 * last) that the server delivers to; with it email verification is on unless the options say
 * otherwise (GROVE_EMAIL_VERIFICATION's default with mail).
 */
export function useGroveWithMail(
  options: Omit<GroveOptions, "smtpUrl"> = {},
): GroveInChromium & { readonly smtp: SmtpReceiver } {
  const smtp = forTheFile("the mail receiver starts", startSmtpReceiver, (receiver) => receiver.close());
  const grove = useGroveInChromium(() => ({ ...options, smtpUrl: smtp().url }));
  return Object.defineProperty(grove, "smtp", { get: smtp }) as GroveInChromium & { readonly smtp: SmtpReceiver };
}

type ContextOptions = NonNullable<Parameters<Browser["newContext"]>[0]>;

/**
 * A context as the tests' reader uses Grove: 1280 wide, British English, UTC (each option can be
 * given otherwise: a phone's width, Chinese, a saved sign-in, downloads).
 */
export function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: viewports.desktop, locale: "en-GB", timezoneId: "UTC", ...options });
}

export interface SignedIn {
  context: BrowserContext;
  page: Page;
}

/**
 * A new context signed in as `email` (the demo's password by default), its one tab on the page the
 * sign-in page would have led to (the organisation's map). Signing in is setup here, so it goes
 * through the API call the sign-in page makes rather than through the page: the page itself is
 * driven where it is the subject (okr-flows, sign-in-trust, two-factor, sso, password-reset).
 */
export async function signedIn(
  browser: Browser,
  baseUrl: string,
  email: string,
  options: ContextOptions & { password?: string } = {},
): Promise<SignedIn> {
  const { password = DEMO_PASSWORD, ...contextOptions } = options;
  const context = await newContext(browser, contextOptions);
  const slug = await signInAs(context, baseUrl, email, password);
  const page = await context.newPage();
  await new AppPage(page, baseUrl).open(slug ? `/orgs/${slug}/map` : "/");
  return { context, page };
}

/**
 * Signs `context` in as `email` (the demo's password by default) through the API call the sign-in
 * page makes, in place of whoever was signed in there; the slug of the organisation the sign-in
 * page would lead to, if any. For a test that needs someone else on a file's tab.
 */
export async function signInAs(
  context: BrowserContext,
  baseUrl: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<string | null> {
  // apiAs sends the CSRF header a context that is signed in already needs.
  return (await apiAs<{ slug: string | null }>(context, baseUrl, "POST", "/auth/sign-in", { email, password })).slug;
}

/** A second tab of a signed-in context (see `anotherTab`). */
export interface OtherTab {
  page: Page;
  /** Closes the tab, and puts back the language the context's tabs open in. */
  close(): Promise<void>;
}

/**
 * Another tab of `context`, with its sign-in, at `viewport`. A tab of the same context opens a
 * page for some 1.5 CPU s where a new context, with the same sign-in copied in, costs 2.5: the
 * browser's cache of the app's scripts is warm. Its local storage is the context's, so a language
 * chosen there (`?lang=`, the switch) would stay for the context's other tabs: close() puts back
 * the one they had.
 */
export async function anotherTab(
  context: BrowserContext,
  baseUrl: string,
  viewport: { width: number; height: number },
  /** The language its pages open in, as if the person had chosen it (else the context's). */
  opensIn?: "en" | "zh-CN",
): Promise<OtherTab> {
  const origin = new URL(baseUrl).origin;
  const language = (await context.storageState()).origins
    .find((o) => o.origin === origin)
    ?.localStorage.find((item) => item.name === LANGUAGE_KEY)?.value;
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  if (opensIn) {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_KEY, opensIn] as const);
  }
  return {
    page,
    async close() {
      if (new URL(page.url()).origin === origin) {
        await page.evaluate(
          ([key, value]) => (value === undefined ? localStorage.removeItem(key) : localStorage.setItem(key, value)),
          [LANGUAGE_KEY, language] as const,
        );
      }
      await page.close();
    },
  };
}

/** Where the web app keeps the language a person chose (src/web/i18n/index.ts). */
const LANGUAGE_KEY = "grove.lang";

/**
 * The one tab most files drive: a context of their own on this file's server, signed in as
 * `email` when one is given (else at no page yet), ready before the file's own `beforeAll`
 * hooks registered after this call, and closed after its tests.
 */
export function useTab(grove: GroveInChromium, email?: string, options: ContextOptions = {}): AppTab {
  const opened = forTheFile(
    "the tab opens",
    async () => {
      const tab = email
        ? await grove.signedIn(email, options)
        : await grove.newContext(options).then(async (context) => ({ context, page: await context.newPage() }));
      return { ...tab, app: new AppPage(tab.page, grove.server.url) };
    },
    ({ context }) => context.close(),
  );
  return {
    get context() {
      return opened().context;
    },
    get page() {
      return opened().page;
    },
    get app() {
      return opened().app;
    },
  };
}

/** A tab a file drives, with the app's page object on it. */
export interface AppTab extends SignedIn {
  readonly app: AppPage;
}

/**
 * How most files open: their own Grove server and Chromium (useGroveInChromium) and the one tab
 * they drive, signed in as `email` (useTab).
 */
export function useGroveTab(email: string, options: GroveOptions = {}): { grove: GroveInChromium; tab: AppTab } {
  const grove = useGroveInChromium(options);
  return { grove, tab: useTab(grove, email) };
}

/**
 * Something a file's tests share: opened in a `beforeAll` (so before the file's own hooks
 * registered later), closed in an `afterAll`; the function returned reads it, and says what
 * should have opened it when a test reads it too early.
 */
function forTheFile<T>(what: string, open: () => Promise<T>, close: (value: T) => Promise<unknown>): () => T {
  let value: T | undefined;
  beforeAll(async () => {
    value = await open();
  });
  afterAll(async () => {
    if (value !== undefined) await close(value);
  });
  return () => {
    if (value === undefined) throw new Error(`${what} in beforeAll`);
    return value;
  };
}
