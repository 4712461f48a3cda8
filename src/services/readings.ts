import type { HistoryEntry } from "../db/repositories/history.ts";
import { AppError } from "../domain/errors.ts";
import type { ServiceContext, Tx } from "./context.ts";
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

/** The columns a withdrawal sets, and only those. */
type Withdrawal = ReturnType<typeof withdrawnBy>;

/**
 * Locks a reading and what it counts for, checks who may change it, applies `apply` to it and
 * brings what follows from it up to date (a KR's current value and roll-up, a metric's latest).
 */
export type ChangeReading<R, Out> = (
  ctx: ServiceContext,
  scope: Scope,
  id: string,
  apply: (tx: Tx, before: R) => Promise<R | undefined>,
) => Promise<Out>;

/**
 * The correction and the withdrawal of one kind of reading (S7), written once for both kinds: a
 * withdrawn reading takes neither, a correction changes at least one field, and each records
 * who and why beside the changed fields.
 */
export function readingCorrections<R extends Correctable, Input extends { reason: string }, Out>(
  change: ChangeReading<R, Out>,
  rows: { update(tx: Tx, orgId: string, id: string, columns: Partial<R> | Withdrawal): Promise<R | undefined> },
  /** What a correction may change, in words: "the value, note or date". */
  changeable: string,
  /** The fields a correction changes, each undefined where the input leaves it. */
  changesOf: (ctx: ServiceContext, input: Input) => Partial<R>,
) {
  return {
    correct(ctx: ServiceContext, scope: Scope, id: string, input: Input): Promise<Out> {
      return change(ctx, scope, id, async (tx, before) => {
        refuseWithdrawn(before, "A withdrawn reading cannot be corrected; record a new one instead");
        const changes = changesOf(ctx, input);
        if (Object.values(changes).every((v) => v === undefined)) {
          throw new AppError("validation_failed", `A correction changes ${changeable}`, [
            { field: "value", rule: "required", message: `give at least one of ${Object.keys(changes).join(", ")}` },
          ]);
        }
        return rows.update(tx, scope.orgId, id, { ...changes, ...correctedBy(ctx, scope, input.reason) });
      });
    },
    /** Hides a reading from what it counts for; it stays listed, marked, with who withdrew it and why. */
    withdraw(ctx: ServiceContext, scope: Scope, id: string, reason: string): Promise<Out> {
      return change(ctx, scope, id, async (tx, before) => {
        refuseWithdrawn(before, "This reading was already withdrawn");
        return rows.update(tx, scope.orgId, id, withdrawnBy(ctx, scope, reason));
      });
    },
  };
}
