import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { type TableShape, tableShapes } from "../../src/db/copy-database.ts";
import { createDb, type Db, type DbConfig } from "../../src/db/create-db.ts";
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from "../../src/demo/load-demo.ts";
import { openBackup, verifyBackup } from "../../src/services/backup/backup-file.ts";
import { backupFileName } from "../../src/services/backup/backup-job.ts";
import { dataDirFrom } from "../support/data-dirs.ts";
import { everyRow, type Rows } from "../support/every-row.ts";
import { startGroveServer } from "../support/grove-server.ts";
import { workspaceOfFile } from "../support/temp-dirs.ts";
import {
  createDatabase,
  findPostgresBin,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from "../support/throwaway-postgres.ts";
import { checkIn, demoSession, firstKeyResult, runGrove } from "./grove-process.ts";

// Backup and restore (issue 18 point 1; docs/operations.md, "Backup and restore"). A backup is
// taken while a loop of check-ins writes through the API: of the embedded database through its
// running server, then of PostgreSQL directly. Each is restored into the other kind of database
// and compared table by table, row by row; the old password signs in on the restored server.

const postgresBin = findPostgresBin();
const { dir, cleanups } = workspaceOfFile("grove-backup-");

const TOKEN = "backup-token-0123456789abcdef";

/** Check-ins of `from + 1`, `from + 2`, ... in a loop, one after another, until stopped; each must be accepted. */
function writeLoad(base: string, auth: Record<string, string>, kr: string, from: number) {
  let stopping = false;
  let done = 0;
  const running = (async () => {
    while (!stopping) {
      const status = await checkIn(base, auth, kr, from + done + 1);
      if (status !== 201) throw new Error(`check-in ${done + 1} answered ${status}`);
      done += 1;
    }
  })();
  const reach = async (n: number) => {
    while (done < n) await new Promise((r) => setTimeout(r, 20));
  };
  return {
    reach,
    /** A few more once the backup is written, so some land after its moment; then stop. */
    async finish() {
      await reach(done + 3);
      stopping = true;
      await running;
      return done;
    },
  };
}

/** Every row of a backup file, as everyRow reads a database. */
async function rowsOfBackup(file: string): Promise<Rows> {
  const tables: Rows = {};
  for await (const table of (await openBackup(file)).tables) {
    const rows: Rows[string] = [];
    for await (const page of table.pages) rows.push(...page);
    tables[table.name] = rows;
  }
  return tables;
}

const keyOf = (shape: TableShape, row: Rows[string][number]) => JSON.stringify(shape.primaryKey.map((c) => row[c]));

/**
 * The backup is the source at one moment of the load: the load's check-ins in it are exactly
 * its first k (none missing between, none from after), some came after it, and every row of
 * the backup is still in the source, unchanged but for the rows the later check-ins updated.
 * Returns the tables the later check-ins wrote to.
 */
function expectSourceAtOneMoment(source: Rows, backup: Rows, shapes: TableShape[], load: Load): string[] {
  expect(Object.keys(backup).sort()).toEqual(Object.keys(source).sort());
  const loadValue = (row: Rows[string][number]) => {
    const n = Number(row.value) - load.from;
    return row.key_result_id === load.kr && n >= 1 && n <= 10_000 ? n : null;
  };
  const values = (rows: Rows[string] = []) =>
    rows
      .map(loadValue)
      .filter((n) => n !== null)
      .sort((a, b) => a - b);
  const k = values(backup.check_ins).length;
  expect(values(backup.check_ins)).toEqual(Array.from({ length: k }, (_, i) => i + 1));
  expect(k).toBeGreaterThanOrEqual(3);
  expect(k).toBeLessThan(load.total);
  expect(values(source.check_ins)).toHaveLength(load.total);
  const changed: string[] = [];
  for (const shape of shapes) {
    const now = new Map((source[shape.name] ?? []).map((row) => [keyOf(shape, row), row]));
    const then = backup[shape.name] ?? [];
    expect({ table: shape.name, gone: then.filter((row) => !now.has(keyOf(shape, row))) }).toEqual({
      table: shape.name,
      gone: [],
    });
    const thenByKey = new Map(then.map((row) => [keyOf(shape, row), row]));
    const differs = [...now.values()].filter(
      (row) => JSON.stringify(thenByKey.get(keyOf(shape, row))) !== JSON.stringify(row),
    );
    if (differs.length > 0) changed.push(shape.name);
    if (shape.name === "check_ins") {
      expect(differs.map((row) => loadValue(row)).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
        Array.from({ length: load.total - k }, (_, i) => k + i + 1),
      );
    }
  }
  return changed;
}

interface Load {
  kr: string;
  from: number;
  total: number;
}

/** Each identity (period_transitions.seq) continues past the rows restored, as in the source. */
async function expectIdentitiesContinue(db: Db) {
  let checked = 0;
  for (const shape of await tableShapes(db.kysely)) {
    for (const column of shape.columns.filter((c) => c.identity)) {
      const { rows } = await sql<{ next: string; max: string | null }>`
        select nextval(pg_get_serial_sequence(${shape.name}, ${column.name}))::text as next,
          (select max(${sql.ref(column.name)}) from ${sql.table(shape.name)})::text as max`.execute(db.kysely);
      const { next, max } = rows[0] as { next: string; max: string | null };
      expect({ table: shape.name, max }).not.toEqual({ table: shape.name, max: null });
      expect(BigInt(next)).toBeGreaterThan(BigInt(max ?? 0));
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(0);
}

async function signIn(base: string): Promise<number> {
  const res = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD }),
  });
  return res.status;
}

