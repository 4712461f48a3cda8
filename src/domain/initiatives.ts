import { AppError, type FieldIssue } from "./errors.ts";

// Initiatives (K7, M6): the work a team chooses to move a key result. A KR names the outcome
// (a change in a metric); an initiative is the project, feature or experiment that should move
// it. The team decides its initiatives without approval from above (M6).

export const INITIATIVE_KINDS = ["project", "feature", "experiment", "other"] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** In the order a team's work moves through them (the team page lists them in this order). */
export const INITIATIVE_STATUSES = ["in_progress", "planned", "done", "dropped"] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** The end is not before the start; either may be left open. */
export function datesIssue(startsOn: string | null | undefined, endsOn: string | null | undefined): FieldIssue | null {
  if (!startsOn || !endsOn || endsOn >= startsOn) return null;
  return { field: "endsOn", rule: "after_start", message: `the end (${endsOn}) is before the start (${startsOn})` };
}

export function assertInitiativeDates(startsOn: string | null | undefined, endsOn: string | null | undefined): void {
  const issue = datesIssue(startsOn, endsOn);
  if (issue) throw new AppError("validation_failed", "An initiative ends on or after its start", [issue]);
}

/**
 * K7: the outcome KR that replaces an output must be a change in a metric: a metric, where it
 * stands and where it should go. Returns the missing fields, named under `path`.
 */
export function outcomeIssues(
  kr: { metric?: string | null; baseline?: number | null; target?: number | null; title?: string },
  path: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!kr.metric?.trim())
    issues.push({ field: `${path}.metric`, rule: "K7", message: "name the metric the work should move" });
  if (kr.baseline === null || kr.baseline === undefined)
    issues.push({ field: `${path}.baseline`, rule: "K7", message: "say where the metric stands now" });
  if (kr.target === null || kr.target === undefined)
    issues.push({ field: `${path}.target`, rule: "K7", message: "say where the metric should go" });
  if (kr.baseline !== null && kr.baseline !== undefined && kr.baseline === kr.target)
    issues.push({
      field: `${path}.target`,
      rule: "K7",
      message: "an outcome is a change: the target differs from the baseline",
    });
  return issues;
}

/** Groups initiatives by status in the team page's order: in progress, planned, done, dropped. */
export function byStatus<T extends { status: InitiativeStatus }>(items: readonly T[]): [InitiativeStatus, T[]][] {
  return INITIATIVE_STATUSES.map(
    (status) => [status, items.filter((item) => item.status === status)] as [InitiativeStatus, T[]],
  ).filter(([, group]) => group.length > 0);
}
