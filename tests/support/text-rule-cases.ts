import { expect, it } from "vitest";

/**
 * The table of a rule that reads a title (Q1-Q4, K5-K7): the titles it flags with one finding and
 * the titles it accepts, each a test named with the rule's ID. `findings` answers a rule's
 * findings as a list (a K rule's one finding or none).
 */
export function textRuleCases(
  rule: string,
  findings: (title: string) => readonly unknown[],
  cases: { flags: readonly string[]; accepts: readonly string[] },
): void {
  it.each(cases.flags)(`flags %j (${rule})`, (title) => {
    expect(findings(title)).toHaveLength(1);
  });
  it.each(cases.accepts)(`accepts %j (${rule})`, (title) => {
    expect(findings(title)).toEqual([]);
  });
}

/** A K rule's finding as a list: one finding, or none. */
export const listed = <T>(finding: T | null): T[] => (finding === null ? [] : [finding]);