/** A server, stopped after the file if not before, with a write load on its first KR under way (three written). */
async function serverUnderLoad(args: string[], env: Record<string, string>, from: number) {
  const server = await startGroveServer(args, env);
  cleanups.push(() => server.stop());
  const auth = await demoSession(server.base);
  const kr = await firstKeyResult(server.base, auth);
  const load = writeLoad(server.base, auth, kr, from);
  await load.reach(3);
  return { server, kr, load };
}

/** Opens the source database and the one restored from it, compares them, and closes both. */
async function comparing(
  source: DbConfig,
  restored: DbConfig,
  compare: (source: Db, restored: Db) => Promise<void>,
): Promise<void> {
  const sourceDb = await createDb(source);
  const restoredDb = await createDb(restored);
  try {
    await compare(sourceDb, restoredDb);
  } finally {
    await sourceDb.close();
    await restoredDb.close();
  }
}

/** A server on a restored database: the old password signs in, and a new check-in on `kr` is accepted. */
async function expectServedAsBefore(args: string[], env: Record<string, string>, kr: string): Promise<void> {
  const restored = await startGroveServer(args, env);
  cleanups.push(() => restored.stop());
  expect(await signIn(restored.base)).toBe(200);
  expect(await checkIn(restored.base, await demoSession(restored.base), kr, 1)).toBe(201);
  expect(await restored.stop()).toBe(0);
}

let postgres: ThrowawayPostgres | undefined;

/** A new database on the file's one PostgreSQL server; returns its URL. */
async function newPostgresDatabase(name: string): Promise<string> {
  if (!postgresBin) throw new Error("CI needs PostgreSQL: apt-get install postgresql-15");
  if (!postgres) {
    const server = await startThrowawayPostgres(postgresBin);
    cleanups.push(() => server.stop());
    postgres = server;
  }
  return createDatabase(postgres, name);
}

