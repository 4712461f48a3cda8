import {
  type AttentionRow,
  type AttentionSummary,
  listObjectiveSummaries,
  type ObjectiveSummaryRow,
  summariseAttention,
  type Window,
} from "../../db/repositories/dashboard.ts";
import { type HealthAlertRow, listHealthAlerts } from "../../db/repositories/health-alerts.ts";
import { namesById } from "../../db/repositories/tenant-rows.ts";
import { listUnitTree } from "../../db/repositories/units.ts";
import type { Period, Unit } from "../../db/schema.ts";
import { ASSESSMENT_RULES, type ReviewDate, type RiskReason, reviewSchedule } from "../../domain/dashboard.ts";
import { notFound } from "../../domain/errors.ts";
import { groupBy } from "../../domain/group-by.ts";
import { forecastProgressOf, type OutcomeBand, objectiveOutcomeBand, outcomeBand } from "../../domain/pace.ts";
import { decodePlaceKey, type PageRequest, placeCursor } from "../../domain/paging.ts";
import type { Band } from "../../domain/progress.ts";
import { canReadUnit, hiddenUnitIds } from "../access.ts";
import { readTenant, type ServiceContext, type Tx } from "../context.ts";
import { findPeriod } from "../period-lookup.ts";
import { cadenceOf } from "../reviews/review-schedule.ts";
import type { Scope } from "../write.ts";
import { type ForecastView, forecastOf } from "./forecast-view.ts";
import type { PlacedUnit } from "./unit-index.ts";

/** A unit's progress summary: its objectives' progress and band, nothing more (S5). */
export interface DashboardUnit extends PlacedUnit {
  objectives: {
    id: string;
    title: string;
    status: string;
    progress: number | null;
    /** S2: final once recorded, else the band of its KRs' forecasts (`objectiveOutcomeBand`). */
    band: Band | null;
    bandBasis: OutcomeBand["basis"] | null;
    keyResultCount: number;
  }[];
}

/**
 * A KR that needs a look, with the unit and objective it belongs to; no owner (S3). Its own
 * figures are the assessment's row as the SQL gives it (`unit` the metric's unit, "%" or "ms", for
 * the forecast's words; `pace` the pace rule of src/domain/pace.ts, null while not measured yet).
 */
export interface DashboardKeyResult
  extends Pick<
    AttentionRow,
    | "keyResultId"
    | "title"
    | "unitId"
    | "objectiveId"
    | "objectiveTitle"
    | "kind"
    | "unit"
    | "progress"
    | "pace"
    | "confidence"
    | "expectedProgress"
    | "lastCheckInAt"
    | "daysWithoutCheckIn"
  > {
  unitName: string;
  /** S2: the final band once recorded, else the forecast's; null without either. */
  band: Band | null;
  bandBasis: OutcomeBand["basis"] | null;
  forecast: ForecastView | null;
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
  totals: { units: number; unitsWithActiveObjective: number; atRisk: number; stale: number; healthAlerts: number };
  atRisk: DashboardKeyResult[];
  stale: DashboardKeyResult[];
  /** Where each list's next page starts (`getAttentionPage`); null when the first page is all of it. */
  nextCursors: { atRisk: string | null; stale: string | null };
  /** The health metrics out of their range, naming the metric and its unit, never a person (S3). */
  healthAlerts: HealthAlertRow[];
  reviews: ReviewDate[];
}

export interface AttentionPage {
  list: AttentionListName;
  total: number;
  items: DashboardKeyResult[];
  nextCursor: string | null;
}

interface Assessed {
  period: Period;
  now: Date;
  summary: AttentionSummary;
  /** The private units the caller may not read. */
  hiddenUnitIds: string[];
}

/**
 * The KRs of the scope assessed (S5) in the database, by the domain's rules passed as
 * parameters (src/db/repositories/dashboard.ts): the counts and one page of each list, in the
 * organisation's tree order and each objective's KR order, a stable order to page through and
 * never a ranking by score (S3). The tree is walked there too, so a whole organisation costs
 * one statement whose answer is a page, not 40,000 KRs and 10,000 units read into Node. The
 * answer is shaped by `present` in the same transaction.
 */
async function withAssessment<T>(
  ctx: ServiceContext,
  scope: Scope,
  periodRef: string,
  unitId: string | undefined,
  pages: { atRisk: Window; stale: Window },
  present: (tx: Tx, assessed: Assessed) => Promise<T>,
): Promise<T> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const period = await findPeriod(tx, orgId, periodRef);
    // A private unit stays listed and counted, its OKRs only for those who may read them.
    const hidden = await hiddenUnitIds(tx, scope);
    const now = ctx.now();
    const summary = await summariseAttention(
      tx,
      {
        orgId,
        periodId: period.id,
        startsOn: period.startsOn,
        endsOn: period.endsOn,
        now,
        rootUnitId: unitId ?? null,
        hiddenUnitIds: hidden,
        ...ASSESSMENT_RULES,
      },
      pages,
    );
    return present(tx, { period, now, summary, hiddenUnitIds: hidden });
  });
}

/** The cursor after a page of a list of KRs, null on its last page. */
function nextOf(rows: AttentionRow[], total: number): string | null {
  const last = rows.at(-1);
  return placeCursor(last && { id: last.keyResultId, position: last.listPosition }, total);
}

