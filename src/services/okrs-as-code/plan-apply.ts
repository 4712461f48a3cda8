import type { KeyResultRow, ObjectiveRow } from "../../db/schema.ts";
import type { DraftKeyResult, DraftOkrSet } from "../../domain/coach/index.ts";
import { activationIssues } from "../../domain/key-result-kinds.ts";
import type { KeyResultExtras, TableReading } from "../../domain/okr-table.ts";
import type { KeyResultInput } from "../key-results/key-result-input.ts";

/** What apply needs to know of the organisation: its units and the file's period's OKRs. */
export interface OrgSnapshot {
  periodExists: boolean;
  units: { id: string; name: string; parentId: string | null }[];
  objectives: (ObjectiveRow & { unitName: string; keyResults: KeyResultRow[] })[];
  /** M1 and K1 as the organisation has them (coach settings). */
  enforced: { M1: boolean; K1: boolean };
  /** For a spreadsheet's owners and readings (docs/import-export.md): the people by email... */
  people?: { id: string; email: string }[];
  /** ...and each stored KR's readings that count, as `date value` (UTC date). */
  readings?: Map<string, Set<string>>;
}

/** A reading's key in `OrgSnapshot.readings`: one value a day per key result is the same reading. */
export const readingKey = (reading: TableReading) => `${reading.date} ${reading.value}`;

/** The fields of a KR that a file describes, besides its title (the key it is matched by). */
export const fileFields = ["metric", "unit", "baseline", "target", "deadline"] as const;
type FileField = (typeof fileFields)[number];
export type FieldChange<T> = { before: T; after: T };

export type PlanStep =
  | { kind: "createOrganisation"; slug: string }
  | { kind: "createPeriod"; name: string }
  | { kind: "createUnit"; name: string; parent: string | null }
  | { kind: "moveUnit"; name: string; unitId: string; from: string | null; to: string }
  | {
      kind: "createObjective";
      unit: string;
      title: string;
      description: string;
      status: "active" | "draft";
      /** Why it stays a draft: the rule that would refuse its activation. */
      why: string | null;
      keyResults: KeyResultInput[];
    }
  | {
      kind: "updateObjective";
      unit: string;
      title: string;
      objectiveId: string;
      description: FieldChange<string>;
    }
  | { kind: "createKeyResult"; unit: string; objective: string; objectiveId: string; keyResult: KeyResultInput }
  | {
      kind: "updateKeyResult";
      unit: string;
      objective: string;
      title: string;
      keyResultId: string;
      changes: Partial<Record<FileField, FieldChange<string | number | null>>>;
    }
  | { kind: "setOwner"; unit: string; objective: string; title: string; owner: FieldChange<string | null> }
  | { kind: "recordReadings"; unit: string; objective: string; title: string; readings: TableReading[] };

/**
 * What applying a file to the organisation would do: create what is missing, change what
 * differs, matched by name (units by name, objectives by unit and title in the period, KRs by
 * title in their objective). Nothing is ever deleted or deactivated, and a unit without a
 * `parent` in the file keeps its place in the tree. A new objective is active when it could be
 * activated (M4, K1 and M1 as the organisation enforces them), otherwise a draft.
 */
export function planApply(snapshot: OrgSnapshot, file: DraftOkrSet, extras: KeyResultExtras[] = []): PlanStep[] {
  const steps: PlanStep[] = [];
  if (!file.period) throw new Error("an applied file names its period");
  if (!snapshot.periodExists) steps.push({ kind: "createPeriod", name: file.period.name });

  const unitsByName = new Map(snapshot.units.map((unit) => [unit.name, unit]));
  const nameOf = new Map(snapshot.units.map((unit) => [unit.id, unit.name]));
  for (const unit of parentsFirst(file)) {
    const existing = unitsByName.get(unit.name);
    const parent = unit.parent ?? null;
    if (!existing) {
      steps.push({ kind: "createUnit", name: unit.name, parent });
    } else if (parent !== null && nameOf.get(existing.parentId ?? "") !== parent) {
      const from = existing.parentId ? (nameOf.get(existing.parentId) ?? null) : null;
      steps.push({ kind: "moveUnit", name: unit.name, unitId: existing.id, from, to: parent });
    }
  }

  const hasActive = new Set(snapshot.objectives.filter((o) => o.status === "active").map((o) => o.unitName));
  for (const unit of file.units) {
    for (const objective of unit.objectives) {
      const existing = snapshot.objectives.find((o) => o.unitName === unit.name && o.title === objective.title);
      const keyResults = objective.keyResults.map(keyResultInput);
      if (!existing) {
        const why = activationRefusal(keyResults, snapshot.enforced, snapshot.enforced.M1 && hasActive.has(unit.name));
        if (!why) hasActive.add(unit.name);
        steps.push({
          kind: "createObjective",
          unit: unit.name,
          title: objective.title,
          description: objective.description ?? "",
          status: why ? "draft" : "active",
          why,
          keyResults,
        });
        continue;
      }
      const description = objective.description ?? "";
      if (description !== existing.description) {
        steps.push({
          kind: "updateObjective",
          unit: unit.name,
          title: objective.title,
          objectiveId: existing.id,
          description: { before: existing.description, after: description },
        });
      }
      for (const kr of keyResults) {
        const stored = existing.keyResults.find((row) => row.title === kr.title);
        const where = { unit: unit.name, objective: objective.title };
        if (!stored) {
          steps.push({ kind: "createKeyResult", ...where, objectiveId: existing.id, keyResult: kr });
          continue;
        }
        const changes = changedFields(stored, kr);
        if (Object.keys(changes).length > 0) {
          steps.push({ kind: "updateKeyResult", ...where, title: kr.title, keyResultId: stored.id, changes });
        }
      }
    }
  }
  steps.push(...planExtras(snapshot, extras));
  return steps;
}

