import {
  followLatestReadings,
  insertCheckIns,
  type KeyResultReading,
  listKeyResultReadings,
  listPeopleIds,
  lockKeyResultsToCheckIn,
  type NewCheckIn,
} from "../../db/repositories/check-ins.ts";
import { AppError, type ErrorCode, type FieldIssue } from "../../domain/errors.ts";
import { refusalCode, refusalReasons } from "../../domain/policies.ts";
import type { ServiceContext } from "../context.ts";
import { assertPeriodOpen } from "../period-lifecycle/assert-period-open.ts";
import { watchCheckIns } from "../webhooks/events.ts";
import { type Scope, scoringChange } from "../write.ts";
import { type CheckInInput, readingPeople } from "./record-check-in.ts";
import { refreshForecasts } from "./refresh-forecasts.ts";

export const MAX_CHECK_INS_PER_BATCH = 1000;

export interface BatchCheckInInput extends CheckInInput {
  keyResultId: string;
}

export interface RecordedCheckIns {
  /** The new check-ins' ids, in the order they were sent. */
  checkInIds: string[];
  /** Each KR the batch named, as the batch left it (a back-dated reading leaves it as it was). */
  keyResults: KeyResultReading[];
}

/**
 * Records many readings at once, for integrations that sync metrics nightly (issue 6). Each
 * reading follows the rules of a single check-in (`recordCheckIn`), and the batch is one
 * transaction: one refused reading refuses them all, and the error names it (`checkIns.3.checkedInAt`).
 * The cost is a fixed number of statements plus one roll-up of the touched objectives (M5).
 */
export async function recordCheckIns(
  ctx: ServiceContext,
  scope: Scope,
  items: BatchCheckInInput[],
): Promise<RecordedCheckIns> {
  const { orgId } = scope;
  const keyResultIds = [...new Set(items.map((item) => item.keyResultId))];
  return scoringChange(ctx, scope, async (tx) => {
    const keyResults = new Map(
      (await lockKeyResultsToCheckIn(tx, orgId, keyResultIds)).map((kr) => [kr.id, kr] as const),
    );
    refuseItems("not_found", "Key result not found", items, (item) =>
      keyResults.has(item.keyResultId)
        ? null
        : { field: "keyResultId", rule: "exists", message: "no key result with this id in the organisation" },
    );
    refuseForbidden(scope, items, (item) => keyResults.get(item.keyResultId)?.unitId ?? "");
    await assertPeriodOpen(
      tx,
      orgId,
      [...keyResults.values()].map((kr) => kr.periodId),
    );
    const authorIds = [...new Set(items.flatMap((item) => (item.authorId ? [item.authorId] : [])))];
    const people = new Set(await listPeopleIds(tx, orgId, authorIds));
    refuseItems("not_found", "Person not found", items, (item) =>
      !item.authorId || people.has(item.authorId)
        ? null
        : { field: "authorId", rule: "exists", message: "no person with this id in the organisation" },
    );
    const watch = await watchCheckIns(ctx, tx, orgId, keyResultIds);
    const now = ctx.now();
    const rows: NewCheckIn[] = items.map((item) => ({
      id: ctx.newId(),
      keyResultId: item.keyResultId,
      value: item.value,
      confidence: item.confidence ?? null,
      comment: item.comment ?? "",
      ...readingPeople(scope, item.authorId),
      checkedInAt: item.checkedInAt ? new Date(item.checkedInAt) : now,
    }));
    refuseItems("validation_failed", "A check-in cannot be dated in the future", rows, (row) =>
      row.checkedInAt.getTime() > now.getTime() + 60_000
        ? { field: "checkedInAt", rule: "not_future", message: "use the time the value was read" }
        : null,
    );
    await insertCheckIns(tx, orgId, rows, now);
    const moved = await followLatestReadings(tx, orgId, rows);
    // Every touched KR's trend moved, back-dated readings included: one read, one write for all.
    await refreshForecasts(tx, orgId, keyResultIds);
    const checkInIds = rows.map((row) => row.id);
    return {
      result: { checkInIds, keyResults: [] },
      history: [],
      // Progress follows the current reading only (S1): a batch of back-dated readings moves no score.
      rescore: [...new Set(moved.map((id) => keyResults.get(id)?.objectiveId))],
      afterRescore: async (tx) => watch?.recorded(tx, rows),
      // After the rescore, so the answer carries the progress this batch stored.
      reread: async (tx) => ({ checkInIds, keyResults: await listKeyResultReadings(tx, orgId, keyResultIds) }),
    };
  });
}

/** Refuses the batch when `check` finds a problem with any item (`field` is the item's); the details name each one. */
function refuseItems<T>(code: ErrorCode, message: string, items: T[], check: (item: T) => FieldIssue | null): void {
  const details = items.flatMap((item, n) => {
    const issue = check(item);
    return issue ? [{ ...issue, field: `checkIns.${n}.${issue.field}` }] : [];
  });
  if (details.length > 0) throw new AppError(code, message, details);
}

/**
 * Authorises each reading as a single check-in is (`authorize(actor, { do: "checkIn", unitId })`):
 * a 403 whose reason is the first refusal's and whose details name every refused item.
 */
function refuseForbidden(scope: Scope, items: BatchCheckInInput[], unitOf: (item: BatchCheckInInput) => string): void {
  const refused = items.flatMap((item, n) => {
    const code = refusalCode(scope.actor, { do: "checkIn", unitId: unitOf(item), forPersonId: item.authorId });
    return code ? [{ n, code, field: code === "own_readings_only" ? "authorId" : "keyResultId" }] : [];
  });
  const first = refused[0];
  if (!first) return;
  const error = new AppError(
    "forbidden",
    refusalReasons[first.code],
    refused.map(({ n, code, field }) => ({
      field: `checkIns.${n}.${field}`,
      rule: code,
      message: refusalReasons[code],
    })),
  );
  error.reason = first.code;
  throw error;
}
