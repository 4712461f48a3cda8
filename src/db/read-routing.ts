import { AsyncLocalStorage } from "node:async_hooks";

// Where a request's reads may go when a streaming replica is configured (DATABASE_REPLICA_URL,
// docs/operations.md "Read replica"). The HTTP layer says it once per request (`routeReads`);
// the replica dialect (replica-dialect.ts) reads it when a tenant transaction takes a connection.
// A write's position in the primary's WAL travels back to the client (cookie and header), and a
// read that carries it goes to the replica only once the replica has replayed that far: a person
// reads their own writes, whoever else reads from the replica.

/** The WAL positions of one request: the one its client sent, and the one its commits reached. */
export interface Positions {
  /** The WAL position the client last wrote at (pg_lsn text, e.g. "0/3000148"), if it sent one. */
  seen: string | null;
  /** The primary's WAL position after this request's last commit, for the client to send back. */
  wrote: string | null;
}

/** Whether tenant reads may go to the replica now (a GET, outside the write path), and the request's positions. */
export interface ReadRouting {
  replica: boolean;
  positions: Positions;
}

const routing = new AsyncLocalStorage<ReadRouting>();

/** Runs a request's work with its routing; `positions.wrote` is filled in by the commits it makes. */
export function routeReads<T>(reads: ReadRouting, work: () => Promise<T>): Promise<T> {
  return routing.run(reads, work);
}

/** The current request's routing, if it runs inside `routeReads`. */
export function currentRouting(): ReadRouting | undefined {
  return routing.getStore();
}

/**
 * Runs `work` on the primary whatever the request allows: the one write path (services/write.ts)
 * wraps its transactions in it. The positions it writes at are still the request's.
 */
export function onPrimary<T>(work: () => Promise<T>): Promise<T> {
  const outer = routing.getStore();
  if (!outer?.replica) return work();
  return routing.run({ replica: false, positions: outer.positions }, work);
}

/** A pg_lsn's text ("16/B374D848") as a number, to compare positions. */
export function lsnValue(lsn: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(lsn.trim());
  if (!match) throw new Error(`Not a WAL position: ${JSON.stringify(lsn)}`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

/** A WAL position as a client sent it, or null when it is not one (a stale or forged value is ignored). */
export function parseLsn(text: string | undefined | null): string | null {
  if (!text || !/^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i.test(text.trim())) return null;
  return text.trim().toUpperCase();
}

/** The later of two positions. */
export function laterLsn(a: string | null, b: string): string {
  return a !== null && lsnValue(a) >= lsnValue(b) ? a : b;
}

/**
 * Where a routed read went: `replica`, or why it went to the primary instead. `behind`: the
 * reader's own write is not replayed there yet; `lagging`: the replica is further behind than
 * DATABASE_REPLICA_MAX_LAG_SECONDS; `down`: it does not answer; `not_standby`: the server at
 * DATABASE_REPLICA_URL is not replaying a primary; `write`: a read tried to write (a bug to fix,
 * logged); `conflict`: the standby cancelled the read to replay the primary's changes.
 */
export type ReadOutcome = "replica" | "behind" | "lagging" | "down" | "not_standby" | "write" | "conflict";

/** One try of a tenant transaction; the replica dialect sets `fellBack` when it began it on the replica. */
export interface ReplicaAttempt {
  fellBack?: (outcome: ReadOutcome, error: unknown) => void;
}

/**
 * Runs a tenant transaction, and once more on the primary when it ran on the replica and failed
 * there for the replica's sake (it stopped, cancelled the read, or refused a write): the read
 * the replica could not answer is answered by the primary. A read-only transaction changed
 * nothing, so running it again is safe.
 */
export async function againOnPrimaryIfReplicaFailed<A extends ReplicaAttempt, T>(
  fresh: () => A,
  attempt: (state: A) => Promise<T>,
): Promise<T> {
  const first = fresh();
  try {
    return await attempt(first);
  } catch (error) {
    const outcome = first.fellBack ? replicaFailure(error) : null;
    if (!outcome || !first.fellBack) throw error;
    first.fellBack(outcome, error);
    return onPrimary(() => attempt(fresh()));
  }
}

/** Why a statement failed on the replica, when the primary may answer it; null for other errors. */
function replicaFailure(error: unknown): ReadOutcome | null {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code === "25006") return "write"; // read_only_sql_transaction
  if (code === "40001" && /recovery/i.test(message ?? "")) return "conflict";
  if (code?.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03") return "down";
  if (!code && /Connection terminated|ECONNRESET|ECONNREFUSED|EPIPE/i.test(message ?? "")) return "down";
  return null;
}
