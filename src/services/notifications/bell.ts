import type { NotificationKind } from "../../domain/notifications.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { type Scope, writeChange } from "../write.ts";
import { personOf } from "./preferences.ts";

// The bell (docs/notifications.md): a person's latest notifications and how many are unread.

export interface BellNotification {
  id: string;
  kind: NotificationKind;
  data: Record<string, unknown>;
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

const LATEST = 30;

export async function listNotifications(
  ctx: ServiceContext,
  scope: Scope,
): Promise<{ unread: number; notifications: BellNotification[] }> {
  const personId = personOf(scope, false);
  return readTenant(ctx, scope.orgId, async (tx) => {
    const notifications = await tx
      .selectFrom("notifications")
      .select(["id", "kind", "data", "link", "createdAt", "readAt"])
      .where("orgId", "=", scope.orgId)
      .where("personId", "=", personId)
      .orderBy("createdAt", "desc")
      .orderBy("id", "desc")
      .limit(LATEST)
      .execute();
    const { unread } = await tx
      .selectFrom("notifications")
      .select((eb) => eb.fn.countAll<string>().as("unread"))
      .where("orgId", "=", scope.orgId)
      .where("personId", "=", personId)
      .where("readAt", "is", null)
      .executeTakeFirstOrThrow();
    return { unread: Number(unread), notifications };
  });
}

/** Marks the given notifications (or all of them) read; another person's ids are ignored. */
export async function markNotificationsRead(ctx: ServiceContext, scope: Scope, ids?: readonly string[]): Promise<void> {
  const personId = personOf(scope, true);
  await writeChange(ctx, scope, async (tx) => {
    if (ids?.length === 0) return { result: undefined, history: [] };
    let query = tx
      .updateTable("notifications")
      .set({ readAt: ctx.now() })
      .where("orgId", "=", scope.orgId)
      .where("personId", "=", personId)
      .where("readAt", "is", null);
    if (ids) query = query.where("id", "in", [...ids]);
    await query.execute();
    return { result: undefined, history: [] };
  });
}
