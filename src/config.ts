import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import type { DbConfig } from "./db/create-db.ts";
import { pgliteSettingsOf } from "./db/pglite-settings.ts";
import { parseSignUpMode, type SignUpMode } from "./domain/sign-up-mode.ts";
import type { BackupSchedule } from "./services/backup/backup-job.ts";
import { UsageError } from "./usage-error.ts";

export interface Config {
  port: number;
  host: string;
  db: DbConfig;
  /** Load the demo organisation when the database has no organisation yet. */
  demoOnEmpty: boolean;
  /** The demo accounts' password; by default known on the embedded database, random on a server. */
  demoPassword?: string | null;
  logLevel: string;
  /** Run the delivery worker (mail, chat, webhooks, scheduled reminders) in this process. */
  deliveryWorker: boolean;
  /** How long a claimed message stays this instance's before another may deliver it (docs/notifications.md). */
  deliveryLeaseSeconds?: number;
  /** The address people reach Grove at, for the links in messages; from the port when unset. */
  publicUrl: string | null;
  /** How many proxies of the operator's stand in front (TRUST_PROXY); 0: the socket's address is the client. */
  trustProxy?: number;
  /** Where mail goes out (smtp://user:pass@host:port, smtps:// for TLS); mail is off when unset. */
  smtpUrl: string | null;
  /** The sender of every mail. */
  mailFrom: string;
  /** Who may create an organisation by sign-up (GROVE_SIGN_UP); invitations work in every mode. */
  signUp?: SignUpMode;
  /**
   * Whether a self-signed-up account must verify its email address before it may invite people
   * or create API tokens (GROVE_EMAIL_VERIFICATION; by default when mail is on).
   */
  emailVerification?: boolean;
  /**
   * Other origins whose web pages may call the API with credentials (GROVE_CORS_ORIGINS, comma
   * separated); none by default, and then no CORS header is sent at all.
   */
  corsOrigins?: string[];
  /**
   * How many server processes share the port (GROVE_WORKERS, docs/operations.md "All cores"): by
   * default one per core on PostgreSQL, always one on the embedded database.
   */
  workers?: number;
  /**
   * The bearer token Prometheus sends to read /metrics (GROVE_METRICS_TOKEN, docs/operations.md
   * "Metrics"); unset, /metrics is off.
   */
  metricsToken?: string | null;
  /**
   * The bearer token `grove backup` sends to take a backup through this server (GROVE_BACKUP_TOKEN,
   * docs/operations.md "Backup and restore"); unset, GET /backup is off.
   */
  backupToken?: string | null;
  /** Scheduled backups (GROVE_BACKUP_DIR, _EVERY, _KEEP); null when GROVE_BACKUP_DIR is unset. */
  backups?: BackupSchedule | null;
}

export interface ConfigFlags {
  port?: string;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  demo?: boolean;
}

/** A bad flag or environment value: the CLI exits with code 2. */

