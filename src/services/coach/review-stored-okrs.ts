import { anyId, listKeyResults } from "../../db/repositories/okrs.ts";
import type { KeyResultRow, ObjectiveRow, Unit } from "../../db/schema.ts";
import {
  type DraftObjective,
  draftKeyResultOf,
  type Finding,
  type Locale,
  type Period,
  type RuleSettings,
  reviewObjective,
  reviewOkrSet,
  type StrategyContext,
  type UnitHistory,
} from "../../domain/coach/index.ts";
import { idsOf } from "../../domain/ids.ts";
import type { Executor } from "../context.ts";

/** A finding on stored OKRs, with the objective and key result it is about (null for the unit). */
export interface StoredFinding extends Finding {
  objectiveId: string | null;
  keyResultId: string | null;
  /** Their titles, so a report can say what it is about without another read. */
  objectiveTitle: string | null;
  keyResultTitle: string | null;
}

export interface StoredObjective {
  objective: ObjectiveRow;
  keyResults: KeyResultRow[];
}

/** Objectives still being worked on; closed and cancelled ones are history, not findings. */
const OPEN: ObjectiveRow["status"][] = ["draft", "active"];

/** A period's open objectives with their KRs, in the order they were created. */
export async function loadOpenObjectives(
  db: Executor,
  orgId: string,
  periodId: string,
  unitIds?: string | string[],
): Promise<StoredObjective[]> {
  let q = db
    .selectFrom("objectives")
    .selectAll()
    .where("orgId", "=", orgId)
    .where("periodId", "=", periodId)
    .where("status", "in", OPEN);
  if (typeof unitIds === "string") q = q.where("unitId", "=", unitIds);
  else if (unitIds) q = q.where("unitId", "=", anyId(unitIds));
  const objectives = await q.orderBy("createdAt").orderBy("id").execute();
  const keyResults = await listKeyResults(db, orgId, idsOf(objectives));
  return objectives.map((objective) => ({
    objective,
    keyResults: keyResults.filter((kr) => kr.objectiveId === objective.id),
  }));
}

/**
 * The coach over one unit's stored OKRs of a period. M1 counts active objectives only: drafts
 * are how the product queues further objectives (M1 itself says to sequence them). Paths are
 * relative to each objective ("" and "key_results[k]"), with the ids beside them.
 */
export function reviewStoredUnit(
  unit: Pick<Unit, "name">,
  stored: StoredObjective[],
  options: {
    locale: Locale;
    settings: RuleSettings;
    period: Period;
    strategy?: StrategyContext;
    /** The unit's KRs of its last closed periods, for K4 (stretch calibration). */
    history?: UnitHistory;
  },
): StoredFinding[] {
  const findings: StoredFinding[] = [];
  const active = stored.filter((s) => s.objective.status === "active").map((s) => draftOf(s));
  for (const finding of reviewOkrSet(
    { period: options.period, units: [{ name: unit.name, objectives: active }] },
    options,
  )) {
    if (finding.rule === "M1") {
      findings.push({
        ...finding,
        path: "",
        objectiveId: null,
        keyResultId: null,
        objectiveTitle: null,
        keyResultTitle: null,
      });
    }
  }
  for (const { objective, keyResults } of stored) {
    for (const finding of reviewObjective(draftOf({ objective, keyResults }), options)) {
      const k = /^key_results\[(\d+)\]/.exec(finding.path)?.[1];
      const keyResult = k === undefined ? undefined : keyResults[Number(k)];
      // A guardrail (range KR) has bounds, not a baseline and target: its K1 is the services' check.
      if (finding.rule === "K1" && keyResult?.kind === "range") continue;
      findings.push({
        ...finding,
        objectiveId: objective.id,
        keyResultId: keyResult?.id ?? null,
        objectiveTitle: objective.title,
        keyResultTitle: keyResult?.title ?? null,
      });
    }
  }
  return findings;
}

/** A stored objective as the coach reads it. */
export function draftOf({ objective, keyResults }: StoredObjective): DraftObjective {
  return {
    title: objective.title,
    description: objective.description,
    strategyId: objective.strategyId,
    keyResults: keyResults.map(draftKeyResultOf),
  };
}
