import type { DraftKeyResult } from "./types.ts";

/**
 * The fields of a key result a team drafts and the coach reads (K1: metric, baseline, target;
 * K2: deadline), taken from anything that has them: a stored row, an API answer. The one list of
 * them: the coach's review of stored OKRs, the OKR file (okr-file/to-yaml.ts) and the tests that
 * send a KR back all take it from here, so a field added to DraftKeyResult reaches each of them.
 */
export function draftKeyResultOf(kr: DraftKeyResult): DraftKeyResult {
  return {
    title: kr.title,
    metric: kr.metric,
    unit: kr.unit,
    baseline: kr.baseline,
    target: kr.target,
    deadline: kr.deadline,
  };
}

/**
 * `true` when a schema's key result has exactly DraftKeyResult's fields: the API's draft KR
 * (api/coach/schema.ts) and the OKR file's (okr-file/schema.ts) check themselves against it at
 * compile time, so the field list cannot drift apart in the three places it is written.
 */
export type HasDraftKeyResultFields<T> = [keyof T] extends [keyof DraftKeyResult]
  ? [keyof DraftKeyResult] extends [keyof T]
    ? true
    : false
  : false;
