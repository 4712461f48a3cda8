import type { Insertable, Kysely, Selectable, SelectQueryBuilder, Updateable } from "kysely";
import type { Executor } from "../executor.ts";
import type { Database } from "../schema.ts";

/** Tables whose rows are addressed by (orgId, id). */
export type TenantTable =
  | "units"
  | "people"
  | "periods"
  | "strategies"
  | "objectives"
  | "keyResults"
  | "checkIns"
  | "initiatives"
  | "healthMetrics"
  | "healthReadings"
  | "metricSources"
  | "sprints"
  | "experiments"
  | "decisions"
  | "keyResultDependencies"
  | "webhooks"
  | "comments"
  | "reviewSessions"
  | "invitations"
  | "apiTokens"
  | "experimentMetrics"
  | "importMappings"
  | "coachDismissals";
export type Row<T extends TenantTable> = Selectable<Database[T]>;

/**
 * The plain reads and writes every tenant table shares. Every query is scoped by organisation
 * here, in one place, so a route can never reach another tenant's row by id.
 */
export function tenantRows<T extends TenantTable>(table: T) {
  // Kysely cannot narrow a generic table name; the signatures below restore the row types.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const on = (db: Executor) => db as Kysely<any>;
  const name = table as string;
  return {
    /** Every row of the organisation, in the order of one column. */
    async list(db: Executor, orgId: string, orderBy: keyof Row<T> & string): Promise<Row<T>[]> {
      return this.listBy(db, orgId, {}, orderBy);
    },
    /** The organisation's rows whose columns hold these values (an objective's KRs, say), in the order of one column. */
    async listBy(
      db: Executor,
      orgId: string,
      where: Partial<Row<T>>,
      orderBy: keyof Row<T> & string,
    ): Promise<Row<T>[]> {
      return matching(on(db).selectFrom(name).selectAll(), orgId, where).orderBy(orderBy).execute() as Promise<
        Row<T>[]
      >;
    },
    /** The ids of the organisation's rows, as a query to narrow further. */
    ids(db: Executor, orgId: string): SelectQueryBuilder<Database, T, { id: string }> {
      return on(db).selectFrom(name).select("id").where("orgId", "=", orgId) as SelectQueryBuilder<
        Database,
        T,
        { id: string }
      >;
    },
    async find(db: Executor, orgId: string, id: string): Promise<Row<T> | undefined> {
      return this.findBy(db, orgId, { id } as Partial<Row<T>>);
    },
    /** The first row of the organisation whose columns hold these values (a unit's first child, say). */
    async findBy(db: Executor, orgId: string, where: Partial<Row<T>>): Promise<Row<T> | undefined> {
      return matching(on(db).selectFrom(name).selectAll(), orgId, where).executeTakeFirst() as Promise<
        Row<T> | undefined
      >;
    },
    /**
     * Reads a row and locks it until the transaction ends, so a concurrent writer waits and then
     * sees this one's result: version checks and derived values cannot race (no lost updates).
     */
    async lock(db: Executor, orgId: string, id: string): Promise<Row<T> | undefined> {
      return matching(on(db).selectFrom(name).selectAll(), orgId, { id }).forUpdate().executeTakeFirst() as Promise<
        Row<T> | undefined
      >;
    },
    async insert(db: Executor, row: Insertable<Database[T]>): Promise<Row<T>> {
      return on(db).insertInto(name).values(row).returningAll().executeTakeFirstOrThrow() as Promise<Row<T>>;
    },
    async update(
      db: Executor,
      orgId: string,
      id: string,
      changes: Updateable<Database[T]>,
    ): Promise<Row<T> | undefined> {
      // An empty PATCH is valid and changes nothing; SQL has no UPDATE without columns.
      if (Object.values(changes).every((value) => value === undefined)) return this.find(db, orgId, id);
      return on(db)
        .updateTable(name)
        .set(changes)
        .where("orgId", "=", orgId)
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst() as Promise<Row<T> | undefined>;
    },
    /**
     * Updates a row the caller has read (and locked) in this transaction, so it is there: its new
     * state. A row gone meanwhile is a bug, not a 404.
     */
    async updateHeld(db: Executor, orgId: string, id: string, changes: Updateable<Database[T]>): Promise<Row<T>> {
      const row = await this.update(db, orgId, id, changes);
      if (!row) throw new Error(`${name} ${id} is gone within the transaction that holds it`);
      return row;
    },
    /** Deletes a row and returns it as it was: undefined when the organisation has no such row. */
    async take(db: Executor, orgId: string, id: string): Promise<Row<T> | undefined> {
      return on(db)
        .deleteFrom(name)
        .where("orgId", "=", orgId)
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst() as Promise<Row<T> | undefined>;
    },
    async remove(db: Executor, orgId: string, id: string): Promise<boolean> {
      const result = await on(db).deleteFrom(name).where("orgId", "=", orgId).where("id", "=", id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

/** A query narrowed to the organisation's rows whose columns hold these values. */
// biome-ignore lint/suspicious/noExplicitAny: the table is generic here; callers restore the row types
function matching<Q extends SelectQueryBuilder<any, any, any>>(query: Q, orgId: string, where: object): Q {
  let narrowed = query.where("orgId", "=", orgId);
  for (const [column, value] of Object.entries(where)) narrowed = narrowed.where(column, "=", value);
  return narrowed as Q;
}

/**
 * The position after the last of a parent's ordered rows (an objective's key results, an
 * experiment's metrics): 0 for the first.
 */
export async function nextPosition<T extends "keyResults" | "experimentMetrics">(
  db: Executor,
  table: T,
  orgId: string,
  parent: Partial<Row<T>>,
): Promise<number> {
  // biome-ignore lint/suspicious/noExplicitAny: as in tenantRows, the table is generic here
  const query = (db as Kysely<any>).selectFrom(table as string).select((eb) => eb.fn.max("position").as("last"));
  const row = await matching(query, orgId, parent).executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

/** A row read again within the transaction that changed it (e.g. after its scores moved). */
export async function rowAgain<T extends TenantTable>(
  db: Executor,
  table: T,
  orgId: string,
  id: string,
): Promise<Row<T>> {
  const row = await tenantRows(table).find(db, orgId, id);
  if (!row) throw new Error(`${table} ${id} vanished inside the transaction that wrote it`);
  return row;
}

/** The names of the people or units with these ids, for a list that shows them. */
export async function namesById(
  db: Executor,
  table: "people" | "units",
  orgId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom(table)
    .select(["id", "name"])
    .where("orgId", "=", orgId)
    .where("id", "in", [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
