import { getDeadMessages, getWebhookDeliveries, resendMessage } from "../../services/webhooks/delivery-log.ts";
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  getWebhooks,
  rollWebhookSecret,
  updateWebhook,
} from "../../services/webhooks/manage-webhooks.ts";
import { registerCrudRoutes } from "../shared/crud.ts";
import { orgRouteFamily } from "../shared/org-route.ts";
import { CreateWebhook, Deliveries, Delivery, UpdateWebhook, Webhook } from "./schema.ts";

/** Admins only: an organisation's outgoing webhooks, their deliveries and its dead messages. */
export const registerWebhookRoutes = orgRouteFamily(["Webhooks"], (routes, api) => {
  registerCrudRoutes(api, {
    name: "webhooks",
    one: "webhook",
    tag: "Webhooks",
    descriptions: {
      list: "Admins see the organisation's outgoing webhooks, their events and whether each is on; never their secrets.",
      get: "Admins see one webhook, its events and whether it is on; never its secret.",
      create:
        "Admins send the organisation's events (check-ins, objectives, reviews, ...) to a URL: generic (signed with a secret shown once), Slack or Teams. Deliveries retry, then wait as dead messages.",
      update:
        "Admins change its URL, events or name, or turn it off; a generic webhook keeps its secret (roll it to change it).",
      remove: "Admins delete it; deliveries not yet made are not sent.",
    },
    item: Webhook,
    create: CreateWebhook,
    update: UpdateWebhook,
    service: {
      list: getWebhooks,
      get: getWebhook,
      create: createWebhook,
      update: updateWebhook,
      remove: deleteWebhook,
    },
  });
  routes.post("/orgs/{org}/webhooks/{id}/secret", {
    operationId: "rollWebhookSecret",
    description:
      "Admins roll the secret a generic webhook's deliveries are signed with; the new one is shown in this answer only.",
    summary: "Roll a generic webhook's secret; the answer shows the new one, once",
    responds: [200, Webhook, "The webhook with its new secret"],
    serve: rollWebhookSecret,
  });
  routes.get("/orgs/{org}/webhooks/{id}/deliveries", {
    operationId: "listWebhookDeliveries",
    description: "Admins see each recent delivery's event, status code and attempts, newest first.",
    summary: "The webhook's most recent deliveries (50), newest first",
    responds: [200, Deliveries, "Deliveries"],
    run: async ({ services, scope, param: { id } }) => ({
      deliveries: await getWebhookDeliveries(services, scope, id),
    }),
  });
  routes.get("/orgs/{org}/outbox/dead", {
    operationId: "listDeadMessages",
    description: "Admins see the messages that failed every retry (mail, chat, webhook), newest first, to send again.",
    summary: "The organisation's dead messages of every channel (mail, chat, webhook), newest 50",
    responds: [200, Deliveries, "Dead messages"],
    serve: getDeadMessages,
    field: "deliveries",
  });
  routes.post("/orgs/{org}/outbox/{id}/resend", {
    operationId: "resendMessage",
    description:
      "Admins send a dead message again, or redeliver a webhook event with the same event id so receivers can tell a repeat.",
    summary: "Send a message again: a webhook delivery (same event id), or a dead mail or chat message",
    responds: [201, Delivery, "The new delivery"],
    serve: resendMessage,
  });
});
