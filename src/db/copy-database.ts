import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.ts";

// Copies every row of one Grove database into another of the same schema version (`grove move`,
// docs/operations.md "Moving to PostgreSQL"). It reads the schema from the catalogue rather than
// from a list kept by hand, so a table added by a later migration is copied without a change
// here. Values travel as text and are cast back to their column's type, as COPY does: exact for
// every type (jsonb arrays, numerics, timestamps, bytea) and the same on PGlite and PostgreSQL.

interface Column {
  name: string;
  type: string;
  /** A GENERATED ALWAYS identity: its values are kept with OVERRIDING SYSTEM VALUE. */
  identity: boolean;
}

export interface TableShape {
  name: string;
  columns: Column[];
  primaryKey: string[];
}

/** The base tables of the public schema, but the migrations' own bookkeeping. */
export async function tableShapes(db: Kysely<Database>): Promise<TableShape[]> {
  const { rows } = await sql<{ table: string; column: string; type: string; identity: string }>`
    select c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type,
      a.attidentity as identity
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    where c.relkind = 'r' and c.relname <> 'schema_migrations'
    order by c.relname, a.attnum`.execute(db);
  const keys = await sql<{ table: string; columns: string[] }>`
    select c.relname as table, array_agg(a.attname::text order by k.i) as columns
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    cross join lateral unnest(con.conkey) with ordinality as k(attnum, i)
    join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
    where con.contype = 'p'
    group by c.relname`.execute(db);
  const primaryKeys = new Map(keys.rows.map((row) => [row.table, row.columns]));
  const shapes = new Map<string, TableShape>();
  for (const row of rows) {
    const shape = shapes.get(row.table) ?? {
      name: row.table,
      columns: [],
      primaryKey: primaryKeys.get(row.table) ?? [],
    };
    shape.columns.push({ name: row.column, type: row.type, identity: row.identity === "a" });
    shapes.set(row.table, shape);
  }
  return [...shapes.values()];
}

interface ForeignKeyConstraint {
  table: string;
  name: string;
  deferrable: boolean;
  initiallyDeferred: boolean;
}

async function foreignKeyConstraints(db: Kysely<Database>): Promise<ForeignKeyConstraint[]> {
  const { rows } = await sql<ForeignKeyConstraint>`
    select c.relname as table, con.conname as name, con.condeferrable as deferrable,
      con.condeferred as initially_deferred
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    where con.contype = 'f'`.execute(db);
  return rows;
}

const deferrability = (key: Pick<ForeignKeyConstraint, "deferrable" | "initiallyDeferred">) =>
  !key.deferrable ? "not deferrable" : key.initiallyDeferred ? "deferrable initially deferred" : "deferrable";

/**
 * Runs `work` with every foreign key checked at its end instead of at each row, so tables that
 * refer to each other (a key result's objective, an objective's parent key result) and trees
 * (units) copy in any order. The keys are made deferrable inside the transaction and put back as
 * they were once checked: a failure rolls that back too.
 */
async function withReferencesCheckedLast<T>(tx: Kysely<Database>, work: () => Promise<T>): Promise<T> {
  const keys = await foreignKeyConstraints(tx);
  const alter = (key: ForeignKeyConstraint, how: string) =>
    sql`alter table ${sql.raw(ident(key.table))} alter constraint ${sql.raw(ident(key.name))} ${sql.raw(how)}`.execute(
      tx,
    );
  for (const key of keys) await alter(key, "deferrable initially deferred");
  await sql`set constraints all deferred`.execute(tx);
  const result = await work();
  await sql`set constraints all immediate`.execute(tx); // every reference is checked here
  for (const key of keys) await alter(key, deferrability(key));
  return result;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
export type TextRow = Record<string, string | null>;

const PAGE_ROWS = 5000;

const typeOf = (table: TableShape, name: string) => table.columns.find((c) => c.name === name)?.type ?? "text";
const typed = (table: TableShape, name: string, value: string | null) => sql`${value}::${sql.raw(typeOf(table, name))}`;

/**
 * The rows of `table` with each value as text, a page at a time in primary-key order (a large
 * table, two million check-ins say, never sits in memory whole).
 */
export async function* readPages(db: Kysely<Database>, table: TableShape): AsyncGenerator<TextRow[]> {
  const key = table.primaryKey;
  if (key.length === 0) throw new Error(`the table ${table.name} has no primary key to copy it by`);
  const list = sql.raw(table.columns.map((c) => `${ident(c.name)}::text as ${ident(c.name)}`).join(", "));
  const keyList = sql.raw(key.map(ident).join(", "));
  let last: TextRow | undefined;
  for (;;) {
    const after = last;
    const where = after
      ? sql`where (${keyList}) > (${sql.join(key.map((c) => typed(table, c, after[c] ?? null)))})`
      : sql``;
    // Without the camel-case plugin: the rows keep the columns' own names.
    const { rows } = await sql<TextRow>`select ${list} from ${sql.raw(ident(table.name))} ${where}
      order by ${keyList} limit ${PAGE_ROWS}`.execute(db.withoutPlugins());
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < PAGE_ROWS) return;
    last = rows[rows.length - 1];
  }
}

