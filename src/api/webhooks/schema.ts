import { z } from "@hono/zod-openapi";
import { WEBHOOK_EVENTS, WEBHOOK_KINDS } from "../../domain/webhooks.ts";
import { Timestamp, Uuid } from "../shared/schemas.ts";

// Outgoing webhooks and the delivery log (docs/notifications.md "Webhooks and chat").

const Kind = z.enum(WEBHOOK_KINDS).openapi({
  description: "slack: Slack or Mattermost incoming webhook; teams: Teams workflow webhook; generic: signed JSON",
});
const Event = z.enum(WEBHOOK_EVENTS);
const Events = z.array(Event).min(1).max(WEBHOOK_EVENTS.length);
const Name = z.string().trim().min(1).max(100);
const Url = z.string().max(2000).openapi({
  description: "http or https; link-local and cloud metadata addresses are refused",
  example: "https://hooks.slack.com/services/T000/B000/XXXX",
});

export const Webhook = z
  .object({
    id: Uuid,
    name: z.string(),
    kind: Kind,
    url: z.string().openapi({ description: "Shortened: the address itself can post to the channel" }),
    events: z.array(Event),
    active: z.boolean(),
    signed: z.boolean().openapi({ description: "Generic webhooks sign each delivery (X-Grove-Signature)" }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    secret: z.string().optional().openapi({
      description: "Only in the answer that creates a generic webhook or rolls its secret; never again",
    }),
  })
  .openapi("Webhook");

export const CreateWebhook = z
  .strictObject({ name: Name, kind: Kind, url: Url, events: Events, active: z.boolean().optional() })
  .openapi("CreateWebhook");

export const UpdateWebhook = z
  .strictObject({
    name: Name.optional(),
    url: Url.optional(),
    events: Events.optional(),
    active: z.boolean().optional(),
  })
  .openapi("UpdateWebhook");

export const Delivery = z
  .object({
    id: Uuid,
    channel: z.enum(["mail", "chat", "webhook"]),
    kind: z.string(),
    status: z.enum(["pending", "sent", "dead"]),
    attempts: z.number().int(),
    lastError: z.string(),
    createdAt: Timestamp,
    sentAt: Timestamp.nullable(),
    nextAttemptAt: Timestamp.nullable(),
    eventId: z.string().nullable().openapi({ description: "Webhook deliveries: the event id, kept on a resend" }),
    summary: z.string(),
  })
  .openapi("Delivery");

export const Deliveries = z.object({ deliveries: z.array(Delivery) }).openapi("Deliveries");
