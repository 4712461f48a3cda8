import { createRoute, z } from "@hono/zod-openapi";
import { getCookie } from "hono/cookie";
import { findUser, listMembershipsOfUser } from "../../db/repositories/accounts.ts";
import { acceptInvitation, describeInvitation } from "../../services/accounts/invitations.ts";
import { endSession } from "../../services/accounts/sessions.ts";
import { signIn } from "../../services/accounts/sign-in.ts";
import { signUp } from "../../services/accounts/sign-up.ts";
import { Slug } from "../organisations/schema.ts";
import type { Api } from "../shared/env.ts";
import { noContent, reply } from "../shared/reply.ts";
import { errorResponses, jsonBody, jsonResponse } from "../shared/schemas.ts";
import { clearSessionCookies, requireUser, SESSION_COOKIE, setSessionCookies } from "./authenticate.ts";

const tags = ["Accounts"];
export const Email = z.email().max(320);
export const Password = z.string().min(10, { message: "use at least 10 characters" }).max(200);
const PersonName = z.string().trim().min(1).max(200);

const SignedIn = z.object({ slug: z.string().nullable() }).openapi("SignedIn");
const Me = z
  .object({
    user: z.object({ id: z.uuid(), email: z.string(), name: z.string() }),
    organisations: z.array(
      z.object({
        slug: z.string(),
        organisationName: z.string(),
        personId: z.uuid(),
        role: z.enum(["admin", "member", "viewer"]),
      }),
    ),
  })
  .openapi("Me");
const InvitationToken = z.object({
  token: z
    .string()
    .min(10)
    .max(200)
    .openapi({ param: { name: "token", in: "path" } }),
});

export function registerAuthRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/sign-up",
      tags,
      summary: "Create an organisation with its first admin, and sign in",
      request: {
        body: jsonBody(
          z
            .strictObject({
              organisationName: z.string().trim().min(1).max(200),
              organisationSlug: Slug,
              name: PersonName,
              email: Email,
              password: Password,
            })
            .openapi("SignUp"),
        ),
      },
      responses: { 201: jsonResponse(SignedIn, "Signed in; session cookies set"), ...errorResponses },
    }),
    async (c) => {
      const session = await signUp(c.get("services"), c.req.valid("json"));
      setSessionCookies(c, session);
      return reply(c, { slug: session.slug }, 201);
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/sign-in",
      tags,
      request: {
        body: jsonBody(z.strictObject({ email: Email, password: z.string().min(1).max(200) }).openapi("SignIn")),
      },
      responses: {
        200: jsonResponse(SignedIn, "Signed in; session cookies set"),
        401: errorResponses[400],
        429: errorResponses[400],
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid("json");
      setSessionCookies(c, await signIn(c.get("services"), email, password));
      return reply(c, { slug: null });
    },
  );
  api.openapi(
    createRoute({ method: "post", path: "/auth/sign-out", tags, responses: { 204: { description: "Signed out" } } }),
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
      tags,
      summary: "The signed-in user and their organisations",
      responses: { 200: jsonResponse(Me, "Signed in"), 401: errorResponses[400] },
    }),
    async (c) => {
      const userId = requireUser(c);
      const services = c.get("services");
      const user = await findUser(services.db, userId);
      const organisations = await listMembershipsOfUser(services.db, userId);
      return reply(c, { user, organisations: organisations.map(({ orgId: _, ...rest }) => rest) });
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/auth/invitations/{token}",
      tags,
      request: { params: InvitationToken },
      responses: {
        200: jsonResponse(
          z.object({
            email: z.string(),
            name: z.string(),
            role: z.string(),
            organisationName: z.string(),
            slug: z.string(),
            existingAccount: z.boolean(),
          }),
          "What the invitation offers",
        ),
        ...errorResponses,
      },
    }),
    async (c) => reply(c, await describeInvitation(c.get("services"), c.req.valid("param").token)),
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/invitations/{token}/accept",
      tags,
      request: {
        params: InvitationToken,
        body: jsonBody(z.strictObject({ name: PersonName.optional(), password: Password }).openapi("AcceptInvitation")),
      },
      responses: { 201: jsonResponse(SignedIn, "Joined and signed in"), ...errorResponses },
    }),
    async (c) => {
      const session = await acceptInvitation(c.get("services"), {
        token: c.req.valid("param").token,
        ...c.req.valid("json"),
      });
      setSessionCookies(c, session);
      return reply(c, { slug: session.slug }, 201);
    },
  );
}
