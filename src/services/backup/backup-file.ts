import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, renameSync, rmSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { StringDecoder } from "node:string_decoder";
import { createGunzip, createGzip } from "node:zlib";
import type { Kysely } from "kysely";
import { inSnapshot, readPages, type TableShape, type TextRow, tableShapes } from "../../db/copy-database.ts";
import { lastMigration } from "../../db/migrate.ts";
import type { Database } from "../../db/schema.ts";

// Grove's backup file (docs/operations.md, "Backup and restore"): gzipped NDJSON, the same for
// the embedded database and PostgreSQL, so a backup of either restores into either. Line by line:
//   {"format":"grove-backup","formatVersion":1,"grove":"1.4.0","migration":"2026..._0040_....sql",...}
//   {"table":"users","columns":["id","email",...]}     then one JSON array per row, values as text
//   {"end":"users","rows":12}                         after each table's rows
//   {"end":true,"tables":41,"rows":5230}              the last line: without it the file is cut short
// Values are the columns' text forms, as COPY writes them, and are cast back on restore
// (src/db/copy-database.ts), so every type survives exactly.

export const BACKUP_FORMAT = "grove-backup";
const FORMAT_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The Grove version that wrote the file. */
  grove: string;
  /** The last migration applied to the database backed up: a restore needs the same schema. */
  migration: string;
  /** Where it came from: "embedded" or "postgres". */
  database: string;
  takenAt: string;
}

/** What a backup says of where it came from: the kind of database and the Grove that wrote it. */
export interface BackupOrigin {
  /** "embedded" or "postgres". */
  database: string;
  /** The running Grove's version (src/version.ts, which the services do not import). */
  grove: string;
}

export interface BackupSummary {
  header: BackupHeader;
  tables: number;
  rows: number;
}

/** A file that is not a whole Grove backup: cut short, damaged, or something else. */
export class BackupFileError extends Error {
  constructor(file: string, reason: string) {
    super(`${file} is not a complete Grove backup: ${reason}`);
  }
}

async function* backupLines(snapshot: Kysely<Database>, origin: BackupOrigin, now: Date): AsyncGenerator<string> {
  const migration = await lastMigration(snapshot);
  if (migration === null) throw new Error("the database has no Grove schema yet: there is nothing to back up");
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: FORMAT_VERSION,
    grove: origin.grove,
    migration,
    database: origin.database,
    takenAt: now.toISOString(),
  };
  yield `${JSON.stringify(header)}\n`;
  let tables = 0;
  let total = 0;
  for (const table of await tableShapes(snapshot)) {
    const columns = table.columns.map((c) => c.name);
    yield `${JSON.stringify({ table: table.name, columns })}\n`;
    let rows = 0;
    for await (const page of readPages(snapshot, table)) {
      yield page.map((row) => `${JSON.stringify(columns.map((c) => row[c] ?? null))}\n`).join("");
      rows += page.length;
    }
    yield `${JSON.stringify({ end: table.name, rows })}\n`;
    tables += 1;
    total += rows;
  }
  yield `${JSON.stringify({ end: true, tables, rows: total })}\n`;
}

/**
 * Writes a backup of `snapshot`, which must already be one moment of the database (inSnapshot, or
 * the embedded database's one connection held), to `file`: written beside it under another name
 * and renamed when whole, so `file` is never a partial backup.
 */
