import type { KeyResultRow } from "../../db/schema.ts";
import type { KeyResultSpec } from "../../domain/key-result-kinds.ts";
import type { KeyResultInput } from "../../schemas/key-results.ts";

/** The fields a team writes for a key result (K1: metric, baseline, target, deadline), as the API validates them. */
export type { KeyResultInput };

type SpecFields = Pick<KeyResultRow, "kind" | "metric" | "baseline" | "target" | "rangeLow" | "rangeHigh" | "deadline">;

export function specOf(row: SpecFields): KeyResultSpec {
  if (row.kind === "range") {
    return {
      kind: "range",
      metric: row.metric,
      rangeLow: row.rangeLow,
      rangeHigh: row.rangeHigh,
      deadline: row.deadline,
    };
  }
  return { kind: "metric", metric: row.metric, baseline: row.baseline, target: row.target, deadline: row.deadline };
}

/** The columns of a new KR row, with the defaults a draft may leave out. */
export function keyResultColumns(input: KeyResultInput) {
  return {
    title: input.title,
    kind: input.kind ?? "metric",
    metric: input.metric ?? "",
    unit: input.unit ?? "",
    baseline: input.baseline ?? null,
    baselineOn: input.baselineOn ?? null,
    target: input.target ?? null,
    rangeLow: input.rangeLow ?? null,
    rangeHigh: input.rangeHigh ?? null,
    deadline: input.deadline ?? null,
    weight: input.weight ?? 1,
    ownerId: input.ownerId ?? null,
  } as const;
}
