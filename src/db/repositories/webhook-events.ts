import { sql } from "kysely";
import type { Executor } from "../executor.ts";
import { keyResultPlace, keyResultsInUnits, paceColumns } from "./okrs.ts";
import { sameTenant } from "./tenant-joins.ts";

// What the webhook events name (docs/notifications.md "Webhooks and chat"): read in the
// transaction of the change, after it, so an event carries the values the change left.

/** What an event names of the unit and period a row belongs to (`u` and `p` in the query). */
const unitAndPeriod = ["u.id as unitId", "u.name as unitName", "p.id as periodId", "p.name as periodName"] as const;

/** A KR with what its events name and what the pace rule reads (src/domain/pace.ts). */
export type KeyResultFacts = Awaited<ReturnType<typeof loadKeyResultFacts>>[number];

/**
 * The KRs' facts; with `peopleIds`, each row also carries those people's names by id
 * (`peopleNames`, the same on every row): the readings' authors, in the same round trip.
 */
export async function loadKeyResultFacts(db: Executor, orgId: string, ids: string[], peopleIds: string[] = []) {
  if (ids.length === 0) return [];
  return keyResultsInUnits(db, orgId)
    .select([
      "k.id",
      "k.title",
      "k.unit",
      "k.baseline",
      "k.target",
      "k.currentConfidence as confidence",
      ...paceColumns,
      ...keyResultPlace,
      "p.name as periodName",
      sql<Record<string, string> | null>`(
        select json_object_agg(pe.id, pe.name) from people pe
        where pe.org_id = ${orgId} and pe.id = any(${peopleIds}::uuid[]))`.as("peopleNames"),
    ])
    .where("k.id", "in", ids)
    .execute();
}

/** An objective with its unit, period and KRs, as `objective.activated` names them. */
export async function loadObjectiveFacts(db: Executor, orgId: string, objectiveId: string) {
  const objective = await db
    .selectFrom("objectives as o")
    .innerJoin("units as u", (join) => sameTenant(join, "u.id", "o.unitId"))
    .innerJoin("periods as p", (join) => sameTenant(join, "p.id", "o.periodId"))
    .select(["o.id", "o.title", "o.description", ...unitAndPeriod])
    .where("o.orgId", "=", orgId)
    .where("o.id", "=", objectiveId)
    .executeTakeFirst();
  if (!objective) return undefined;
  const keyResults = await db
    .selectFrom("keyResults")
    .select(["id", "title", "kind", "unit", "baseline", "target", "rangeLow", "rangeHigh", "deadline"])
    .where("orgId", "=", orgId)
    .where("objectiveId", "=", objectiveId)
    .orderBy("position")
    .execute();
  return { ...objective, keyResults };
}

/** A review session with its unit and period, as `review.done` names them. */
export async function loadReviewFacts(db: Executor, orgId: string, reviewId: string) {
  return db
    .selectFrom("reviewSessions as r")
    .innerJoin("units as u", (join) => sameTenant(join, "u.id", "r.unitId"))
    .innerJoin("periods as p", (join) => sameTenant(join, "p.id", "r.periodId"))
    .select(["r.id", "r.kind", "r.dueOn", "r.heldAt", ...unitAndPeriod])
    .where("r.orgId", "=", orgId)
    .where("r.id", "=", reviewId)
    .executeTakeFirst();
}
