import { latestReading } from "../../db/repositories/latest-reading.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { HealthMetricRow, HealthReadingRow } from "../../db/schema.ts";
import type { CorrectHealthReading, HealthReadingInput } from "../../schemas/health-metrics.ts";
import type { Executor, ServiceContext } from "../context.ts";
import { actingPerson, type ChangeReading, readingChange, readingCorrections, readingTime } from "../readings.ts";
import { findRow } from "../tenant-reads.ts";
import { type Scope, writeChange } from "../write.ts";
import { lockWritable } from "./manage-health-metrics.ts";

// A health metric's readings, recorded like a KR's check-ins: dated, never in the future, and
// changed afterwards only by a correction or withdrawal with a reason (S7). The metric keeps its
// latest reading that counts, so the team page and the dashboard read it without scanning.

const readings = tenantRows("healthReadings");

/** Records one or more readings together, or none of them. */
export async function recordHealthReadings(
  ctx: ServiceContext,
  scope: Scope,
  metricId: string,
  inputs: HealthReadingInput[],
): Promise<{ readings: HealthReadingRow[]; healthMetric: HealthMetricRow }> {
  const { orgId } = scope;
  return writeChange(ctx, scope, async (tx) => {
    await lockWritable(tx, scope, metricId, "recordHealthReading");
    const now = ctx.now();
    const recorded: HealthReadingRow[] = [];
    for (const [i, input] of inputs.entries()) {
      const readAt = readingTime(now, input.readAt, `readings.${i}.readAt`, "A reading");
      recorded.push(
        await readings.insert(tx, {
          orgId,
          id: ctx.newId(),
          healthMetricId: metricId,
          value: input.value,
          note: input.note ?? "",
          readAt,
          recordedBy: actingPerson(scope),
          correctedAt: null,
          correctedBy: null,
          withdrawnAt: null,
          withdrawnBy: null,
          createdAt: now,
        }),
      );
    }
    const healthMetric = await refreshLatestHealthReading(tx, orgId, metricId);
    // A reading is its own record, as a check-in is: the history keeps its later changes.
    return { result: { readings: recorded, healthMetric }, history: [] };
  });
}

/** Locks the metric, then the reading, checks who may change it, applies `change` and follows it. */
const changeReading: ChangeReading<
  HealthReadingRow,
  { reading: HealthReadingRow; healthMetric: HealthMetricRow }
> = async (ctx, scope, readingId, change) => {
  const { orgId } = scope;
  return writeChange(ctx, scope, async (tx) => {
    const found = await findRow(tx, orgId, "healthReadings", readingId, "Health reading");
    // The metric first, as a new reading does: changes to one metric's readings queue up.
    await lockWritable(tx, scope, found.healthMetricId);
    const before = (await readings.lock(tx, orgId, readingId)) as HealthReadingRow;
    const after = (await change(tx, before)) as HealthReadingRow;
    const healthMetric = await refreshLatestHealthReading(tx, orgId, found.healthMetricId);
    return {
      result: { reading: after, healthMetric },
      history: [readingChange("health_reading", readingId, before, after)],
    };
  });
};

/** The fields a correction changes (S7), each undefined where it leaves them. */
const correctedFields = (ctx: ServiceContext, input: CorrectHealthReading) => ({
  value: input.value,
  note: input.note,
  readAt: input.readAt === undefined ? undefined : readingTime(ctx.now(), input.readAt, "readAt", "A reading"),
});
const corrections = readingCorrections(changeReading, readings, "the value, note or date", correctedFields);

export const correctHealthReading = corrections.correct;
/** The reading stays listed, marked, but no longer counts as the metric's latest. */
export const withdrawHealthReading = corrections.withdraw;

/**
 * THE place where a metric's latest reading is worked out from its readings: the latest that is
 * not withdrawn (of two at the same time, the one recorded last), or none.
 */
async function refreshLatestHealthReading(tx: Executor, orgId: string, metricId: string): Promise<HealthMetricRow> {
  const latest = await latestReading(tx, "healthReadings", orgId, metricId)
    .select(["value", "readAt"])
    .executeTakeFirst();
  const updated = await tenantRows("healthMetrics").update(tx, orgId, metricId, {
    currentValue: latest?.value ?? null,
    lastReadingAt: latest?.readAt ?? null,
  });
  return updated as HealthMetricRow;
}
