import { readPages, tableShapes } from "../../src/db/copy-database.ts";
import type { Db } from "../../src/db/create-db.ts";

export type Rows = Record<string, Record<string, string | null>[]>;

/** Every row of every table, each value as text, in primary-key order (how a move or restore is compared). */
export async function everyRow(db: Db): Promise<Rows> {
  const tables: Rows = {};
  for (const table of await tableShapes(db.kysely)) {
    const rows: Record<string, string | null>[] = [];
    for await (const page of readPages(db.kysely, table)) rows.push(...page);
    tables[table.name] = rows;
  }
  return tables;
}