describe.skipIf(!postgresBin && !process.env.CI)("grove backup and grove restore (skipped: no PostgreSQL)", () => {
  it("backs up either database during a write load and restores it into the other, row for row", {
    timeout: 300_000,
  }, async () => {
    const restoredUrl = await newPostgresDatabase("restored");

    // 1. The embedded database, through its running server (it holds the data directory).
    const dataDir = dataDirFrom("demo", join(dir, "embedded"));
    const withToken = { GROVE_BACKUP_TOKEN: TOKEN };
    const { server: embedded, kr, load } = await serverUnderLoad(["--data-dir", dataDir], withToken, 90_000);
    const fromEmbedded = join(dir, "embedded.ndjson.gz");
    const backup = runGrove(["backup", "--data-dir", dataDir, "-o", fromEmbedded], { GROVE_BACKUP_TOKEN: TOKEN });
    expect(await backup.exited, backup.output()).toBe(0);
    expect(backup.output()).toContain("held by a running server");
    // Without the server's token the command says what to set, and writes nothing.
    const untokened = runGrove(["backup", "--data-dir", dataDir, "-o", join(dir, "no.ndjson.gz")], {
      GROVE_BACKUP_TOKEN: "",
    });
    expect(await untokened.exited).toBe(2);
    expect(untokened.output()).toContain("a backup through a running server needs its GROVE_BACKUP_TOKEN");
    expect(existsSync(join(dir, "no.ndjson.gz"))).toBe(false);
    const total = await load.finish();
    expect(await embedded.stop()).toBe(0);

    const restore = runGrove(["restore", fromEmbedded], { DATABASE_URL: restoredUrl });
    expect(await restore.exited, restore.output()).toBe(0);
    expect(restore.output()).toMatch(/^Restored \d+ rows of \d+ tables/m);
    await comparing({ kind: "pglite", dataDir }, { kind: "postgres", url: restoredUrl }, async (source, target) => {
      const rows = await rowsOfBackup(fromEmbedded);
      expect(await everyRow(target)).toEqual(rows);
      await expectIdentitiesContinue(target);
      const shapes = await tableShapes(source.kysely);
      const changed = expectSourceAtOneMoment(await everyRow(source), rows, shapes, { kr, from: 90_000, total });
      expect(changed).toContain("check_ins");
    });

    // Into a database that holds an installation now: refused, nothing written.
    const again = runGrove(["restore", fromEmbedded], { DATABASE_URL: restoredUrl });
    expect(await again.exited).toBe(1);
    expect(again.output()).toContain("the database already holds 2 organisation(s)");
    await expectRefused(fromEmbedded);

    // 2. PostgreSQL, the restored one, under a load through its own server: backed up directly.
    const onPostgres = await startGroveServer([], { DATABASE_URL: restoredUrl });
    cleanups.push(() => onPostgres.stop());
    expect(await signIn(onPostgres.base)).toBe(200); // the embedded database's password
    const pgAuth = await demoSession(onPostgres.base);
    const pgLoad = writeLoad(onPostgres.base, pgAuth, kr, 190_000);
    await pgLoad.reach(3);
    const fromPostgres = join(dir, "postgres.ndjson.gz");
    const pgBackup = runGrove(["backup", "-o", fromPostgres], { DATABASE_URL: restoredUrl });
    expect(await pgBackup.exited, pgBackup.output()).toBe(0);
    const pgTotal = await pgLoad.finish();
    expect(await onPostgres.stop()).toBe(0);

    // Back into an embedded database: a new data directory (migrated, as a first start leaves it).
    const backDir = dataDirFrom("migrated", join(dir, "back"));
    const back = runGrove(["restore", fromPostgres, "--data-dir", backDir], { DATABASE_URL: "" });
    expect(await back.exited, back.output()).toBe(0);
    await comparing(
      { kind: "postgres", url: restoredUrl },
      { kind: "pglite", dataDir: backDir },
      async (pgSource, backDb) => {
        const rows = await rowsOfBackup(fromPostgres);
        expect(await everyRow(backDb)).toEqual(rows);
        await expectIdentitiesContinue(backDb);
        const shapes = await tableShapes(pgSource.kysely);
        expectSourceAtOneMoment(await everyRow(pgSource), rows, shapes, { kr, from: 190_000, total: pgTotal });
      },
    );

    // The restored embedded server serves as the source did.
    await expectServedAsBefore(["--data-dir", backDir], { DATABASE_URL: "" }, kr);
  });

  // PostgreSQL's own tools work too (docs/operations.md, "Backup and restore"): pg_dump's snapshot
  // is consistent under load, and pg_restore brings back the row-level security policies and the
  // app role's grants with the rows, so Grove serves the restored database as it was.
  it("pg_dump of a running PostgreSQL installation restores with pg_restore, row for row", {
    timeout: 180_000,
  }, async () => {
    const sourceUrl = await newPostgresDatabase("dumped");
    // The published demo password: on PostgreSQL a first start makes a random one otherwise.
    const env = { DATABASE_URL: sourceUrl, GROVE_DEMO_PASSWORD: DEMO_PASSWORD };
    const { server, kr, load } = await serverUnderLoad([], env, 290_000);
    const file = join(dir, "grove.dump");
    await promisify(execFile)(join(postgresBin as string, "pg_dump"), ["--format=custom", "--file", file, sourceUrl]);
    const total = await load.finish();
    expect(await server.stop()).toBe(0);

    const restoredUrl = await newPostgresDatabase("undumped");
    await promisify(execFile)(join(postgresBin as string, "pg_restore"), [
      "--exit-on-error",
      "--no-owner",
      "--dbname",
      restoredUrl,
      file,
    ]);
    await comparing(
      { kind: "postgres", url: sourceUrl },
      { kind: "postgres", url: restoredUrl },
      async (source, target) => {
        const shapes = await tableShapes(source.kysely);
        expectSourceAtOneMoment(await everyRow(source), await everyRow(target), shapes, { kr, from: 290_000, total });
        await expectIdentitiesContinue(target);
      },
    );
    await expectServedAsBefore([], { DATABASE_URL: restoredUrl }, kr);
  });

  it("makes a backup per slot with two workers and keeps the newest GROVE_BACKUP_KEEP", {
    timeout: 120_000,
  }, async () => {
    const url = await newPostgresDatabase("scheduled");
    const backups = join(dir, "scheduled");
    mkdirSync(backups);
    writeFileSync(join(backups, "notes.txt"), "not a backup: never pruned");
    const server = await startGroveServer([], {
      DATABASE_URL: url,
      GROVE_DEMO: "false",
      GROVE_WORKERS: "2",
      GROVE_BACKUP_DIR: backups,
      GROVE_BACKUP_EVERY: "1s",
      GROVE_BACKUP_KEEP: "2",
      LOG_LEVEL: "info",
    });
    cleanups.push(() => server.stop());
    /** Each backup a worker made, by slot: "scheduled jobs ran" lists the slots it claimed. */
    const made = () =>
      server.proc
        .output()
        .split("\n")
        .slice(0, -1) // the last is the line being written, or empty
        .filter((line) => line.includes('"scheduled jobs ran"'))
        .flatMap((line) => (JSON.parse(line) as { jobs: string[] }).jobs)
        .filter((job) => job.startsWith("backup/"))
        .map((job) => job.slice("backup/".length));
    while (new Set(made()).size < 4) await new Promise((r) => setTimeout(r, 200));
    expect(await server.stop()).toBe(0);
    const slots = made();
    expect(slots.length).toBe(new Set(slots).size); // no slot twice, though both workers tick
    const newest = [...slots].sort().slice(-2);
    expect(readdirSync(backups).sort()).toEqual([...newest.map(backupFileName), "notes.txt"]);
    for (const slot of newest) {
      const { header } = await verifyBackup(join(backups, backupFileName(slot)));
      expect(header.database).toBe("postgres");
    }
  });
});

