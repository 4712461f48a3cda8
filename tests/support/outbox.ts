import type { TestApp } from "./test-app.ts";

/** An organisation's outbox rows, only those of `kind` when it is given, in the order they were written (then by kind). */
export function outboxRows(t: TestApp, orgId: string, kind?: string) {
  let rows = t.db.kysely.selectFrom("outbox").selectAll().where("orgId", "=", orgId);
  if (kind !== undefined) rows = rows.where("kind", "=", kind);
  return rows.orderBy("createdAt").orderBy("kind").execute();
}
