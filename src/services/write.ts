import { type HistoryEntry, insertHistory } from "../db/repositories/history.ts";
import { inTenant } from "../db/tenant.ts";
import type { ServiceContext, Tx } from "./context.ts";

/** What a change returns: its result and the history rows (S7) that record it. */
export interface Change<T> {
  result: T;
  history: HistoryEntry[];
}

export interface WriteScope {
  orgId: string;
  actorId: string | null;
}

/**
 * The one write path: opens the transaction, sets the tenant for row-level policies, runs the
 * change and writes its history rows, all or nothing. A change must say what history it leaves
 * (its type demands the `history` array, even when it is empty).
 */
export async function writeChange<T>(
  ctx: ServiceContext,
  scope: WriteScope,
  change: (tx: Tx) => Promise<Change<T>>,
): Promise<T> {
  return inTenant(ctx.db, scope.orgId, async (tx) => {
    const { result, history } = await change(tx);
    await insertHistory(tx, scope.orgId, history, {
      newId: ctx.newId,
      actorId: scope.actorId,
      at: ctx.now(),
    });
    return result;
  });
}
