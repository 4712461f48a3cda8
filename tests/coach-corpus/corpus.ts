/**
 * A labelled collection of OKRs for measuring the coach (the *.json files beside this one, read by
 * tests/support/labelled-corpus.ts). Each unit, objective and key result carries the rules a
 * careful OKR coach would raise on it; its path follows from its position. Labels say what
 * docs/method.md asks, not what the engine happens to do today.
 */
import type { DraftOkrSet } from "../../src/domain/coach/index.ts";
import { quarterPeriod } from "../../src/domain/coach/index.ts";
import type { Collection } from "../support/labelled-corpus.ts";

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
