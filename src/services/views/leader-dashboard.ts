import { sql } from "kysely";
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

/** A KR of the scope as the dashboard assesses it, before its titles are read. */
interface Flagged {
  keyResultId: string;
  objectiveId: string;
  unit: Unit;
  progress: number | null;
  confidence: number | null;
  lastCheckInAt: Date | null;
  assessment: ReturnType<typeof assessKeyResult>;
}

interface Assessed {
  period: Period;
  now: Date;
  scopeUnit: Unit | null;
  units: PlacedUnit[];
  objectives: Map<string, LeanObjective[]>;
  atRisk: Flagged[];
  stale: Flagged[];
}

interface LeanObjective {
  id: string;
  unitId: string;
  status: string;
  progress: number | null;
  keyResults: {
    id: string;
    kind: "metric" | "range";
    progress: number | null;
    currentConfidence: number | null;
    deadline: string | null;
    lastCheckInMs: number | null;
    createdMs: number;
  }[];
}

/** Above this many units, one read of the whole period is cheaper than a list of unit ids. */
const UNIT_LIST_LIMIT = 2000;

const epochMs = (column: string) => sql<number>`(extract(epoch from ${sql.ref(column)}) * 1000)::float8`;

/**
 * The non-cancelled objectives of the units with their KRs, progress as stored (S1 with the M5
 * roll-up, src/services/scores). At 40,000 KRs a period this read is what the dashboard costs,
 * so it carries no text and no timestamps to parse: titles are read afterwards for the few rows
 * the answer shows.
 */
async function loadLeanObjectives(
  tx: Tx,
  orgId: string,
  periodId: string,
  unitIds: Set<string>,
  wholeOrganisation: boolean,
): Promise<Map<string, LeanObjective[]>> {
  if (unitIds.size === 0) return new Map();
  const listed = !wholeOrganisation && unitIds.size <= UNIT_LIST_LIMIT ? [...unitIds] : null;
  let objectiveQuery = tx
    .selectFrom("objectives")
    .select(["id", "unitId", "status", "progress"])
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
      "keyResults.kind",
      "keyResults.progress",
      "keyResults.currentConfidence",
      "keyResults.deadline",
      epochMs("keyResults.lastCheckInAt").as("lastCheckInMs"),
      epochMs("keyResults.createdAt").as("createdMs"),
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
 * objective's KR order: a stable order to page through, never a ranking by score (S3). The
 * answer is shaped by `present` inside the same transaction, which reads the titles it shows.
 */
async function withAssessment<T>(
  ctx: ServiceContext,
  scope: Scope,
  periodRef: string,
  unitId: string | undefined,
  present: (tx: Tx, assessed: Assessed) => Promise<T>,
): Promise<T> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const period = await findPeriod(tx, orgId, periodRef);
    const index = await loadUnitIndex(tx, orgId);
    const units = index.subtree(unitId ?? null);
    // A private unit stays listed, its OKRs only for those who may read them.
    const readable = new Set(units.filter((unit) => canReadUnit(scope, unit)).map((unit) => unit.id));
    const objectives = await loadLeanObjectives(tx, orgId, period.id, readable, unitId === undefined);
    const now = ctx.now();
    const atRisk: Flagged[] = [];
    const stale: Flagged[] = [];
    for (const unit of units) {
      for (const objective of (objectives.get(unit.id) ?? []).filter((o) => o.status === "active")) {
        for (const kr of objective.keyResults) {
          const lastCheckInAt = kr.lastCheckInMs === null ? null : new Date(kr.lastCheckInMs);
          const assessment = assessKeyResult(
            {
              kind: kr.kind,
              progress: kr.progress,
              confidence: kr.currentConfidence,
              deadline: kr.deadline,
              lastCheckInAt,
              createdAt: new Date(kr.createdMs),
            },
            period,
            now,
          );
          if (assessment.reasons.length === 0 && !assessment.stale) continue;
          const flagged: Flagged = {
            keyResultId: kr.id,
            objectiveId: objective.id,
            unit,
            progress: kr.progress,
            confidence: kr.currentConfidence,
            lastCheckInAt,
            assessment,
          };
          if (assessment.reasons.length > 0) atRisk.push(flagged);
          if (assessment.stale) stale.push(flagged);
        }
      }
    }
    const scopeUnit = unitId ? index.get(unitId) : null;
    return present(tx, { period, now, scopeUnit, units, objectives, atRisk, stale });
  });
}

