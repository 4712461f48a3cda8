import { AsyncLocalStorage } from "node:async_hooks";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type Kysely,
  PostgresDialect,
  type PostgresDialectConfig,
  PostgresDriver,
  sql,
  type TransactionSettings,
} from "kysely";
import type { Tx } from "./executor.ts";
import { againOnPrimaryIfReplicaFailed, type ReplicaAttempt } from "./read-routing.ts";
import { lockScores, scoreLockSql } from "./repositories/scores.ts";
import type { Database } from "./schema.ts";

/** The transaction of a unit of work (see `joinTenant`) that the current async call runs in. */
const unitOfWork = new AsyncLocalStorage<{ tx: Tx; orgId: string }>();

/**
 * Runs `work` in a transaction as the grove_app role with the tenant set, so PostgreSQL's
 * row-level policies (migration 0002) confine every statement to that organisation, even one
 * that forgets its own org_id filter. Both settings end with the transaction. Inside a unit of
 * work (`joinTenant`) it runs in that transaction instead of opening its own.
 */
export async function inTenant<T>(
  db: Kysely<Database>,
  orgId: string,
  work: (tx: Tx) => Promise<T>,
  options: TenantOptions = {},
): Promise<T> {
  const open = unitOfWork.getStore();
  if (open) {
    if (open.orgId !== orgId) throw new Error("A unit of work serves one organisation");
    if (options.locksScores) await lockScores(open.tx, orgId);
    return work(open.tx);
  }
  return tenantTransaction(db, orgId, work, options);
}

export interface TenantOptions {
  /**
   * Takes the organisation's score lock (`lockScores`) before anything else in the transaction:
   * in the `begin`'s own round trip when the dialect sends it, else as the first statement.
   */
  locksScores?: boolean;
}

/**
 * A transaction in the tenant. Its `begin` enters the tenant in the same round trip
 * (TenantDialect): `begin; select set_config(...)` goes to the database as one simple query,
 * where `begin` and then `enterTenant` were two. The settings are the transaction's own
 * (`is_local`), as before, so they end with it and never reach the connection's next user. On a
 * Kysely without TenantDialect the `begin` is plain, and `enterTenant` follows it as before.
 */
function tenantTransaction<T>(
  db: Kysely<Database>,
  orgId: string,
  work: (tx: Tx) => Promise<T>,
  { locksScores = false }: TenantOptions,
): Promise<T> {
  return againOnPrimaryIfReplicaFailed(
    (): PendingBegin => ({ orgId, taken: false, locksScores }),
    (pending) =>
      tenantOfNextBegin.run(pending, () =>
        db.transaction().execute(async (tx) => {
          if (!pending.taken) {
            await enterTenant(tx, orgId);
            if (locksScores) await lockScores(tx, orgId);
          }
          return work(tx);
        }),
      ),
  );
}

/**
 * The tenant the next `begin` of this async call enters, once (`tenantTransaction`). The replica
 * dialect (replica-dialect.ts) begins it on the read replica when the request allows, and then
 * sets `fellBack`.
 */
export interface PendingBegin extends ReplicaAttempt {
  orgId: string;
  taken: boolean;
  /** The score lock goes with the `begin` (a write that moves scores, never on the replica). */
  locksScores?: boolean;
}

const tenantOfNextBegin = new AsyncLocalStorage<PendingBegin>();

/** The tenant transaction this async call is about to begin, if any. */
export function pendingTenantBegin(): PendingBegin | undefined {
  return tenantOfNextBegin.getStore();
}

// An organisation's id is a UUID: the one value written into SQL text rather than passed as a
// parameter (a simple query, which can carry two statements, takes none). Anything else is refused.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `begin` and the tenant's settings as one simple query (two statements, one round trip), and
 * for a write that moves scores the score lock as a third, taken before any row lock.
 */
export function beginTenantSql(orgId: string, locksScores = false): string {
  const settings = tenantSettingsSql(orgId);
  return `begin; ${settings}${locksScores ? `; ${scoreLockSql(orgId)}` : ""}`;
}

/** The select that enters the tenant (a `begin` precedes it; the replica adds columns to it). */
export function tenantSettingsSql(orgId: string): string {
  if (!UUID.test(orgId)) throw new Error(`Not an organisation id: ${JSON.stringify(orgId)}`);
  return `select set_config('grove.org_id', '${orgId}', true), set_config('role', 'grove_app', true)`;
}

/** node-postgres through Kysely, with the tenant entered by a transaction's `begin` (`tenantTransaction`). */
export class TenantDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig;
  constructor(config: PostgresDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new TenantDriver(this.#config);
  }
}

class TenantDriver extends PostgresDriver {
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const pending = tenantOfNextBegin.getStore();
    if (!pending || pending.taken || settings.isolationLevel || settings.accessMode) {
      return super.beginTransaction(connection, settings);
    }
    pending.taken = true;
    await connection.executeQuery(CompiledQuery.raw(beginTenantSql(pending.orgId, pending.locksScores)));
  }
}

/**
 * Makes every `inTenant` call made by `work` (the services' reads and writes) join `tx`, which
 * is already in the tenant, so several use cases commit or fail as one.
 */
export function joinTenant<T>(tx: Tx, orgId: string, work: () => Promise<T>): Promise<T> {
  return unitOfWork.run({ tx, orgId }, work);
}

/** Switches an open transaction to the tenant's role and organisation until it ends. */
export async function enterTenant(tx: Tx, orgId: string): Promise<void> {
  await sql`select set_config('grove.org_id', ${orgId}, true), set_config('role', 'grove_app', true)`.execute(tx);
}
