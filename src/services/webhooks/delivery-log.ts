import {
  type DeliveryRow,
  findOutboxMessage,
  findWebhook,
  listDeadMessages,
  listWebhookDeliveries,
} from "../../db/repositories/webhooks.ts";
import { AppError, notFound } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { enqueue } from "../outbox/enqueue.ts";
import { adminChange, type Scope } from "../write.ts";
import type { WebhookMessage } from "./events.ts";

// What admins see of deliveries (docs/notifications.md): each webhook's recent deliveries, the
// organisation's dead messages of every channel, and a resend of either.

export const DELIVERIES_SHOWN = 50;

/** One outbox row as the delivery log shows it: never the payload itself (a mail may hold a link). */
export interface DeliveryView extends Omit<DeliveryRow, "payload" | "nextAttemptAt"> {
  /** When it is tried next, while pending. */
  nextAttemptAt: Date | null;
  /** Webhook rows: the event's id, the same on every resend. */
  eventId: string | null;
  /** A line that says what it was: the event, the mail's recipient and subject, the chat text. */
  summary: string;
}

export async function getWebhookDeliveries(
  ctx: ServiceContext,
  scope: Scope,
  webhookId: string,
): Promise<DeliveryView[]> {
  authorize(scope.actor, { do: "manageOrganisation" });
  return readTenant(ctx, scope.orgId, async (tx) => {
    if (!(await findWebhook(tx, scope.orgId, webhookId))) throw notFound("Webhook");
    return (await listWebhookDeliveries(tx, scope.orgId, webhookId, DELIVERIES_SHOWN)).map(viewOf);
  });
}

export async function getDeadMessages(ctx: ServiceContext, scope: Scope): Promise<DeliveryView[]> {
  authorize(scope.actor, { do: "manageOrganisation" });
  return readTenant(ctx, scope.orgId, async (tx) =>
    (await listDeadMessages(tx, scope.orgId, DELIVERIES_SHOWN)).map(viewOf),
  );
}

/**
 * Sends a message again: a new outbox row with the same channel, kind and payload (so a webhook
 * event keeps its id and a receiver that got it already drops it). Any webhook delivery may be
 * sent again; mail and chat only when dead, because a sent mail's payload may have been scrubbed
 * (a password reset's link).
 */
export async function resendMessage(ctx: ServiceContext, scope: Scope, id: string): Promise<DeliveryView> {
  return adminChange(ctx, scope, async (tx) => {
    const message = await findOutboxMessage(tx, scope.orgId, id);
    if (!message) throw notFound("Message");
    if (message.channel !== "webhook" && message.status !== "dead") {
      throw new AppError("conflict", "Only dead mail and chat messages can be sent again", [
        { field: "status", rule: "dead_only", message: `this message is ${message.status}` },
      ]);
    }
    const [newId] = await enqueue(ctx, tx, [
      { orgId: scope.orgId, channel: message.channel, kind: message.kind, payload: message.payload },
    ]);
    const resent = await findOutboxMessage(tx, scope.orgId, newId as string);
    return { result: viewOf(resent as DeliveryRow), history: [] };
  });
}

function viewOf(row: DeliveryRow): DeliveryView {
  const { payload: _payload, ...shown } = row;
  return {
    ...shown,
    nextAttemptAt: row.status === "pending" ? row.nextAttemptAt : null,
    eventId: row.channel === "webhook" ? ((row.payload as WebhookMessage).event?.id ?? null) : null,
    summary: summaryOf(row),
  };
}

function summaryOf(row: DeliveryRow): string {
  // biome-ignore lint/suspicious/noExplicitAny: payloads differ per channel; only known fields are read
  const payload = row.payload as any;
  if (row.channel === "mail") return `${payload?.to ?? ""}: ${payload?.subject ?? ""}`;
  if (row.channel === "chat") return String(payload?.text ?? "").slice(0, 200);
  if (row.channel === "metric_sync") return `sync of metric source ${payload?.sourceId ?? ""} at ${payload?.at ?? ""}`;
  return `${payload?.event?.type ?? row.kind}`;
}
