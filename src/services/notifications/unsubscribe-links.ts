import { createHmac, timingSafeEqual } from "node:crypto";
import { type NotificationKind, notificationKinds } from "../../domain/notifications.ts";
import type { Executor } from "../context.ts";

// One-click unsubscribe links (RFC 8058, docs/notifications.md): the token names an organisation,
// a person and a kind, signed with an HMAC whose key the database keeps (server_secrets,
// migration 0015), so a link works without signing in and needs no row per mail.

export interface UnsubscribeTarget {
  orgId: string;
  personId: string;
  kind: NotificationKind;
}

export type Signer = (target: UnsubscribeTarget) => string;

async function secretOf(db: Executor): Promise<string> {
  const row = await db
    .selectFrom("serverSecrets")
    .select("secret")
    .where("name", "=", "unsubscribe")
    .executeTakeFirstOrThrow();
  return row.secret;
}

const compact = (uuid: string) => uuid.replaceAll("-", "");
const expand = (hex: string) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

function mac(secret: string, target: UnsubscribeTarget): Buffer {
  return createHmac("sha256", secret).update(`${target.orgId}/${target.personId}/${target.kind}`).digest();
}

/** Makes tokens for many messages with one read of the key. */
export async function unsubscribeSigner(db: Executor): Promise<Signer> {
  const secret = await secretOf(db);
  return (target) =>
    `${compact(target.orgId)}.${compact(target.personId)}.${target.kind}.${mac(secret, target).toString("base64url")}`;
}

/** What a token names, or null when it is malformed or its signature does not match. */
export async function verifyUnsubscribeToken(db: Executor, token: string): Promise<UnsubscribeTarget | null> {
  const match = /^([0-9a-f]{32})\.([0-9a-f]{32})\.([a-z_]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, org, person, kind, signature] = match as unknown as [string, string, string, string, string];
  if (!(notificationKinds as readonly string[]).includes(kind)) return null;
  const target = { orgId: expand(org), personId: expand(person), kind: kind as NotificationKind };
  const expected = mac(await secretOf(db), target);
  const given = Buffer.from(signature, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected) ? target : null;
}
