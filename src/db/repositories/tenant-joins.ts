import { type ExpressionBuilder, expressionBuilder, type JoinBuilder, sql } from "kysely";
import type { Database } from "../schema.ts";

/** A column of one of the query's tenant tables (those with org_id), named with its alias: "u.id". */
export type TenantColumn<DB, TB extends keyof DB> = {
  [T in TB]: DB[T] extends { orgId: unknown } ? `${T & string}.${keyof DB[T] & string}` : never;
}[TB];

/**
 * The join condition of two tenant rows: `left` and `right` are equal, and so are their tables'
 * org_id. A child row references its parent together with org_id (docs/architecture.md,
 * "Tenancy"), so `sameTenant(join, "u.id", "e.unitId")` is how a query follows that reference:
 * `u.org_id = e.org_id and u.id = e.unit_id`. Both columns are checked against the query's tables
 * (a misspelt one, or one of a table without org_id, does not compile).
 */
export function sameTenant<DB, TB extends keyof DB>(
  join: JoinBuilder<DB, TB>,
  left: TenantColumn<DB, TB>,
  right: TenantColumn<DB, TB>,
): JoinBuilder<DB, TB> {
  return join.onRef(orgIdBeside(left), "=", orgIdBeside(right)).onRef(left, "=", right);
}

/** The org_id of the table a tenant column belongs to ("u.id" -> "u.orgId"). */
function orgIdBeside<DB, TB extends keyof DB>(ref: TenantColumn<DB, TB>): TenantColumn<DB, TB> {
  // TenantColumn admits only columns of tables with orgId, so this names one; TypeScript cannot
  // follow a template literal through a generic table, hence the assertion.
  return `${ref.slice(0, ref.indexOf("."))}.orgId` as TenantColumn<DB, TB>;
}

const people = expressionBuilder<Database>();

/**
 * The name of the person a tenant column references, or null when it names no one: what a list
 * shows of who wrote, recorded or decided a row, as a subquery on the person's key
 * (`personName(eb, "c.authorId").as("authorName")`). `eb` is the query's own expression builder,
 * against which the column is checked as sameTenant checks its columns.
 */
export function personName<DB, TB extends keyof DB>(_eb: ExpressionBuilder<DB, TB>, column: TenantColumn<DB, TB>) {
  return people
    .selectFrom("people as named")
    .select("named.name")
    .where("named.orgId", "=", sql.ref<string>(orgIdBeside(column)))
    .where("named.id", "=", sql.ref<string>(column));
}
