import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { CamelCasePlugin, Kysely } from "kysely";
import pg from "pg";
import { type DataDirLock, type LockOptions, lockDataDir } from "./data-dir-lock.ts";
import { type PgliteSettings, pgliteStartParams } from "./pglite-settings.ts";
import { clientPreparingRepeatedStatements } from "./prepared-statements.ts";
import { ReplicaDialect, ReplicaRouter } from "./replica-dialect.ts";
import type { Database } from "./schema.ts";
import { TenantDialect } from "./tenant.ts";

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them with the time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type DbConfig =
  // a directory, or "memory://" for tests; `settings`: its memory settings (pglite-settings.ts)
  | { kind: "pglite"; dataDir: string; settings?: PgliteSettings }
  | { kind: "pglite-snapshot"; snapshot: Blob } // an in-memory copy of a migrated database
  | {
      kind: "postgres";
      url: string;
      poolSize?: number;
      /** A streaming replica for tenant reads (DATABASE_REPLICA_URL, replica-dialect.ts). */
      replicaUrl?: string;
      /** Reads skip the replica while it lags more than this (DATABASE_REPLICA_MAX_LAG_SECONDS). */
      replicaMaxLagSeconds?: number;
    };

export interface Db {
  kysely: Kysely<Database>;
  kind: DbConfig["kind"];
  close(): Promise<void>;
  /** The embedded database, when there is one (for snapshots in tests). */
  pglite?: PGlite;
  /** The data directory's lock, held until close (an embedded database in a directory). */
  lock?: DataDirLock;
  /** The pool's connections now: open, idle, and queries waiting for one (the operator's metrics). */
  poolStats(): { total: number; idle: number; waiting: number };
  /** The read replica's router, when DATABASE_REPLICA_URL is set: the server watches it for /metrics. */
  replica?: ReplicaRouter;
  /**
   * Bytes of the embedded database's WebAssembly memory (it grows and never shrinks); null on
   * PostgreSQL, whose memory is the server's own (docs/performance.md, "Memory").
   */
  embeddedMemoryBytes(): number | null;
}

const statsOf = (pool: pg.Pool) => () => ({
  total: pool.totalCount,
  idle: pool.idleCount,
  waiting: pool.waitingCount,
});

/**
 * The one place a database driver is picked. Both PGlite and PostgreSQL are driven through
 * node-postgres (PGlite ships a pg-compatible connection), so every query takes the same path.
 * An embedded database in a directory is opened by one process only: a second one gets
 * DataDirInUseError naming the first (data-dir-lock.ts); `lock` says who this process is.
 */
export async function createDb(config: DbConfig, lock: LockOptions = {}): Promise<Db> {
  if (config.kind === "postgres") {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize ?? 10,
      Client: clientPreparingRepeatedStatements(),
    });
    const replica = config.replicaUrl ? replicaRouter(pool, config) : undefined;
    const dialect = replica ? new ReplicaDialect(replica) : new TenantDialect({ pool });
    const kysely = new Kysely<Database>({ dialect, plugins: [new CamelCasePlugin()] });
    return {
      kysely,
      kind: config.kind,
      poolStats: statsOf(pool),
      replica,
      embeddedMemoryBytes: () => null,
      close: () => kysely.destroy(),
    };
  }
  const dirLock = config.kind === "pglite" ? lockDirectory(config.dataDir, lock) : undefined;
  let pglite: PGlite;
  try {
    pglite = await openPglite(config);
  } catch (error) {
    dirLock?.release();
    throw error;
  }
  const pool = new pg.Pool({
    ...(createPgConfig(pglite) as pg.PoolConfig),
    Client: clientPreparingRepeatedStatements(),
  });
  const kysely = new Kysely<Database>({ dialect: new TenantDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return {
    kysely,
    kind: config.kind,
    pglite,
    lock: dirLock,
    poolStats: statsOf(pool),
    embeddedMemoryBytes: () => wasmMemoryBytes(pglite),
    close: async () => {
      try {
        await kysely.destroy();
        await pglite.close();
      } finally {
        dirLock?.release();
      }
    },
  };
}

/**
 * PGlite keeps its Emscripten module (and so the WebAssembly memory) protected; its heap view's
 * buffer is that memory, so its length is what the database holds in this process.
 */
function wasmMemoryBytes(pglite: PGlite): number | null {
  const mod = (pglite as unknown as { mod?: { HEAPU8?: Uint8Array } }).mod;
  return mod?.HEAPU8?.buffer.byteLength ?? null;
}

/** Default bound on the replica's lag (docs/operations.md, "Read replica"). */
export const DEFAULT_REPLICA_MAX_LAG_SECONDS = 10;

function replicaRouter(primary: pg.Pool, config: Extract<DbConfig, { kind: "postgres" }>): ReplicaRouter {
  const replica = new pg.Pool({
    connectionString: config.replicaUrl,
    max: config.poolSize ?? 10,
    // A replica that does not answer must not hold reads up: they go to the primary instead.
    connectionTimeoutMillis: 3_000,
    Client: clientPreparingRepeatedStatements(),
  });
  return new ReplicaRouter({
    primary,
    replica,
    maxLagSeconds: config.replicaMaxLagSeconds ?? DEFAULT_REPLICA_MAX_LAG_SECONDS,
  });
}

// pg_trgm indexes the learnings library's text search (migration 0010); a PostgreSQL server
// ships it, PGlite loads it as an extension. btree_gist lets a unit's sprints exclude overlapping
// dates (migration 0027).
const extensions = { pg_trgm, btree_gist };

/** Takes the lock before PGlite touches a file; an in-memory database needs none. */
function lockDirectory(dataDir: string, options: LockOptions): DataDirLock | undefined {
  if (dataDir.startsWith("memory://")) return undefined;
  mkdirSync(dataDir, { recursive: true });
  return lockDataDir(dataDir, options);
}

async function openPglite(config: Exclude<DbConfig, { kind: "postgres" }>): Promise<PGlite> {
  // PGlite replaces its own start parameters with the ones given: they stay, the memory settings follow.
  const defaults = PGlite.defaultStartParams;
  if (config.kind === "pglite-snapshot") {
    return PGlite.create({ loadDataDir: config.snapshot, extensions, startParams: pgliteStartParams(defaults) });
  }
  const startParams = pgliteStartParams(defaults, config.settings);
  return PGlite.create({ dataDir: config.dataDir, extensions, startParams });
}
