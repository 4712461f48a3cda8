import type { Locale } from "../../domain/coach/index.ts";
import { getQualityReport, type QualityReport } from "../coach/quality-report.ts";
import type { StoredFinding } from "../coach/review-stored-okrs.ts";
import { readTenantTogether, type ServiceContext } from "../context.ts";
import type { Scope } from "../write.ts";

export interface ReadinessFinding extends StoredFinding {
  /** An error on an active objective (or the unit's M1): it blocks activating the period. */
  blocking: boolean;
}

export interface ActivationReadiness {
  units: { unitId: string; unitName: string; findings: ReadinessFinding[] }[];
  summary: QualityReport["summary"];
  /** How many findings block activation. */
  blocking: number;
}

/**
 * What the coach says about a period before it is activated (issue 10): the quality report of
 * the period with each finding marked blocking or not. Errors on active objectives and the
 * unit-level M1 block (they are the refusals M1, M4 and K1, or rules an admin raised to error);
 * warnings, and errors on drafts, do not: a draft is a queued objective (M1), and its own
 * activation will meet the same rules.
 */
export async function activationReadiness(
  ctx: ServiceContext,
  scope: Scope,
  periodId: string,
  locale: Locale,
): Promise<ActivationReadiness> {
  const { report, active } = await readTenantTogether(ctx, scope.orgId, async (tx) => {
    const report = await getQualityReport(ctx, scope, periodId, locale);
    const rows = await tx
      .selectFrom("objectives")
      .select("id")
      .where("orgId", "=", scope.orgId)
      .where("periodId", "=", report.period.id)
      .where("status", "=", "active")
      .execute();
    return { report, active: new Set(rows.map((row) => row.id)) };
  });
  const units = report.units.map((unit) => ({
    ...unit,
    findings: unit.findings.map((finding) => ({
      ...finding,
      // A finding the team dismissed with a reason is not open (issue 17): it does not block.
      blocking:
        finding.dismissal === null &&
        finding.severity === "error" &&
        (finding.objectiveId === null || active.has(finding.objectiveId)),
    })),
  }));
  const blocking = units.reduce((sum, unit) => sum + unit.findings.filter((f) => f.blocking).length, 0);
  return { units, summary: report.summary, blocking };
}