/** A spreadsheet's owners and readings: set an owner who differs, record the readings not stored yet. */
function planExtras(snapshot: OrgSnapshot, extras: KeyResultExtras[]): PlanStep[] {
  const emailOf = new Map((snapshot.people ?? []).map((person) => [person.id, person.email.toLowerCase()]));
  const steps: PlanStep[] = [];
  for (const extra of extras) {
    const objective = snapshot.objectives.find((o) => o.unitName === extra.unit && o.title === extra.objective);
    const stored = objective?.keyResults.find((kr) => kr.title === extra.keyResult);
    const where = { unit: extra.unit, objective: extra.objective, title: extra.keyResult };
    const before = stored?.ownerId ? (emailOf.get(stored.ownerId) ?? null) : null;
    if (extra.owner !== null && extra.owner !== before) {
      steps.push({ kind: "setOwner", ...where, owner: { before, after: extra.owner } });
    }
    const known = stored ? snapshot.readings?.get(stored.id) : undefined;
    const readings = extra.readings.filter((reading) => !known?.has(readingKey(reading)));
    if (readings.length > 0) steps.push({ kind: "recordReadings", ...where, readings });
  }
  return steps;
}

function keyResultInput(kr: DraftKeyResult): KeyResultInput {
  return {
    title: kr.title,
    metric: kr.metric ?? "",
    unit: kr.unit ?? "",
    baseline: kr.baseline ?? null,
    target: kr.target ?? null,
    deadline: kr.deadline ?? null,
  };
}

/** The rule that would refuse to activate a new objective, worded for the plan; null when none. */
function activationRefusal(
  keyResults: KeyResultInput[],
  enforced: { K1: boolean },
  unitHasActive: boolean,
): string | null {
  if (keyResults.length === 0) return "M4: no key results";
  if (enforced.K1) {
    for (const [index, kr] of keyResults.entries()) {
      const spec = {
        kind: "metric" as const,
        metric: kr.metric ?? "",
        baseline: kr.baseline ?? null,
        target: kr.target ?? null,
        deadline: kr.deadline ?? null,
      };
      const issue = activationIssues(spec)[0];
      if (issue) return `key result ${index + 1}: ${issue.message}`;
    }
  }
  if (unitHasActive) return "M1: the unit already has an active objective in this period";
  return null;
}

/** A guardrail's (range KR's) bounds have no place in the file: only its other fields are compared. */
function changedFields(stored: KeyResultRow, kr: KeyResultInput) {
  const changes: Partial<Record<FileField, FieldChange<string | number | null>>> = {};
  for (const field of fileFields) {
    if (stored.kind === "range" && (field === "baseline" || field === "target")) continue;
    const before = stored[field];
    const after = kr[field] ?? (field === "metric" || field === "unit" ? "" : null);
    if (before !== after) changes[field] = { before, after };
  }
  return changes;
}

/** The file's units with every parent before its children (the schema guarantees no cycles). */
function parentsFirst(file: DraftOkrSet) {
  const byName = new Map(file.units.map((unit) => [unit.name, unit]));
  const ordered: typeof file.units = [];
  const placed = new Set<string>();
  const place = (unit: (typeof file.units)[number], depth: number) => {
    if (placed.has(unit.name) || depth > file.units.length) return;
    const parent = unit.parent ? byName.get(unit.parent) : undefined;
    if (parent) place(parent, depth + 1);
    placed.add(unit.name);
    ordered.push(unit);
  };
  for (const unit of file.units) place(unit, 0);
  return ordered;
}
