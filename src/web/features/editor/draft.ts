import type { KeyResultInput, ScoredKeyResult } from "../../api/types.ts";

/** A KR row of the form: inputs hold text until saved, so half-typed numbers are not lost. */
export interface KeyResultDraft {
  key: string;
  id?: string;
  title: string;
  metric: string;
  unit: string;
  baseline: string;
  target: string;
  deadline: string;
  ownerId: string;
}

let counter = 0;
const nextKey = () => `kr-${++counter}`;

export function emptyKeyResult(deadline: string): KeyResultDraft {
  return { key: nextKey(), title: "", metric: "", unit: "", baseline: "", target: "", deadline, ownerId: "" };
}

export function draftOf(kr: ScoredKeyResult): KeyResultDraft {
  return {
    key: nextKey(),
    id: kr.id,
    title: kr.title,
    metric: kr.metric,
    unit: kr.unit,
    baseline: kr.baseline?.toString() ?? "",
    target: kr.target?.toString() ?? "",
    deadline: kr.deadline ?? "",
    ownerId: kr.ownerId ?? "",
  };
}

const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));

/** The API's KR input; empty fields go as null and the API says which rule needs them (K1). */
export function inputOf(draft: KeyResultDraft): KeyResultInput {
  return {
    title: draft.title.trim(),
    metric: draft.metric.trim(),
    unit: draft.unit.trim(),
    baseline: numberOrNull(draft.baseline),
    target: numberOrNull(draft.target),
    deadline: draft.deadline || null,
    ownerId: draft.ownerId || null,
  };
}

/** Whether two KR inputs say the same thing, so unchanged KRs are not rewritten (no empty history). */
export function sameInput(a: KeyResultInput, b: KeyResultInput): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
