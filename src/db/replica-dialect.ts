import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  PostgresDialect,
  type QueryResult,
  type TransactionSettings,
} from "kysely";
import type pg from "pg";
import { currentRouting, laterLsn, lsnValue, type ReadOutcome } from "./read-routing.ts";
import { beginTenantSql, pendingTenantBegin, tenantSettingsSql } from "./tenant.ts";

// A read replica behind the one Kysely handle (docs/operations.md, "Read replica"). The choice is
// made here, once, for every service: a tenant transaction that a GET opens outside the write
// path (read-routing.ts) takes a replica connection, and its `begin` asks the replica, in the same
// round trip that enters the tenant, how far it has replayed and how far behind it is. When it
// has not replayed the reader's own last write, or lags past the bound, the transaction is begun
// on the primary instead. Everything else (writes, the owner's queries, workers, migrations) uses
// the primary. A commit made for a request notes the primary's WAL position in the same round
// trip, when the transaction wrote, for the client to send back (grove_lsn); so does a statement
// that wrote outside a transaction (one more round trip, for such writes only).

/** How long a replica that stopped answering, or lagged past the bound, is left alone. */
const RETRY_AFTER_MS = 5_000;

export interface ReplicaOptions {
  primary: pg.Pool;
  replica: pg.Pool;
  /** Reads go to the primary while the replica is further behind than this (DATABASE_REPLICA_MAX_LAG_SECONDS). */
  maxLagSeconds: number;
}

/** What the replica is to the router now: usable, or why reads skip it until `RETRY_AFTER_MS` passes. */
export type ReplicaState = "up" | "down" | "lagging" | "not_standby";

/** Every routed read (for the count), and every change of the replica's state (for the log). */
export type ReplicaEvent = { read: ReadOutcome; error?: unknown } | { state: ReplicaState; error?: unknown };

/** The routing of reads between a primary and its replica, watched by the server for /metrics and the log. */
export class ReplicaRouter {
  readonly #options: ReplicaOptions;
  readonly #observers: ((event: ReplicaEvent) => void)[] = [];
  #state: ReplicaState = "up";
  #skipUntil = 0;

  constructor(options: ReplicaOptions) {
    this.#options = options;
    // An idle connection whose server went away reports here; without a listener it would end the process.
    options.replica.on("error", (error) => this.failed(error));
  }

  get primary(): pg.Pool {
    return this.#options.primary;
  }

  get replica(): pg.Pool {
    return this.#options.replica;
  }

  observe(observer: (event: ReplicaEvent) => void): void {
    this.#observers.push(observer);
  }

  /** Null when a read may try the replica now; else why it is left alone for a while. */
  skipping(): Exclude<ReplicaState, "up"> | null {
    const state = this.#state;
    return state === "up" || performance.now() >= this.#skipUntil ? null : state;
  }

