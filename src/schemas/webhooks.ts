import { z } from "@hono/zod-openapi";
import { WEBHOOK_EVENTS, WEBHOOK_KINDS } from "../domain/webhooks.ts";

// An outgoing webhook as an admin adds or edits it (docs/notifications.md "Webhooks and chat"):
// the API validates it, the services take its type.

export const Kind = z.enum(WEBHOOK_KINDS).openapi({
  description: "slack: Slack or Mattermost incoming webhook; teams: Teams workflow webhook; generic: signed JSON",
});
export const Event = z.enum(WEBHOOK_EVENTS);
const Events = z.array(Event).min(1).max(WEBHOOK_EVENTS.length);
const Name = z.string().trim().min(1).max(100);
const Url = z.string().max(2000).openapi({
  description: "http or https; link-local and cloud metadata addresses are refused",
  example: "https://hooks.slack.com/services/T000/B000/XXXX",
});

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

export type CreateWebhook = z.infer<typeof CreateWebhook>;
export type UpdateWebhook = z.infer<typeof UpdateWebhook>;
