import { uncancelledObjectives } from "../db/repositories/okrs.ts";
import { sameTenant } from "../db/repositories/tenant-joins.ts";
import type { ObjectiveRow } from "../db/schema.ts";
import { canReadUnit } from "./access.ts";
import { findPeriod } from "./period-lookup.ts";
import { defineUseCase } from "./use-case.ts";

/** A company objective as the strategy page lists it under the strategy it serves (M8, P1). */
export interface CompanyObjective {
  id: string;
  title: string;
  status: ObjectiveRow["status"];
  progress: number | null;
  unitId: string;
  unitName: string;
  strategyId: string | null;
}

/**
 * The objectives of the units at the top of the organisation (no parent) in one period, open or
 * closed, cancelled ones left out: what the strategy page shows under each strategy statement,
 * and those that serve none. Team objectives serve the strategy through the KR they were
 * cascaded from (M5), so they are not listed here.
 */
export const listCompanyObjectives = defineUseCase("read", async ({ tx, scope, orgId }, periodRef: string) => {
  const period = await findPeriod(tx, orgId, periodRef);
  const rows = await uncancelledObjectives(tx, orgId)
    .innerJoin("units as u", (j) => sameTenant(j, "u.id", "o.unitId"))
    .select([
      "o.id",
      "o.title",
      "o.status",
      "o.progress",
      "o.unitId",
      "u.name as unitName",
      "u.private",
      "o.strategyId",
    ])
    .where("o.periodId", "=", period.id)
    .where("u.parentId", "is", null)
    .orderBy("u.name")
    .orderBy("o.createdAt")
    .execute();
  const objectives = rows
    .filter((row) => canReadUnit(scope, { id: row.unitId, private: row.private }))
    .map(({ private: _private, ...objective }) => objective);
  return { periodId: period.id, objectives };
});
