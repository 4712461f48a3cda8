import {
  listCascadedObjectives,
  listKeyResults,
  listKeyResultsOfPeriod,
  listObjectivesOfPeriod,
  listObjectivesOfUnits,
} from "../../db/repositories/okrs.ts";
import type { KeyResultRow, ObjectiveRow } from "../../db/schema.ts";
import { groupBy } from "../../domain/group-by.ts";
import { keyResultDirection } from "../../domain/key-result-kinds.ts";
import { type Band, bandOf } from "../../domain/progress.ts";
import type { Executor } from "../context.ts";
import { specOf } from "../key-results/key-result-input.ts";

export interface KeyResultView extends KeyResultRow {
  band: Band | null;
  direction: "increase" | "decrease" | "keep_within" | null;
  /** Objectives cascaded from this KR (M5). */
  childObjectiveIds: string[];
}

export interface ObjectiveView extends ObjectiveRow {
  band: Band | null;
  keyResults: KeyResultView[];
}

/** Every objective of a period with its KRs and their stored scores (S1, S2, M5). */
export async function loadScoredObjectives(db: Executor, orgId: string, periodId: string): Promise<ObjectiveView[]> {
  const objectives = await listObjectivesOfPeriod(db, orgId, periodId);
  const keyResults = await listKeyResultsOfPeriod(db, orgId, periodId);
  return viewsOf(objectives, keyResults, objectives);
}

/**
 * The given units' objectives of a period with their KRs and stored scores: what a team page or
 * a branch of the map shows, read by index (three reads, whatever the organisation's size).
 */
export async function loadScoredObjectivesOfUnits(
  db: Executor,
  orgId: string,
  unitIds: string[],
  periodId: string,
): Promise<ObjectiveView[]> {
  const objectives = await listObjectivesOfUnits(db, orgId, unitIds, periodId);
  return withKeyResults(db, orgId, objectives);
}

/** The objectives with their KRs and, for each KR, the objectives cascaded from it (M5): two reads. */
export async function withKeyResults(
  db: Executor,
  orgId: string,
  objectives: ObjectiveRow[],
): Promise<ObjectiveView[]> {
  const keyResults = await listKeyResults(
    db,
    orgId,
    objectives.map((o) => o.id),
  );
  const cascaded = await listCascadedObjectives(
    db,
    orgId,
    keyResults.map((kr) => kr.id),
  );
  return viewsOf(objectives, keyResults, cascaded);
}

/**
 * Objectives with their KRs as the views show them. Progress is stored (src/services/scores);
 * the band follows from it and the direction from the KR's definition. `cascaded` holds at least
 * the objectives cascaded from these KRs.
 */
function viewsOf(
  objectives: ObjectiveRow[],
  keyResults: KeyResultRow[],
  cascaded: Pick<ObjectiveRow, "id" | "periodId" | "status" | "parentKeyResultId">[],
): ObjectiveView[] {
  const periodOf = new Map(objectives.map((o) => [o.id, o.periodId]));
  const childIds = groupBy(
    cascaded.filter((o) => o.parentKeyResultId && o.status !== "cancelled"),
    (o) => o.parentKeyResultId as string,
  );
  const views = keyResults.map(
    (kr): KeyResultView => ({
      ...kr,
      band: bandOrNull(kr.progress),
      direction: keyResultDirection(specOf(kr)),
      // Only objectives of the same period count for the roll-up (M5), and only they are shown.
      childObjectiveIds: (childIds.get(kr.id) ?? [])
        .filter((o) => o.periodId === periodOf.get(kr.objectiveId))
        .map((o) => o.id),
    }),
  );
  const krsByObjective = groupBy(views, (view) => view.objectiveId);
  return objectives.map((o) => ({ ...o, band: bandOrNull(o.progress), keyResults: krsByObjective.get(o.id) ?? [] }));
}

function bandOrNull(progress: number | null): Band | null {
  return progress === null ? null : bandOf(progress);
}
