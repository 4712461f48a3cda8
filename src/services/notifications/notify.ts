import { sameTenant } from "../../db/repositories/tenant-joins.ts";
import type { Locale } from "../../domain/coach/index.ts";
import { channelOf, type NotificationChannel, type NotificationKind } from "../../domain/notifications.ts";
import type { Executor, ServiceContext } from "../context.ts";
import { layoutMail } from "../mail/layout.ts";
import { enqueue, type OutboxMessage } from "../outbox/enqueue.ts";
import type { Signer } from "./unsubscribe-links.ts";

// One notice to one person: a row for the bell, and the message their preference asks for (mail
// in their language, a chat line, or nothing). Always called in the transaction of what caused
// it, so the notice and the cause commit together (docs/notifications.md).

export interface Recipient {
  personId: string;
  name: string;
  email: string;
  locale: Locale;
  channel: NotificationChannel;
}

export interface Organisation {
  id: string;
  slug: string;
  name: string;
}

/**
 * The people of `personIds` with their language (their account's, else the organisation's) and
 * the channel they chose for `kind` (`lead`: they lead a unit, for the digest's default).
 */
export async function recipientsOf(
  db: Executor,
  orgId: string,
  personIds: readonly string[],
  kind: NotificationKind,
  lead = false,
): Promise<Map<string, Recipient>> {
  const recipients = new Map<string, Recipient>();
  if (personIds.length === 0) return recipients;
  const rows = await db
    .selectFrom("people as p")
    .innerJoin("organisations as o", "o.id", "p.orgId")
    .leftJoin("users as u", "u.id", "p.userId")
    .leftJoin("notificationPreferences as np", (j) => sameTenant(j, "np.personId", "p.id").on("np.kind", "=", kind))
    .select(["p.id", "p.name", "p.email", "u.locale as userLocale", "o.locale as orgLocale", "np.channel"])
    .where("p.orgId", "=", orgId)
    .where("p.id", "in", [...personIds])
    .execute();
  for (const row of rows) {
    recipients.set(row.id, {
      personId: row.id,
      name: row.name,
      email: row.email,
      locale: row.userLocale ?? row.orgLocale,
      channel: channelOf(kind, row.channel ?? undefined, lead),
    });
  }
  return recipients;
}

export async function organisationOf(db: Executor, orgId: string): Promise<Organisation> {
  return db
    .selectFrom("organisations")
    .select(["id", "slug", "name"])
    .where("id", "=", orgId)
    .executeTakeFirstOrThrow();
}

export interface Notice {
  kind: NotificationKind;
  /** Words for the bell; the web app phrases them in the reader's language. */
  data: Record<string, unknown>;
  /** Path in the web app, e.g. /orgs/acme/my. */
  link: string;
  /** One notice per cause (`review-due:{unit}:{date}:{person}`); the messages carry it too. */
  dedupeKey?: string;
  mail: { subject: string; paragraphs: string[]; action: string };
  /** One line for a chat channel. */
  chat: string;
}

/**
 * The mail and chat line of a notice told in one sentence: the mail says it, then why the
 * recipient hears of it, with the notice's action; the chat line is the sentence alone.
 */
export function toldInOneSentence(
  words: { why: string; action: string },
  subject: string,
  sentence: string,
): Pick<Notice, "mail" | "chat"> {
  return { mail: { subject, paragraphs: [sentence, words.why], action: words.action }, chat: sentence };
}

/** Writes the bell's row and the message the recipient's preference asks for. */
export async function notify(
  ctx: ServiceContext,
  tx: Executor,
  org: Organisation,
  recipient: Recipient,
  notice: Notice,
  sign: Signer,
): Promise<void> {
  const inserted = await tx
    .insertInto("notifications")
    .values({
      orgId: org.id,
      id: ctx.newId(),
      personId: recipient.personId,
      kind: notice.kind,
      data: JSON.stringify(notice.data),
      link: notice.link,
      dedupeKey: notice.dedupeKey ?? null,
      createdAt: ctx.now(),
    })
    .onConflict((c) => c.columns(["orgId", "dedupeKey"]).doNothing())
    .returning("id")
    .execute();
  if (inserted.length === 0) return; // noticed before: the messages went with it
  const message = messageFor(ctx, org, recipient, notice, sign);
  if (message) await enqueue(ctx, tx, [message]);
}

function messageFor(
  ctx: ServiceContext,
  org: Organisation,
  recipient: Recipient,
  notice: Notice,
  sign: Signer,
): OutboxMessage | null {
  const url = `${ctx.messaging.publicUrl}${notice.link}`;
  const dedupeKey = notice.dedupeKey ? `${notice.dedupeKey}:${recipient.channel}` : null;
  if (recipient.channel === "chat") {
    return { orgId: org.id, channel: "chat", kind: notice.kind, payload: { text: notice.chat, url }, dedupeKey };
  }
  if (recipient.channel !== "mail" || !recipient.email) return null;
  const token = sign({ orgId: org.id, personId: recipient.personId, kind: notice.kind });
  const payload = layoutMail({
    to: recipient.email,
    locale: recipient.locale,
    organisationName: org.name,
    subject: notice.mail.subject,
    paragraphs: notice.mail.paragraphs,
    action: { label: notice.mail.action, url },
    unsubscribeUrl: `${ctx.messaging.publicUrl}/unsubscribe/${token}`,
  });
  return { orgId: org.id, channel: "mail", kind: notice.kind, payload, dedupeKey };
}
