import type { KeyResultInput, SaveObjective, ScoredKeyResult, ScoredObjective } from "../../api/types.ts";
import { numberText, parseNumber } from "../../ui/parse-number.ts";

/** A KR row of the form: inputs hold text until saved, so half-typed numbers are not lost. */
export interface KeyResultDraft {
  key: string;
  id?: string;
  /** The version this form started from, so a stale save is refused instead of overwriting. */
  version?: number;
  title: string;
  metric: string;
  unit: string;
  baseline: string;
  target: string;
  deadline: string;
  ownerId: string;
  /** Fields the form does not edit, sent back as they were (the save replaces the whole KR). */
  kept?: Pick<KeyResultInput, "kind" | "baselineOn" | "rangeLow" | "rangeHigh" | "weight">;
}

/** What the form holds: the objective's own fields (the lead's, M3) and its KRs (the team's). */
export interface ObjectiveDraft {
  title: string;
  description: string;
  parentKeyResultId: string;
  /** M8: the strategy statement it serves; "" for none. */
  strategyId: string;
  keyResults: KeyResultDraft[];
}

const editable = ["title", "metric", "unit", "baseline", "target", "deadline", "ownerId"] as const;

let counter = 0;
const nextKey = () => `kr-${++counter}`;

export function emptyKeyResult(deadline: string): KeyResultDraft {
  return { key: nextKey(), title: "", metric: "", unit: "", baseline: "", target: "", deadline, ownerId: "" };
}

export function draftOf(kr: ScoredKeyResult): KeyResultDraft {
  return {
    key: nextKey(),
    id: kr.id,
    version: kr.version,
    title: kr.title,
    metric: kr.metric,
    unit: kr.unit,
    baseline: numberText(kr.baseline),
    target: numberText(kr.target),
    deadline: kr.deadline ?? "",
    ownerId: kr.ownerId ?? "",
    kept: {
      kind: kr.kind,
      baselineOn: kr.baselineOn,
      rangeLow: kr.rangeLow,
      rangeHigh: kr.rangeHigh,
      weight: kr.weight,
    },
  };
}

export function objectiveDraftOf(objective: ScoredObjective): ObjectiveDraft {
  return {
    title: objective.title,
    description: objective.description,
    parentKeyResultId: objective.parentKeyResultId ?? "",
    strategyId: objective.strategyId ?? "",
    keyResults: objective.keyResults.map(draftOf),
  };
}

// The form checks every number before it saves (numberErrorsOf), so a refused one never gets here.
const numberOrNull = (text: string) => {
  const parsed = parseNumber(text);
  return parsed.ok ? parsed.value : null;
};

/** The KR number fields whose text does not read as a number, by form path, with why. */
export function numberErrorsOf(draft: ObjectiveDraft, why: (typed: string) => string | undefined) {
  const out = new Map<string, string>();
  draft.keyResults.forEach((kr, index) => {
    for (const field of ["baseline", "target"] as const) {
      const error = why(kr[field]);
      if (error) out.set(`keyResults.${index}.${field}`, error);
    }
  });
  return out;
}

/** Whether two drafts hold the same content (the form's own row keys aside): nothing unsaved. */
export function sameDraft(a: ObjectiveDraft, b: ObjectiveDraft): boolean {
  const content = (d: ObjectiveDraft) => JSON.stringify({ ...d, keyResults: d.keyResults.map(({ key, ...kr }) => kr) });
  return content(a) === content(b);
}

/** The API's KR input; empty fields go as null and the API says which rule needs them (K1). */
export function inputOf(draft: KeyResultDraft): KeyResultInput {
  return {
    ...draft.kept,
    title: draft.title.trim(),
    metric: draft.metric.trim(),
    unit: draft.unit.trim(),
    baseline: numberOrNull(draft.baseline),
    target: numberOrNull(draft.target),
    deadline: draft.deadline || null,
    ownerId: draft.ownerId || null,
  };
}

/**
 * The body of the one request that saves an objective with its whole list of KRs in one
 * transaction: an edit is never half saved. Every KR carries the version the form started from.
 */
export function saveBodyOf(
  draft: ObjectiveDraft,
  base: ScoredObjective,
  status: SaveObjective["status"],
  reason: string | undefined,
): SaveObjective {
  return {
    title: draft.title,
    description: draft.description,
    status,
    parentKeyResultId: draft.parentKeyResultId || null,
    strategyId: draft.strategyId || null,
    version: base.version,
    ...(reason ? { reason } : {}),
    keyResults: draft.keyResults.map((kr) => ({
      ...inputOf(kr),
      ...(kr.id ? { id: kr.id, version: kr.version } : {}),
    })),
  };
}

/**
 * "Reapply my change" after someone else saved first: every field I changed since `base` keeps
 * my value, every other field takes theirs. KRs they added stay; KRs I removed stay removed; a KR
 * they removed comes back only if I changed it (as a new KR, so my edit is not lost).
 */
export function rebase(base: ScoredObjective, mine: ObjectiveDraft, theirs: ScoredObjective): ObjectiveDraft {
  const before = objectiveDraftOf(base);
  const now = objectiveDraftOf(theirs);
  const pick = <T>(b: T, m: T, t: T) => (m !== b ? m : t);
  const baseKrs = new Map(before.keyResults.map((kr) => [kr.id, kr]));
  const theirKrs = new Map(now.keyResults.map((kr) => [kr.id, kr]));
  const changed = (kr: KeyResultDraft, b: KeyResultDraft) => editable.some((f) => kr[f] !== b[f]);

  const keyResults: KeyResultDraft[] = [];
  for (const kr of mine.keyResults) {
    const b = kr.id ? baseKrs.get(kr.id) : undefined;
    const t = kr.id ? theirKrs.get(kr.id) : undefined;
    if (!kr.id || !b) keyResults.push(kr);
    else if (!t) {
      if (changed(kr, b)) keyResults.push({ ...kr, id: undefined, version: undefined });
    } else {
      const merged: KeyResultDraft = { ...t, key: kr.key };
      for (const f of editable) merged[f] = pick(b[f], kr[f], t[f]);
      keyResults.push(merged);
    }
  }
  for (const t of now.keyResults) if (!baseKrs.has(t.id)) keyResults.push(t);

  return {
    title: pick(before.title, mine.title, now.title),
    description: pick(before.description, mine.description, now.description),
    parentKeyResultId: pick(before.parentKeyResultId, mine.parentKeyResultId, now.parentKeyResultId),
    strategyId: pick(before.strategyId, mine.strategyId, now.strategyId),
    keyResults,
  };
}
