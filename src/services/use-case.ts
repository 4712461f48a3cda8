import { readTenant, type ServiceContext, type Tx } from "./context.ts";
import {
  adminChange,
  type Change,
  type Scope,
  type ScoringChange,
  scoringChange,
  structureChange,
  writeChange,
} from "./write.ts";

/** What a use case's work is given: its transaction, the service context, and who acts in which organisation. */
export interface Within {
  tx: Tx;
  ctx: ServiceContext;
  scope: Scope;
  orgId: string;
}

/** A use case as the API, the CLI and other services call it: the context and scope, then its own arguments. */
export type UseCase<A extends unknown[], T> = (ctx: ServiceContext, scope: Scope, ...args: A) => Promise<T>;

/**
 * A use case that is one change, written as the change alone: `writeUseCase(async ({ tx, orgId },
 * id: string, input: X) => ({ result, history }))` is called `(ctx, scope, id, input)` and runs
 * through `writeChange` (one transaction, the tenant set, its history rows written, S7). The
 * others take the other write paths: `scoringUseCase` (`scoringChange`, rescores), `adminUseCase`
 * and `structureUseCase` (the actor's right to run the organisation or its frame checked first).
 */
export function writeUseCase<A extends unknown[], T>(
  work: (within: Within, ...args: A) => Promise<Change<T>>,
): UseCase<A, T> {
  return (ctx, scope, ...args) => writeChange(ctx, scope, (tx) => work(within(tx, ctx, scope), ...args));
}

/** `writeUseCase` for a change that moves scores (`scoringChange`). */
export function scoringUseCase<A extends unknown[], T>(
  work: (within: Within, ...args: A) => Promise<ScoringChange<T>>,
): UseCase<A, T> {
  return (ctx, scope, ...args) => scoringChange(ctx, scope, (tx) => work(within(tx, ctx, scope), ...args));
}

/** `writeUseCase` for a change to the organisation itself (`adminChange`: admins only). */
export function adminUseCase<A extends unknown[], T>(
  work: (within: Within, ...args: A) => Promise<Change<T>>,
): UseCase<A, T> {
  return (ctx, scope, ...args) => adminChange(ctx, scope, (tx) => work(within(tx, ctx, scope), ...args));
}

/** `writeUseCase` for a change to the OKRs' frame, units and periods (`structureChange`). */
export function structureUseCase<A extends unknown[], T>(
  work: (within: Within, ...args: A) => Promise<Change<T>>,
): UseCase<A, T> {
  return (ctx, scope, ...args) => structureChange(ctx, scope, (tx) => work(within(tx, ctx, scope), ...args));
}

/** A use case that only reads, in one transaction under the organisation's row-level policies (`readTenant`). */
export function readUseCase<A extends unknown[], T>(work: (within: Within, ...args: A) => Promise<T>): UseCase<A, T> {
  return (ctx, scope, ...args) => readTenant(ctx, scope.orgId, (tx) => work(within(tx, ctx, scope), ...args));
}

function within(tx: Tx, ctx: ServiceContext, scope: Scope): Within {
  return { tx, ctx, scope, orgId: scope.orgId };
}
