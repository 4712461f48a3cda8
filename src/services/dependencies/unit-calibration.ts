import { type Calibration, calibrate } from "../../domain/calibration.ts";
import { assertCanReadUnit } from "../access.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import type { Scope } from "../write.ts";

// K4: how a unit's past KRs landed. The final scores of its KRs in closed periods and the advice
// they give, for planning the next period. The unit's own figures only: no other unit, no person.

export interface PastPeriod {
  periodId: string;
  name: string;
  endsOn: string;
  keyResults: { keyResultId: string; title: string; finalProgress: number }[];
}

export interface UnitCalibration extends Calibration {
  unitId: string;
  periods: PastPeriod[];
}

/** How many closed periods back calibration reads: a team's habits drift, older ones say less. */
export const CALIBRATION_PERIODS = 4;

export async function getUnitCalibration(ctx: ServiceContext, scope: Scope, unitId: string): Promise<UnitCalibration> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    await assertCanReadUnit(tx, scope, unitId);
    const rows = await tx
      .selectFrom("keyResults as k")
      .innerJoin("objectives as o", (join) => join.onRef("o.orgId", "=", "k.orgId").onRef("o.id", "=", "k.objectiveId"))
      .innerJoin("periods as p", (join) => join.onRef("p.orgId", "=", "o.orgId").onRef("p.id", "=", "o.periodId"))
      .select(["k.id", "k.title", "k.finalProgress", "p.id as periodId", "p.name", "p.endsOn"])
      .where("k.orgId", "=", orgId)
      .where("o.unitId", "=", unitId)
      .where("p.status", "=", "closed")
      .where("o.status", "<>", "cancelled")
      .where("k.finalProgress", "is not", null)
      .orderBy("p.endsOn", "desc")
      .orderBy("o.createdAt")
      .orderBy("k.position")
      .execute();
    const periods: PastPeriod[] = [];
    for (const row of rows) {
      let period = periods.find((p) => p.periodId === row.periodId);
      if (!period) {
        if (periods.length === CALIBRATION_PERIODS) break;
        period = { periodId: row.periodId, name: row.name, endsOn: row.endsOn, keyResults: [] };
        periods.push(period);
      }
      period.keyResults.push({ keyResultId: row.id, title: row.title, finalProgress: row.finalProgress as number });
    }
    const scores = periods.flatMap((period) => period.keyResults.map((kr) => kr.finalProgress));
    return { unitId, periods, ...calibrate(scores) };
  });
}
