import { type CrossUnitFinding, findCrossUnitConflicts, type PeriodOkrs } from "../../domain/coach/cross-unit/index.ts";
import type { Locale } from "../../domain/coach/index.ts";
import { notFound } from "../../domain/errors.ts";
import { canReadUnit } from "../access.ts";
import { findPeriod } from "../period-lookup.ts";
import { defineUseCase } from "../use-case.ts";

// M7: the coach's cross-unit findings for one period (opposite pulls, unlinked cascades), read
// from the KRs of every unit the caller may read; `unitId` keeps those that involve that unit.

export interface CrossUnitReport {
  periodId: string;
  findings: CrossUnitFinding[];
}

export const getCrossUnitConflicts = defineUseCase(
  "read",
  async ({ tx, scope, orgId }, period: string, locale: Locale, unitId?: string) => {
    const found = await findPeriod(tx, orgId, period);
    const units = await tx.selectFrom("units").select(["id", "name", "private"]).where("orgId", "=", orgId).execute();
    if (unitId && !units.some((unit) => unit.id === unitId)) throw notFound("Unit");
    const readable = new Map(units.filter((unit) => canReadUnit(scope, unit)).map((unit) => [unit.id, unit.name]));
    const objectives = (
      await tx
        .selectFrom("objectives")
        .select(["id", "unitId", "title", "parentKeyResultId"])
        .where("orgId", "=", orgId)
        .where("periodId", "=", found.id)
        .where("status", "in", ["draft", "active", "closed"])
        .orderBy("createdAt")
        .orderBy("id")
        .execute()
    ).filter((objective) => readable.has(objective.unitId));
    const unitOf = new Map(objectives.map((objective) => [objective.id, objective.unitId]));
    if (objectives.length === 0) return { periodId: found.id, findings: [] };
    const keyResults = await tx
      .selectFrom("keyResults")
      .select(["id", "objectiveId", "title", "metric", "unit", "kind", "baseline", "target", "rangeLow", "rangeHigh"])
      .where("orgId", "=", orgId)
      .where("objectiveId", "in", [...unitOf.keys()])
      .orderBy("objectiveId")
      .orderBy("position")
      .orderBy("createdAt")
      .execute();
    // The objectives' order (oldest first), then each objective's own KR order: a stable order.
    const rank = new Map(objectives.map((objective, i) => [objective.id, i]));
    keyResults.sort((a, b) => (rank.get(a.objectiveId) ?? 0) - (rank.get(b.objectiveId) ?? 0));
    const ids = keyResults.map((kr) => kr.id);
    const dependencies = ids.length
      ? await tx
          .selectFrom("keyResultDependencies")
          .select(["keyResultId", "dependsOnKeyResultId"])
          .where("orgId", "=", orgId)
          .where("keyResultId", "in", ids)
          .execute()
      : [];
    const okrs: PeriodOkrs = {
      keyResults: keyResults.map((kr) => {
        const unit = unitOf.get(kr.objectiveId) as string;
        return {
          id: kr.id,
          objectiveId: kr.objectiveId,
          unit,
          unitName: readable.get(unit) ?? "",
          title: kr.title,
          metric: kr.metric,
          unitOfMeasure: kr.unit,
          kind: kr.kind,
          baseline: kr.baseline,
          target: kr.target,
          rangeLow: kr.rangeLow,
          rangeHigh: kr.rangeHigh,
        };
      }),
      objectives: objectives.map((objective) => ({
        id: objective.id,
        unit: objective.unitId,
        unitName: readable.get(objective.unitId) ?? "",
        title: objective.title,
        parentKeyResultId: objective.parentKeyResultId,
      })),
      dependencies: dependencies.map((d) => [d.keyResultId, d.dependsOnKeyResultId]),
    };
    const findings = findCrossUnitConflicts(okrs, locale);
    return {
      periodId: found.id,
      findings: unitId ? findings.filter((finding) => finding.unitIds.includes(unitId)) : findings,
    };
  },
);
