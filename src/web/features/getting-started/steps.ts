import type { GettingStartedStepId } from "../../../domain/getting-started.ts";

/** Where each step is done. People-page cards are reached by their heading's id. */
export function stepPath(step: GettingStartedStepId, objectiveUnitId: string | null): string {
  switch (step) {
    case "period":
      return "/people#periods";
    case "units":
      return "/people#units-title";
    case "people":
      return "/people#invite-title";
    case "objective":
      // The map offers "write this unit's objective" on each unit that has none.
      return "/map";
    case "checkIn":
      // Readings are recorded on the team page of the unit whose objective has its key results.
      return objectiveUnitId ? `/units/${objectiveUnitId}` : "/map";
  }
}

/** Paths of pages that show a period keep the chosen period; the people page has none. */
export const keepsPeriod = (path: string) => !path.startsWith("/people");
