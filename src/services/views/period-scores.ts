import {
  listCascadeFrom,
  listKeyResults,
  listKeyResultsOfPeriod,
  listObjectivesOfPeriod,
} from "../../db/repositories/okrs.ts";
import type { KeyResultRow, ObjectiveRow } from "../../db/schema.ts";
import { groupBy } from "../../domain/group-by.ts";
import { scorePeriod } from "../../domain/okr-tree.ts";
import type { Band } from "../../domain/progress.ts";
import type { Executor } from "../context.ts";
import { specOf } from "../key-results/key-result-input.ts";

export interface KeyResultView extends KeyResultRow {
  progress: number | null;
  band: Band | null;
  direction: "increase" | "decrease" | "keep_within" | null;
  rolledUp: boolean;
  /** Objectives cascaded from this KR (M5). */
  childObjectiveIds: string[];
}

export interface ObjectiveView extends ObjectiveRow {
  progress: number | null;
  band: Band | null;
  keyResults: KeyResultView[];
}

/** Every objective of a period with its KRs, scored with roll-up (S1, S2, M5). */
export async function loadScoredObjectives(db: Executor, orgId: string, periodId: string): Promise<ObjectiveView[]> {
  const objectives = await listObjectivesOfPeriod(db, orgId, periodId);
  return scoreObjectives(objectives, await listKeyResultsOfPeriod(db, orgId, periodId));
}

/**
 * The given objectives scored with roll-up, reading only what cascades from them (M5): the
 * result for them equals the whole period's, at the cost of their subtree instead of the period.
 */
export async function loadScoredCascade(
  db: Executor,
  orgId: string,
  periodId: string,
  rootIds: string[],
): Promise<ObjectiveView[]> {
  const objectives = await listCascadeFrom(db, orgId, periodId, rootIds);
  const scored = scoreObjectives(
    objectives,
    await listKeyResults(
      db,
      orgId,
      objectives.map((o) => o.id),
    ),
  );
  return scored.filter((o) => rootIds.includes(o.id));
}

function scoreObjectives(objectives: ObjectiveRow[], keyResults: KeyResultRow[]): ObjectiveView[] {
  const scores = scorePeriod(
    objectives.map((o) => ({ id: o.id, unitId: o.unitId, status: o.status, parentKeyResultId: o.parentKeyResultId })),
    keyResults.map((kr) => ({
      id: kr.id,
      objectiveId: kr.objectiveId,
      spec: specOf(kr),
      weight: kr.weight,
      currentValue: kr.currentValue,
    })),
  );
  const cascaded = objectives.filter((o) => o.parentKeyResultId && o.status !== "cancelled");
  const childIds = groupBy(cascaded, (o) => o.parentKeyResultId as string);
  const views = keyResults.map((kr): KeyResultView => {
    const score = scores.keyResults.get(kr.id);
    return {
      ...kr,
      progress: score?.progress ?? null,
      band: score?.band ?? null,
      direction: score?.direction ?? null,
      rolledUp: score?.rolledUp ?? false,
      childObjectiveIds: (childIds.get(kr.id) ?? []).map((o) => o.id),
    };
  });
  const krsByObjective = groupBy(views, (view) => view.objectiveId);
  return objectives.map((o) => ({
    ...o,
    progress: scores.objectives.get(o.id)?.progress ?? null,
    band: scores.objectives.get(o.id)?.band ?? null,
    keyResults: krsByObjective.get(o.id) ?? [],
  }));
}
