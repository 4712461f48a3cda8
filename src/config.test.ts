import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAIL_FROM, loadConfig } from "./config.ts";
import { UsageError } from "./usage-error.ts";

describe("TRUST_PROXY", () => {
  it.each<[string | undefined, number]>([
    [undefined, 0],
    ["", 0],
    ["false", 0],
    ["0", 0],
    ["true", 1],
    ["TRUE", 1],
    ["2", 2],
  ])("%j trusts %i proxies", (value, proxies) => {
    expect(loadConfig({}, { TRUST_PROXY: value }).trustProxy).toBe(proxies);
  });

  it("refuses anything else, naming the setting", () => {
    expect(() => loadConfig({}, { TRUST_PROXY: "yes" })).toThrow(UsageError);
    expect(() => loadConfig({}, { TRUST_PROXY: "10.0.0.0/8" })).toThrow(
      /TRUST_PROXY must be true, false or the number/,
    );
  });
});

// Mail's configuration (docs/notifications.md, "Mail"): off without SMTP_URL, a bad one refused
// at start without echoing its password.
describe("mail configuration", () => {
  it("leaves mail off without SMTP_URL and uses the default sender", () => {
    const config = loadConfig({}, {});
    expect(config.smtpUrl).toBeNull();
    expect(config.mailFrom).toBe(DEFAULT_MAIL_FROM);
  });

  it.each([
    ["smtp://user:secret@mail.example.com:587", "Grove <okrs@example.com>"],
    ["smtps://user:secret@mail.example.com:465", "okrs@example.com"],
  ])("takes %s and MAIL_FROM %s", (url, from) => {
    const config = loadConfig({}, { SMTP_URL: url, MAIL_FROM: from });
    expect(config.smtpUrl).toBe(url);
    expect(config.mailFrom).toBe(from);
  });

  it.each(["http://mail.example.com", "mail.example.com:25", "smtp:/broken"])("refuses SMTP_URL %s", (url) => {
    expect(() => loadConfig({}, { SMTP_URL: url })).toThrow(UsageError);
  });

  it("does not repeat the password of a refused SMTP_URL in its message", () => {
    expect(() => loadConfig({}, { SMTP_URL: "ftp://user:hunter2@mail.example.com" })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("hunter2") }),
    );
  });
});

// Who may sign up (issue 12 point 6; docs/accounts-and-access.md, "Sign-up modes").
describe("GROVE_SIGN_UP", () => {
  it.each<[string | undefined, unknown]>([
    [undefined, { mode: "open" }],
    ["open", { mode: "open" }],
    ["invitation", { mode: "invitation" }],
    ["domains:example.com,Example.org", { mode: "domains", domains: ["example.com", "example.org"] }],
  ])("%j", (value, mode) => {
    expect(loadConfig({}, { GROVE_SIGN_UP: value }).signUp).toEqual(mode);
  });

  it("refuses anything else, naming the setting", () => {
    expect(() => loadConfig({}, { GROVE_SIGN_UP: "closed" })).toThrow(UsageError);
    expect(() => loadConfig({}, { GROVE_SIGN_UP: "domains:" })).toThrow(/GROVE_SIGN_UP must be open, invitation/);
  });
});

// Email verification at sign-up (issue 12 point 6; docs/accounts-and-access.md, "Email verification").
describe("GROVE_EMAIL_VERIFICATION", () => {
  const smtp = "smtp://127.0.0.1:2525";
  it.each<[string | undefined, string | undefined, boolean]>([
    [undefined, undefined, false],
    [undefined, smtp, true],
    ["required", smtp, true],
    ["Required", smtp, true],
    ["off", smtp, false],
    ["off", undefined, false],
  ])("%j with SMTP_URL %j: required %j", (value, smtpUrl, required) => {
    expect(loadConfig({}, { GROVE_EMAIL_VERIFICATION: value, SMTP_URL: smtpUrl }).emailVerification).toBe(required);
  });

  it("refuses required without mail, and anything else, naming the setting", () => {
    expect(() => loadConfig({}, { GROVE_EMAIL_VERIFICATION: "required" })).toThrow(/needs mail: set SMTP_URL/);
    expect(() => loadConfig({}, { GROVE_EMAIL_VERIFICATION: "yes", SMTP_URL: smtp })).toThrow(
      /GROVE_EMAIL_VERIFICATION must be required or off/,
    );
  });
});

