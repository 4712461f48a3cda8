import { type RawBuilder, sql } from "kysely";

// Keyset paging on a stored time and the row's id (docs/api.md, "Paging and sync"): the key as
// the database keeps it, for the next cursor, and the condition "after the cursor's key" in the
// list's own order. The cursor's key comes from domain/paging.ts decodeTimeKey.

/** The column to the microsecond in UTC: a JavaScript Date would round it and repeat a row. */
export function timeKey(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

export type Direction = "asc" | "desc";

/**
 * Rows after the key `after` in the order (`time` `order[0]`, `id` `order[1]`): the list's own
 * order, ascending (the polled lists) or newest first (the libraries and readings).
 */
export function afterTimeKey(
  time: string,
  id: string,
  after: { at: string; id: string },
  order: readonly [Direction, Direction] = ["asc", "asc"],
): RawBuilder<boolean> {
  const at = sql`${after.at}::timestamptz`;
  const key = sql`${after.id}::uuid`;
  if (order[0] === order[1]) {
    const op = sql.raw(order[0] === "asc" ? ">" : "<");
    return sql<boolean>`(${sql.ref(time)}, ${sql.ref(id)}) ${op} (${at}, ${key})`;
  }
  const timeOp = sql.raw(order[0] === "asc" ? ">" : "<");
  const idOp = sql.raw(order[1] === "asc" ? ">" : "<");
  return sql<boolean>`(${sql.ref(time)} ${timeOp} ${at} or (${sql.ref(time)} = ${at} and ${sql.ref(id)} ${idOp} ${key}))`;
}
