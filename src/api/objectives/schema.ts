import { z } from "@hono/zod-openapi";
import { Status } from "../../schemas/objectives.ts";
import { Band, BandBasis, KeyResult, ScoredKeyResult } from "../key-results/schema.ts";
import { historyEntry } from "../shared/history.ts";
import { orgRowFields, Uuid, versionedRowFields } from "../shared/schemas.ts";

export { CreateObjective, SaveObjective, UpdateObjective } from "../../schemas/objectives.ts";

export const Objective = z
  .object({
    ...orgRowFields,
    unitId: Uuid,
    periodId: Uuid,
    title: z.string(),
    description: z.string(),
    status: Status,
    parentKeyResultId: Uuid.nullable(),
    strategyId: Uuid.nullable(),
    ...versionedRowFields,
    progress: z.number().nullable().openapi({
      description: "S1: weighted mean of the KRs, unclamped; kept current by every write (M5 roll-up)",
    }),
  })
  .openapi("Objective");

export const ObjectiveWithKeyResults = Objective.extend({ keyResults: z.array(KeyResult) }).openapi(
  "ObjectiveWithKeyResults",
);

export const ScoredObjective = Objective.extend({
  band: Band,
  bandBasis: BandBasis,
  keyResults: z.array(ScoredKeyResult),
}).openapi("ScoredObjective");

export const HistoryEntry = historyEntry("HistoryEntry", z.enum(["objective", "key_result"]));
