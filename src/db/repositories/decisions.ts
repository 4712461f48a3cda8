import { sql } from "kysely";
import type { Executor } from "../executor.ts";
import { personName, sameTenant } from "./tenant-joins.ts";
import { containing } from "./text-search.ts";

// P4: the decision log's reads, with the names a list shows (objective, KR, unit, who decided),
// so a page needs no further request per row.

export interface DecisionQuery {
  id?: string;
  objectiveId?: string;
  keyResultId?: string;
  unitId?: string;
  status?: "active" | "revisited" | "reversed";
  /** Words anywhere in the title, context or decision (any language, case-insensitive). */
  q?: string;
}

/** Decisions with their objective, KR, unit and decider's names; newest decision first. */
export function selectDecisions(db: Executor, orgId: string, query: DecisionQuery) {
  let q = db
    .selectFrom("decisions as d")
    .innerJoin("objectives as o", (j) => sameTenant(j, "o.id", "d.objectiveId"))
    .innerJoin("units as u", (j) => sameTenant(j, "u.id", "o.unitId"))
    .leftJoin("keyResults as k", (j) => sameTenant(j, "k.id", "d.keyResultId"))
    .select((eb) => [
      "d.id",
      "d.objectiveId",
      "o.title as objectiveTitle",
      "o.periodId",
      "d.keyResultId",
      "k.title as keyResultTitle",
      "o.unitId",
      "u.name as unitName",
      "u.private as unitPrivate",
      "d.title",
      "d.context",
      "d.options",
      "d.evidence",
      "d.evidenceRefs",
      "d.decision",
      "d.decidedBy as decidedById",
      personName(eb, "d.decidedBy").as("decidedByName"),
      "d.decidedOn",
      "d.revisitOn",
      "d.status",
      "d.version",
      "d.createdAt",
      "d.updatedAt",
    ])
    .where("d.orgId", "=", orgId)
    // Kysely's filter object: one equality per filter given (undefined ones are left out).
    .where((eb) =>
      eb.and({
        "d.id": query.id,
        "d.objectiveId": query.objectiveId,
        "d.keyResultId": query.keyResultId,
        "o.unitId": query.unitId,
        "d.status": query.status,
      }),
    );
  if (query.q) {
    // The expression of the trigram index decisions_text_trgm_idx (migration 0025).
    q = q.where(sql<string>`d.title || ' ' || d.context || ' ' || d.decision`, "ilike", containing(query.q));
  }
  return q.orderBy("d.decidedOn", "desc").orderBy("d.createdAt", "desc").orderBy("d.id");
}

export type DecisionListRow = Awaited<ReturnType<ReturnType<typeof selectDecisions>["execute"]>>[number];
