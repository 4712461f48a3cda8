import { sql } from "kysely";
import type { Executor } from "../executor.ts";
import type { OutboxChannel, OutboxStatus, WebhookRow } from "../schema.ts";

// Webhooks (migration 0016) and their rows in the outbox. Reads for the API run under the
// tenant; the deliverer reads a webhook on the owner connection, by organisation and id.

export async function listWebhooks(db: Executor, orgId: string): Promise<WebhookRow[]> {
  return db.selectFrom("webhooks").selectAll().where("orgId", "=", orgId).orderBy("createdAt").orderBy("id").execute();
}

export async function findWebhook(db: Executor, orgId: string, id: string): Promise<WebhookRow | undefined> {
  return db.selectFrom("webhooks").selectAll().where("orgId", "=", orgId).where("id", "=", id).executeTakeFirst();
}

/** An active webhook that takes one of the events, with what every event names: the organisation. */
export interface Subscriber {
  id: string;
  kind: WebhookRow["kind"];
  events: string[];
  orgSlug: string;
  orgName: string;
  orgLocale: "en" | "zh";
}

/**
 * The active webhooks of an organisation that take any of `types`: the one query the hot path
 * (every check-in) pays for, answered from the partial index; none, and the caller does nothing.
 */
export async function listSubscribers(db: Executor, orgId: string, types: string[]): Promise<Subscriber[]> {
  const result = await sql<Subscriber>`${subscribersQuery(orgId, types)}`.execute(db);
  return result.rows;
}

/** The query of `listSubscribers`, for a statement that reads them with other rows (a check-in's KR). */
export function subscribersQuery(orgId: string, types: string[]) {
  return sql<Subscriber>`
    select w.id, w.kind, w.events, o.slug as "orgSlug", o.name as "orgName", o.locale as "orgLocale"
    from webhooks w join organisations o on o.id = w.org_id
    where w.org_id = ${orgId} and w.active and w.events && ${sql.val(types)}::text[]
    order by w.created_at, w.id`;
}

export interface DeliveryRow {
  id: string;
  channel: OutboxChannel;
  kind: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
  payload: unknown;
}

const deliveryColumns = [
  "id",
  "channel",
  "kind",
  "status",
  "attempts",
  "lastError",
  "createdAt",
  "sentAt",
  "nextAttemptAt",
  "payload",
] as const;

/** A webhook's most recent deliveries, newest first (the outbox_webhook_idx index). */
export async function listWebhookDeliveries(
  db: Executor,
  orgId: string,
  webhookId: string,
  limit: number,
): Promise<DeliveryRow[]> {
  return db
    .selectFrom("outbox")
    .select(deliveryColumns)
    .where("orgId", "=", orgId)
    .where("channel", "=", "webhook")
    .where(sql<string>`payload ->> 'webhookId'`, "=", webhookId)
    .orderBy("createdAt", "desc")
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** The organisation's dead messages of every channel, newest first. */
export async function listDeadMessages(db: Executor, orgId: string, limit: number): Promise<DeliveryRow[]> {
  return db
    .selectFrom("outbox")
    .select(deliveryColumns)
    .where("orgId", "=", orgId)
    .where("status", "=", "dead")
    .orderBy("createdAt", "desc")
    .orderBy("id")
    .limit(limit)
    .execute();
}

export async function findOutboxMessage(db: Executor, orgId: string, id: string): Promise<DeliveryRow | undefined> {
  return db
    .selectFrom("outbox")
    .select(deliveryColumns)
    .where("orgId", "=", orgId)
    .where("id", "=", id)
    .executeTakeFirst();
}
