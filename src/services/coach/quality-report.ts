import { pastKeyResultsOf } from "../../db/repositories/unit-history.ts";
import type { Period } from "../../db/schema.ts";
import type { Locale, Severity } from "../../domain/coach/index.ts";
import { canReadUnit } from "../access.ts";
import { findPeriod } from "../period-lookup.ts";
import { defineUseCase } from "../use-case.ts";
import { loadUnitSubtree } from "../views/unit-index.ts";
import { ruleSettingsOf } from "./coach-settings.ts";
import { dismissalsOn, type WithDismissal } from "./dismissals.ts";
import { loadOpenObjectives, reviewStoredUnit, type StoredFinding } from "./review-stored-okrs.ts";
import { countStrategies } from "./strategy-context.ts";

export interface QualityReport {
  period: Period;
  /** Units with at least one finding, open or dismissed, by name. */
  units: { unitId: string; unitName: string; findings: WithDismissal<StoredFinding>[] }[];
  /** Open findings by severity (dismissed ones are not open), and the dismissed ones apart. */
  summary: Record<Severity, number> & { unitsReviewed: number; dismissed: number };
}

/**
 * The coach over every unit's open objectives of a period, with the organisation's settings.
 * Private units the caller cannot read are left out, like their OKRs everywhere else (S5).
 */
export const getQualityReport = defineUseCase(
  "read",
  async (
    { tx, scope, orgId },
    periodRef: string,
    locale: Locale,
    /** Only this unit and the units below it (what a director reviews); every unit when absent. */ unitId?: string,
  ) => {
    const period = await findPeriod(tx, orgId, periodRef);
    const settings = await ruleSettingsOf(tx, orgId);
    const strategyCount = await countStrategies(tx, orgId);
    const units = unitId
      ? [...(await loadUnitSubtree(tx, orgId, unitId, undefined)).byId.values()]
      : await tx.selectFrom("units").selectAll().where("orgId", "=", orgId).orderBy("name").execute();
    const stored = await loadOpenObjectives(tx, orgId, period.id, unitId ? units.map((unit) => unit.id) : undefined);
    // K4: every reviewed unit's own history, in one query.
    const histories = await pastKeyResultsOf(tx, orgId, [...new Set(stored.map((s) => s.objective.unitId))]);
    const summary = { error: 0, warning: 0, info: 0, unitsReviewed: 0, dismissed: 0 };
    const report: QualityReport["units"] = [];
    const withDismissals = await dismissalsOn(tx, orgId, stored);
    for (const unit of units) {
      const own = stored.filter((s) => s.objective.unitId === unit.id);
      if (own.length === 0 || !canReadUnit(scope, unit)) continue;
      summary.unitsReviewed += 1;
      const strategy = { companyLevel: unit.parentId === null, strategyCount };
      const history = { keyResults: histories.get(unit.id) ?? [] };
      const findings = withDismissals(reviewStoredUnit(unit, own, { locale, settings, period, strategy, history }));
      for (const finding of findings) {
        if (finding.dismissal) summary.dismissed += 1;
        else summary[finding.severity] += 1;
      }
      if (findings.length > 0) report.push({ unitId: unit.id, unitName: unit.name, findings });
    }
    return { period, units: report, summary };
  },
);
