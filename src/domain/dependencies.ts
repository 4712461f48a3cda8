import { AppError } from "./errors.ts";
import type { Pace } from "./pace.ts";

// M7: a team declares that its KR depends on another team's KR. A dependency is between units:
// a KR never depends on itself, nor on a KR of its own unit (the unit plans those together).

export interface DependencySide {
  id: string;
  unitId: string;
}

/** Null when the dependency may be declared; otherwise the M7 refusal naming the field. */
export function dependencyRefusal(keyResult: DependencySide, dependsOn: DependencySide): AppError | null {
  if (keyResult.id === dependsOn.id) {
    return m7("A key result cannot depend on itself (M7): name another team's key result.");
  }
  if (keyResult.unitId === dependsOn.unitId) {
    return m7(
      "A dependency is between units (M7): this key result belongs to the same unit's own objectives. Name another team's key result.",
    );
  }
  return null;
}

function m7(message: string): AppError {
  return new AppError("M7", message, [{ field: "dependsOnKeyResultId", rule: "M7", message }]);
}

/**
 * A dependency is a risk when the KR it depends on is behind or at risk by the pace rule
 * (src/domain/pace.ts): the dependent team's plan rests on work that is not on track.
 */
export function dependencyAtRisk(otherSidePace: Pace | null): boolean {
  return otherSidePace === "behind" || otherSidePace === "at_risk";
}