/** A cut, a damaged and a non-gzip copy of `file`: each refused before the database is opened. */
async function expectRefused(file: string) {
  const bytes = readFileSync(file);
  const cut = join(dir, "cut.ndjson.gz");
  writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const damaged = join(dir, "damaged.ndjson.gz");
  const flipped = Buffer.from(bytes);
  for (let i = 1000; i < 1100; i++) flipped[i] = (flipped[i] as number) ^ 0xff;
  writeFileSync(damaged, flipped);
  const notGzip = join(dir, "plain.json");
  writeFileSync(notGzip, '{"format":"grove-backup"}\n');
  for (const [bad, reason] of [
    [cut, "it is damaged or was cut short (unexpected end of file)"],
    [damaged, ""],
    [notGzip, "it is not a gzip file"],
  ] as const) {
    const target = join(dir, `into-${reason.length}-${bad.length}`);
    mkdirSync(target);
    const restore = runGrove(["restore", bad, "--data-dir", target], { DATABASE_URL: "" });
    expect(await restore.exited, restore.output()).toBe(1);
    expect(restore.output()).toContain(`${bad} is not a complete Grove backup: ${reason}`);
    expect(restore.output()).toContain("Nothing was written.");
    // Refused before the database was opened for writing: no schema, no rows.
    expect(readdirSync(target)).toEqual([]);
  }
}
