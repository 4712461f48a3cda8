import type { Period, Unit } from "../../db/schema.ts";
import { assessKeyResult, type ReviewDate, type RiskReason, reviewSchedule } from "../../domain/dashboard.ts";
import { groupBy } from "../../domain/group-by.ts";
import { type Band, bandOf } from "../../domain/progress.ts";
import { canReadUnit } from "../access.ts";
import { readTenant, type ServiceContext, type Tx } from "../context.ts";
import { findPeriod } from "../periods.ts";
import type { Scope } from "../write.ts";
import { loadUnitIndex, type PlacedUnit } from "./unit-index.ts";

/** A unit's progress summary: its objectives' progress and band, nothing more (S5). */
export interface DashboardUnit extends PlacedUnit {
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

export type AttentionListName = "at_risk" | "stale";

export interface DashboardOptions {
  /** Scope the dashboard to this unit and the units below it; the whole organisation when absent. */
  unitId?: string | undefined;
  /** How many levels of units below the scope's top to list (the lists of KRs cover all of them). */
  depth?: number | undefined;
  /** How many KRs of each list to include. */
  limit?: number | undefined;
}

export const DEFAULT_UNIT_DEPTH = 2;
export const DEFAULT_LIST_LIMIT = 50;

export interface LeaderDashboard {
  period: Period;
  asOf: Date;
  unit: Unit | null;
  units: DashboardUnit[];
  totals: { units: number; unitsWithActiveObjective: number; atRisk: number; stale: number };
  atRisk: DashboardKeyResult[];
  stale: DashboardKeyResult[];
  reviews: ReviewDate[];
}

export interface AttentionPage {
  list: AttentionListName;
  total: number;
  offset: number;
  limit: number;
  items: DashboardKeyResult[];
}

interface Assessed {
  period: Period;
  now: Date;
  scopeUnit: Unit | null;
  units: PlacedUnit[];
  objectives: Map<string, DashboardObjective[]>;
  atRisk: DashboardKeyResult[];
  stale: DashboardKeyResult[];
}

interface DashboardObjective {
  id: string;
  unitId: string;
  title: string;
  status: string;
  progress: number | null;
  keyResults: {
    id: string;
    title: string;
    kind: "metric" | "range";
    progress: number | null;
    currentConfidence: number | null;
    deadline: string | null;
    lastCheckInAt: Date | null;
    createdAt: Date;
  }[];
}

/** Above this many units, one read of the whole period is cheaper than a list of unit ids. */
const UNIT_LIST_LIMIT = 2000;

/**
 * The non-cancelled objectives of the units, with their KRs: only the columns the dashboard
 * shows, and progress as stored (S1 with the M5 roll-up, src/services/scores). At 40,000 KRs a
 * period this read is what the dashboard costs, so it stays narrow.
 */
async function loadDashboardObjectives(
  tx: Tx,
  orgId: string,
  periodId: string,
  unitIds: Set<string>,
): Promise<Map<string, DashboardObjective[]>> {
  if (unitIds.size === 0) return new Map();
  const listed = unitIds.size <= UNIT_LIST_LIMIT ? [...unitIds] : null;
  let objectiveQuery = tx
    .selectFrom("objectives")
    .select(["id", "unitId", "title", "status", "progress"])
    .where("orgId", "=", orgId)
    .where("periodId", "=", periodId)
    .where("status", "!=", "cancelled")
    .orderBy("createdAt");
  if (listed) objectiveQuery = objectiveQuery.where("unitId", "in", listed);
  let keyResultQuery = tx
    .selectFrom("keyResults")
    .innerJoin("objectives", (join) =>
      join.onRef("objectives.orgId", "=", "keyResults.orgId").onRef("objectives.id", "=", "keyResults.objectiveId"),
    )
    .select([
      "keyResults.id",
      "keyResults.objectiveId",
      "keyResults.title",
      "keyResults.kind",
      "keyResults.progress",
      "keyResults.currentConfidence",
      "keyResults.deadline",
      "keyResults.lastCheckInAt",
      "keyResults.createdAt",
    ])
    .where("keyResults.orgId", "=", orgId)
    .where("objectives.periodId", "=", periodId)
    .where("objectives.status", "!=", "cancelled")
    .orderBy("keyResults.position")
    .orderBy("keyResults.createdAt");
  if (listed) keyResultQuery = keyResultQuery.where("objectives.unitId", "in", listed);
  const keyResults = groupBy(await keyResultQuery.execute(), (kr) => kr.objectiveId);
  const objectives = (await objectiveQuery.execute())
    .filter((objective) => unitIds.has(objective.unitId))
    .map((objective) => ({ ...objective, keyResults: keyResults.get(objective.id) ?? [] }));
  return groupBy(objectives, (objective) => objective.unitId);
}

/**
 * Every active KR of the scope assessed (S5), in the organisation's tree order and each
 * objective's KR order: a stable order to page through, never a ranking by score (S3).
 */
async function assess(ctx: ServiceContext, scope: Scope, periodRef: string, unitId?: string): Promise<Assessed> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const period = await findPeriod(tx, orgId, periodRef);
    const index = await loadUnitIndex(tx, orgId);
    const units = index.subtree(unitId ?? null);
    // A private unit stays listed, its OKRs only for those who may read them.
    const readable = new Set(units.filter((unit) => canReadUnit(scope, unit)).map((unit) => unit.id));
    const objectives = await loadDashboardObjectives(tx, orgId, period.id, readable);
    const now = ctx.now();
    const atRisk: DashboardKeyResult[] = [];
    const stale: DashboardKeyResult[] = [];
    for (const unit of units) {
      for (const objective of (objectives.get(unit.id) ?? []).filter((o) => o.status === "active")) {
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
            band: bandOrNull(kr.progress),
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
    return { period, now, scopeUnit: unitId ? index.get(unitId) : null, units, objectives, atRisk, stale };
  });
}

