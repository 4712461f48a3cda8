import { AppError } from "./errors.ts";

// The period lifecycle (issue 10, docs/period-lifecycle.md). A period moves one step at a time,
// each step taken by an admin:
//
//   planning  -> drafting: objectives are written, queued and may be activated (M1, M4, K1);
//                check-ins are accepted (a baseline reading taken before the start is useful).
//   active    -> the period runs: check-ins and edits (S7 keeps every revision with its reason).
//   in_review -> the end-of-period review (S2, S4): check-ins of final readings and target
//                revisions with a reason are still accepted, because the review is where a team
//                records the last reading and decides per KR to keep, revise or drop it. Each
//                unit's review records its final scores.
//   closed    -> frozen: no check-in, no KR or objective write. Closing records the final score
//                of everything the reviews did not (S2). The only way back is a reopen.
//
// Reopening (closed -> in_review or active) needs a reason, kept with the step (S7). Final scores
// stay as recorded: a reopen is for a late correction, and the review that follows records again.

export type PeriodStatus = "planning" | "active" | "in_review" | "closed";

export const periodStatuses: readonly PeriodStatus[] = ["planning", "active", "in_review", "closed"];

/** A step forward, or back out of "closed". */
export type TransitionKind = "advance" | "reopen";

const forward: Record<PeriodStatus, PeriodStatus | null> = {
  planning: "active",
  active: "in_review",
  in_review: "closed",
  closed: null,
};

/** Where a closed period may go back to, the review first. */
export const reopenTargets: readonly PeriodStatus[] = ["in_review", "active"];

/** The one step forward from `status`, or null for a closed period. */
export function nextStatus(status: PeriodStatus): PeriodStatus | null {
  return forward[status];
}

/** Every status a period in `status` may move to: the step forward, or the reopen targets. */
export function legalTargets(status: PeriodStatus): PeriodStatus[] {
  const next = forward[status];
  return status === "closed" ? [...reopenTargets] : next ? [next] : [];
}

/** A closed period accepts no writes to its OKRs; every other status does. */
export function isFrozen(status: PeriodStatus): boolean {
  return status === "closed";
}

/**
 * Checks one step of the lifecycle and says what kind it is. An illegal jump is a 409 that
 * names the legal steps; a reopen without a reason is refused under S7 (422).
 */
export function checkTransition(from: PeriodStatus, to: PeriodStatus, reason?: string): TransitionKind {
  const allowed = legalTargets(from);
  if (!allowed.includes(to)) {
    const steps = allowed.join(" or ");
    throw new AppError(
      "period_transition",
      from === to
        ? `The period is already ${label(from)}`
        : `A period goes ${describeCycle()}; from ${label(from)} it can only move to ${steps.replaceAll("_", " ")}`,
      [{ field: "to", rule: "lifecycle", message: `from ${from} the next step is ${steps}` }],
    );
  }
  if (from !== "closed") return "advance";
  if (!reason?.trim()) {
    throw new AppError("S7", "S7: reopening a closed period needs a reason; it is kept with the period", [
      { field: "reason", rule: "S7", message: "say why the closed period reopens" },
    ]);
  }
  return "reopen";
}

/**
 * The refusal of a write into a closed period (409): what happened and who can undo it. No field
 * is at fault, so there are no details: forms show such an error once, below their fields.
 */
export function periodClosedError(periodName: string): AppError {
  return new AppError("period_closed", `${periodName} is closed; an admin can reopen it with a reason`);
}

function label(status: PeriodStatus): string {
  return status.replace("_", " ");
}

function describeCycle(): string {
  return periodStatuses.map(label).join(" -> ");
}

/** S4: how often units hold a formal review, in weeks (migration 0006 keeps the same bounds). */
export const reviewCadence = { min: 4, max: 13, default: 6 } as const;

/**
 * S4: 6 weeks by default, 4 to 13 allowed. Shorter is refused because a formal review every 2 or
 * 3 weeks leaves too little change to learn from and is usually not a good use of time (the
 * weekly check-in is the short loop); longer than 13 weeks would skip a quarter's review.
 */
export function assertReviewCadence(weeks: number): void {
  if (!Number.isInteger(weeks)) {
    throw new AppError("validation_failed", "The review cadence is a whole number of weeks", [
      { field: "reviewCadenceWeeks", rule: "integer", message: "give whole weeks, 4 to 13" },
    ]);
  }
  if (weeks < reviewCadence.min) {
    throw new AppError(
      "S4",
      `S4: formal reviews every ${weeks} weeks are too frequent; 2-3 week formal reviews are usually not a good use of time. Choose 4 to 13 weeks (6 is the default)`,
      [
        {
          field: "reviewCadenceWeeks",
          rule: "S4",
          message:
            "at least 4 weeks: a formal review needs enough change to learn from; weekly check-ins are the short loop",
        },
      ],
    );
  }
  if (weeks > reviewCadence.max) {
    throw new AppError("S4", "S4: hold a formal review at least once a quarter: choose 4 to 13 weeks", [
      { field: "reviewCadenceWeeks", rule: "S4", message: "at most 13 weeks, so every period has a review" },
    ]);
  }
}
