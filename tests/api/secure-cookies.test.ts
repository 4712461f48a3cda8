import { expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";
import { createLogger } from "../../src/logger.ts";
import { describeApi } from "../support/api-test.ts";
import { signUpOwner, TEST_PASSWORD } from "../support/factories.ts";

// Behind a reverse proxy that ends TLS (docs/deployment.md, "Reverse proxy and TLS"), Grove sees
// plain HTTP; the proxy says `X-Forwarded-Proto: https`. The session and CSRF cookies are `Secure`
// when the server trusts that proxy (TRUST_PROXY), and only then: a header anyone can send does
// not decide how the server's cookies are marked.

describeApi("secure session cookies behind a proxy", (t) => {
  async function cookiesOfSignIn(trustProxy: number, forwardedProto: string | null): Promise<string[]> {
    const { email } = await signUpOwner(t.services, {
      organisation: "Secure",
      slug: "secure",
      email: "secure",
      name: "Owner",
    });
    const app = createApp({ services: t.services, logger: createLogger("silent"), trustProxy });
    const res = await app.request("/api/v1/auth/sign-in", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(forwardedProto === null ? {} : { "x-forwarded-proto": forwardedProto }),
      },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookies = res.headers.getSetCookie();
    expect(cookies.map((cookie) => cookie.split("=")[0]).sort()).toEqual(["grove_csrf", "grove_session"]);
    return cookies;
  }

  const secure = (cookie: string) => cookie.split(";").some((part) => part.trim().toLowerCase() === "secure");

  it("marks the session and CSRF cookies Secure when a trusted proxy says https", async () => {
    const cookies = await cookiesOfSignIn(1, "https");
    expect(cookies.map(secure)).toEqual([true, true]);
  });

  it("reads the outermost trusted proxy's entry when several proxies append theirs", async () => {
    expect((await cookiesOfSignIn(2, "https, http")).map(secure)).toEqual([true, true]);
    expect((await cookiesOfSignIn(1, "https, http")).map(secure)).toEqual([false, false]);
  });

  it("ignores X-Forwarded-Proto when no proxy is trusted (TRUST_PROXY unset)", async () => {
    expect((await cookiesOfSignIn(0, "https")).map(secure)).toEqual([false, false]);
  });

  it("leaves cookies plain when the trusted proxy says http, or says nothing", async () => {
    expect((await cookiesOfSignIn(1, "http")).map(secure)).toEqual([false, false]);
    expect((await cookiesOfSignIn(1, null)).map(secure)).toEqual([false, false]);
  });
});