/** Flags win over environment variables, which win over the defaults. */
export function loadConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(flags.port ?? env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port / PORT must be a whole number from 0 to 65535 (got "${flags.port ?? env.PORT}")`);
  }
  const url = flags.databaseUrl ?? env.DATABASE_URL;
  if (url && !/^postgres(ql)?:\/\//.test(url)) {
    throw new UsageError("DATABASE_URL must be a postgres:// or postgresql:// URL");
  }
  const db: DbConfig = url
    ? { kind: "postgres", url, poolSize: Number(env.DATABASE_POOL_SIZE ?? 10), ...replicaOf(env) }
    : {
        kind: "pglite",
        dataDir: resolvePath(flags.dataDir ?? env.GROVE_DATA_DIR ?? "./data"),
        settings: pgliteSettingsOf(env, (message) => new UsageError(message)),
      };
  if (db.kind !== "postgres" && env.DATABASE_REPLICA_URL) {
    throw new UsageError(
      "DATABASE_REPLICA_URL needs PostgreSQL (DATABASE_URL): the embedded database has no replica. " +
        "Set DATABASE_URL to the primary, or unset DATABASE_REPLICA_URL",
    );
  }
  const trustProxy = parseTrustProxy(env.TRUST_PROXY);
  if (trustProxy === null) {
    throw new UsageError(
      `TRUST_PROXY must be true, false or the number of proxies in front of Grove (got "${env.TRUST_PROXY}")`,
    );
  }
  const signUp = parseSignUpMode(env.GROVE_SIGN_UP);
  if (signUp === null) {
    throw new UsageError(
      `GROVE_SIGN_UP must be open, invitation or domains:example.com,example.org (got "${env.GROVE_SIGN_UP}")`,
    );
  }
  const smtpUrl = smtpUrlOf(env.SMTP_URL);
  const workers = workersOf(env.GROVE_WORKERS, db);
  return {
    port,
    host: flags.host ?? env.HOST ?? "0.0.0.0",
    db,
    demoOnEmpty: flags.demo ?? env.GROVE_DEMO !== "false",
    demoPassword: env.GROVE_DEMO_PASSWORD || null,
    logLevel: env.LOG_LEVEL ?? "info",
    deliveryWorker: env.GROVE_DELIVERY_WORKER !== "false",
    deliveryLeaseSeconds: leaseSecondsOf(env.GROVE_DELIVERY_LEASE_SECONDS),
    publicUrl: publicUrlOf(env.GROVE_PUBLIC_URL),
    trustProxy,
    smtpUrl,
    mailFrom: env.MAIL_FROM || DEFAULT_MAIL_FROM,
    signUp,
    emailVerification: emailVerificationOf(env.GROVE_EMAIL_VERIFICATION, smtpUrl),
    corsOrigins: corsOriginsOf(env.GROVE_CORS_ORIGINS),
    workers,
    metricsToken: tokenOf("GROVE_METRICS_TOKEN", env.GROVE_METRICS_TOKEN),
    backupToken: tokenOf("GROVE_BACKUP_TOKEN", env.GROVE_BACKUP_TOKEN),
    backups: backupsOf(env),
  };
}

/**
 * DATABASE_REPLICA_URL: a streaming replica of DATABASE_URL's server for reads (docs/operations.md,
 * "Read replica"); DATABASE_REPLICA_MAX_LAG_SECONDS: 1 to 3600, how far behind it may be.
 */
function replicaOf(env: NodeJS.ProcessEnv): { replicaUrl?: string; replicaMaxLagSeconds?: number } {
  const replicaUrl = env.DATABASE_REPLICA_URL;
  if (!replicaUrl) return {};
  if (!/^postgres(ql)?:\/\//.test(replicaUrl)) {
    throw new UsageError("DATABASE_REPLICA_URL must be a postgres:// or postgresql:// URL");
  }
  const lag = env.DATABASE_REPLICA_MAX_LAG_SECONDS;
  if (lag === undefined || lag === "") return { replicaUrl };
  const seconds = /^\d+$/.test(lag.trim()) ? Number(lag) : Number.NaN;
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 3600) {
    throw new UsageError(`DATABASE_REPLICA_MAX_LAG_SECONDS must be a whole number from 1 to 3600 (got "${lag}")`);
  }
  return { replicaUrl, replicaMaxLagSeconds: seconds };
}

/** Long enough that guessing it is hopeless: `openssl rand -hex 16` gives 32 characters. */
const MIN_TOKEN_LENGTH = 16;

/**
 * An operator's bearer token (GROVE_METRICS_TOKEN, GROVE_BACKUP_TOKEN): 16 or more visible
 * characters; unset or empty, what it guards is off.
 */
function tokenOf(name: string, value: string | undefined): string | null {
  if (!value) return null;
  if (value.length < MIN_TOKEN_LENGTH || !/^[\x21-\x7e]+$/.test(value)) {
    throw new UsageError(
      `${name} must be at least ${MIN_TOKEN_LENGTH} visible characters without spaces (e.g. from openssl rand -hex 16)`,
    );
  }
  return value;
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "30s", "15m", "6h", "1d" in milliseconds; null for anything else. */
function durationMs(value: string): number | null {
  const match = /^(\d+)([smhd])$/.exec(value.trim());
  return match ? Number(match[1]) * (UNIT_MS[match[2] as string] as number) : null;
}

/** A backup's whole-number setting within bounds, or a UsageError naming it. */
function wholeNumber(name: string, value: string, min: number, max: number): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
  }
  return n;
}

/**
 * GROVE_BACKUP_DIR turns scheduled backups on; GROVE_BACKUP_EVERY (default 1d: 30s, 15m, 6h,
 * 1d, from 1s to 366d) and GROVE_BACKUP_KEEP (default 7) shape them. Either of those without the
 * directory would do nothing, so it stops the server instead.
 */
function backupsOf(env: NodeJS.ProcessEnv): BackupSchedule | null {
  const dir = (env.GROVE_BACKUP_DIR ?? "").trim();
  if (dir === "") {
    for (const name of ["GROVE_BACKUP_EVERY", "GROVE_BACKUP_KEEP"]) {
      if (env[name]) throw new UsageError(`${name} needs GROVE_BACKUP_DIR, the directory the backups go to`);
    }
    return null;
  }
  const every = env.GROVE_BACKUP_EVERY || "1d";
  const everyMs = durationMs(every);
  if (everyMs === null || everyMs < 1000 || everyMs > 366 * 86_400_000) {
    throw new UsageError(
      `GROVE_BACKUP_EVERY must be a duration from 1s to 366d such as 30m, 6h or 1d (got "${every}")`,
    );
  }
  const keep = wholeNumber("GROVE_BACKUP_KEEP", env.GROVE_BACKUP_KEEP || "7", 1, 10_000);
  return { dir: resolve(dir), everyMs, keep };
}

/** More than any machine Grove runs on has cores; each worker holds DATABASE_POOL_SIZE connections. */
const MAX_WORKERS = 256;

/**
 * GROVE_WORKERS: 1 to 256; unset, one per core on PostgreSQL and 1 on the embedded database. The
 * embedded database lives inside the one process that opened it (its data directory's lock), so
 * more than one worker there stops the server with a message naming the setting, rather than
 * quietly running one.
 */
function workersOf(value: string | undefined, db: DbConfig): number {
  const text = (value ?? "").trim();
  if (text === "") return db.kind === "postgres" ? availableParallelism() : 1;
  const workers = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) {
    throw new UsageError(`GROVE_WORKERS must be a whole number from 1 to ${MAX_WORKERS} (got "${value}")`);
  }
  if (workers > 1 && db.kind !== "postgres") {
    throw new UsageError(
      `GROVE_WORKERS=${workers} needs PostgreSQL (DATABASE_URL): the embedded database is one process's. ` +
        "Unset GROVE_WORKERS or set it to 1",
    );
  }
  return workers;
}