// Calling the API from another origin (issue 13 point 4; docs/operations.md, "CORS").
describe("GROVE_CORS_ORIGINS", () => {
  it.each<[string | undefined, string[]]>([
    [undefined, []],
    ["", []],
    ["https://a.example", ["https://a.example"]],
    [" https://a.example/ , http://localhost:5173,", ["https://a.example", "http://localhost:5173"]],
  ])("%j", (value, origins) => {
    expect(loadConfig({}, { GROVE_CORS_ORIGINS: value }).corsOrigins).toEqual(origins);
  });

  it.each(["*", "a.example", "https://a.example/app", "ftp://a.example", "https://*.example"])(
    "refuses %j, naming the setting",
    (value) => {
      expect(() => loadConfig({}, { GROVE_CORS_ORIGINS: value })).toThrow(/GROVE_CORS_ORIGINS must list origins/);
    },
  );
});

// The operator's metrics (issue 18 point 3; docs/operations.md, "Health and metrics").
describe("GROVE_METRICS_TOKEN", () => {
  it.each<[string | undefined, string | null]>([
    [undefined, null],
    ["", null],
    ["0123456789abcdef", "0123456789abcdef"],
  ])("%j", (value, token) => {
    expect(loadConfig({}, { GROVE_METRICS_TOKEN: value }).metricsToken).toBe(token);
  });

  it.each(["short-token", "sixteen chars ok?", "0123456789abcdéf"])("refuses %j, naming the setting", (value) => {
    expect(() => loadConfig({}, { GROVE_METRICS_TOKEN: value })).toThrow(/GROVE_METRICS_TOKEN must be at least 16/);
  });
});

// All cores on PostgreSQL (issue 15 point 2; docs/operations.md, "All cores").
describe("GROVE_WORKERS", () => {
  const postgres = { DATABASE_URL: "postgres://grove@db/grove" };

  it("defaults to one worker per core on PostgreSQL and one on the embedded database", () => {
    expect(loadConfig({}, postgres).workers).toBe(availableParallelism());
    expect(loadConfig({}, {}).workers).toBe(1);
  });

  it.each([
    ["1", 1],
    [" 3 ", 3],
    ["256", 256],
  ])("takes %j on PostgreSQL", (value, workers) => {
    expect(loadConfig({}, { ...postgres, GROVE_WORKERS: value }).workers).toBe(workers);
  });

  it.each(["0", "-2", "1.5", "two", "257", "2e1"])("refuses %j, naming the setting and the rule", (value) => {
    expect(() => loadConfig({}, { ...postgres, GROVE_WORKERS: value })).toThrow(
      `GROVE_WORKERS must be a whole number from 1 to 256 (got "${value}")`,
    );
  });

  it("refuses more than one on the embedded database, which belongs to one process", () => {
    expect(loadConfig({}, { GROVE_WORKERS: "1" }).workers).toBe(1);
    expect(() => loadConfig({}, { GROVE_WORKERS: "2" })).toThrow(
      "GROVE_WORKERS=2 needs PostgreSQL (DATABASE_URL): the embedded database is one process's. Unset GROVE_WORKERS or set it to 1",
    );
  });
});

// Scheduled backups (issue 18 point 1; docs/operations.md, "Backup and restore").
describe("GROVE_BACKUP_DIR, GROVE_BACKUP_EVERY, GROVE_BACKUP_KEEP", () => {
  it("are off without a directory, and default to one a day, seven kept", () => {
    expect(loadConfig({}, {}).backups).toBeNull();
    expect(loadConfig({}, { GROVE_BACKUP_DIR: "/var/backups/grove" }).backups).toEqual({
      dir: "/var/backups/grove",
      everyMs: 86_400_000,
      keep: 7,
    });
  });

  it.each<[string, number]>([
    ["1s", 1000],
    ["30m", 1_800_000],
    ["6h", 21_600_000],
    ["366d", 366 * 86_400_000],
  ])("takes GROVE_BACKUP_EVERY=%s", (every, everyMs) => {
    expect(loadConfig({}, { GROVE_BACKUP_DIR: "/b", GROVE_BACKUP_EVERY: every }).backups?.everyMs).toBe(everyMs);
  });

  it.each([
    [{ GROVE_BACKUP_DIR: "/b", GROVE_BACKUP_EVERY: "daily" }, /GROVE_BACKUP_EVERY must be a duration from 1s to 366d/],
    [{ GROVE_BACKUP_DIR: "/b", GROVE_BACKUP_EVERY: "0s" }, /GROVE_BACKUP_EVERY must be a duration/],
    [{ GROVE_BACKUP_DIR: "/b", GROVE_BACKUP_EVERY: "367d" }, /GROVE_BACKUP_EVERY must be a duration/],
    [{ GROVE_BACKUP_DIR: "/b", GROVE_BACKUP_KEEP: "0" }, /GROVE_BACKUP_KEEP must be a whole number from 1 to 10000/],
    [{ GROVE_BACKUP_DIR: "/b", GROVE_BACKUP_KEEP: "two" }, /GROVE_BACKUP_KEEP must be a whole number/],
    [{ GROVE_BACKUP_EVERY: "1d" }, /GROVE_BACKUP_EVERY needs GROVE_BACKUP_DIR/],
    [{ GROVE_BACKUP_KEEP: "3" }, /GROVE_BACKUP_KEEP needs GROVE_BACKUP_DIR/],
    [{ GROVE_BACKUP_TOKEN: "short" }, /GROVE_BACKUP_TOKEN must be at least 16 visible characters/],
  ])("refuses %j, naming the setting", (env, message) => {
    expect(() => loadConfig({}, env)).toThrow(message);
  });
});

