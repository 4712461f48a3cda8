/**
 * A labelled collection of OKRs for measuring the coach. Each unit, objective and key result
 * carries the rules a careful OKR coach would raise on it; its path follows from its position.
 * Labels say what docs/method.md asks, not what the engine happens to do today.
 */
import type { DraftKeyResult, DraftOkrSet, RuleId } from "../../src/domain/coach/index.ts";
import { quarterPeriod } from "../../src/domain/coach/index.ts";

export interface LabelledKeyResult extends DraftKeyResult {
  expect: RuleId[];
}
export interface LabelledObjective {
  title: string;
  description?: string;
  keyResults: LabelledKeyResult[];
  expect: RuleId[];
}
export interface LabelledUnit {
  name: string;
  objectives: LabelledObjective[];
  expect: RuleId[];
}
export interface Collection {
  name: string;
  period: string;
  units: LabelledUnit[];
}

export const PERIOD = "2027-Q1";
const END = "2027-03-31";

type KrOptions = Partial<Pick<DraftKeyResult, "metric" | "unit" | "deadline">>;

/** A key result due at the end of 2027-Q1 unless the options say otherwise. */
export function kr(
  title: string,
  baseline: number | null,
  target: number | null,
  expect: RuleId[] = [],
  options: KrOptions = {},
): LabelledKeyResult {
  return { title, baseline, target, deadline: END, ...options, expect };
}

export function objective(title: string, keyResults: LabelledKeyResult[], expect: RuleId[] = []): LabelledObjective {
  return { title, keyResults, expect };
}

export function unit(name: string, objectives: LabelledObjective[], expect: RuleId[] = []): LabelledUnit {
  return { name, objectives, expect };
}

/** The draft the engine sees, without the labels. */
export function toDraft(collection: Collection): DraftOkrSet {
  return {
    period: quarterPeriod(collection.period),
    units: collection.units.map((u) => ({
      name: u.name,
      objectives: u.objectives.map((o) => ({
        title: o.title,
        description: o.description ?? null,
        keyResults: o.keyResults.map(({ expect: _labels, ...draft }) => draft),
      })),
    })),
  };
}

/** The expected findings as "RULE path" strings. */
export function expectedFindings(collection: Collection): string[] {
  const expected: string[] = [];
  collection.units.forEach((u, i) => {
    for (const rule of u.expect) expected.push(`${rule} units[${i}]`);
    u.objectives.forEach((o, j) => {
      const path = `units[${i}].objectives[${j}]`;
      for (const rule of o.expect) expected.push(`${rule} ${path}`);
      o.keyResults.forEach((k, n) => {
        for (const rule of k.expect) expected.push(`${rule} ${path}.key_results[${n}]`);
      });
    });
  });
  return expected;
}
