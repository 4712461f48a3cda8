import { pastKeyResultsOf } from "../../db/repositories/unit-history.ts";
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

export async function getUnitCalibration(ctx: ServiceContext, scope: Scope, unitId: string): Promise<UnitCalibration> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    await assertCanReadUnit(tx, scope, unitId);
    const rows = (await pastKeyResultsOf(tx, orgId, [unitId])).get(unitId) ?? [];
    const periods: PastPeriod[] = [];
    for (const row of rows) {
      let period = periods.find((p) => p.periodId === row.periodId);
      if (!period) {
        period = { periodId: row.periodId, name: row.periodName, endsOn: row.endsOn, keyResults: [] };
        periods.push(period);
      }
      period.keyResults.push({ keyResultId: row.keyResultId, title: row.title, finalProgress: row.finalProgress });
    }
    const scores = periods.flatMap((period) => period.keyResults.map((kr) => kr.finalProgress));
    return { unitId, periods, ...calibrate(scores) };
  });
}
