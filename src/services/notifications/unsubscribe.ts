import { sameTenant } from "../../db/repositories/tenant-joins.ts";
import { inTenant } from "../../db/tenant.ts";
import type { NotificationKind } from "../../domain/notifications.ts";
import type { ServiceContext } from "../context.ts";
import { choose } from "./preferences.ts";
import { verifyUnsubscribeToken } from "./unsubscribe-links.ts";

// One-click unsubscribe (RFC 8058), without signing in (docs/notifications.md). Looking at the
// link changes nothing (mail scanners follow links); only the POST turns the kind off.

export interface UnsubscribeOffer {
  kind: NotificationKind;
  organisationName: string;
  /** True once the kind is off: the link still answers, and says so. */
  off: boolean;
}

/** What the link would stop, or null for a token that is not one of ours. */
export async function describeUnsubscribe(ctx: ServiceContext, token: string): Promise<UnsubscribeOffer | null> {
  const target = await verifyUnsubscribeToken(ctx.db, token);
  if (!target) return null;
  return inTenant(ctx.db, target.orgId, async (tx) => {
    const person = await tx
      .selectFrom("people as p")
      .innerJoin("organisations as o", "o.id", "p.orgId")
      .leftJoin("notificationPreferences as np", (j) =>
        sameTenant(j, "np.personId", "p.id").on("np.kind", "=", target.kind),
      )
      .select(["o.name", "np.channel"])
      .where("p.orgId", "=", target.orgId)
      .where("p.id", "=", target.personId)
      .executeTakeFirst();
    if (!person) return null;
    return { kind: target.kind, organisationName: person.name, off: person.channel === "off" };
  });
}

/**
 * Turns the token's kind off for its person. Answers nothing either way: a bad or stale token
 * (the person was removed) looks the same to the caller as a good one.
 */
export async function unsubscribe(ctx: ServiceContext, token: string): Promise<void> {
  const target = await verifyUnsubscribeToken(ctx.db, token);
  if (!target) return;
  await inTenant(ctx.db, target.orgId, async (tx) => {
    const person = await tx
      .selectFrom("people")
      .select("id")
      .where("orgId", "=", target.orgId)
      .where("id", "=", target.personId)
      .executeTakeFirst();
    if (person) await choose(tx, ctx, target.orgId, target.personId, target.kind, "off");
  });
}
