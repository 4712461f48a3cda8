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

type Work<A extends unknown[], R> = (within: Within, ...args: A) => Promise<R>;

/** The paths a use case runs on, by name; each opens one transaction under the organisation's tenant. */
const paths = {
  /** `writeChange`: the change and its history rows (S7), all or nothing. */
  write: writeChange,
  /** `scoringChange`: a change that moves scores, rescored in the same transaction. */
  scoring: scoringChange,
  /** `adminChange`: a change to the organisation itself, by its admins only. */
  admin: adminChange,
  /** `structureChange`: a change to the OKRs' frame (units, periods), by admins and their write tokens. */
  structure: structureChange,
  /** `readTenant`: reads only, under the organisation's row-level policies. */
  read: (ctx: ServiceContext, scope: Scope, work: (tx: Tx) => Promise<unknown>) => readTenant(ctx, scope.orgId, work),
};

/**
 * A use case written as its work alone: `defineUseCase("write", async ({ tx, orgId }, id: string,
 * input: X) => ({ result, history }))` is called `(ctx, scope, id, input)` and runs its work on the
 * named path (`paths` above), which opens the transaction, sets the tenant, checks what the path
 * checks and writes the history rows. The use case then says only what is its own: its arguments,
 * its access check and its change.
 */
export function defineUseCase<A extends unknown[], T>(path: "scoring", work: Work<A, ScoringChange<T>>): UseCase<A, T>;
export function defineUseCase<A extends unknown[], T>(path: "write", work: Work<A, Change<T>>): UseCase<A, T>;
export function defineUseCase<A extends unknown[], T>(path: "admin", work: Work<A, Change<T>>): UseCase<A, T>;
export function defineUseCase<A extends unknown[], T>(path: "structure", work: Work<A, Change<T>>): UseCase<A, T>;
export function defineUseCase<A extends unknown[], T>(path: "read", work: Work<A, T>): UseCase<A, T>;
export function defineUseCase(path: keyof typeof paths, work: Work<unknown[], unknown>): UseCase<unknown[], unknown> {
  // The overloads above pair each path with the work it takes; here any work goes to its path.
  const run = paths[path] as (
    ctx: ServiceContext,
    scope: Scope,
    change: (tx: Tx) => Promise<unknown>,
  ) => Promise<unknown>;
  return (ctx, scope, ...args) => run(ctx, scope, (tx) => work({ tx, ctx, scope, orgId: scope.orgId }, ...args));
}
