import { describe, expect, it } from "vitest";
import type { DraftKeyResult, DraftObjective, RuleId } from "../../src/domain/coach/types.ts";

/** The titles a rule flags with one finding and the titles it accepts. */
export interface TitleCases {
  flags: readonly string[];
  accepts: readonly string[];
}

/**
 * The table of a rule that reads a title (Q1-Q4, K2, K3, K5-K7): the titles it flags with one
 * finding and the titles it accepts, each a test named with the rule's ID. `findings` answers a
 * rule's findings as a list (a K rule's one finding or none).
 */
export function textRuleCases(rule: string, findings: (title: string) => readonly unknown[], cases: TitleCases): void {
  it.each(cases.flags)(`flags %j (${rule})`, (title) => {
    expect(findings(title)).toHaveLength(1);
  });
  it.each(cases.accepts)(`accepts %j (${rule})`, (title) => {
    expect(findings(title)).toEqual([]);
  });
}

/** An objective rule's table (Q1-Q4): each title is an objective with no key results yet. */
export function objectiveRuleCases(
  rule: RuleId,
  check: (objective: DraftObjective) => readonly unknown[],
  cases: TitleCases,
): void {
  textRuleCases(rule, (title) => check({ title, keyResults: [] }), cases);
}

/**
 * A KR rule's table (K5-K7): each title is a KR from `baseline` to `target`, 1 to 2 unless the
 * table names other numbers.
 */
export function keyResultRuleCases(
  rule: RuleId,
  check: (keyResult: DraftKeyResult) => unknown,
  { baseline = 1, target = 2, ...cases }: TitleCases & { baseline?: number; target?: number },
): void {
  textRuleCases(rule, (title) => listed(check({ title, baseline, target })), cases);
}

/** A K rule's finding as a list: one finding, or none. */
export const listed = <T>(finding: T | null): T[] => (finding === null ? [] : [finding]);

/**
 * A KR rule's table read with the unit field (K6, K7: a Chinese noun phrase whose count and measure word
 * are in the fields, "公众号文章" with 24 篇): each row a title, its unit and how many findings the rule
 * gives (one or none), the KR from `baseline` to `target`.
 */
export function keyResultUnitCases(
  rule: RuleId,
  check: (keyResult: DraftKeyResult) => unknown,
  rows: readonly (readonly [title: string, unit: string, findings: 0 | 1])[],
  { baseline, target }: { baseline: number; target: number },
): void {
  it.each(rows)(`reads %j counted in %j with %i finding (${rule})`, (title, unit, findings) => {
    expect(listed(check({ title, baseline, target, unit }))).toHaveLength(findings);
  });
}

/**
 * A KR rule's tables by label decision (tests/coach-corpus/README.md): one `describe` per decision, named by it, with
 * the decision's shape flagged and its traps (what it says stays clean) accepted.
 */
export function keyResultDecisionCases(
  rule: RuleId,
  check: (keyResult: DraftKeyResult) => unknown,
  decisions: ReadonlyArray<readonly [string, TitleCases]>,
): void {
  for (const [decision, cases] of decisions) describe(decision, () => keyResultRuleCases(rule, check, cases));
}
