import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../../domain/errors.ts";
import { notificationChannels, notificationKinds } from "../../domain/notifications.ts";
import { setUserLocale } from "../../services/accounts/locale.ts";
import { listNotifications, markNotificationsRead } from "../../services/notifications/bell.ts";
import { readPreferences, setPreference } from "../../services/notifications/preferences.ts";
import { describeUnsubscribe, unsubscribe } from "../../services/notifications/unsubscribe.ts";
import { accountRoutes } from "../auth/account-routes.ts";
import { errorsOf, securityOf } from "../shared/contract.ts";
import type { Api } from "../shared/env.ts";
import { orgRoutes } from "../shared/org-route.ts";
import { reply } from "../shared/reply.ts";
import { jsonResponse, Timestamp, TokenParams, Uuid } from "../shared/schemas.ts";

// Reminders, digest and the bell (docs/notifications.md): each person's choices, their
// notifications, one-click unsubscribe without signing in, and the language of their messages.

const tags = ["Notifications"];
const Kind = z
  .enum(notificationKinds)
  .openapi({ description: "checkin_reminder, review_due, mention, digest or source_failing" });
const Channel = z.enum(notificationChannels).openapi({ description: "mail, chat (the organisation's chat) or off" });

const Preferences = z
  .object({
    mailOn: z.boolean().openapi({ description: "False when the server sends no mail (no SMTP_URL)" }),
    preferences: z.array(
      z.object({
        kind: Kind,
        channel: Channel,
        chosen: z.boolean().openapi({ description: "False while the default applies" }),
        rule: z.string().openapi({ description: "The method's rule that asks for this kind (S4, S5, K2)" }),
        applies: z.boolean().openapi({ description: "False for the digest of someone who leads no unit" }),
      }),
    ),
  })
  .openapi("NotificationPreferences");

const Bell = z
  .object({
    unread: z.number().int(),
    notifications: z.array(
      z.object({
        id: Uuid,
        kind: Kind,
        data: z.record(z.string(), z.unknown()),
        link: z.string(),
        createdAt: Timestamp,
        readAt: Timestamp.nullable(),
      }),
    ),
  })
  .openapi("Notifications");

export function registerNotificationRoutes(api: Api): void {
  const routes = orgRoutes(api, tags);
  routes.get("/orgs/{org}/me/notification-preferences", {
    operationId: "getNotificationPreferences",
    description:
      "For each kind of message (check-in reminder, digest, review due, mentions), whether it comes by mail, chat or not at all.",
    summary: "How the caller hears of each kind of message",
    responds: [200, Preferences, "The caller's choices"],
    serve: readPreferences,
  });
  routes.put("/orgs/{org}/me/notification-preferences", {
    operationId: "setNotificationPreference",
    description: "Mail, chat or off for one kind of message; reminders help teams keep the weekly check-in (S4).",
    summary: "Choose mail, chat or off for one kind of message",
    body: z.strictObject({ kind: Kind, channel: Channel }).openapi("SetNotificationPreference"),
    responds: [200, Preferences, "The caller's choices"],
    run: ({ services, scope, json: { kind, channel } }) => setPreference(services, scope, kind, channel),
  });
  routes.get("/orgs/{org}/me/notifications", {
    operationId: "listMyNotifications",
    description: "Newest first, with how many are unread; only the caller's own.",
    summary: "The caller's latest notifications (the bell) and how many are unread",
    responds: [200, Bell, "Newest first"],
    serve: listNotifications,
  });
  routes.post("/orgs/{org}/me/notifications/read", {
    operationId: "markNotificationsRead",
    description: "The listed notifications, or every one of the caller's when no ids are given.",
    summary: "Mark notifications read (all of the caller's when no ids are given)",
    body: z.strictObject({ ids: z.array(Uuid).max(100).optional() }).openapi("MarkNotificationsRead"),
    responds: [204, "Marked read"],
    serve: markNotificationsRead,
    pick: "ids",
  });
  api.openapi(
    createRoute({
      method: "get",
      path: "/unsubscribe/{token}",
      operationId: "describeUnsubscribe",
      description:
        "What the link in a message would turn off, so the page can ask before changing anything (no sign-in).",
      security: securityOf("public", "get"),
      tags,
      summary: "What an unsubscribe link would stop (changes nothing; no sign-in)",
      request: { params: TokenParams },
      responses: {
        ...errorsOf(400, 404),
        200: jsonResponse(
          z.object({ kind: Kind, organisationName: z.string(), off: z.boolean() }).openapi("UnsubscribeOffer"),
          "The kind of message and the organisation",
        ),
      },
    }),
    async (c) => {
      const offer = await describeUnsubscribe(c.get("services"), c.req.valid("param").token);
      if (!offer) throw notFound("Unsubscribe link");
      return reply(c, offer);
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/unsubscribe/{token}",
      operationId: "unsubscribe",
      security: securityOf("public", "post"),
      tags,
      summary: "One-click unsubscribe (RFC 8058): no sign-in, no CSRF token, any body",
      description:
        "Turns the link's kind of message off for its person. Answers the same for any token, so it tells nobody whether a link is good.",
      request: { params: TokenParams },
      responses: {
        ...errorsOf(400, 413),
        200: jsonResponse(z.object({ status: z.literal("received") }).openapi("UnsubscribeReceived"), "Received"),
      },
    }),
    async (c) => {
      await unsubscribe(c.get("services"), c.req.valid("param").token);
      return reply(c, { status: "received" as const });
    },
  );
  accountRoutes(api, ["Accounts"]).put("/auth/me/locale", {
    operationId: "setMyLocale",
    summary: "The language of the messages Grove sends the signed-in user",
    description:
      "English or Simplified Chinese, for mail and chat messages; the app's language is the browser's choice.",
    body: z.strictObject({ locale: z.enum(["en", "zh"]) }).openapi("SetLocale"),
    responds: [204, "Saved"],
    run: async ({ services, session, json }) => setUserLocale(services, session.userId, json.locale),
  });
}
