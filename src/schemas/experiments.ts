import { z } from "@hono/zod-openapi";
import { FiniteNumber, SeenVersion, Title, Uuid } from "./scalars.ts";

// Discovery experiments (P2) with pre-set success metrics (S6), as a team writes them: the API
// validates these shapes, the services take their types.

export const ExperimentKind = z.enum(["experiment", "interview"]).openapi("ExperimentKind", {
  description: "experiment, or a customer interview round (K6: interviews find unmet pain)",
});
export const ExperimentStatus = z.enum(["draft", "running", "ended"]).openapi("ExperimentStatus");
export const ExperimentOutcome = z.enum(["supported", "refuted", "inconclusive"]).openapi("ExperimentOutcome");
export const MetricDirection = z
  .enum(["at_least", "at_most"])
  .openapi("MetricDirection", { description: "The observed value must be at least / at most the threshold" });

const MetricName = z.string().trim().min(1).max(200);
const MetricUnit = z.string().trim().max(40);
const Hypothesis = z
  .string()
  .trim()
  .min(1)
  .max(4000)
  .openapi({ description: 'P2: "We believe ... will ... measured by ..."' });
const Reason = z
  .string()
  .max(2000)
  .optional()
  .openapi({ description: "S6: required once the experiment runs (422, field reason, rule S6 without it)" });
const Notes = z.string().max(4000);

export const MetricInput = z
  .strictObject({ name: MetricName, direction: MetricDirection, threshold: FiniteNumber, unit: MetricUnit.optional() })
  .openapi("ExperimentMetricInput");

export const CreateExperiment = z
  .strictObject({
    kind: ExperimentKind,
    title: Title,
    hypothesis: Hypothesis,
    keyResultId: Uuid.openapi({ description: "The key result it should move (required)" }),
    unitId: Uuid.optional().openapi({ description: "The team that runs it; default: the unit of the key result" }),
    ownerId: Uuid.nullish(),
    metrics: z.array(MetricInput).max(20).optional().openapi({ description: "S6: the success metrics" }),
  })
  .openapi("CreateExperiment");

export const UpdateExperiment = z
  .strictObject({
    title: Title.optional(),
    hypothesis: Hypothesis.optional(),
    kind: ExperimentKind.optional(),
    keyResultId: Uuid.optional(),
    ownerId: Uuid.nullish(),
    metrics: z
      .array(MetricInput)
      .max(20)
      .optional()
      .openapi({ description: "Draft only: the whole metric set. Once running, use the metric changes (S6)" }),
    version: SeenVersion,
  })
  .openapi("UpdateExperiment");

export const ChangeMetric = z
  .strictObject({
    action: z.enum(["change", "drop", "add"]).openapi({
      description: "change a metric's definition, drop it (never deleted after the start) or add one",
    }),
    metricId: Uuid.optional().openapi({ description: "The metric to change or drop" }),
    name: MetricName.optional(),
    direction: MetricDirection.optional(),
    threshold: FiniteNumber.optional(),
    unit: MetricUnit.optional(),
    reason: Reason,
  })
  .openapi("ChangeExperimentMetric");

export const EndExperiment = z
  .strictObject({
    outcome: ExperimentOutcome,
    learning: z.string().trim().min(1).max(4000).openapi({ description: "Lands in the learnings library (S7)" }),
    observed: z
      .array(z.strictObject({ metricId: Uuid, value: FiniteNumber }))
      .max(20)
      .openapi({ description: "S6: the observed value of every metric not dropped" }),
    participants: Notes.optional().openapi({ description: "K6, interviews: who we talked to" }),
    painHeard: Notes.optional().openapi({ description: "K6, interviews: what pain we heard" }),
  })
  .openapi("EndExperiment");

export type CreateExperiment = z.infer<typeof CreateExperiment>;
export type UpdateExperiment = z.infer<typeof UpdateExperiment>;
export type ChangeMetric = z.infer<typeof ChangeMetric>;
export type MetricInput = z.infer<typeof MetricInput>;
export type EndExperiment = z.infer<typeof EndExperiment>;