export async function writeBackup(
  snapshot: Kysely<Database>,
  file: string,
  origin: BackupOrigin,
  now = new Date(),
): Promise<void> {
  const partial = `${file}.partial-${process.pid}`;
  try {
    await pipeline(Readable.from(backupLines(snapshot, origin, now)), createGzip(), createWriteStream(partial));
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** A backup of `db` as it is at one moment, however many writes commit while it is written. */
export function backupToFile(db: Kysely<Database>, file: string, origin: BackupOrigin): Promise<void> {
  return inSnapshot(db, (snapshot) => writeBackup(snapshot, file, origin));
}

/**
 * A backup in a temporary file that is gone from the directory at once (its open handle keeps it
 * readable), for a server to send: the snapshot is over before the first byte goes out, so a slow
 * download never holds the embedded database's one connection.
 */
export async function backupForDownload(
  db: Kysely<Database>,
  origin: BackupOrigin,
): Promise<{ name: string; size: number; stream: ReadableStream<Uint8Array> }> {
  const now = new Date();
  const name = `grove-backup-${now.toISOString().replace(/[-:]|\.\d{3}/g, "")}.ndjson.gz`;
  const file = join(tmpdir(), `${randomUUID()}-${name}`);
  try {
    await backupToFile(db, file, origin);
    const handle = await open(file);
    const { size } = await handle.stat();
    return { name, size, stream: Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array> };
  } finally {
    rmSync(file, { force: true });
  }
}

/** The file's lines, decompressed; a damaged or cut gzip stream becomes a BackupFileError. */
async function* linesOf(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const source = createReadStream(file);
  source.on("error", (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const decoder = new StringDecoder("utf8");
  let rest = "";
  try {
    for await (const chunk of gunzip) {
      const parts = (rest + decoder.write(chunk as Buffer)).split("\n");
      rest = parts.pop() ?? "";
      yield* parts;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new BackupFileError(file, "there is no such file");
    throw new BackupFileError(
      file,
      `it is damaged or was cut short (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  rest += decoder.end();
  if (rest !== "") yield rest;
}

/** One table of a backup: its rows come as pages, in the order written, with the backup's column names. */
export interface BackupTable {
  name: string;
  columns: string[];
  pages: AsyncIterable<TextRow[]>;
}

export interface OpenBackup {
  header: BackupHeader;
  /** The tables in file order; each must be read whole before the next. Ends with the end line's check. */
  tables: AsyncGenerator<BackupTable>;
}

const PAGE_ROWS = 500;

/** Reads a backup as it streams from disk: a large one never sits in memory whole. */
export async function openBackup(file: string): Promise<OpenBackup> {
  const lines = linesOf(file);
  let lineNumber = 0;
  const next = async (where: string): Promise<unknown> => {
    const line = await lines.next();
    if (line.done) throw new BackupFileError(file, `it ends ${where}, without its last line`);
    lineNumber += 1;
    try {
      return JSON.parse(line.value);
    } catch {
      throw new BackupFileError(file, `line ${lineNumber} is not JSON`);
    }
  };
  const bad = (what: string) => new BackupFileError(file, `line ${lineNumber} ${what}`);
  const header = (await next("before its header").catch((error: unknown) => {
    // Not gzip at all: say what the file is not, not what gunzip thought of it.
    throw error instanceof BackupFileError && /incorrect header check/.test(error.message)
      ? new BackupFileError(file, "it is not a gzip file (a Grove backup is gzipped NDJSON, from grove backup)")
      : error;
  })) as Partial<BackupHeader>;
  if (header.format !== BACKUP_FORMAT || typeof header.migration !== "string" || typeof header.grove !== "string") {
    throw bad("is not a Grove backup's header");
  }
  if (header.formatVersion !== FORMAT_VERSION) {
    throw bad(`says format version ${header.formatVersion}; this Grove reads version ${FORMAT_VERSION}`);
  }

  async function* tables(): AsyncGenerator<BackupTable> {
    let count = 0;
    let total = 0;
    for (;;) {
      const item = (await next("between two tables")) as { table?: unknown; columns?: unknown; end?: unknown };
      if (item.end === true) {
        const end = item as { tables?: number; rows?: number };
        if (end.tables !== count || end.rows !== total)
          throw bad(`counts ${end.tables} tables and ${end.rows} rows, the file holds ${count} and ${total}`);
        if (!(await lines.next()).done) throw bad("should be the last, but more follows");
        return;
      }
      const { table: name, columns } = item;
      if (typeof name !== "string" || !Array.isArray(columns)) throw bad("should start a table");
      let finished = false;
      async function* pages(): AsyncGenerator<TextRow[]> {
        let page: TextRow[] = [];
        let rows = 0;
        for (;;) {
          const value = await next(`inside the table ${name}`);
          if (Array.isArray(value)) {
            if (value.length !== (columns as string[]).length)
              throw bad(`has ${value.length} values for ${(columns as string[]).length} columns`);
            page.push(Object.fromEntries((columns as string[]).map((column, i) => [column, value[i] ?? null])));
            rows += 1;
            if (page.length === PAGE_ROWS) {
              yield page;
              page = [];
            }
            continue;
          }
          const end = value as { end?: unknown; rows?: unknown };
          if (end.end !== name || end.rows !== rows) throw bad(`should end the table ${name} after its ${rows} rows`);
          if (page.length > 0) yield page;
          total += rows;
          finished = true;
          return;
        }
      }
      yield { name, columns: columns as string[], pages: pages() };
      if (!finished) throw new Error(`the backup's table ${name} was not read whole before the next`);
      count += 1;
    }
  }
  return { header: header as BackupHeader, tables: tables() };
}

/** Reads a backup through to its last line: whole and undamaged, or a BackupFileError. */
export async function verifyBackup(file: string): Promise<BackupSummary> {
  const backup = await openBackup(file);
  let tables = 0;
  let rows = 0;
  for await (const table of backup.tables) {
    for await (const page of table.pages) rows += page.length;
    tables += 1;
  }
  return { header: backup.header, tables, rows };
}

/** The target's shape of a backup's table; refuses one this schema does not have as written. */
export function shapeFor(file: string, shapes: Map<string, TableShape>, table: BackupTable): TableShape {
  const shape = shapes.get(table.name);
  const expected = shape?.columns.map((c) => c.name).sort() ?? [];
  if (!shape || expected.join() !== [...table.columns].sort().join()) {
    throw new BackupFileError(
      file,
      `its table ${table.name} (${table.columns.join(", ")}) does not match this database's ` +
        (shape ? `(${expected.join(", ")})` : "(no such table)"),
    );
  }
  return shape;
}