/** TRUST_PROXY: unset or "false" trusts no proxy (X-Forwarded-For is ignored), "true" one, a number that many. */
function parseTrustProxy(value: string | undefined): number | null {
  const text = (value ?? "").trim().toLowerCase();
  if (text === "" || text === "false" || text === "0") return 0;
  if (text === "true") return 1;
  return /^\d{1,2}$/.test(text) ? Number(text) : null;
}

export const DEFAULT_MAIL_FROM = "Grove <grove@localhost>";

function smtpUrlOf(value: string | undefined): string | null {
  if (!value) return null;
  if (!/^smtps?:\/\/[^/]+/.test(value)) {
    throw new UsageError("SMTP_URL must be an smtp:// or smtps:// address (smtp://user:pass@host:port)");
  }
  return value;
}

/**
 * GROVE_EMAIL_VERIFICATION: `required` or `off`; unset, required exactly when mail is on. Required
 * without mail could never be met (no link would reach anyone), so it stops the server.
 */
function emailVerificationOf(value: string | undefined, smtpUrl: string | null): boolean {
  const text = (value ?? "").trim().toLowerCase();
  if (text === "") return smtpUrl !== null;
  if (text === "off") return false;
  if (text !== "required") {
    throw new UsageError(`GROVE_EMAIL_VERIFICATION must be required or off (got "${value}")`);
  }
  if (smtpUrl === null) {
    throw new UsageError("GROVE_EMAIL_VERIFICATION=required needs mail: set SMTP_URL, or leave it unset or off");
  }
  return true;
}

function resolvePath(dir: string): string {
  return dir.startsWith("memory://") ? dir : resolve(dir);
}

function publicUrlOf(value: string | undefined): string | null {
  if (!value) return null;
  if (!/^https?:\/\/[^/]+/.test(value)) {
    throw new UsageError(`GROVE_PUBLIC_URL must be an http:// or https:// address (got "${value}")`);
  }
  return value.replace(/\/+$/, "");
}

/** GROVE_DELIVERY_LEASE_SECONDS: 5 to 3600; the mail and webhook timeouts (40 s, 10 s) fit in the default. */
function leaseSecondsOf(value: string | undefined): number {
  if (value === undefined || value === "") return 60;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 5 || seconds > 3600) {
    throw new UsageError(`GROVE_DELIVERY_LEASE_SECONDS must be a whole number from 5 to 3600 (got "${value}")`);
  }
  return seconds;
}

/**
 * GROVE_CORS_ORIGINS: origins as browsers send them (scheme, host and port if not the default; no
 * path), comma separated. No `*`: the listed origins are answered with credentials allowed.
 */
function corsOriginsOf(value: string | undefined): string[] {
  const origins = (value ?? "")
    .split(",")
    .map((origin) => origin.trim().replace(/\/+$/, ""))
    .filter((origin) => origin !== "");
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s?#*]+$/.test(origin)) {
      throw new UsageError(
        `GROVE_CORS_ORIGINS must list origins such as https://app.example.com, comma separated (got "${origin}")`,
      );
    }
  }
  return origins;
}
