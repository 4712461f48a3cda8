import type { Period, Unit } from "../../db/schema.ts";
import { assessKeyResult, type ReviewDate, type RiskReason, reviewSchedule } from "../../domain/dashboard.ts";
import type { Band } from "../../domain/progress.ts";
import type { ServiceContext } from "../context.ts";
import type { Scope } from "../write.ts";
import { getOrganisationTree } from "./okr-tree.ts";

export interface DashboardUnit extends Unit {
  objectives: {
    id: string;
    title: string;
    status: string;
    progress: number | null;
    band: Band | null;
    keyResultCount: number;
  }[];
}

/** A KR that needs a look, with the unit and objective it belongs to; no owner (S3). */
export interface DashboardKeyResult {
  keyResultId: string;
  title: string;
  unitId: string;
  unitName: string;
  objectiveId: string;
  objectiveTitle: string;
  progress: number | null;
  band: Band | null;
  confidence: number | null;
  expectedProgress: number | null;
  lastCheckInAt: Date | null;
  daysWithoutCheckIn: number | null;
  reasons: RiskReason[];
}

export interface LeaderDashboard {
  period: Period;
  asOf: Date;
  units: DashboardUnit[];
  atRisk: DashboardKeyResult[];
  stale: DashboardKeyResult[];
  reviews: ReviewDate[];
}

/**
 * Every unit of a period at a glance (S5): progress and band per unit in the organisation's
 * own order, never sorted into a league table (S3), plus the active KRs that are at risk or
 * have gone quiet.
 */
export async function getLeaderDashboard(
  ctx: ServiceContext,
  scope: Scope,
  periodRef: string,
): Promise<LeaderDashboard> {
  const { period, units } = await getOrganisationTree(ctx, scope, periodRef);
  const now = ctx.now();
  const atRisk: DashboardKeyResult[] = [];
  const stale: DashboardKeyResult[] = [];
  for (const unit of units) {
    for (const objective of unit.objectives.filter((o) => o.status === "active")) {
      for (const kr of objective.keyResults) {
        const assessment = assessKeyResult(
          {
            kind: kr.kind,
            progress: kr.progress,
            confidence: kr.currentConfidence,
            deadline: kr.deadline,
            lastCheckInAt: kr.lastCheckInAt,
            createdAt: kr.createdAt,
          },
          period,
          now,
        );
        const item: DashboardKeyResult = {
          keyResultId: kr.id,
          title: kr.title,
          unitId: unit.id,
          unitName: unit.name,
          objectiveId: objective.id,
          objectiveTitle: objective.title,
          progress: kr.progress,
          band: kr.band,
          confidence: kr.currentConfidence,
          expectedProgress: assessment.expectedProgress,
          lastCheckInAt: kr.lastCheckInAt,
          daysWithoutCheckIn: assessment.daysWithoutCheckIn,
          reasons: assessment.reasons,
        };
        if (assessment.reasons.length > 0) atRisk.push(item);
        if (assessment.stale) stale.push(item);
      }
    }
  }
  return {
    period,
    asOf: now,
    units: units.map(({ objectives, ...unit }) => ({
      ...unit,
      objectives: objectives
        .filter((o) => o.status !== "cancelled")
        .map((o) => ({
          id: o.id,
          title: o.title,
          status: o.status,
          progress: o.progress,
          band: o.band,
          keyResultCount: o.keyResults.length,
        })),
    })),
    atRisk,
    stale,
    reviews: reviewSchedule(period),
  };
}
