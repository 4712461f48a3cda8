/**
 * A real OpenID Connect provider for the single sign-on tests: the `oidc-provider` package (the
 * certified Node implementation), in the test's process, on a port the system picked. Grove talks
 * to it over HTTP exactly as to a company's provider: discovery, the authorization page, the
 * token endpoint, the signing keys, userinfo. Its login and consent pages are its own development
 * pages ("devInteractions"): they take any login name that is one of `accounts` (the password
 * field is not checked; this provider stands in for the company's, whose passwords are its own).
 *
 *     const idp = await startOidcProvider({ callbackUrl, accounts: { ana: { email: "ana@acme.test" } } });
 *     idp.issuer, idp.client ("grove" / secret), idp.close()
 *     idp.misbehave.audience = "other-app"   // its ID tokens name another client as audience
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type ClaimsParameterMember, type KoaContextWithOIDC } from "oidc-provider";

export interface TestAccount {
  email: string;
  name?: string;
  emailVerified?: boolean;
}

export interface TestOidcProvider {
  issuer: string;
  client: { id: string; secret: string };
  /** Another client of the same provider, whose ID tokens Grove must not take. */
  otherClient: { id: string; secret: string };
  accounts: Record<string, TestAccount>;
  /** Faults to inject into the provider's answers. */
  misbehave: { audience: string | null };
  provider: Provider;
  close(): Promise<void>;
}

export async function startOidcProvider(options: {
  callbackUrl: string;
  accounts: Record<string, TestAccount>;
}): Promise<TestOidcProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = { id: "grove", secret: "grove-client-secret-for-tests" };
  const otherClient = { id: "other-app", secret: "other-app-secret-for-tests" };
  const accounts = options.accounts;
  const misbehave: TestOidcProvider["misbehave"] = { audience: null };
  const registered = (c: { id: string; secret: string }) => ({
    client_id: c.id,
    client_secret: c.secret,
    redirect_uris: [options.callbackUrl],
    grant_types: ["authorization_code"],
    response_types: ["code" as const],
    token_endpoint_auth_method: "client_secret_basic" as const,
  });
  const provider = new Provider(issuer, {
    clients: [registered(client), registered(otherClient)],
    async findAccount(_ctx: KoaContextWithOIDC, sub: string) {
      const account = accounts[sub];
      if (!account) return undefined;
      return {
        accountId: sub,
        async claims(_use: string, _scope: string, _claims: { [key: string]: null | ClaimsParameterMember }) {
          return {
            sub,
            email: account.email,
            email_verified: account.emailVerified ?? true,
            name: account.name ?? sub,
          };
        },
      };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ["grove-tests-cookie-key"] },
    // ID tokens live an hour, as at most providers (the expiry test moves Grove's clock past it).
    ttl: { IdToken: 3600, AccessToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
  });
  // A provider that issues ID tokens for another client: the audience Grove must refuse.
  const IdToken = provider.IdToken as unknown as { prototype: { issue: (o: unknown) => Promise<string> } };
  const issue = IdToken.prototype.issue;
  IdToken.prototype.issue = async function (this: { client: unknown }, o: unknown) {
    if (misbehave.audience) this.client = await provider.Client.find(misbehave.audience);
    return issue.call(this, o);
  };
  server.on("request", provider.callback());
  return {
    issuer,
    client,
    otherClient,
    accounts,
    misbehave,
    provider,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Cookies per host, enough to walk a provider's pages with fetch as a browser would. */
export class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  header(url: string): string {
    const jar = this.cookies.get(new URL(url).host);
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join("; ") : "";
  }

  keep(url: string, headers: Headers): void {
    const host = new URL(url).host;
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = (pair ?? "").indexOf("=");
      const name = (pair ?? "").slice(0, at).trim();
      const value = (pair ?? "").slice(at + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    this.cookies.set(host, jar);
  }
}

/**
 * Walks the provider's pages from its authorization URL to the redirect back to Grove: the login
 * form (as `login`), then the consent form. Returns the callback URL the provider sends the
 * browser to. `jar` keeps the provider's cookies between steps, as a browser would.
 */
export async function loginAtProvider(authorizationUrl: string, login: string, jar = new CookieJar()): Promise<URL> {
  let url = authorizationUrl;
  let method = "GET";
  let body: string | undefined;
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, {
      method,
      redirect: "manual",
      headers: {
        cookie: jar.header(url),
        ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body,
    });
    jar.keep(url, res.headers);
    const location = res.headers.get("location");
    if (location) {
      const next = new URL(location, url);
      if (next.origin !== new URL(authorizationUrl).origin) return next;
      [url, method, body] = [next.href, "GET", undefined];
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt)
      throw new Error(`the provider answered ${res.status} without a form: ${html.slice(0, 300)}`);
    url = new URL(action.replace(/&amp;/g, "&"), url).href;
    method = "POST";
    body = new URLSearchParams(prompt === "login" ? { prompt, login, password: "any" } : { prompt }).toString();
  }
  throw new Error("the provider never sent the browser back");
}
