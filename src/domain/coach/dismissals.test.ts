import { describe, expect, it } from "vitest";
import { itMaps } from "../../../tests/support/table-cases.ts";
import { findingSubject, isDismissalReason, keyResultIndexOfPath } from "./dismissals.ts";
import type { DraftObjective } from "./types.ts";

const objective = (kr: Record<string, unknown> = {}, more: Partial<DraftObjective> = {}): DraftObjective => ({
  title: "Make checkout effortless",
  description: null,
  keyResults: [{ title: "Raise conversion", metric: "conversion", unit: "%", baseline: 4, target: 6, ...kr }],
  ...more,
});

describe("the text a dismissal holds for (issue 17)", () => {
  const kr = (o: DraftObjective) => findingSubject(o, 0);
  it.each([
    ["the title", objective({ title: "Raise checkout conversion" })],
    ["the metric", objective({ metric: "paid conversion" })],
    ["the unit", objective({ unit: "pp" })],
    ["the baseline", objective({ baseline: 5 })],
    ["the target", objective({ target: 7 })],
    ["the deadline", objective({ deadline: "2027-03-31" })],
  ])("a key result's subject changes with %s", (_label, changed) => {
    expect(kr(changed)).not.toBe(kr(objective()));
  });

  it.each([
    ["surrounding spaces", objective({ title: "  Raise conversion " })],
    ["an empty metric read as missing", objective({ metric: "conversion", deadline: "" })],
    ["a missing deadline read as null", objective({ deadline: null })],
    ["NaN read as missing", objective({ deadline: undefined })],
  ])("is unchanged by %s (a draft and its stored row agree)", (_label, same) => {
    expect(kr(same)).toBe(kr(objective()));
  });

  it("the objective's subject is its title and description, not its key results", () => {
    const base = findingSubject(objective(), null);
    expect(findingSubject(objective({ title: "Other" }), null)).toBe(base);
    expect(findingSubject(objective({}, { title: "Make checkout fast" }), null)).not.toBe(base);
    expect(findingSubject(objective({}, { description: "Why" }), null)).not.toBe(base);
  });

  it("a key result that is not there has no subject", () => {
    expect(findingSubject(objective(), 3)).toBeNull();
  });

  itMaps("path %s names KR %s", keyResultIndexOfPath, [
    ["key_results[2]", 2],
    ["key_results[10].title", 10],
    ["", null],
  ]);

  itMaps("reason %j is kept: %s", isDismissalReason, [
    ["no", false],
    ["  ab  ", false],
    ["n/a", true],
    ["我们同意", true],
  ]);
});