/** The units of the scope down to `depth` levels; a 404 for a unit the organisation does not have. */
async function placedUnits(tx: Tx, orgId: string, unitId: string | undefined, depth: number): Promise<PlacedUnit[]> {
  const units = await listUnitTree(tx, orgId, unitId ?? null, depth);
  if (unitId !== undefined && units.length === 0) throw notFound("Unit");
  return units;
}

/** The names of the units of the listed KRs. */
function unitNames(tx: Tx, orgId: string, rows: AttentionRow[]): Promise<Map<string, string>> {
  return namesById(tx, "units", orgId, [...new Set(rows.map((row) => row.unitId))]);
}

function itemsOf(rows: AttentionRow[], unitNames: Map<string, string>, period: Period): DashboardKeyResult[] {
  return rows.map((row) => ({
    keyResultId: row.keyResultId,
    title: row.title,
    unitId: row.unitId,
    unitName: unitNames.get(row.unitId) ?? "",
    objectiveId: row.objectiveId,
    objectiveTitle: row.objectiveTitle,
    kind: row.kind,
    unit: row.unit,
    progress: row.progress,
    band: outcomeBand(row)?.band ?? null,
    bandBasis: outcomeBand(row)?.basis ?? null,
    pace: row.pace,
    forecast: forecastOf(row, period),
    confidence: row.confidence,
    expectedProgress: row.expectedProgress,
    lastCheckInAt: row.lastCheckInAt,
    daysWithoutCheckIn: row.daysWithoutCheckIn,
    reasons: row.reasons,
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
  const first = { after: null, limit };
  const pages = { atRisk: first, stale: first };
  return withAssessment(ctx, scope, periodRef, options.unitId, pages, async (tx, assessed) => {
    const { period, now, summary } = assessed;
    const listed = await placedUnits(tx, scope.orgId, options.unitId, depth);
    const readable = listed.filter((unit) => canReadUnit(scope, unit)).map((unit) => unit.id);
    const objectives = groupBy(
      await listObjectiveSummaries(tx, scope.orgId, period.id, readable),
      (objective) => objective.unitId,
    );
    const top = listed[0];
    const names = await unitNames(tx, scope.orgId, [...summary.atRisk, ...summary.stale]);
    const health = await listHealthAlerts(tx, {
      orgId: scope.orgId,
      rootUnitId: options.unitId ?? null,
      hiddenUnitIds: assessed.hiddenUnitIds,
      limit,
    });
    return {
      period,
      asOf: now,
      unit: options.unitId && top ? unitOf(top) : null,
      units: listed.map((unit) => ({
        ...unit,
        objectives: (objectives.get(unit.id) ?? []).map((o) => ({
          id: o.id,
          title: o.title,
          status: o.status,
          progress: o.progress,
          ...objectiveBand(o),
          keyResultCount: o.keyResultCount,
        })),
      })),
      totals: {
        units: summary.units,
        unitsWithActiveObjective: summary.unitsWithActiveObjective,
        atRisk: summary.atRiskTotal,
        stale: summary.staleTotal,
        healthAlerts: health.total,
      },
      atRisk: itemsOf(summary.atRisk, names, period),
      stale: itemsOf(summary.stale, names, period),
      nextCursors: {
        atRisk: nextOf(summary.atRisk, summary.atRiskTotal),
        stale: nextOf(summary.stale, summary.staleTotal),
      },
      healthAlerts: health.alerts,
      // The organisation's cadence (S4), so these dates are the review sessions' own.
      reviews: reviewSchedule(period, await cadenceOf(tx, scope.orgId)),
    };
  });
}

/**
 * One page of the KRs at risk or gone quiet, in the dashboard's order: after the cursor's KR
 * wherever it now is in the list, or after its old place once it has left the list (a check-in
 * put it back on pace), so a walk repeats no KR and skips none that stays in the list.
 */
export async function getAttentionPage(
  ctx: ServiceContext,
  scope: Scope,
  periodRef: string,
  request: { list: AttentionListName; unitId?: string | undefined } & PageRequest,
): Promise<AttentionPage> {
  const after = request.cursor === undefined ? null : decodePlaceKey(request.cursor);
  const page = { after, limit: request.limit };
  const none = { after: null, limit: 0 };
  const pages = request.list === "at_risk" ? { atRisk: page, stale: none } : { atRisk: none, stale: page };
  return withAssessment(ctx, scope, periodRef, request.unitId, pages, async (tx, { period, summary }) => {
    if (request.unitId !== undefined) await placedUnits(tx, scope.orgId, request.unitId, 0); // 404 for a stranger's unit
    const atRisk = request.list === "at_risk";
    const rows = atRisk ? summary.atRisk : summary.stale;
    const total = atRisk ? summary.atRiskTotal : summary.staleTotal;
    return {
      list: request.list,
      total,
      items: itemsOf(rows, await unitNames(tx, scope.orgId, rows), period),
      nextCursor: nextOf(rows, total),
    };
  });
}

/** The unit as stored, without its place in the tree. */
function unitOf({ depth: _depth, childUnitCount: _children, ...unit }: PlacedUnit): Unit {
  return unit;
}

function objectiveBand(o: ObjectiveSummaryRow) {
  const forecast = forecastProgressOf(
    o.forecastProgresses.map((forecastProgress, i) => ({ forecastProgress, weight: o.forecastWeights[i] ?? 1 })),
  );
  const band = objectiveOutcomeBand(o.finalProgress, forecast);
  return { band: band?.band ?? null, bandBasis: band?.basis ?? null };
}
