import { z } from "@hono/zod-openapi";
import { GivenPassword, Password } from "../../schemas/accounts.ts";
import { changePassword, endOwnSession, listSessions } from "../../services/accounts/password-and-sessions.ts";
import type { Api } from "../shared/env.ts";
import { linkedPage, PageQuery, pageOf } from "../shared/paging.ts";
import { Timestamp } from "../shared/schemas.ts";
import { accountRoutes } from "./account-routes.ts";
import { clearSessionCookies } from "./authenticate.ts";
import { clientAddress } from "./client-address.ts";

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

export function registerPasswordAndSessionRoutes(api: Api, options: { trustProxy: number }): void {
  const routes = accountRoutes(api, tags);
  routes.post("/auth/password", {
    operationId: "changePassword",
    summary: "Change your password; your other sessions end",
    description: "A wrong current password gets sign-in's 401 and counts in the sign-in throttle (429 when used up).",
    body: z.strictObject({ currentPassword: GivenPassword, newPassword: Password }).openapi("ChangePassword"),
    responds: [204, "Changed; every other session of the account has ended"],
    throttled: true,
    run: async ({ c, services, session: { userId, sessionId }, json: { currentPassword, newPassword } }) =>
      changePassword(
        services,
        { userId, sessionId, currentPassword, newPassword },
        clientAddress(c, options.trustProxy),
      ),
  });
  routes.get("/auth/sessions", {
    operationId: "listSessions",
    summary: "Your live sessions",
    description:
      'Newest use first, each named by a handle to end it; one page at a time, cut from your sessions in that order (docs/api.md, "Paging and sync").',
    query: PageQuery,
    responds: [200, pageOf("sessions", SessionSummary), "Newest use first, one page"],
    run: async ({ c, services, session: { userId, sessionId }, query }) =>
      linkedPage(c, "sessions", await listSessions(services, userId, sessionId), query, (s) => s.handle),
  });
  routes.delete("/auth/sessions/{handle}", {
    operationId: "endSession",
    summary: "End one of your sessions (your current one signs you out)",
    description: "Ends the session its handle names; ending your current one signs you out and clears its cookies.",
    params: SessionHandle,
    responds: [204, "Ended"],
    refusals: [404],
    run: async ({ c, services, session: { userId, sessionId }, param: { handle } }) => {
      const { wasCurrent } = await endOwnSession(services, { userId, sessionId, handle });
      if (wasCurrent) clearSessionCookies(c);
    },
  });
}
