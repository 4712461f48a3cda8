import { createRoute, z } from "@hono/zod-openapi";
import { getCookie } from "hono/cookie";
import type { SignUpMode } from "../../domain/sign-up-mode.ts";
import { Email, GivenPassword, Password, PersonName, SignUp } from "../../schemas/accounts.ts";
import { describeApiToken } from "../../services/accounts/api-tokens.ts";
import { acceptInvitation, describeInvitation } from "../../services/accounts/invitations.ts";
import { getMyAccount } from "../../services/accounts/my-account.ts";
import { endSession } from "../../services/accounts/sessions.ts";
import { beginSignIn, completeSignIn } from "../../services/accounts/sign-in.ts";
import { signUp } from "../../services/accounts/sign-up.ts";
import { ApiToken, OrgRole, TokenScope } from "../access/routes.ts";
import { errorsOf, securityOf } from "../shared/contract.ts";
import type { Api } from "../shared/env.ts";
import { noContent, reply } from "../shared/reply.ts";
import { errorResponse, jsonBody, jsonResponse, LinkToken, Timestamp, TokenParams, Uuid } from "../shared/schemas.ts";
import { clearSessionCookies, requireSession, SESSION_COOKIE, setSessionCookies } from "./authenticate.ts";
import { clientAddress } from "./client-address.ts";
import { answerThrottled, throttledResponses } from "./throttled.ts";

const tags = ["Accounts"];

const SignedIn = z.object({ slug: z.string().nullable() }).openapi("SignedIn");
const SecondStepDue = z
  .object({
    challenge: z.string().openapi({ description: "Send it with the code; it works once, for 5 minutes" }),
    expiresAt: Timestamp,
  })
  .openapi("SecondStepDue");
const Me = z
  .object({
    user: z.object({
      id: Uuid,
      email: z.string(),
      name: z.string(),
      emailVerified: z.boolean().openapi({
        description: "The owner has followed a verification, invitation or password reset link mailed to the address",
      }),
    }),
    emailVerificationRequired: z.boolean().openapi({
      description:
        "This server asks for verified addresses (GROVE_EMAIL_VERIFICATION): until emailVerified, the account " +
        "cannot invite people or create API tokens (403 forbidden, reason email_unverified)",
    }),
    organisations: z.array(
      z.object({
        slug: z.string(),
        organisationName: z.string(),
        personId: Uuid,
        role: OrgRole,
      }),
    ),
  })
  .openapi("Me");
const TokenMe = z
  .object({
    token: ApiToken.pick({ id: true, name: true, scope: true, createdAt: true, expiresAt: true }).extend({
      scopes: z.array(TokenScope).openapi({
        description: "Everything the scope grants: write includes check_ins, which includes read",
      }),
    }),
    organisation: z.object({
      slug: z.string(),
      name: z.string().openapi({ description: "The one organisation this token reaches" }),
    }),
    person: z.object({ id: Uuid, name: z.string(), role: OrgRole }),
  })
  .openapi("TokenMe");
const SignUpModeAnswer = z
  .object({
    mode: z.enum(["open", "invitation", "domains"]),
    domains: z.array(z.string()).openapi({ description: "With mode domains: the email domains that may sign up" }),
  })
  .openapi("SignUpMode");

