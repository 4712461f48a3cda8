import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError } from "../../domain/errors.ts";
import { GivenPassword, Password } from "../../schemas/accounts.ts";
import { changePassword, endOwnSession, listSessions } from "../../services/accounts/password-and-sessions.ts";
import { errorsOf, securityOf } from "../shared/contract.ts";
import type { Api, AppEnv } from "../shared/env.ts";
import { linkedPage, PageQuery, pageResponse } from "../shared/paging.ts";
import { noContent, reply } from "../shared/reply.ts";
import { jsonBody, Timestamp } from "../shared/schemas.ts";
import { clearSessionCookies } from "./authenticate.ts";
import { clientAddress } from "./client-address.ts";
import { answerThrottled, throttledResponses } from "./throttled.ts";

// A signed-in person's own password and sessions (services/accounts/password-and-sessions.ts).

const tags = ["Accounts"];
const SessionHandle = z.object({
  handle: z
    .string()
    .regex(/^[0-9a-f]{12}$/, { message: "12 hex characters, as the session list gives them" })
    .openapi({ param: { name: "handle", in: "path" } }),
});
const SessionSummary = z
  .object({
    handle: z.string().openapi({ description: "Names the session to end it; not its id" }),
    createdAt: Timestamp,
    lastSeenAt: Timestamp.openapi({ description: "Updated at most once a day" }),
    current: z.boolean().openapi({ description: "The session making this request" }),
  })
  .openapi("SessionSummary");

/** Only a web session: an API token is not a person at a keyboard who knows the password. */
export function signedIn(c: Context<AppEnv>): { userId: string; sessionId: string } {
  const auth = c.get("auth");
  if (auth?.kind !== "session") throw new AppError("unauthenticated", "Sign in first");
  return { userId: auth.userId, sessionId: auth.sessionId };
}

export function registerPasswordAndSessionRoutes(api: Api, options: { trustProxy: number }): void {
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/password",
      operationId: "changePassword",
      security: securityOf("session", "post"),
      tags,
      summary: "Change your password; your other sessions end",
      request: {
        body: jsonBody(
          z.strictObject({ currentPassword: GivenPassword, newPassword: Password }).openapi("ChangePassword"),
        ),
      },
      description: "A wrong current password gets sign-in's 401 and counts in the sign-in throttle (429 when used up).",
      responses: {
        ...errorsOf(400, 401, 403, 413, 415),
        204: { description: "Changed; every other session of the account has ended" },
        ...throttledResponses,
      },
    }),
    async (c) =>
      answerThrottled(c, async () => {
        const { currentPassword, newPassword } = c.req.valid("json");
        await changePassword(
          c.get("services"),
          { ...signedIn(c), currentPassword, newPassword },
          clientAddress(c, options.trustProxy),
        );
        return noContent(c);
      }),
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/auth/sessions",
      operationId: "listSessions",
      security: securityOf("session", "get"),
      tags,
      summary: "Your live sessions",
      description:
        'Newest use first, each named by a handle to end it; one page at a time, cut from your sessions in that order (docs/api.md, "Paging and sync").',
      request: { query: PageQuery },
      responses: {
        ...errorsOf(400, 401),
        200: pageResponse("sessions", SessionSummary, "Newest use first, one page"),
      },
    }),
    async (c) => {
      const { userId, sessionId } = signedIn(c);
      const sessions = (await listSessions(c.get("services"), userId, sessionId)).map((s) => ({
        ...s,
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.lastSeenAt.toISOString(),
      }));
      return reply(
        c,
        linkedPage(c, "sessions", sessions, c.req.valid("query"), (s) => s.handle),
      );
    },
  );
  api.openapi(
    createRoute({
      method: "delete",
      path: "/auth/sessions/{handle}",
      operationId: "endSession",
      description: "Ends the session its handle names; ending your current one signs you out and clears its cookies.",
      security: securityOf("session", "delete"),
      tags,
      summary: "End one of your sessions (your current one signs you out)",
      request: { params: SessionHandle },
      responses: {
        ...errorsOf(400, 401, 403, 404),
        204: { description: "Ended" },
      },
    }),
    async (c) => {
      const { wasCurrent } = await endOwnSession(c.get("services"), {
        ...signedIn(c),
        handle: c.req.valid("param").handle,
      });
      if (wasCurrent) clearSessionCookies(c);
      return noContent(c);
    },
  );
}
