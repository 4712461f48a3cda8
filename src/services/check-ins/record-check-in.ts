import { insertCheckInToScore, lockKeyResultToCheckIn } from "../../db/repositories/check-ins.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { CheckInRow, KeyResultRow } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";
import { FORECAST_READINGS } from "../../domain/forecast.ts";
import { isFrozen, periodClosedError } from "../../domain/period-lifecycle.ts";
import { authorize } from "../../domain/policies.ts";
import type { CreateCheckIn } from "../../schemas/check-ins.ts";
import { readableKeyResult } from "../access.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { readingTime } from "../readings.ts";
import { requireReference } from "../references.ts";
import type { PendingKeyResult, Rescored } from "../scores/rescore.ts";
import { type KeyResultView, withKeyResults } from "../views/period-scores.ts";
import { CHECK_IN_EVENTS, watchCheckIns } from "../webhooks/events.ts";
import { type Scope, scoringChange } from "../write.ts";
import { forecastsFromReadings } from "./refresh-forecasts.ts";

/** A reading as the API validates it; `checkedInAt` defaults to now and is never in the future. */
export type CheckInInput = CreateCheckIn;

/**
 * Records a dated reading of a KR's metric. The KR keeps the latest reading for fast trees. A
 * reading is changed only by a correction or withdrawal with a reason (correct-check-in.ts, S7).
 */
export async function recordCheckIn(
  ctx: ServiceContext,
  scope: Scope,
  keyResultId: string,
  input: CheckInInput,
  source?: ReadingSource,
): Promise<{ checkIn: CheckInRow; keyResult: KeyResultRow }> {
  return scoringChange(ctx, scope, async (tx) => {
    const { orgId } = scope;
    // The KR locked, its unit, its period share-locked and the webhooks that listen, in one
    // statement (the score lock came with the `begin`, before any row lock).
    const locked = await lockKeyResultToCheckIn(tx, orgId, keyResultId, CHECK_IN_EVENTS);
    if (!locked) throw new AppError("not_found", "Key result not found");
    const { keyResult, period } = locked;
    if (source) {
      // Once per source and time: the KR's lock orders this check, the unique key is the floor.
      const earlier = await tenantRows("checkIns").findBy(tx, orgId, {
        sourceId: source.sourceId,
        checkedInAt: new Date(input.checkedInAt ?? ""),
      });
      if (earlier) return { result: { checkIn: earlier, keyResult }, history: [], rescore: [] };
    }
    authorize(scope.actor, { do: "checkIn", unitId: locked.unitId, forPersonId: input.authorId });
    if (isFrozen(period.status)) throw periodClosedError(period.name);
    if (input.authorId) await requireReference(tx, orgId, "people", input.authorId, "authorId");
    const watch = await watchCheckIns(ctx, tx, orgId, [keyResultId], locked.subscribers);
    const now = ctx.now();
    const checkedInAt = readingTime(now, input.checkedInAt);
    // The insert, the forecast's readings and the roll-up's chain in one statement.
    const row = {
      orgId,
      id: ctx.newId(),
      keyResultId,
      value: input.value,
      // A source measures the number; how sure the team is stays as its owner set it.
      confidence: source ? keyResult.currentConfidence : (input.confidence ?? null),
      comment: input.comment ?? "",
      ...readingPeople(scope, input.authorId),
      checkedInAt,
      createdAt: now,
      sourceId: source?.sourceId ?? null,
    };
    const { objectiveId } = keyResult;
    const { checkIn, readings, chain } = await insertCheckInToScore(tx, row, objectiveId, FORECAST_READINGS);
    // Even a back-dated reading moves the trend the forecast is drawn through.
    const [forecast] = forecastsFromReadings(
      [{ ...keyResult, periodStartsOn: period.startsOn, periodEndsOn: period.endsOn }],
      readings,
    );
    // The KR's new reading, forecast and score go to the database as one update (the rescore's).
    const pending = { id: keyResultId, reading: readingToFollow(keyResult, checkIn), forecast };
    return {
      result: { checkIn, keyResult },
      history: [],
      rescore: [objectiveId],
      pending: [pending],
      chain,
      afterRescore: async (tx) => watch?.recorded(tx, [checkIn]),
      reread: async (_tx, scores) => ({ checkIn, keyResult: withWrites(keyResult, pending, scores) }),
    };
  });
}

/** A reading recorded by a metric source (docs/metric-sources.md), dated `checkedInAt`, not by a person. */
export interface ReadingSource {
  sourceId: string;
}

/**
 * Whom a reading is for (the given author, else the caller) and who recorded it (the caller,
 * kept even when they name someone else; null for the system).
 */
export function readingPeople(
  scope: Scope,
  authorId: string | null | undefined,
): { authorId: string | null; recordedBy: string | null } {
  const caller = scope.actor.kind === "person" ? scope.actor.personId : null;
  return { authorId: authorId ?? caller, recordedBy: caller };
}

/** Kept under its old name for callers elsewhere; the rule lives in ../readings.ts. */
export { readingTime } from "../readings.ts";

/**
 * The KR's current value follows its latest reading. The KR row is locked (see above), so
 * check-ins of one KR apply one after another: the new one wins unless it is back-dated before
 * the current reading, and of two with the same time the one recorded last wins.
 */
function readingToFollow(keyResult: KeyResultRow, checkIn: CheckInRow): PendingKeyResult["reading"] {
  if (keyResult.lastCheckInAt && checkIn.checkedInAt.getTime() < keyResult.lastCheckInAt.getTime()) return undefined;
  return { currentValue: checkIn.value, currentConfidence: checkIn.confidence, lastCheckInAt: checkIn.checkedInAt };
}

/** The KR row as the rescore left it: what `rowAgain` would read, without the read. */
function withWrites(keyResult: KeyResultRow, pending: PendingKeyResult, scores: Rescored): KeyResultRow {
  const score = scores.keyResults.get(keyResult.id);
  const { forecast } = pending;
  return {
    ...keyResult,
    ...pending.reading,
    ...(forecast && {
      forecastValue: forecast.value,
      forecastLow: forecast.low,
      forecastHigh: forecast.high,
      forecastProgress: forecast.progress,
    }),
    ...(score && { progress: score.progress, rolledUp: score.rolledUp }),
  };
}

/** One KR as the team page shows it: stored scores, pace and band at this moment (src/domain/pace.ts). */
export async function getKeyResult(ctx: ServiceContext, scope: Scope, id: string): Promise<KeyResultView> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const keyResult = await readableKeyResult(tx, scope, id);
    const objective = await tenantRows("objectives").find(tx, orgId, keyResult.objectiveId);
    const [view] = objective ? await withKeyResults(tx, orgId, [objective], ctx.now()) : [];
    const scored = view?.keyResults.find((kr) => kr.id === id);
    if (!scored) throw new AppError("not_found", "Key result not found");
    return scored;
  });
}
