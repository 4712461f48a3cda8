import { sameTenant } from "../../db/repositories/tenant-joins.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { ServiceContext, Tx } from "../context.ts";
import { copy } from "./copy.ts";
import { notify, organisationOf, recipientsOf } from "./notify.ts";
import { unsubscribeSigner } from "./unsubscribe-links.ts";

export interface Mentioned {
  commentId: string;
  objectiveId: string | null;
  keyResultId: string | null;
  authorId: string | null;
  /** The people newly mentioned (an edit passes only those it added). */
  personIds: readonly string[];
}

/**
 * Tells each person newly mentioned in a comment, in the comment's transaction: the bell, and a
 * mail or chat message as they chose. The author is not told of their own mention.
 */
export async function notifyMentions(ctx: ServiceContext, tx: Tx, orgId: string, comment: Mentioned): Promise<void> {
  const about = await threadOf(tx, orgId, comment);
  const personIds = (await readersOf(tx, orgId, about.unitId, comment.personIds)).filter(
    (id) => id !== comment.authorId,
  );
  if (personIds.length === 0) return;
  const author = comment.authorId
    ? await tx
        .selectFrom("people")
        .select("name")
        .where("orgId", "=", orgId)
        .where("id", "=", comment.authorId)
        .executeTakeFirst()
    : undefined;
  const org = await organisationOf(tx, orgId);
  const recipients = await recipientsOf(tx, orgId, personIds, "mention");
  const sign = await unsubscribeSigner(tx);
  const link = `/orgs/${org.slug}/units/${about.unitId}${comment.keyResultId ? `#kr-${comment.keyResultId}` : ""}`;
  for (const recipient of recipients.values()) {
    const words = copy[recipient.locale].mention;
    const authorName = author?.name ?? "Grove";
    await notify(
      ctx,
      tx,
      org,
      recipient,
      {
        kind: "mention",
        data: { author: authorName, about: about.title, commentId: comment.commentId },
        link,
        dedupeKey: `mention:${comment.commentId}:${recipient.personId}`,
        mail: {
          subject: words.subject(authorName),
          paragraphs: [words.body(authorName, about.title)],
          action: words.action,
        },
        chat: `${recipient.name}: ${words.body(authorName, about.title)}`,
      },
      sign,
    );
  }
}

async function threadOf(tx: Tx, orgId: string, comment: Mentioned): Promise<{ title: string; unitId: string }> {
  if (comment.keyResultId) {
    return tx
      .selectFrom("keyResults as k")
      .innerJoin("objectives as o", (j) => sameTenant(j, "o.id", "k.objectiveId"))
      .select(["k.title", "o.unitId"])
      .where("k.orgId", "=", orgId)
      .where("k.id", "=", comment.keyResultId)
      .executeTakeFirstOrThrow();
  }
  return tx
    .selectFrom("objectives")
    .select(["title", "unitId"])
    .where("orgId", "=", orgId)
    .where("id", "=", comment.objectiveId as string)
    .executeTakeFirstOrThrow();
}

/**
 * Of `personIds`, those who may read the unit (M3): everyone for an open unit; for a private one
 * its members and the admins. A mention must not carry a private unit's titles to anyone else.
 */
async function readersOf(tx: Tx, orgId: string, unitId: string, personIds: readonly string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const unit = await tenantRows("units").find(tx, orgId, unitId);
  if (!unit) throw new Error(`readersOf: unit ${unitId} is not in the organisation`);
  if (!unit.private) return [...personIds];
  const rows = await tx
    .selectFrom("people as p")
    .select("p.id")
    .where("p.orgId", "=", orgId)
    .where("p.id", "in", [...personIds])
    .where((eb) =>
      eb.or([
        eb("p.role", "=", "admin"),
        eb.exists(
          eb
            .selectFrom("memberships as m")
            .select("m.personId")
            .whereRef("m.orgId", "=", "p.orgId")
            .whereRef("m.personId", "=", "p.id")
            .where("m.unitId", "=", unitId),
        ),
      ]),
    )
    .execute();
  return rows.map((row) => row.id);
}
