import {
  listCascadedObjectives,
  listKeyResults,
  listKeyResultsOfPeriod,
  listObjectivesOfPeriod,
  listObjectivesOfUnits,
} from "../../db/repositories/okrs.ts";
import type { KeyResultRow, ObjectiveRow } from "../../db/schema.ts";
import { groupBy } from "../../domain/group-by.ts";
import { idsOf } from "../../domain/ids.ts";
import { keyResultDirection } from "../../domain/key-result-kinds.ts";
import {
  forecastProgressOf,
  type OutcomeBand,
  objectiveOutcomeBand,
  outcomeBand,
  type PaceAssessment,
  type PeriodWindow,
  paceOf,
} from "../../domain/pace.ts";
import type { Band } from "../../domain/progress.ts";
import type { Executor } from "../context.ts";
import { specOf } from "../key-results/key-result-input.ts";
import { type ForecastView, forecastOf } from "./forecast-view.ts";

export interface KeyResultView extends KeyResultRow {
  /** S2: the final band once recorded, else the forecast's; null without either (`outcomeBand`). */
  band: Band | null;
  bandBasis: OutcomeBand["basis"] | null;
  /** The pace rule (src/domain/pace.ts) at the time of reading; null while not measured. */
  pace: PaceAssessment["pace"];
  paceReasons: PaceAssessment["reasons"];
  expectedProgress: number | null;
  forecast: ForecastView | null;
  direction: "increase" | "decrease" | "keep_within" | null;
  /** Objectives cascaded from this KR (M5). */
  childObjectiveIds: string[];
}

export interface ObjectiveView extends ObjectiveRow {
  /** S2: final once recorded, else the band of its KRs' forecasts (`objectiveOutcomeBand`). */
  band: Band | null;
  bandBasis: OutcomeBand["basis"] | null;
  keyResults: KeyResultView[];
}

/** A period the caller has read already: its dates need no second read (docs/performance.md). */
export interface DatedPeriod extends PeriodWindow {
  id: string;
}

/** Every objective of a period with its KRs and their stored scores (S1, S2, M5). */
export async function loadScoredObjectives(
  db: Executor,
  orgId: string,
  period: DatedPeriod,
  now: Date,
): Promise<ObjectiveView[]> {
  const objectives = await listObjectivesOfPeriod(db, orgId, period.id);
  const keyResults = await listKeyResultsOfPeriod(db, orgId, period.id);
  return viewsOf(objectives, keyResults, objectives, await periodWindows(db, orgId, objectives, [period]), now);
}

/**
 * The dates of the objectives' periods, which the pace rule measures time against; a period in
 * `known` is not read again.
 */
async function periodWindows(
  db: Executor,
  orgId: string,
  objectives: Pick<ObjectiveRow, "periodId">[],
  known: readonly DatedPeriod[] = [],
): Promise<Map<string, PeriodWindow>> {
  const windows = new Map<string, PeriodWindow>(known.map((p) => [p.id, p]));
  const ids = [...new Set(objectives.map((o) => o.periodId))].filter((id) => !windows.has(id));
  if (ids.length === 0) return windows;
  const periods = await db
    .selectFrom("periods")
    .select(["id", "startsOn", "endsOn"])
    .where("orgId", "=", orgId)
    .where("id", "in", ids)
    .execute();
  for (const p of periods) windows.set(p.id, p);
  return windows;
}

/**
 * The given units' objectives of a period with their KRs and stored scores: what a team page or
 * a branch of the map shows, read by index (three reads, whatever the organisation's size).
 */
export async function loadScoredObjectivesOfUnits(
  db: Executor,
  orgId: string,
  unitIds: string[],
  period: DatedPeriod,
  now: Date,
): Promise<ObjectiveView[]> {
  const objectives = await listObjectivesOfUnits(db, orgId, unitIds, period.id);
  return withKeyResults(db, orgId, objectives, now, [period]);
}

/** The objectives with their KRs and, for each KR, the objectives cascaded from it (M5): two reads. */
export async function withKeyResults(
  db: Executor,
  orgId: string,
  objectives: ObjectiveRow[],
  now: Date,
  knownPeriods: readonly DatedPeriod[] = [],
): Promise<ObjectiveView[]> {
  const keyResults = await listKeyResults(db, orgId, idsOf(objectives));
  const cascaded = await listCascadedObjectives(db, orgId, idsOf(keyResults));
  return viewsOf(objectives, keyResults, cascaded, await periodWindows(db, orgId, objectives, knownPeriods), now);
}

/**
 * Objectives with their KRs as the views show them. Progress and forecasts are stored
 * (src/services/scores, refreshForecasts); the pace follows from them and the time at `now`
 * (`paceOf`), the band from the final score or the forecast (`outcomeBand`), the direction from
 * the KR's definition. `cascaded` holds at least the objectives cascaded from these KRs.
 */
function viewsOf(
  objectives: ObjectiveRow[],
  keyResults: KeyResultRow[],
  cascaded: Pick<ObjectiveRow, "id" | "periodId" | "status" | "parentKeyResultId">[],
  periods: Map<string, PeriodWindow>,
  now: Date,
): ObjectiveView[] {
  const periodOf = new Map(objectives.map((o) => [o.id, o.periodId]));
  const childIds = groupBy(
    cascaded.filter((o) => o.parentKeyResultId && o.status !== "cancelled"),
    (o) => o.parentKeyResultId as string,
  );
  const views = keyResults.map((kr): KeyResultView => {
    const period = periods.get(periodOf.get(kr.objectiveId) ?? "") ?? { startsOn: "", endsOn: "" };
    const pace = paceOf({ ...kr, confidence: kr.currentConfidence }, period, now);
    const band = outcomeBand(kr);
    return {
      ...kr,
      band: band?.band ?? null,
      bandBasis: band?.basis ?? null,
      pace: pace.pace,
      paceReasons: pace.reasons,
      expectedProgress: pace.expectedProgress,
      forecast: forecastOf(kr, period),
      direction: keyResultDirection(specOf(kr)),
      // Only objectives of the same period count for the roll-up (M5), and only they are shown.
      childObjectiveIds: (childIds.get(kr.id) ?? [])
        .filter((o) => o.periodId === periodOf.get(kr.objectiveId))
        .map((o) => o.id),
    };
  });
  const krsByObjective = groupBy(views, (view) => view.objectiveId);
  return objectives.map((o) => {
    const krs = krsByObjective.get(o.id) ?? [];
    const band = objectiveOutcomeBand(o.finalProgress, forecastProgressOf(krs));
    return { ...o, band: band?.band ?? null, bandBasis: band?.basis ?? null, keyResults: krs };
  });
}
