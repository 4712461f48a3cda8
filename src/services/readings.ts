import type { HistoryEntry } from "../db/repositories/history.ts";
import { AppError } from "../domain/errors.ts";
import type { ServiceContext } from "./context.ts";
import type { Scope } from "./write.ts";

// S7: a reading, a KR's check-in or a health metric's reading, is never silently rewritten: it
// is corrected or withdrawn with who and why, and the history keeps it as it was. What both
// kinds of reading share (their columns are CorrectableReading in db/schema.ts).

interface Correctable {
  withdrawnAt: Date | null;
  withdrawalReason: string;
  correctionReason: string;
}

/** When a reading was taken: the given time or now, never in the future (a minute of clock skew allowed). */
export function readingTime(now: Date, readAt: string | undefined, field = "checkedInAt", what = "A check-in"): Date {
  const at = readAt ? new Date(readAt) : now;
  if (at.getTime() > now.getTime() + 60_000) {
    throw new AppError("validation_failed", `${what} cannot be dated in the future`, [
      { field, rule: "not_future", message: "use the time the value was read" },
    ]);
  }
  return at;
}

/** A withdrawn reading takes no more changes: a new reading replaces it. */
export function refuseWithdrawn(reading: Pick<Correctable, "withdrawnAt">, message: string): void {
  if (reading.withdrawnAt) {
    throw new AppError("conflict", message, [
      { field: "id", rule: "not_withdrawn", message: "this reading was withdrawn" },
    ]);
  }
}

/** The person who records or changes a reading; null for the system or an API token without one. */
export const actingPerson = (scope: Scope) => (scope.actor.kind === "person" ? scope.actor.personId : null);

/** The columns a correction sets beside the changed fields: when, by whom and why. */
export function correctedBy(ctx: ServiceContext, scope: Scope, reason: string) {
  return { correctedAt: ctx.now(), correctedBy: actingPerson(scope), correctionReason: reason };
}

/** The columns a withdrawal sets: when, by whom and why. */
export function withdrawnBy(ctx: ServiceContext, scope: Scope, reason: string) {
  return { withdrawnAt: ctx.now(), withdrawnBy: actingPerson(scope), withdrawalReason: reason };
}

/** The history row of a correction or withdrawal, with its reason. */
export function readingChange(
  entity: "check_in" | "health_reading",
  entityId: string,
  before: Correctable,
  after: Correctable,
): HistoryEntry {
  const reason = after.withdrawnAt ? after.withdrawalReason : after.correctionReason;
  return { entity, entityId, action: "update", before, after, reason };
}