export function registerAuthRoutes(api: Api, options: { trustProxy: number; signUp: SignUpMode }): void {
  const from = (c: Parameters<typeof clientAddress>[0]) => clientAddress(c, options.trustProxy);
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/sign-up",
      operationId: "signUp",
      security: securityOf("public", "post"),
      tags,
      summary: "Create an organisation with its first admin, and sign in",
      request: {
        body: jsonBody(SignUp),
      },
      description:
        "An email that has an account already is not named as such: with that account's password the " +
        "organisation is added to it (201); with another password the answer is sign-in's 401. When the " +
        "server's sign-up mode does not allow the address (GROVE_SIGN_UP), the answer is 403 forbidden with " +
        "the rule sign_up_closed or sign_up_domain on email, whether or not the address has an account. " +
        "When the server asks for verified addresses, a new account is mailed a verification link.",
      responses: {
        ...errorsOf(400, 401, 403, 409, 413, 415, 422),
        201: jsonResponse(SignedIn, "Signed in; session cookies set"),
        ...throttledResponses,
      },
    }),
    async (c) =>
      answerThrottled(c, async () => {
        const session = await signUp(c.get("services"), c.req.valid("json"), from(c), options.signUp);
        setSessionCookies(c, session);
        return reply(c, { slug: session.slug }, 201);
      }),
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/auth/sign-up-mode",
      operationId: "getSignUpMode",
      description: "Open, invitation only or closed, as the server is configured (no sign-in).",
      security: securityOf("public", "get"),
      tags,
      summary: "Who may sign up on this server (public), so the sign-in page can offer it or not",
      responses: {
        ...errorsOf(400),
        200: jsonResponse(SignUpModeAnswer, "The server's sign-up mode (GROVE_SIGN_UP)"),
      },
    }),
    (c) => {
      const mode = options.signUp;
      return reply(c, { mode: mode.mode, domains: mode.mode === "domains" ? mode.domains : [] });
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/sign-in",
      operationId: "signIn",
      security: securityOf("public", "post"),
      summary: "Sign in with an email and a password",
      tags,
      request: {
        body: jsonBody(z.strictObject({ email: Email, password: GivenPassword }).openapi("SignIn")),
      },
      description:
        "An account with two-factor sign-in gets 202 and no session: a challenge for POST " +
        "/auth/sign-in/two-factor, which signs in with a code.",
      responses: {
        ...errorsOf(400, 401, 413, 415),
        200: jsonResponse(SignedIn, "Signed in; session cookies set"),
        202: jsonResponse(SecondStepDue, "The password is right; a code is due (no session yet)"),
        403: errorResponse(
          "The password is right, but an organisation of the account requires single sign-on for its " +
            "members (rule sso_required; each detail's message is such an organisation's slug)",
        ),
        ...throttledResponses,
      },
    }),
    async (c) =>
      answerThrottled(c, async () => {
        const { email, password } = c.req.valid("json");
        const outcome = await beginSignIn(c.get("services"), email, password, from(c));
        if ("secondStep" in outcome) {
          const { challenge, expiresAt } = outcome.secondStep;
          return reply(c, { challenge, expiresAt: expiresAt.toISOString() }, 202);
        }
        setSessionCookies(c, outcome.session);
        return reply(c, { slug: null });
      }),
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/sign-in/two-factor",
      operationId: "completeTwoFactorSignIn",
      security: securityOf("public", "post"),
      tags,
      summary: "The second step of a sign-in: a code of the authenticator app, or a recovery code",
      request: {
        body: jsonBody(
          z
            .strictObject({
              challenge: LinkToken,
              code: z.string().min(1).max(40).openapi({ description: "6 digits, or a recovery code (abcde-fghij)" }),
            })
            .openapi("SignInSecondStep"),
        ),
      },
      description:
        "A wrong code is 401 with the rule wrong_code on code, a code of a time step already used code_replayed; " +
        "both count in the sign-in throttle (429). A challenge that expired (5 minutes), was used or took 5 " +
        "wrong codes is 401 challenge_expired on challenge: sign in with the password again.",
      responses: {
        ...errorsOf(400, 401, 413, 415),
        200: jsonResponse(SignedIn, "Signed in; session cookies set"),
        ...throttledResponses,
      },
    }),
    async (c) =>
      answerThrottled(c, async () => {
        setSessionCookies(c, await completeSignIn(c.get("services"), c.req.valid("json"), from(c)));
        return reply(c, { slug: null });
      }),
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/sign-out",
      operationId: "signOut",
      description: "Ends the session making the request and clears its cookies.",
      // Answers 204 with or without a session: it ends the one the cookie names, if any.
      security: securityOf("public", "post"),
      summary: "Sign out: end this session and clear its cookies",
      tags,
      responses: { ...errorsOf(400, 403), 204: { description: "Signed out" } },
    }),
    async (c) => {
      const sessionId = getCookie(c, SESSION_COOKIE);
      if (sessionId) await endSession(c.get("services"), sessionId);
      clearSessionCookies(c);
      return noContent(c);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/auth/me",
      operationId: "getMe",
      security: securityOf("session", "get"),
      tags,
      summary: "Who is calling: the signed-in user and their organisations, or an API token",
      description:
        "With a session, the user and their organisations (Me). With a bearer API token, the token " +
        "itself (TokenMe): the one organisation it is bounded to, its name, scopes and expiry.",
      responses: { 200: jsonResponse(z.union([Me, TokenMe]), "Signed in"), ...errorsOf(400, 401) },
    }),
    async (c) => {
      const auth = c.get("auth");
      if (auth?.kind === "token") return reply(c, await describeApiToken(c.get("services"), auth.tokenId, auth.orgId));
      const { userId, ssoOrgId } = requireSession(c);
      return reply(c, await getMyAccount(c.get("services"), userId, ssoOrgId));
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/auth/invitations/{token}",
      operationId: "getInvitation",
      description:
        "The organisation, the inviting person and the role offered (M3), so the page can show them before accepting (no sign-in).",
      security: securityOf("public", "get"),
      summary: "What an invitation offers, before accepting it (no sign-in)",
      tags,
      request: { params: TokenParams },
      responses: {
        ...errorsOf(400, 404),
        200: jsonResponse(
          z.object({
            email: z.string(),
            name: z.string(),
            role: z.string(),
            organisationName: z.string(),
            slug: z.string(),
            signedInAsInvitee: z.boolean().openapi({
              description:
                "The caller is signed in as the invited email's account. Whether the email has an account " +
                "is not said to anyone else.",
            }),
          }),
          "What the invitation offers",
        ),
      },
    }),
    async (c) => {
      const auth = c.get("auth");
      const userId = auth?.kind === "session" ? auth.userId : undefined;
      return reply(c, await describeInvitation(c.get("services"), c.req.valid("param").token, userId));
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/invitations/{token}/accept",
      operationId: "acceptInvitation",
      description: "Creates the account (or joins an existing one) with the invitation's role (M3) and signs in.",
      security: securityOf("public", "post"),
      summary: "Accept an invitation: join the organisation and sign in",
      tags,
      request: {
        params: TokenParams,
        body: jsonBody(z.strictObject({ name: PersonName.optional(), password: Password }).openapi("AcceptInvitation")),
      },
      responses: {
        ...errorsOf(400, 401, 403, 404, 409, 413, 415, 422),
        201: jsonResponse(SignedIn, "Joined and signed in"),
        ...throttledResponses,
      },
    }),
    async (c) =>
      answerThrottled(c, async () => {
        const input = { token: c.req.valid("param").token, ...c.req.valid("json") };
        const auth = c.get("auth");
        const signedInAs = auth?.kind === "session" ? auth.userId : undefined;
        const session = await acceptInvitation(c.get("services"), input, from(c), signedInAs);
        setSessionCookies(c, session);
        return reply(c, { slug: session.slug }, 201);
      }),
  );
}
