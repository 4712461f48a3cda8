import { createRoute } from "@hono/zod-openapi";
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
import { type Api, scopeOf } from "../shared/env.ts";
import { reply } from "../shared/reply.ts";
import { errorResponses, jsonResponse, OrgIdParams, OrgParams } from "../shared/schemas.ts";
import { CreateWebhook, Deliveries, Delivery, UpdateWebhook, Webhook } from "./schema.ts";

const tags = ["Webhooks"];

/** Admins only: an organisation's outgoing webhooks, their deliveries and its dead messages. */
export function registerWebhookRoutes(api: Api): void {
  registerCrudRoutes(api, {
    name: "webhooks",
    tag: "Webhooks",
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
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/webhooks/{id}/secret",
      tags,
      summary: "Roll a generic webhook's secret; the answer shows the new one, once",
      request: { params: OrgIdParams },
      responses: { 200: jsonResponse(Webhook, "The webhook with its new secret"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await rollWebhookSecret(c.get("services"), await scopeOf(c, org), id));
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/webhooks/{id}/deliveries",
      tags,
      summary: "The webhook's most recent deliveries (50), newest first",
      request: { params: OrgIdParams },
      responses: { 200: jsonResponse(Deliveries, "Deliveries"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, { deliveries: await getWebhookDeliveries(c.get("services"), await scopeOf(c, org), id) });
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/outbox/dead",
      tags,
      summary: "The organisation's dead messages of every channel (mail, chat, webhook), newest 50",
      request: { params: OrgParams },
      responses: { 200: jsonResponse(Deliveries, "Dead messages"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      return reply(c, { deliveries: await getDeadMessages(c.get("services"), scope) });
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/outbox/{id}/resend",
      tags,
      summary: "Send a message again: a webhook delivery (same event id), or a dead mail or chat message",
      request: { params: OrgIdParams },
      responses: { 201: jsonResponse(Delivery, "The new delivery"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await resendMessage(c.get("services"), await scopeOf(c, org), id), 201);
    },
  );
}
