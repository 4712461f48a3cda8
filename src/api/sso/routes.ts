import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { Slug } from "../../schemas/accounts.ts";
import { getSsoSettings, putSsoSettings } from "../../services/sso/sso-settings.ts";
import { finishSso, SsoError, startSso } from "../../services/sso/sso-sign-in.ts";
import { setSessionCookies } from "../auth/authenticate.ts";
import { isHttps } from "../auth/client-address.ts";
import { errorsOf, securityOf } from "../shared/contract.ts";
import type { Api, AppEnv } from "../shared/env.ts";
import { orgRoutes } from "../shared/org-route.ts";
import { PutSsoSettings, SsoSettings } from "./schema.ts";

const tags = ["Single sign-on"];
/** Binds a sign-in under way to the browser that started it (only its hash is stored). */
const BROWSER_COOKIE = "grove_sso";
const COOKIE_PATH = "/api/v1/auth/sso";

const redirectResponse = (description: string) => ({
  description,
  headers: { Location: { schema: { type: "string" as const }, description: "Where the browser goes next" } },
});

/**
 * OpenID Connect sign-in per organisation (docs/accounts-and-access.md, "Single sign-on"). The
 * start and the callback are pages a browser follows, not calls a script makes: each answers
 * with a redirect, and a refusal goes back to the sign-in page with its reason
 * (`/sign-in?sso_error=state_invalid`), which the page says in the reader's language.
 */
export function registerSsoRoutes(api: Api): void {
  const routes = orgRoutes(api, tags);
  routes.get("/orgs/{org}/sso", {
    operationId: "getSsoSettings",
    description:
      "Admins see the provider, client id, allowed email domains and whether SSO is required; the client secret only as set or not.",
    summary: "The organisation's single sign-on settings (admins); the client secret only as set or not",
    responds: [200, SsoSettings, "The settings, or the defaults when none are set"],
    serve: getSsoSettings,
  });
  routes.put("/orgs/{org}/sso", {
    operationId: "setSsoSettings",
    summary: "Set the organisation's OpenID Connect provider and its rules (admins)",
    description:
      "clientSecret is write-only: leave it out to keep the stored one. The change is recorded in the " +
      "history without the secret.",
    body: PutSsoSettings,
    responds: [200, SsoSettings, "The settings now"],
    serve: putSsoSettings,
  });
  api.openapi(
    createRoute({
      method: "get",
      path: "/auth/sso/{slug}/start",
      operationId: "startSsoSignIn",
      description: "Redirects the browser to the organisation's identity provider (OpenID Connect).",
      security: securityOf("public", "get"),
      tags,
      summary: "Start signing in with the organisation's identity provider (a browser navigates here)",
      request: { params: z.object({ slug: Slug.openapi({ param: { name: "slug", in: "path" } }) }) },
      responses: {
        ...errorsOf(400),
        303: redirectResponse(
          "To the provider's authorization page; or back to /sign-in?sso_error=unavailable when the " +
            "organisation does not exist or has no single sign-on (not told apart), or " +
            "sso_error=provider_unreachable",
        ),
      },
    }),
    async (c) => {
      try {
        const { url, browserSecret } = await startSso(c.get("services"), c.req.valid("param").slug);
        setCookie(c, BROWSER_COOKIE, browserSecret, {
          httpOnly: true,
          sameSite: "Lax", // sent on the provider's top-level redirect back to the callback
          secure: isHttps(c, c.get("trustProxy")),
          path: COOKIE_PATH,
          maxAge: 600,
        });
        return c.redirect(url.href, 303);
      } catch (error) {
        return refused(c, error);
      }
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/auth/sso/callback",
      operationId: "completeSsoSignIn",
      description:
        "Checks the identity provider's answer, then signs the person in to the organisation whose provider it is, or refuses with a message.",
      security: securityOf("public", "get"),
      tags,
      summary: "Where the identity provider sends the browser back (register it as the redirect URI)",
      request: {
        // Loose: the identity provider may add parameters of its own (Google adds scope, authuser,
        // hd, prompt), so this is the one operation an unknown query parameter does not refuse.
        query: z.looseObject({
          state: z.string().max(500).optional(),
          code: z.string().max(4000).optional(),
          iss: z.string().max(2000).optional(),
          error: z.string().max(200).optional(),
          error_description: z.string().max(2000).optional(),
          session_state: z.string().max(500).optional(),
        }),
      },
      responses: {
        ...errorsOf(400),
        303: redirectResponse(
          "Signed in (session cookies set) and on to the organisation; or back to /sign-in?sso_error=... " +
            "(state_invalid, token_invalid, denied, email_missing, email_unverified, domain_not_allowed, " +
            "account_elsewhere, provider_unreachable, unavailable)",
        ),
      },
    }),
    async (c) => {
      const browserSecret = getCookie(c, BROWSER_COOKIE);
      deleteCookie(c, BROWSER_COOKIE, { path: COOKIE_PATH });
      try {
        const query = new URL(c.req.url).searchParams;
        const session = await finishSso(c.get("services"), query, browserSecret);
        setSessionCookies(c, session);
        return c.redirect(`/orgs/${encodeURIComponent(session.slug)}`, 303);
      } catch (error) {
        return refused(c, error);
      }
    },
  );
}

/** A refused single sign-on goes back to the sign-in page with its reason; the log keeps the detail. */
function refused(c: Context<AppEnv>, error: unknown) {
  if (!(error instanceof SsoError)) throw error;
  c.get("logger").warn({ requestId: c.get("requestId"), refusal: error.refusal, detail: error.message }, "sso refused");
  return c.redirect(`/sign-in?sso_error=${error.refusal}`, 303);
}
