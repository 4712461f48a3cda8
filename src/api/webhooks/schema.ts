import { z } from "@hono/zod-openapi";
import { Event, Kind } from "../../schemas/webhooks.ts";
import { Timestamp, Uuid } from "../shared/schemas.ts";

// Outgoing webhooks and the delivery log (docs/notifications.md "Webhooks and chat").

export { CreateWebhook, UpdateWebhook } from "../../schemas/webhooks.ts";

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

export const Delivery = z
  .object({
    id: Uuid,
    channel: z.enum(["mail", "chat", "webhook", "metric_sync"]),
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
