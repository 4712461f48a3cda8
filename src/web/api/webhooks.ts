import { useMutation } from "@tanstack/react-query";
import type { CreateWebhook, UpdateWebhook, Webhook } from "../../api/client/index.ts";
import { api, noContent, unwrap } from "./client.ts";
import { orgPages } from "./org-read.ts";
import { useOrgWrite } from "./queries.ts";
import { useWholeList } from "./whole-list.ts";

// Outgoing webhooks and the delivery log (issue 11, docs/notifications.md): admins only.

export type { CreateWebhook, Delivery, UpdateWebhook, Webhook } from "../../api/client/index.ts";
export type WebhookKind = Webhook["kind"];
export type WebhookEvent = Webhook["events"][number];

/** i18next reads dots as nesting: the catalogs' event keys use underscores. */
export const eventKey = (event: string) => event.replace(/\./g, "_");

export const webhookKeys = {
  all: (org: string) => ["org", org, "webhooks"] as const,
  deliveries: (org: string, id: string) => ["org", org, "webhooks", id, "deliveries"] as const,
  dead: (org: string) => ["org", org, "webhooks", "dead"] as const,
};

export function useWebhooks(org: string) {
  return useWholeList(webhookKeys.all(org), "webhooks", orgPages(org, "/api/v1/orgs/{org}/webhooks"));
}

export function useCreateWebhook(org: string) {
  return useOrgWrite(
    org,
    (body: CreateWebhook) => unwrap(api.POST("/api/v1/orgs/{org}/webhooks", { params: { path: { org } }, body })),
    { refresh: webhookKeys.all(org) },
  );
}

export function useUpdateWebhook(org: string, id: string) {
  return useOrgWrite(
    org,
    (body: UpdateWebhook) =>
      unwrap(api.PATCH("/api/v1/orgs/{org}/webhooks/{id}", { params: { path: { org, id } }, body })),
    { refresh: webhookKeys.all(org) },
  );
}

export function useDeleteWebhook(org: string, id: string) {
  return useOrgWrite(
    org,
    () => noContent(api.DELETE("/api/v1/orgs/{org}/webhooks/{id}", { params: { path: { org, id } } })),
    { refresh: webhookKeys.all(org) },
  );
}

export function useRollSecret(org: string, id: string) {
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/orgs/{org}/webhooks/{id}/secret", { params: { path: { org, id } } })),
  });
}

export function useDeliveries(org: string, id: string) {
  return useWholeList(webhookKeys.deliveries(org, id), "deliveries", (paging) =>
    api.GET("/api/v1/orgs/{org}/webhooks/{id}/deliveries", { params: { path: { org, id }, query: paging } }),
  );
}

export function useDeadMessages(org: string) {
  return useWholeList(webhookKeys.dead(org), "deliveries", orgPages(org, "/api/v1/orgs/{org}/outbox/dead"));
}

/** Sends a message again (the same event id for webhooks); the logs refresh. */
export function useResend(org: string) {
  return useOrgWrite(
    org,
    (id: string) => unwrap(api.POST("/api/v1/orgs/{org}/outbox/{id}/resend", { params: { path: { org, id } } })),
    { refresh: webhookKeys.all(org) },
  );
}
