import { onPrimary } from "../db/read-routing.ts";
import { listMembershipsOfUser } from "../db/repositories/accounts.ts";
import { type HistoryEntry, insertHistory } from "../db/repositories/history.ts";
import type { ChainToScore } from "../db/repositories/scores.ts";
import { enterTenant, inTenant, joinTenant, type TenantOptions } from "../db/tenant.ts";
import { type Action, type Actor, authorize } from "../domain/policies.ts";
import type { ServiceContext, Tx } from "./context.ts";
import { type PendingKeyResult, type Rescored, rescoreUpFrom } from "./scores/rescore.ts";

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
 * (its type demands the `history` array, even when it is empty). It runs on the primary even when
 * a GET calls it (a read replica takes only reads; src/db/read-routing.ts).
 */
export async function writeChange<T>(
  ctx: ServiceContext,
  scope: Scope,
  change: (tx: Tx) => Promise<Change<T>>,
  options: TenantOptions = {},
): Promise<T> {
  return onPrimary(() =>
    inTenant(
      ctx.db,
      scope.orgId,
      async (tx) => {
        const { result, history } = await change(tx);
        await insertHistory(tx, scope.orgId, history, {
          newId: ctx.newId,
          actorId: scope.actor.kind === "person" ? scope.actor.personId : null,
          at: ctx.now(),
        });
        return result;
      },
      options,
    ),
  );
}

/** A change that moves scores: it names the objectives whose KRs or cascaded objectives changed. */
export interface ScoringChange<T> extends Change<T> {
  /** Objectives to rescore, with everything above them in the cascade (M5). */
  rescore: (string | null | undefined)[];
  /**
   * KRs whose new reading and forecast the change left for the rescore to write with their new
   * score: one update of the row instead of three (a check-in).
   */
  pending?: PendingKeyResult[];
  /**
   * The chain up from `rescore` as the change already read it in this transaction, under the
   * score lock (a single check-in reads it with its insert): the rescore then only writes.
   */
  chain?: ChainToScore;
  /**
   * The result again after the rescore, so the rows it returns carry their new scores: read
   * again, or built from the scores the rescore computed.
   */
  reread?: (tx: Tx, scores: Rescored) => Promise<T>;
  /** Runs after the rescore, in the transaction: what must see the new scores (webhook events). */
  afterRescore?: (tx: Tx) => Promise<void>;
}

/**
 * `writeChange` for the writes that move progress (check-ins, KR and objective edits): it locks
 * the organisation's scores before the change takes any row lock, and then brings the stored
 * scores up to date from `rescore` upwards, in the same transaction (src/services/scores).
 */
export async function scoringChange<T>(
  ctx: ServiceContext,
  scope: Scope,
  change: (tx: Tx) => Promise<ScoringChange<T>>,
): Promise<T> {
  // The score lock comes first, in the `begin`'s round trip (src/db/tenant.ts).
  return writeChange(
    ctx,
    scope,
    async (tx) => {
      const { result, history, rescore, pending, chain, reread, afterRescore } = await change(tx);
      const scores = await rescoreUpFrom(
        tx,
        scope.orgId,
        rescore.filter((id): id is string => Boolean(id)),
        pending,
        chain,
      );
      if (afterRescore) await afterRescore(tx);
      return { result: reread ? await reread(tx, scores) : result, history };
    },
    { locksScores: true },
  );
}

/** A change to the organisation itself (people, roles, strategies, settings): admins only, never a token. */
export const adminChange = changeAllowedTo({ do: "manageOrganisation" });

/** A change to the OKRs' frame (units, periods): admins, and an admin's `write` token (`grove apply`). */
export const structureChange = changeAllowedTo({ do: "manageOkrStructure" });

function changeAllowedTo(action: Action) {
  return <T>(ctx: ServiceContext, scope: Scope, change: (tx: Tx) => Promise<Change<T>>): Promise<T> => {
    authorize(scope.actor, action);
    return writeChange(ctx, scope, change);
  };
}

/**
 * Several use cases as one change (`grove apply`): `work` calls the ordinary services, and each
 * of their transactions joins this one, so every check, authorisation and history row stays the
 * services' own while one refusal anywhere undoes everything. `prepare` runs first, as the
 * database owner before the tenant is set: the place to create the organisation itself.
 */
export async function writeChanges<T>(
  ctx: ServiceContext,
  scope: Scope,
  work: () => Promise<T>,
  prepare?: (tx: Tx) => Promise<void>,
): Promise<T> {
  return ctx.db.transaction().execute(async (tx) => {
    if (prepare) await prepare(tx);
    await enterTenant(tx, scope.orgId);
    return joinTenant(tx, scope.orgId, work);
  });
}

/** What a change to a person's own account returns: its result and its history row per organisation. */
export interface AccountChange<T> {
  result: T;
  /** The history rows (S7) for the person the user is in one organisation. */
  history: (personId: string) => HistoryEntry[];
}

/**
 * The write path of a change to a user's own account (users are global, e.g. two-factor
 * sign-in): the change runs on the owner connection, then its history rows are written in every
 * organisation the user belongs to, each under that tenant, all in one transaction, so every
 * organisation's history shows what its member did to their sign-in.
 */
export async function accountChange<T>(
  ctx: ServiceContext,
  userId: string,
  change: (tx: Tx) => Promise<AccountChange<T>>,
): Promise<T> {
  return ctx.db.transaction().execute(async (tx) => {
    const { result, history } = await change(tx);
    const memberships = await listMembershipsOfUser(tx, userId);
    for (const { orgId, personId } of memberships) {
      await enterTenant(tx, orgId);
      await insertHistory(tx, orgId, history(personId), { newId: ctx.newId, actorId: personId, at: ctx.now() });
    }
    return result;
  });
}