/**
 * A period at a glance (S5), for the whole organisation or one unit and those below it: each
 * unit's progress summary in the organisation's own order (never a league table, S3) down to a
 * few levels, the totals of the whole scope, and the first KRs at risk or gone quiet. The rest
 * of those lists is paged with `getAttentionPage`, so the answer stays small at any size.
 */
export async function getLeaderDashboard(
  ctx: ServiceContext,
  scope: Scope,
  periodRef: string,
  options: DashboardOptions = {},
): Promise<LeaderDashboard> {
  const { period, now, scopeUnit, units, objectives, atRisk, stale } = await assess(
    ctx,
    scope,
    periodRef,
    options.unitId,
  );
  const depth = options.depth ?? DEFAULT_UNIT_DEPTH;
  const limit = options.limit ?? DEFAULT_LIST_LIMIT;
  const active = (unit: Unit) => (objectives.get(unit.id) ?? []).some((o) => o.status === "active");
  return {
    period,
    asOf: now,
    unit: scopeUnit,
    units: units
      .filter((unit) => unit.depth <= depth)
      .map((unit) => ({
        ...unit,
        objectives: (objectives.get(unit.id) ?? []).map((o) => ({
          id: o.id,
          title: o.title,
          status: o.status,
          progress: o.progress,
          band: bandOrNull(o.progress),
          keyResultCount: o.keyResults.length,
        })),
      })),
    totals: {
      units: units.length,
      unitsWithActiveObjective: units.filter(active).length,
      atRisk: atRisk.length,
      stale: stale.length,
    },
    atRisk: atRisk.slice(0, limit),
    stale: stale.slice(0, limit),
    reviews: reviewSchedule(period),
  };
}

/** One page of the KRs at risk or gone quiet, in the dashboard's order. */
export async function getAttentionPage(
  ctx: ServiceContext,
  scope: Scope,
  periodRef: string,
  request: { list: AttentionListName; unitId?: string | undefined; offset?: number; limit?: number },
): Promise<AttentionPage> {
  const assessed = await assess(ctx, scope, periodRef, request.unitId);
  const all = request.list === "at_risk" ? assessed.atRisk : assessed.stale;
  const offset = request.offset ?? 0;
  const limit = request.limit ?? DEFAULT_LIST_LIMIT;
  return { list: request.list, total: all.length, offset, limit, items: all.slice(offset, offset + limit) };
}

function bandOrNull(progress: number | null): Band | null {
  return progress === null ? null : bandOf(progress);
}
