import { type HistoryEntry, insertHistory } from "../db/repositories/history.ts";
import { inTenant } from "../db/tenant.ts";
import { type Actor, authorize } from "../domain/policies.ts";
import type { ServiceContext, Tx } from "./context.ts";

/** What a change returns: its result and the history rows (S7) that record it. */
export interface Change<T> {
  result: T;
  history: HistoryEntry[];
}

/** The organisation a use case works in and who is acting (see src/domain/policies.ts). */
export interface Scope {
  orgId: string;
  actor: Actor;
}

/**
 * The one write path: opens the transaction, sets the tenant for row-level policies, runs the
 * change and writes its history rows, all or nothing. A change must say what history it leaves
 * (its type demands the `history` array, even when it is empty).
 */
export async function writeChange<T>(
  ctx: ServiceContext,
  scope: Scope,
  change: (tx: Tx) => Promise<Change<T>>,
): Promise<T> {
  return inTenant(ctx.db, scope.orgId, async (tx) => {
    const { result, history } = await change(tx);
    await insertHistory(tx, scope.orgId, history, {
      newId: ctx.newId,
      actorId: scope.actor.kind === "person" ? scope.actor.personId : null,
      at: ctx.now(),
    });
    return result;
  });
}

/** A change to the organisation's structure (units, people, periods, strategies): admins only. */
export async function adminChange<T>(
  ctx: ServiceContext,
  scope: Scope,
  change: (tx: Tx) => Promise<Change<T>>,
): Promise<T> {
  authorize(scope.actor, { do: "manageOrganisation" });
  return writeChange(ctx, scope, change);
}
