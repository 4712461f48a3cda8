import { z } from "@hono/zod-openapi";
import { ExperimentKind, ExperimentOutcome, ExperimentStatus, MetricDirection } from "../../schemas/experiments.ts";
import { historyEntry } from "../shared/history.ts";
import { PageQuery, pageOf } from "../shared/paging.ts";
import { IdQuery } from "../shared/query.ts";
import { orgRowFields, Timestamp, Uuid, versionedRowFields } from "../shared/schemas.ts";

// Discovery experiments (P2) with pre-set success metrics (S6): the response shapes.

export { ChangeMetric, CreateExperiment, EndExperiment, UpdateExperiment } from "../../schemas/experiments.ts";

const Definition = z
  .object({ name: z.string(), direction: MetricDirection, threshold: z.number(), unit: z.string() })
  .openapi("ExperimentMetricDefinition");

const Metric = z
  .object({
    id: Uuid,
    position: z.number().int(),
    name: z.string(),
    direction: MetricDirection,
    threshold: z.number(),
    unit: z.string(),
    original: Definition.nullable().openapi({
      description: "S6: the definition when the experiment started; null in draft and for a metric added later",
    }),
    dropped: z.boolean(),
    droppedReason: z.string().nullable(),
    observed: z.number().nullable(),
    met: z.boolean().nullable().openapi({ description: "Whether the observed value meets the threshold" }),
  })
  .openapi("ExperimentMetric");

const MetricChangeRecord = z
  .object({
    id: Uuid,
    metricId: Uuid,
    action: z.enum(["change", "drop", "add"]),
    before: z.unknown(),
    after: z.unknown(),
    reason: z.string(),
    changedBy: Uuid.nullable(),
    changedByName: z.string().nullable(),
    changedAt: Timestamp,
  })
  .openapi("ExperimentMetricChange");

const summaryFields = {
  ...orgRowFields,
  unitId: Uuid,
  unitName: z.string(),
  periodId: Uuid,
  periodName: z.string(),
  keyResultId: Uuid.nullable().openapi({ description: "Null once a review dropped the KR; its title stays" }),
  keyResultTitle: z.string(),
  objectiveId: Uuid.nullable(),
  keyResultUnitId: Uuid.nullable(),
  kind: ExperimentKind,
  title: z.string(),
  hypothesis: z.string(),
  ownerId: Uuid.nullable(),
  ownerName: z.string().nullable(),
  status: ExperimentStatus,
  startedAt: Timestamp.nullable(),
  endedAt: Timestamp.nullable(),
  // A fresh enum: .nullable() on the registered request enum would make the request's one nullable too.
  outcome: z.enum(ExperimentOutcome.options).nullable(),
  participants: z.string(),
  painHeard: z.string(),
  metricCount: z.number().int(),
  ...versionedRowFields,
};

export const ExperimentSummary = z.object(summaryFields).openapi("ExperimentSummary");
export const ExperimentList = pageOf("experiments", ExperimentSummary).openapi("ExperimentList");

export const Experiment = ExperimentSummary.extend({
  metrics: z.array(Metric).openapi({ description: "S6: the full metric set, dropped ones included" }),
  changes: z.array(MetricChangeRecord).openapi({ description: "S6: each metric change after the start" }),
  learning: z
    .object({ id: Uuid, body: z.string(), createdAt: Timestamp })
    .nullable()
    .openapi({ description: "The learning it ended with, also in the learnings library" }),
}).openapi("Experiment");

export const ExperimentsQuery = z
  .object({
    unit: IdQuery("Only this unit's experiments"),
    keyResult: IdQuery("Only the experiments aimed at this key result"),
    keyResultUnit: IdQuery(
      "Only the experiments aimed at a key result of this unit's objectives (a team page's cards in one request)",
    ),
    status: ExperimentStatus.optional(),
  })
  .extend(PageQuery.shape);

export const ExperimentHistoryEntry = historyEntry(
  "ExperimentHistoryEntry",
  z.enum(["experiment", "experiment_metric"]),
);
