import { z } from "@hono/zod-openapi";
import { PACE_REASONS } from "../../domain/pace.ts";
import { Kind } from "../../schemas/key-results.ts";
import { DateOnly, orgRowFields, Timestamp, Uuid, versionedRowFields } from "../shared/schemas.ts";

export { KeyResultInput, UpdateKeyResult } from "../../schemas/key-results.ts";

const Band = z.enum(["not_achieved", "met", "exceeded"]).nullable().openapi({
  description:
    "S2 outcome band: the final band once the period's review recorded it, else the forecast's; null without",
});
const BandBasis = z
  .enum(["forecast", "final"])
  .nullable()
  .openapi({ description: "Whether the band is the forecast's (period running) or the final one" });
export const Pace = z.enum(["on_track", "behind", "at_risk"]).nullable().openapi({
  description:
    "The pace rule (docs/pace-and-forecast.md): at risk on low confidence, a guardrail out of range or a forecast under 60 %; behind more than 10 points under the straight line; null while not measured",
});
export const PaceReason = z.enum(PACE_REASONS);
/**
 * The figures of a KR's forecast (src/domain/forecast.ts), described once: the Forecast object
 * the views answer, and the KR's own fields, which store them (null under two readings).
 */
const forecastFigures = {
  value: z.number().openapi({
    description: "The forecast end value: a least-squares trend of the latest readings to the deadline",
  }),
  low: z.number().openapi({ description: "The forecast less one standard error" }),
  high: z.number().openapi({ description: "The forecast plus one standard error" }),
  progress: z.number().nullable().openapi({ description: "S1 progress of the forecast end value" }),
};

export const Forecast = z
  .object({
    ...forecastFigures,
    on: DateOnly.openapi({ description: "The date forecast: the KR's deadline, or the period's end" }),
  })
  .nullable()
  .openapi("Forecast", { description: "The KR's end value forecast from its readings; null under two readings" });

export const KeyResult = z
  .object({
    ...orgRowFields,
    objectiveId: Uuid,
    periodId: Uuid.openapi({ description: "Its objective's period, kept by the database when either moves" }),
    position: z.number().int(),
    title: z.string(),
    kind: Kind,
    metric: z.string(),
    unit: z.string().openapi({ description: "The unit of measure, e.g. %" }),
    baseline: z.number().nullable(),
    baselineOn: DateOnly.nullable(),
    target: z.number().nullable(),
    rangeLow: z.number().nullable(),
    rangeHigh: z.number().nullable(),
    deadline: DateOnly.nullable(),
    weight: z.number(),
    ownerId: Uuid.nullable(),
    currentValue: z.number().nullable(),
    currentConfidence: z.number().nullable(),
    lastCheckInAt: Timestamp.nullable(),
    ...versionedRowFields,
    progress: z.number().nullable().openapi({
      description: "S1: fraction, unclamped (1 = target reached); kept current by every write (M5 roll-up)",
    }),
    rolledUp: z.boolean().openapi({ description: "M5: progress comes from the objectives cascaded from this KR" }),
    finalProgress: z.number().nullable().openapi({
      description: "S2: the score the period ended with, recorded at its review or close; null until then",
    }),
    forecastValue: forecastFigures.value.nullable(),
    forecastLow: forecastFigures.low.nullable(),
    forecastHigh: forecastFigures.high.nullable(),
    forecastProgress: forecastFigures.progress,
  })
  .openapi("KeyResult");

export const ScoredKeyResult = KeyResult.extend({
  band: Band,
  bandBasis: BandBasis,
  pace: Pace,
  paceReasons: z.array(PaceReason),
  expectedProgress: z
    .number()
    .nullable()
    .openapi({ description: "Where the straight line from baseline to target stands now (metric KRs)" }),
  forecast: Forecast,
  direction: z.enum(["increase", "decrease", "keep_within"]).nullable(),
  childObjectiveIds: z.array(Uuid),
}).openapi("ScoredKeyResult");

export { Band, BandBasis };
