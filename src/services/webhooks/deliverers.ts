import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import type { Kysely } from "kysely";
import { insertOutboxMessages } from "../../db/repositories/outbox.ts";
import { findWebhook, listSubscribers } from "../../db/repositories/webhooks.ts";
import type { Database } from "../../db/schema.ts";
import {
  answerOutcome,
  bodyFor,
  CHAT_KINDS,
  checkWebhookUrl,
  isForbiddenAddress,
  type WebhookEvent,
} from "../../domain/webhooks.ts";
import { type Deliverer, DeliveryRefused } from "../outbox/deliverers.ts";
import type { WebhookMessage } from "./events.ts";
import { signatureHeader } from "./signature.ts";

// The `webhook` and `chat` deliverers (docs/notifications.md "Webhooks and chat").

/** A receiver that has not answered in this long is treated as down: the delivery is retried. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

export interface WebhookDelivererOptions {
  db: Kysely<Database>;
  /** The wall clock of the signature's timestamp (receivers compare it with theirs). */
  now?: () => Date;
  timeoutMs?: number;
}

/**
 * Posts a webhook row of the outbox to its webhook, as the webhook's kind takes it: 2xx is sent;
 * 408, 429, 5xx, a timeout or a network error are retried; any other answer (a 410 Gone, a 404,
 * a redirect) is refused and the message is dead. The webhook is read at delivery, so a retry
 * after an address change or a secret roll goes to the new address with the new signature.
 */
export function createWebhookDeliverer(options: WebhookDelivererOptions): Deliverer {
  const now = options.now ?? (() => new Date());
  return async (message) => {
    const { webhookId, event } = message.payload as WebhookMessage;
    const webhook = message.orgId ? await findWebhook(options.db, message.orgId, webhookId) : undefined;
    if (!webhook) throw new DeliveryRefused("the webhook was deleted");
    if (!webhook.active) throw new DeliveryRefused("the webhook is turned off");
    await assertAllowedAddress(webhook.url);
    const body = JSON.stringify(bodyFor(webhook.kind, event));
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "user-agent": "Grove-Webhooks/1",
      "x-grove-event-id": event.id,
      "x-grove-event-type": event.type,
    };
    if (webhook.kind === "generic") headers["x-grove-signature"] = signatureHeader(webhook.secret, body, now());
    let response: Response;
    try {
      response = await fetch(webhook.url, {
        method: "POST",
        headers,
        body,
        // A redirect could point anywhere, a metadata address included: it is an answer, not followed.
        redirect: "manual",
        signal: AbortSignal.timeout(options.timeoutMs ?? WEBHOOK_TIMEOUT_MS),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      throw new Error(`could not reach the receiver (${cause})`);
    }
    const outcome = answerOutcome(response.status);
    if (outcome === "sent") {
      await response.body?.cancel();
      return;
    }
    const said = (await response.text().catch(() => "")).slice(0, 200);
    const reason = `HTTP ${response.status}${said ? `: ${said}` : ""}`;
    if (outcome === "retry") throw new Error(reason);
    throw new DeliveryRefused(reason);
  };
}

/** The names a host resolves to are checked too: a name may point at a metadata address. */
async function assertAllowedAddress(url: string): Promise<void> {
  const issue = checkWebhookUrl(url);
  if (issue) throw new DeliveryRefused(issue.message);
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) return;
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true });
  } catch (error) {
    throw new Error(`could not resolve ${host} (${(error as { code?: string }).code ?? "error"})`);
  }
  if (addresses.some((a) => isForbiddenAddress(a.address))) {
    throw new DeliveryRefused(`${host} resolves to a link-local or metadata address`);
  }
}

/** A personal notification by chat (the reminders' rows of channel "chat"). */
export interface ChatMessage {
  text: string;
  url?: string;
}

export interface ChatDelivererOptions {
  db: Kysely<Database>;
  now?: () => Date;
  newId: () => string;
}

/**
 * Hands a chat row to each active Slack, Mattermost or Teams webhook of its organisation that
 * takes `notification`: one webhook row each, written in one transaction, so each channel is
 * retried on its own and shows in its webhook's delivery log. The rows' dedupe keys (the chat
 * row and the webhook) keep a chat row handed over twice (its lease ran out) from posting twice.
 * No such webhook: refused, so admins see the dead message.
 */
export function createChatDeliverer(options: ChatDelivererOptions): Deliverer {
  const now = options.now ?? (() => new Date());
  return async (message) => {
    const orgId = message.orgId;
    if (!orgId) throw new DeliveryRefused("a chat message belongs to an organisation");
    const chat = message.payload as ChatMessage;
    await options.db.transaction().execute(async (tx) => {
      const hooks = (await listSubscribers(tx, orgId, ["notification"])).filter((hook) =>
        CHAT_KINDS.includes(hook.kind),
      );
      const first = hooks[0];
      if (!first)
        throw new DeliveryRefused("no Slack, Mattermost or Teams webhook of the organisation is on for notifications");
      const event: WebhookEvent = {
        id: message.id,
        type: "notification",
        occurredAt: message.createdAt.toISOString(),
        organisation: { slug: first.orgSlug, name: first.orgName },
        locale: first.orgLocale,
        data: { text: chat.text, ...(chat.url ? { url: chat.url } : {}) },
      };
      await insertOutboxMessages(
        tx,
        hooks.map((hook) => ({
          id: options.newId(),
          orgId,
          channel: "webhook" as const,
          kind: "notification",
          payload: { webhookId: hook.id, event } satisfies WebhookMessage,
          dedupeKey: `chat:${message.id}:${hook.id}`,
        })),
        now(),
      );
    });
  };
}
