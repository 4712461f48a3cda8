import { AppError, type FieldIssue } from "./errors.ts";
import { activationIssues, type KeyResultSpec } from "./key-result-kinds.ts";

/**
 * M4 and K1: an objective may only become active with key results, and every key result must
 * have its metric, baseline, target and deadline. Throws the first rule that refuses. An
 * organisation may turn K1 off (with a recorded reason, src/domain/coach/settings.ts); M4 stays:
 * without key results an objective has no progress at all (S1).
 */
export function assertCanActivate(keyResults: KeyResultSpec[], enforce: { K1: boolean } = { K1: true }): void {
  if (keyResults.length === 0) {
    throw new AppError("M4", "M4: an active objective needs key results that define success", [
      { field: "keyResults", rule: "M4", message: "add 3 to 5 key results before activating" },
    ]);
  }
  if (!enforce.K1) return;
  const issues: FieldIssue[] = keyResults.flatMap((spec, index) =>
    activationIssues(spec).map((issue) => ({ ...issue, field: `keyResults.${index}.${issue.field}` })),
  );
  if (issues.length > 0) {
    throw new AppError(
      "K1",
      "K1: every key result of an active objective needs a metric, a baseline, a target that differs from it, and a deadline",
      issues,
    );
  }
}

/** M1: a unit pursues one active objective per period. */
export function assertOneActiveObjective(otherActiveTitle: string | null): void {
  if (otherActiveTitle !== null) {
    throw new AppError(
      "M1",
      `M1: this unit already has an active objective in this period ("${otherActiveTitle}"). Queue this one for a later period, or close the other first.`,
      [{ field: "status", rule: "M1", message: "one active objective per unit and period" }],
    );
  }
}