describe("DATABASE_REPLICA_URL", () => {
  const postgres = { DATABASE_URL: "postgres://grove@db/grove" };
  const replica = "postgres://grove@db-replica/grove";

  it("sends reads to the replica on PostgreSQL, with the default lag bound unless given one", () => {
    expect(loadConfig({}, { ...postgres, DATABASE_REPLICA_URL: replica }).db).toMatchObject({
      kind: "postgres",
      replicaUrl: replica,
    });
    expect(
      loadConfig({}, { ...postgres, DATABASE_REPLICA_URL: replica, DATABASE_REPLICA_MAX_LAG_SECONDS: "30" }).db,
    ).toMatchObject({ replicaUrl: replica, replicaMaxLagSeconds: 30 });
    expect(loadConfig({}, postgres).db).not.toHaveProperty("replicaUrl");
  });

  it("refuses a replica without DATABASE_URL, naming both settings", () => {
    expect(() => loadConfig({}, { DATABASE_REPLICA_URL: replica })).toThrow(
      "DATABASE_REPLICA_URL needs PostgreSQL (DATABASE_URL): the embedded database has no replica. " +
        "Set DATABASE_URL to the primary, or unset DATABASE_REPLICA_URL",
    );
    expect(() => loadConfig({ dataDir: "memory://" }, { DATABASE_REPLICA_URL: replica })).toThrow(UsageError);
  });

  it.each([
    ["DATABASE_REPLICA_URL", "mysql://db/grove", "DATABASE_REPLICA_URL must be a postgres:// or postgresql:// URL"],
    ["DATABASE_REPLICA_MAX_LAG_SECONDS", "0", "DATABASE_REPLICA_MAX_LAG_SECONDS must be a whole number from 1 to 3600"],
    [
      "DATABASE_REPLICA_MAX_LAG_SECONDS",
      "1.5",
      "DATABASE_REPLICA_MAX_LAG_SECONDS must be a whole number from 1 to 3600",
    ],
  ])("refuses %s=%j, naming the setting and the rule", (name, value, message) => {
    expect(() => loadConfig({}, { ...postgres, DATABASE_REPLICA_URL: replica, [name]: value })).toThrow(message);
  });
});

// The embedded database's memory (docs/operations.md, "The embedded database's memory").
describe("GROVE_PGLITE_* memory settings", () => {
  it("passes the sizes given to the embedded database and leaves the others to their defaults", () => {
    const config = loadConfig({}, { GROVE_PGLITE_SHARED_BUFFERS: "64MB", GROVE_PGLITE_WORK_MEM: "512kB" });
    expect(config.db).toMatchObject({ kind: "pglite", settings: { shared_buffers: "64MB", work_mem: "512kB" } });
    expect(loadConfig({}, {}).db).toMatchObject({ kind: "pglite", settings: {} });
  });

  it.each([
    ["GROVE_PGLITE_SHARED_BUFFERS", "lots", /GROVE_PGLITE_SHARED_BUFFERS must be a size from 128kB to 1GB/],
    ["GROVE_PGLITE_SHARED_BUFFERS", "64kB", /from 128kB/],
    ["GROVE_PGLITE_WORK_MEM", "32 MB", /GROVE_PGLITE_WORK_MEM must be a size/],
    ["GROVE_PGLITE_TEMP_BUFFERS", "2GB", /GROVE_PGLITE_TEMP_BUFFERS must be a size from 800kB to 1GB/],
    ["GROVE_PGLITE_MAINTENANCE_WORK_MEM", "64mb", /GROVE_PGLITE_MAINTENANCE_WORK_MEM/],
    ["GROVE_PGLITE_EFFECTIVE_CACHE_SIZE", "-1", /GROVE_PGLITE_EFFECTIVE_CACHE_SIZE/],
  ])("refuses %s=%s, naming the setting and the form", (variable, value, message) => {
    expect(() => loadConfig({}, { [variable]: value })).toThrow(UsageError);
    expect(() => loadConfig({}, { [variable]: value })).toThrow(message);
  });
});