/** The titles of the objectives and KRs an answer shows, read by id. */
async function titlesOf(tx: Tx, orgId: string, objectiveIds: string[], keyResultIds: string[]) {
  const objectives =
    objectiveIds.length === 0
      ? []
      : await tx
          .selectFrom("objectives")
          .select(["id", "title"])
          .where("orgId", "=", orgId)
          .where("id", "in", objectiveIds)
          .execute();
  const keyResults =
    keyResultIds.length === 0
      ? []
      : await tx
          .selectFrom("keyResults")
          .select(["id", "title"])
          .where("orgId", "=", orgId)
          .where("id", "in", keyResultIds)
          .execute();
  return new Map([...objectives, ...keyResults].map((row) => [row.id, row.title]));
}

function itemsOf(flagged: Flagged[], titles: Map<string, string>): DashboardKeyResult[] {
  return flagged.map((f) => ({
    keyResultId: f.keyResultId,
    title: titles.get(f.keyResultId) ?? "",
    unitId: f.unit.id,
    unitName: f.unit.name,
    objectiveId: f.objectiveId,
    objectiveTitle: titles.get(f.objectiveId) ?? "",
    progress: f.progress,
    band: bandOrNull(f.progress),
    confidence: f.confidence,
    expectedProgress: f.assessment.expectedProgress,
    lastCheckInAt: f.lastCheckInAt,
    daysWithoutCheckIn: f.assessment.daysWithoutCheckIn,
    reasons: f.assessment.reasons,
  }));
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
  const depth = options.depth ?? DEFAULT_UNIT_DEPTH;
  const limit = options.limit ?? DEFAULT_LIST_LIMIT;
  return withAssessment(ctx, scope, periodRef, options.unitId, async (tx, assessed) => {
    const { period, now, scopeUnit, units, objectives } = assessed;
    const listed = units.filter((unit) => unit.depth <= depth);
    const atRisk = assessed.atRisk.slice(0, limit);
    const stale = assessed.stale.slice(0, limit);
    const shown = [...atRisk, ...stale];
    const titles = await titlesOf(
      tx,
      scope.orgId,
      [
        ...new Set([
          ...listed.flatMap((u) => (objectives.get(u.id) ?? []).map((o) => o.id)),
          ...shown.map((f) => f.objectiveId),
        ]),
      ],
      [...new Set(shown.map((f) => f.keyResultId))],
    );
    const active = (unit: Unit) => (objectives.get(unit.id) ?? []).some((o) => o.status === "active");
    return {
      period,
      asOf: now,
      unit: scopeUnit,
      units: listed.map((unit) => ({
        ...unit,
        objectives: (objectives.get(unit.id) ?? []).map((o) => ({
          id: o.id,
          title: titles.get(o.id) ?? "",
          status: o.status,
          progress: o.progress,
          band: bandOrNull(o.progress),
          keyResultCount: o.keyResults.length,
        })),
      })),
      totals: {
        units: units.length,
        unitsWithActiveObjective: units.filter(active).length,
        atRisk: assessed.atRisk.length,
        stale: assessed.stale.length,
      },
      atRisk: itemsOf(atRisk, titles),
      stale: itemsOf(stale, titles),
      reviews: reviewSchedule(period),
    };
  });
}

/** One page of the KRs at risk or gone quiet, in the dashboard's order. */
export async function getAttentionPage(
  ctx: ServiceContext,
  scope: Scope,
  periodRef: string,
  request: { list: AttentionListName; unitId?: string | undefined; offset?: number; limit?: number },
): Promise<AttentionPage> {
  const offset = request.offset ?? 0;
  const limit = request.limit ?? DEFAULT_LIST_LIMIT;
  return withAssessment(ctx, scope, periodRef, request.unitId, async (tx, assessed) => {
    const all = request.list === "at_risk" ? assessed.atRisk : assessed.stale;
    const page = all.slice(offset, offset + limit);
    const titles = await titlesOf(
      tx,
      scope.orgId,
      [...new Set(page.map((f) => f.objectiveId))],
      page.map((f) => f.keyResultId),
    );
    return { list: request.list, total: all.length, offset, limit, items: itemsOf(page, titles) };
  });
}

function bandOrNull(progress: number | null): Band | null {
  return progress === null ? null : bandOf(progress);
}