const BATCH_ROWS = 500;

/** Inserts rows as readPages reads them. */
async function insertRows(db: Kysely<Database>, table: TableShape, rows: TextRow[]): Promise<void> {
  const overriding = table.columns.some((c) => c.identity) ? sql.raw(" overriding system value") : sql.raw("");
  const names = sql.raw(table.columns.map((c) => ident(c.name)).join(", "));
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const values = rows
      .slice(start, start + BATCH_ROWS)
      .map((row) => sql`(${sql.join(table.columns.map((c) => typed(table, c.name, row[c.name] ?? null)))})`);
    await sql`insert into ${sql.raw(ident(table.name))} (${names})${overriding} values ${sql.join(values)}`.execute(db);
  }
}

/** Moves each identity column's sequence past the values copied into it. */
async function advanceIdentities(db: Kysely<Database>, table: TableShape): Promise<void> {
  for (const column of table.columns.filter((c) => c.identity)) {
    await sql`select setval(pg_get_serial_sequence(${ident(table.name)}, ${column.name}),
      coalesce((select max(${sql.raw(ident(column.name))}) from ${sql.raw(ident(table.name))}), 0) + 1, false)`.execute(
      db,
    );
  }
}

export interface CopyReport {
  /** Rows copied per table, in the order copied. */
  tables: { name: string; rows: number }[];
}

/** One table's rows as a source gives them: a database (readPages) or a backup file. */
export interface TableSection {
  table: TableShape;
  pages: AsyncIterable<TextRow[]>;
}

/**
 * Fills `to`, migrated to the sections' schema version, with the sections' rows inside one
 * transaction: the target's own rows (the lookup rows migrations insert) are replaced, every
 * reference is checked at the end, identities continue after the rows loaded, and on any error
 * (a source that fails halfway, a broken reference) nothing is left half-written.
 */
export async function loadTables(to: Kysely<Database>, sections: AsyncIterable<TableSection>): Promise<CopyReport> {
  const tables = await tableShapes(to);
  return to.transaction().execute((tx) =>
    withReferencesCheckedLast(tx, async () => {
      for (const table of tables) await sql`delete from ${sql.raw(ident(table.name))}`.execute(tx);
      const copied: { name: string; rows: number }[] = [];
      for await (const { table, pages } of sections) {
        let rows = 0;
        for await (const page of pages) {
          await insertRows(tx, table, page);
          rows += page.length;
        }
        await advanceIdentities(tx, table);
        copied.push({ name: table.name, rows });
      }
      return { tables: copied };
    }),
  );
}

/**
 * Copies every row of `from` into `to`, both migrated to the same version, in one transaction on
 * `to` (loadTables). `skip` names tables left empty (sessions).
 */
export async function copyDatabase(
  from: Kysely<Database>,
  to: Kysely<Database>,
  skip: readonly string[] = [],
): Promise<CopyReport> {
  const tables = (await tableShapes(from)).filter((table) => !skip.includes(table.name));
  async function* sections(): AsyncGenerator<TableSection> {
    for (const table of tables) yield { table, pages: readPages(from, table) };
  }
  return loadTables(to, sections());
}

/**
 * Runs `work` on one snapshot of `db`: a REPEATABLE READ READ ONLY transaction, so every table it
 * reads shows the same moment however many writes commit meanwhile (a backup of a running server).
 * On the embedded database the one connection is held, so writes wait for it instead.
 */
export function inSnapshot<T>(db: Kysely<Database>, work: (tx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel("repeatable read").setAccessMode("read only").execute(work);
}

/** What a database already holds of people's data: a move copies only into one with none. */
export async function installationSize(db: Kysely<Database>): Promise<{ organisations: number; users: number }> {
  const [organisations, users] = await Promise.all([
    db
      .selectFrom("organisations")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { organisations: Number(organisations.n), users: Number(users.n) };
}
