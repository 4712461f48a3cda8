import type { FieldIssue } from "./errors.ts";

// A healthy range (a low bound, a high bound or both), shared by the "keep within range" key
// result (K1) and the health metrics a unit watches outside its OKRs: one rule for "inside".

export interface Range {
  rangeLow: number | null;
  rangeHigh: number | null;
}

/** Where a reading stands against a range: inside, under its low bound or over its high bound. */
export type RangeSide = "inside" | "below" | "above";

export function sideOfRange(range: Range, value: number): RangeSide {
  if (range.rangeLow !== null && value < range.rangeLow) return "below";
  if (range.rangeHigh !== null && value > range.rangeHigh) return "above";
  return "inside";
}

export function withinRange(range: Range, value: number): boolean {
  return sideOfRange(range, value) === "inside";
}

/** A range needs at least one bound, and its high bound is not below its low one. */
export function rangeIssues(range: Range, rule: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const prefix = rule === "range" ? "" : `${rule}: `;
  if (range.rangeLow === null && range.rangeHigh === null) {
    issues.push({ field: "rangeLow", rule, message: `${prefix}give a low bound, a high bound or both` });
  }
  if (range.rangeLow !== null && range.rangeHigh !== null && range.rangeLow > range.rangeHigh) {
    issues.push({ field: "rangeHigh", rule, message: `${prefix}the high bound must not be below the low bound` });
  }
  return issues;
}