  /** Where a read goes after the replica answered its `begin`. */
  judge(check: ReplicaCheck, seen: string | null): ReadOutcome {
    if (check.replayed === null) return this.#become("not_standby");
    if ((check.lag ?? 0) > this.#options.maxLagSeconds) return this.#become("lagging");
    this.#become("up");
    return seen !== null && lsnValue(check.replayed) < lsnValue(seen) ? "behind" : "replica";
  }

  /** The replica did not answer: reads leave it alone for a while. */
  failed(error: unknown): void {
    this.#become("down", error);
  }

  /** Counts a routed read: "replica", or why it went to the primary. */
  report(outcome: ReadOutcome, error?: unknown): void {
    for (const observer of this.#observers) observer({ read: outcome, error });
  }

  #become<S extends ReplicaState>(state: S, error?: unknown): S {
    if (state !== "up") this.#skipUntil = performance.now() + RETRY_AFTER_MS;
    if (state !== this.#state) {
      this.#state = state;
      for (const observer of this.#observers) observer({ state, error });
    }
    return state;
  }
}

/** The replica's answer to a routed `begin`. */
interface ReplicaCheck {
  /** pg_last_wal_replay_lsn(): null when the server is not a standby. */
  replayed: string | null;
  /** Seconds since the last replayed transaction while WAL waits to be replayed; 0 when caught up. */
  lag: number | null;
}

const REPLICA_CHECK =
  "pg_last_wal_replay_lsn()::text as replayed, " +
  "(case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0 " +
  "else extract(epoch from now() - pg_last_xact_replay_timestamp()) end)::float8 as lag";

/** node-postgres through Kysely with the tenant's `begin` (tenant.ts), over a primary and its read replica. */
export class ReplicaDialect extends PostgresDialect {
  readonly #router: ReplicaRouter;
  constructor(router: ReplicaRouter) {
    super({ pool: router.primary });
    this.#router = router;
  }
  override createDriver(): Driver {
    return new RoutingDriver(this.#router);
  }
}

class RoutingDriver implements Driver {
  readonly #router: ReplicaRouter;
  constructor(router: ReplicaRouter) {
    this.#router = router;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<RoutedConnection> {
    const pending = pendingTenantBegin();
    if (pending && !pending.taken && !pending.locksScores && currentRouting()?.replica) {
      const skipping = this.#router.skipping();
      if (skipping) {
        this.#router.report(skipping);
      } else {
        try {
          return new RoutedConnection(await this.#router.replica.connect(), "replica");
        } catch (error) {
          this.#router.failed(error);
          this.#router.report("down", error);
        }
      }
    }
    return new RoutedConnection(await this.#router.primary.connect(), "primary");
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const conn = connection as RoutedConnection;
    conn.inTransaction = true;
    const pending = pendingTenantBegin();
    if (!pending || pending.taken || settings.isolationLevel || settings.accessMode) {
      await conn.toPrimary(this.#router);
      await conn.run(plainBegin(settings));
      return;
    }
    pending.taken = true;
    if (conn.on === "replica") {
      const outcome = await this.#beginOnReplica(conn, pending.orgId);
      if (outcome === "replica") {
        pending.fellBack = (why, error) => {
          if (why === "down") this.#router.failed(error);
          this.#router.report(why, error);
        };
        return;
      }
      await conn.toPrimary(this.#router);
    }
    await conn.run(beginTenantSql(pending.orgId, pending.locksScores));
  }

  /** Begins on the replica and says whether the read may stay there; if not, the replica's transaction is over. */
  async #beginOnReplica(conn: RoutedConnection, orgId: string): Promise<ReadOutcome> {
    let outcome: ReadOutcome;
    try {
      const results = await conn.run(`begin transaction read only; ${tenantSettingsSql(orgId)}, ${REPLICA_CHECK}`);
      const check = results.at(-1)?.rows[0] as ReplicaCheck;
      outcome = this.#router.judge(check, currentRouting()?.positions.seen ?? null);
      if (outcome !== "replica") await conn.run("rollback");
    } catch (error) {
      conn.discard = true;
      this.#router.failed(error);
      outcome = "down";
    }
    this.#router.report(outcome);
    return outcome;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const conn = connection as RoutedConnection;
    conn.inTransaction = false;
    const positions = conn.on === "primary" ? currentRouting()?.positions : undefined;
    if (!positions) {
      assertCommitted(await conn.run("commit"));
      return;
    }
    // One round trip: whether the transaction wrote (it has a transaction id then), the commit,
    // and the primary's WAL position after it, which a replica that replayed to it has the write at.
    const [wrote, committed, position] = await conn.run(
      "select pg_current_xact_id_if_assigned() is not null as wrote; commit; select pg_current_wal_lsn()::text as lsn",
    );
    assertCommitted([committed]);
    if (wrote?.rows[0]?.wrote && position?.rows[0]?.lsn) {
      positions.wrote = laterLsn(positions.wrote, position.rows[0].lsn);
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const conn = connection as RoutedConnection;
    conn.inTransaction = false;
    try {
      await conn.run("rollback");
    } catch (error) {
      conn.discard = true;
      throw error;
    }
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as RoutedConnection).release();
  }

  async destroy(): Promise<void> {
    await Promise.all([this.#router.primary.end(), this.#router.replica.end()]);
  }
}

function plainBegin(settings: TransactionSettings): string {
  if (!settings.isolationLevel && !settings.accessMode) return "begin";
  const isolation = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : "";
  return `start transaction${isolation}${settings.accessMode ? ` ${settings.accessMode}` : ""}`;
}

/** PostgreSQL completes a COMMIT with a ROLLBACK tag when an earlier error left the transaction aborted. */
function assertCommitted([commit]: (pg.QueryResult | undefined)[]): void {
  if (commit?.command === "ROLLBACK")
    throw new Error("The transaction was aborted by an earlier error and rolled back");
}

/** A pooled connection on the primary or the replica; a read whose `begin` stays off the replica moves to the primary. */
class RoutedConnection implements DatabaseConnection {
  discard = false;
  inTransaction = false;
  constructor(
    private client: pg.PoolClient,
    public on: "primary" | "replica",
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const { command, rowCount, rows } = await this.client.query(query.sql, [...query.parameters]);
    const changed = command === "INSERT" || command === "UPDATE" || command === "DELETE" || command === "MERGE";
    if (changed && rowCount && !this.inTransaction) await this.#noteAutocommit();
    return { numAffectedRows: changed ? BigInt(rowCount ?? 0) : undefined, rows: rows ?? [] };
  }

  /** A statement outside a transaction committed as it ran (e.g. a new session): its request notes the position too. */
  async #noteAutocommit(): Promise<void> {
    const positions = currentRouting()?.positions;
    if (!positions) return;
    const [position] = await this.run("select pg_current_wal_lsn()::text as lsn");
    if (position?.rows[0]?.lsn) positions.wrote = laterLsn(positions.wrote, position.rows[0].lsn);
  }

  // biome-ignore lint/correctness/useYield: Grove streams no query; this says so if one ever tries
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("Grove's database connections do not stream queries");
  }

  /** A simple query (several statements allowed, no parameters): every statement's result. */
  async run(sql: string): Promise<pg.QueryResult[]> {
    const result = (await this.client.query(sql)) as pg.QueryResult | pg.QueryResult[];
    return Array.isArray(result) ? result : [result];
  }

  async toPrimary(router: ReplicaRouter): Promise<void> {
    if (this.on === "primary") return;
    // The primary's connection first: if it cannot be had, the replica's is released once, as usual.
    const primary = await router.primary.connect();
    this.release();
    this.client = primary;
    this.discard = false;
    this.on = "primary";
  }

  release(): void {
    this.client.release(this.discard || undefined);
  }
}
