import type { DraftKeyResult, DraftObjective } from "./types.ts";

// Dismissed findings (issue 17 point 3). A team may set a finding aside with a reason; the
// dismissal holds for the text the finding was about, as the coach read it, and the finding
// opens again when that text changes (the services keep a hash of what this file returns).

export const DISMISSAL_REASON_MIN = 3;

const clean = (value: string | null | undefined) => value?.normalize("NFC").trim() || null;
const numberOf = (value: number | null | undefined) =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

/**
 * The text a finding is about: for a key result every field the coach reads of it (K1 and K2
 * read the values and the deadline, not only the words); for the objective its title and
 * description. Empty and missing fields read alike, so a draft and its stored row agree. An
 * objective's own findings (Q1-Q4, M2, M4, M8) do not reopen when one of its KRs changes.
 */
export function findingSubject(objective: DraftObjective, keyResultIndex: number | null): string | null {
  if (keyResultIndex === null) return JSON.stringify([clean(objective.title), clean(objective.description)]);
  const kr: DraftKeyResult | undefined = objective.keyResults[keyResultIndex];
  if (!kr) return null;
  return JSON.stringify([
    clean(kr.title),
    clean(kr.metric),
    clean(kr.unit),
    numberOf(kr.baseline),
    numberOf(kr.target),
    clean(kr.deadline),
  ]);
}

/** The KR index a finding's path names ("key_results[k]..."), or null for the objective itself. */
export function keyResultIndexOfPath(path: string): number | null {
  const match = /^key_results\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : null;
}

/** A reason worth keeping: at least three characters once trimmed. */
export function isDismissalReason(reason: string): boolean {
  return reason.trim().length >= DISMISSAL_REASON_MIN;
}
