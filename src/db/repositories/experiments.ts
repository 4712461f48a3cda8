import { sql } from "kysely";
import type { Executor } from "../executor.ts";
import type { ExperimentStatus } from "../schema.ts";
import { historyWithParts } from "./history.ts";
import { afterTimeKey, timeKey } from "./keyset.ts";
import { allIds } from "./okrs.ts";
import { personName, sameTenant } from "./tenant-joins.ts";
import { tenantRows } from "./tenant-rows.ts";

// Discovery experiments (P2) and their success metrics (S6): the reads several use cases share.

/** Experiments with their unit's, owner's and key result's names, by unit, key result or status. */
export async function listExperimentRows(
  db: Executor,
  orgId: string,
  filters: {
    unitId?: string | undefined;
    keyResultId?: string | undefined;
    /** Aimed at a key result of this unit's objectives. */
    keyResultUnitId?: string | undefined;
    status?: ExperimentStatus | undefined;
    id?: string;
    /** Private units the reader may not see (S5): their experiments are left out. */
    hiddenUnitIds?: readonly string[];
    /** The key of the previous page's last row: the page continues after it, newest first. */
    after?: { at: string; id: string } | null;
    limit: number;
  },
) {
  let query = db
    .selectFrom("experiments as e")
    .innerJoin("units as u", (join) => sameTenant(join, "u.id", "e.unitId"))
    .innerJoin("periods as p", (join) => sameTenant(join, "p.id", "e.periodId"))
    .leftJoin("keyResults as k", (join) => sameTenant(join, "k.id", "e.keyResultId"))
    .leftJoin("objectives as ob", (join) => sameTenant(join, "ob.id", "k.objectiveId"))
    .where("e.orgId", "=", orgId)
    // Kysely's filter object: one equality per filter given (undefined ones are left out).
    .where((eb) =>
      eb.and({
        "e.id": filters.id,
        "e.unitId": filters.unitId,
        "e.keyResultId": filters.keyResultId,
        "ob.unitId": filters.keyResultUnitId,
        "e.status": filters.status,
      }),
    );
  if (filters.hiddenUnitIds?.length) {
    query = query.where("e.unitId", "<>", allIds(filters.hiddenUnitIds));
  }
  if (filters.after) query = query.where(afterTimeKey("e.created_at", "e.id", filters.after, ["desc", "asc"]));
  return query
    .selectAll("e")
    .select((eb) => [
      timeKey("e.created_at").as("pageKey"),
      "u.name as unitName",
      "u.private as unitPrivate",
      "p.name as periodName",
      personName(eb, "e.ownerId").as("ownerName"),
      sql<string>`coalesce(k.title, e.key_result_title)`.as("keyResultTitle"),
      "k.objectiveId",
      "ob.unitId as keyResultUnitId",
      eb
        .selectFrom("experimentMetrics as m")
        .whereRef("m.orgId", "=", "e.orgId")
        .whereRef("m.experimentId", "=", "e.id")
        .select((sub) => sub.fn.countAll<number>().as("n"))
        .as("metricCount"),
    ])
    .orderBy("e.createdAt", "desc")
    .orderBy("e.id")
    .limit(filters.limit)
    .execute();
}

export async function listMetricsOf(db: Executor, orgId: string, experimentId: string) {
  return tenantRows("experimentMetrics").listBy(db, orgId, { experimentId }, "position");
}

/** S6: the metric change records of an experiment, oldest first, with who made each. */
export async function listMetricChangesOf(db: Executor, orgId: string, experimentId: string) {
  return db
    .selectFrom("experimentMetricChanges as c")
    .selectAll("c")
    .select((eb) => personName(eb, "c.changedBy").as("changedByName"))
    .where("c.orgId", "=", orgId)
    .where("c.experimentId", "=", experimentId)
    .orderBy("c.changedAt")
    .orderBy("c.id")
    .execute();
}

/** S7: the history rows of an experiment and of its metrics, newest first. */
export function listExperimentHistory(db: Executor, orgId: string, experimentId: string) {
  return historyWithParts(db, orgId, "experiment", experimentId);
}
