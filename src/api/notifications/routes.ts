import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../../domain/errors.ts";
import { notificationChannels, notificationKinds } from "../../domain/notifications.ts";
import { setUserLocale } from "../../services/accounts/locale.ts";
import { listNotifications, markNotificationsRead } from "../../services/notifications/bell.ts";
import { readPreferences, setPreference } from "../../services/notifications/preferences.ts";
import { describeUnsubscribe, unsubscribe } from "../../services/notifications/unsubscribe.ts";
import { requireUser } from "../auth/authenticate.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { noContent, reply } from "../shared/reply.ts";
import { errorResponses, jsonBody, jsonResponse, OrgParams, Timestamp, Uuid } from "../shared/schemas.ts";

// Reminders, digest and the bell (docs/notifications.md): each person's choices, their
// notifications, one-click unsubscribe without signing in, and the language of their messages.

const tags = ["Notifications"];
const Kind = z.enum(notificationKinds).openapi({ description: "checkin_reminder, review_due, mention or digest" });
const Channel = z.enum(notificationChannels).openapi({ description: "mail, chat (the organisation's chat) or off" });

const Preferences = z
  .object({
    mailOn: z.boolean().openapi({ description: "False when the server sends no mail (no SMTP_URL)" }),
    preferences: z.array(
      z.object({
        kind: Kind,
        channel: Channel,
        chosen: z.boolean().openapi({ description: "False while the default applies" }),
        rule: z.string().openapi({ description: "The method's rule that asks for this kind (S4, S5)" }),
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

const TokenParams = z.object({
  token: z
    .string()
    .min(10)
    .max(200)
    .openapi({ param: { name: "token", in: "path" } }),
});

export function registerNotificationRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/me/notification-preferences",
      tags,
      summary: "How the caller hears of each kind of message",
      request: { params: OrgParams },
      responses: { 200: jsonResponse(Preferences, "The caller's choices"), ...errorResponses },
    }),
    async (c) => reply(c, await readPreferences(c.get("services"), await scopeOf(c, c.req.valid("param").org))),
  );
  api.openapi(
    createRoute({
      method: "put",
      path: "/orgs/{org}/me/notification-preferences",
      tags,
      summary: "Choose mail, chat or off for one kind of message",
      request: {
        params: OrgParams,
        body: jsonBody(z.strictObject({ kind: Kind, channel: Channel }).openapi("SetNotificationPreference")),
      },
      responses: { 200: jsonResponse(Preferences, "The caller's choices"), ...errorResponses },
    }),
    async (c) => {
      const { kind, channel } = c.req.valid("json");
      const scope = await scopeOf(c, c.req.valid("param").org);
      return reply(c, await setPreference(c.get("services"), scope, kind, channel));
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/me/notifications",
      tags,
      summary: "The caller's latest notifications (the bell) and how many are unread",
      request: { params: OrgParams },
      responses: { 200: jsonResponse(Bell, "Newest first"), ...errorResponses },
    }),
    async (c) => reply(c, await listNotifications(c.get("services"), await scopeOf(c, c.req.valid("param").org))),
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/me/notifications/read",
      tags,
      summary: "Mark notifications read (all of the caller's when no ids are given)",
      request: {
        params: OrgParams,
        body: jsonBody(z.strictObject({ ids: z.array(Uuid).max(100).optional() }).openapi("MarkNotificationsRead")),
      },
      responses: { 204: { description: "Marked read" }, ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      await markNotificationsRead(c.get("services"), scope, c.req.valid("json").ids);
      return noContent(c);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/unsubscribe/{token}",
      tags,
      summary: "What an unsubscribe link would stop (changes nothing; no sign-in)",
      request: { params: TokenParams },
      responses: {
        200: jsonResponse(
          z.object({ kind: Kind, organisationName: z.string(), off: z.boolean() }).openapi("UnsubscribeOffer"),
          "The kind of message and the organisation",
        ),
        ...errorResponses,
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
      tags,
      summary: "One-click unsubscribe (RFC 8058): no sign-in, no CSRF token, any body",
      description:
        "Turns the link's kind of message off for its person. Answers the same for any token, so it tells nobody whether a link is good.",
      request: { params: TokenParams },
      responses: {
        200: jsonResponse(z.object({ status: z.literal("received") }).openapi("UnsubscribeReceived"), "Received"),
        400: errorResponses[400],
      },
    }),
    async (c) => {
      await unsubscribe(c.get("services"), c.req.valid("param").token);
      return reply(c, { status: "received" as const });
    },
  );
  api.openapi(
    createRoute({
      method: "put",
      path: "/auth/me/locale",
      tags: ["Accounts"],
      summary: "The language of the messages Grove sends the signed-in user",
      request: { body: jsonBody(z.strictObject({ locale: z.enum(["en", "zh"]) }).openapi("SetLocale")) },
      responses: { 204: { description: "Saved" }, 401: errorResponses[400], 400: errorResponses[400] },
    }),
    async (c) => {
      await setUserLocale(c.get("services"), requireUser(c), c.req.valid("json").locale);
      return noContent(c);
    },
  );
}
