// A new organisation's getting-started checklist (issue 12, point 10): the five things an
// organisation needs before its OKRs work, in the order an admin does them. Each step ticks
// itself from facts about the organisation; nothing is ticked by hand.

export const GETTING_STARTED_STEPS = ["period", "units", "people", "objective", "checkIn"] as const;
export type GettingStartedStepId = (typeof GETTING_STARTED_STEPS)[number];

/** M2: the fewest key results an objective needs to count as written. */
export const KEY_RESULTS_FOR_A_FIRST_OBJECTIVE = 3;

/**
 * What the checklist reads about an organisation. Counts may be capped (a query stops at the
 * first rows it needs), so the rules below only ask "is there one?".
 */
export interface OrganisationFacts {
  periods: number;
  /** Units with a parent: a tree, not just the top unit. */
  unitsBelowTop: number;
  /** People besides the organisation's first admin (added or joined). */
  otherPeople: number;
  /** Invitations sent, accepted or not. */
  invitations: number;
  /** Objectives, not cancelled, with at least KEY_RESULTS_FOR_A_FIRST_OBJECTIVE key results (M2). */
  objectivesWithKeyResults: number;
  /** Readings not withdrawn. */
  checkIns: number;
}

export interface GettingStartedStep {
  id: GettingStartedStepId;
  done: boolean;
}

export interface GettingStarted {
  steps: GettingStartedStep[];
  /** The first step not done, in order; null once every step is. */
  next: GettingStartedStepId | null;
  complete: boolean;
}

const isDone: Record<GettingStartedStepId, (facts: OrganisationFacts) => boolean> = {
  period: (f) => f.periods > 0,
  units: (f) => f.unitsBelowTop > 0,
  // Invited counts as done: the admin has done their part even before anyone accepts.
  people: (f) => f.otherPeople > 0 || f.invitations > 0,
  objective: (f) => f.objectivesWithKeyResults > 0,
  checkIn: (f) => f.checkIns > 0,
};

/** The checklist for an organisation: each step done or not, and the step to do next. */
export function gettingStarted(facts: OrganisationFacts): GettingStarted {
  const steps = GETTING_STARTED_STEPS.map((id) => ({ id, done: isDone[id](facts) }));
  const next = steps.find((step) => !step.done)?.id ?? null;
  return { steps, next, complete: next === null };
}
