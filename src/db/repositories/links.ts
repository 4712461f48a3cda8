import type { Kysely } from "kysely";
import type { Executor } from "../executor.ts";

// The join tables that tie one record to several others: a sprint or an initiative to the KRs it
// serves, a KR to its guardrail metrics. Each is read, filled and cleared the same way, by owner.
const linkTables = {
  sprintKeyResults: { owner: "sprintId", target: "keyResultId", order: ["keyResultId"] },
  initiativeKeyResults: { owner: "initiativeId", target: "keyResultId", order: ["keyResultId"] },
  // A KR's guardrails keep the order they were named in.
  keyResultGuardrails: { owner: "keyResultId", target: "healthMetricId", order: ["createdAt", "healthMetricId"] },
} as const;

export type LinkTable = keyof typeof linkTables;

export function links(table: LinkTable) {
  const { owner, target, order } = linkTables[table];
  // Kysely cannot narrow a generic table name; the signatures below keep the callers typed.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const on = (db: Executor) => db as Kysely<any>;
  return {
    /** The ids an owner links to, in the table's order. */
    async of(db: Executor, orgId: string, ownerId: string): Promise<string[]> {
      let query = on(db).selectFrom(table).select(target).where("orgId", "=", orgId).where(owner, "=", ownerId);
      for (const column of order) query = query.orderBy(column);
      const rows: Record<string, string>[] = await query.execute();
      return rows.map((row) => row[target] as string);
    },
    /** Links the owner to these ids (each once); `extra` holds the table's other columns. */
    async add(db: Executor, orgId: string, ownerId: string, ids: readonly string[], extra: object = {}): Promise<void> {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return;
      await on(db)
        .insertInto(table)
        .values(unique.map((id) => ({ orgId, [owner]: ownerId, [target]: id, ...extra })))
        .execute();
    },
    async clear(db: Executor, orgId: string, ownerId: string): Promise<void> {
      await on(db).deleteFrom(table).where("orgId", "=", orgId).where(owner, "=", ownerId).execute();
    },
    /** The owners linked to one id, as a subquery (the sprints serving a KR, say). */
    ownersOf(db: Executor, orgId: string, targetId: string) {
      return on(db).selectFrom(table).select(owner).where("orgId", "=", orgId).where(target, "=", targetId);
    },
  };
}
