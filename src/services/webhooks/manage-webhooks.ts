import { randomBytes } from "node:crypto";
import { changeOf } from "../../db/repositories/history.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import { findWebhook, listWebhooks } from "../../db/repositories/webhooks.ts";
import type { WebhookRow } from "../../db/schema.ts";
import { AppError, type FieldIssue, notFound } from "../../domain/errors.ts";
import { authorize } from "../../domain/policies.ts";
import { CHAT_KINDS, checkWebhookUrl, type WebhookEventType, type WebhookKindName } from "../../domain/webhooks.ts";
import type { CreateWebhook, UpdateWebhook } from "../../schemas/webhooks.ts";
import { newRow, readTenant, type ServiceContext } from "../context.ts";
import { deleteRow } from "../tenant-reads.ts";
import { defineUseCase } from "../use-case.ts";
import { adminChange, type Scope } from "../write.ts";

// An organisation's outgoing webhooks, managed by its admins (docs/notifications.md).

/** A new webhook as the API validates it. */
export type WebhookInput = CreateWebhook;
/** A webhook's changed fields as the API validates them (its kind stays). */
export type WebhookPatch = UpdateWebhook;

/**
 * A webhook as the API shows it. The address is shown shortened: a Slack or Teams address is
 * itself a credential (anyone who has it can post into the channel). The secret never appears
 * here; only the answer that creates or rolls it carries it (`WebhookWithSecret`).
 */
export interface WebhookView {
  id: string;
  name: string;
  kind: WebhookKindName;
  url: string;
  events: WebhookEventType[];
  active: boolean;
  signed: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface WebhookWithSecret extends WebhookView {
  /** Shown once: when the webhook is made or its secret rolled. Empty for chat webhooks. */
  secret: string;
}

export async function getWebhooks(ctx: ServiceContext, scope: Scope): Promise<WebhookView[]> {
  authorize(scope.actor, { do: "manageOrganisation" });
  return readTenant(ctx, scope.orgId, async (tx) => (await listWebhooks(tx, scope.orgId)).map(viewOf));
}

export async function createWebhook(
  ctx: ServiceContext,
  scope: Scope,
  input: WebhookInput,
): Promise<WebhookWithSecret> {
  checkInput(input.kind, input);
  return adminChange(ctx, scope, async (tx) => {
    const row = await tenantRows("webhooks").insert(tx, {
      ...newRow(ctx, scope.orgId),
      name: input.name.trim(),
      kind: input.kind,
      url: input.url,
      events: [...new Set(input.events)],
      active: input.active ?? true,
      secret: input.kind === "generic" ? newWebhookSecret() : "",
      createdBy: scope.actor.kind === "person" ? scope.actor.personId : null,
    });
    return {
      result: { ...viewOf(row), secret: row.secret },
      history: [changeOf("webhook", row.id, null, recorded(row))],
    };
  });
}

export const updateWebhook = defineUseCase("admin", async ({ tx, ctx, orgId }, id: string, patch: WebhookPatch) => {
  const before = await findWebhook(tx, orgId, id);
  if (!before) throw notFound("Webhook");
  checkInput(before.kind, patch);
  const row = await tx
    .updateTable("webhooks")
    .set({
      ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
      ...(patch.url !== undefined ? { url: patch.url } : {}),
      ...(patch.events !== undefined ? { events: [...new Set(patch.events)] } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
      updatedAt: ctx.now(),
    })
    .where("orgId", "=", orgId)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { result: viewOf(row), history: [changeOf("webhook", id, recorded(before), recorded(row))] };
});

/** Deletes a webhook. Its pending deliveries are refused when their turn comes (dead, resendable to none). */
export const deleteWebhook = defineUseCase("admin", async ({ tx, orgId }, id: string) => {
  const deleted = await deleteRow(tx, orgId, "webhooks", id, "Webhook");
  return { result: undefined, history: [changeOf("webhook", id, recorded(deleted), null)] };
});

/**
 * A new secret for a generic webhook, shown once. Deliveries sign with the secret of the moment
 * they are sent, so a delivery retried after the roll carries the new signature.
 */
export const rollWebhookSecret = defineUseCase("admin", async ({ tx, ctx, orgId }, id: string) => {
  const before = await findWebhook(tx, orgId, id);
  if (!before) throw notFound("Webhook");
  if (before.kind !== "generic") {
    throw new AppError("conflict", "Only generic webhooks are signed", [
      { field: "kind", rule: "generic_only", message: "Slack and Teams webhooks have no secret" },
    ]);
  }
  const row = await tenantRows("webhooks").updateHeld(tx, orgId, id, {
    secret: newWebhookSecret(),
    updatedAt: ctx.now(),
  });
  // The history says that the secret changed, never what it is.
  const rolled = { ...recorded(row), secretRolled: true };
  return {
    result: { ...viewOf(row), secret: row.secret },
    history: [changeOf("webhook", id, recorded(before), rolled)],
  };
});

/**
 * A webhook as its history records it (S7, the audit log): the shortened address, as the API
 * shows it, since a chat address is itself a credential; never the secret.
 */
function recorded(row: WebhookRow) {
  const { name, kind, url, events, active, signed } = viewOf(row);
  return { name, kind, url, events, active, signed };
}

function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

function checkInput(kind: WebhookKindName, input: Partial<WebhookInput>): void {
  const issues: FieldIssue[] = [];
  if (input.url !== undefined) {
    const issue = checkWebhookUrl(input.url);
    if (issue) issues.push(issue);
  }
  // Personal notifications go to a chat channel only, never to another system's endpoint.
  if (input.events?.includes("notification") && !CHAT_KINDS.includes(kind)) {
    issues.push({
      field: "events",
      rule: "chat_only",
      message: "notification is delivered to Slack, Mattermost or Teams webhooks only",
    });
  }
  if (issues.length > 0) throw new AppError("validation_failed", "The webhook cannot be saved", issues);
}

function viewOf(row: WebhookRow): WebhookView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    url: shortened(row.url),
    events: row.events as WebhookEventType[],
    active: row.active,
    signed: row.kind === "generic",
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The origin and the last four characters: enough to recognise an address, not to post to it. */
export function shortened(url: string): string {
  const parsed = new URL(url);
  const rest = `${parsed.pathname}${parsed.search}`;
  return rest.length <= 8 ? `${parsed.origin}${rest}` : `${parsed.origin}/…${rest.slice(-4)}`;
}

export async function getWebhook(ctx: ServiceContext, scope: Scope, id: string): Promise<WebhookView> {
  authorize(scope.actor, { do: "manageOrganisation" });
  return readTenant(ctx, scope.orgId, async (tx) => {
    const row = await findWebhook(tx, scope.orgId, id);
    if (!row) throw notFound("Webhook");
    return viewOf(row);
  });
}
