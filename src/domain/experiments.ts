import { AppError, type FieldIssue } from "./errors.ts";

// Discovery experiments (P2) and their pre-set success metrics (S6). An experiment is written in
// draft, where anything may change; starting it fixes its metrics. After the start a metric moves
// only with a recorded reason and is never deleted, only dropped; the result always shows the
// full metric set, so nobody can reframe it by the metrics that happened to move.

export type ExperimentKind = "experiment" | "interview";
export type ExperimentStatus = "draft" | "running" | "ended";
export type ExperimentOutcome = "supported" | "refuted" | "inconclusive";
export type MetricDirection = "at_least" | "at_most";

export interface MetricDefinition {
  name: string;
  direction: MetricDirection;
  threshold: number;
  unit: string;
}

/** Whether an observed value meets a metric's threshold: "at least 30" is met by 30. */
export function metricMet(metric: Pick<MetricDefinition, "direction" | "threshold">, observed: number): boolean {
  return metric.direction === "at_least" ? observed >= metric.threshold : observed <= metric.threshold;
}

/** The fields of a metric's definition that differ between two versions of it. */
export function changedFields(before: MetricDefinition, after: MetricDefinition): (keyof MetricDefinition)[] {
  return (["name", "direction", "threshold", "unit"] as const).filter((field) => before[field] !== after[field]);
}

/**
 * S6: starting fixes the metrics, so an experiment starts only from draft and with at least one
 * success metric. An interview round may start without one: what it finds is the pain it heard (K6).
 */
export function assertCanStart(experiment: { status: ExperimentStatus; kind: ExperimentKind }, metrics: number): void {
  if (experiment.status !== "draft")
    throw new AppError("conflict", "Only a draft experiment can start", [
      { field: "status", rule: "draft", message: `it is ${experiment.status}` },
    ]);
  if (experiment.kind === "experiment" && metrics === 0)
    throw new AppError("S6", "Set the success metrics before the experiment starts (S6)", [
      { field: "metrics", rule: "S6", message: "at least one success metric, fixed when it starts" },
    ]);
}

/**
 * S6: in draft a metric changes freely; once running only with a reason; once ended never.
 * Returns the trimmed reason ("" in draft).
 */
export function metricChangeReason(status: ExperimentStatus, reason: string | undefined): string {
  if (status === "ended")
    throw new AppError("conflict", "An ended experiment's metrics are its record and do not change", [
      { field: "status", rule: "ended", message: "the experiment has ended" },
    ]);
  const trimmed = (reason ?? "").trim();
  if (status === "running" && trimmed === "")
    throw new AppError("S6", "After the start a success metric changes only with a recorded reason (S6)", [
      { field: "reason", rule: "S6", message: "say why the metric changes after the start" },
    ]);
  return trimmed;
}

/** The definition fields a running experiment keeps fixed outside the metric changes (S6). */
export function assertFixedWhileRunning(status: ExperimentStatus, fields: string[]): void {
  if (status === "ended")
    throw new AppError("conflict", "An ended experiment is its record and does not change", [
      { field: "status", rule: "ended", message: "the experiment has ended" },
    ]);
  if (status !== "running" || fields.length === 0) return;
  throw new AppError(
    "S6",
    "Once it runs, the hypothesis, key result, kind and metrics are fixed; change a metric with a reason (S6)",
    fields.map((field) => ({ field, rule: "S6", message: "fixed when the experiment started" })),
  );
}

export interface EndInput {
  outcome: ExperimentOutcome;
  learning: string;
  observed: { metricId: string; value: number }[];
  participants?: string;
  painHeard?: string;
}

/**
 * What ending needs: a running experiment, a learning for the library (S7), the observed value
 * of every metric not dropped (the full set, S6), and for an interview round who the team talked
 * to and the pain it heard (K6). Every missing part is named at once.
 */
export function assertCanEnd(
  experiment: { status: ExperimentStatus; kind: ExperimentKind },
  metrics: { id: string; droppedReason: string | null }[],
  input: EndInput,
): void {
  if (experiment.status !== "running")
    throw new AppError("conflict", "Only a running experiment can end", [
      { field: "status", rule: "running", message: `it is ${experiment.status}` },
    ]);
  const issues: FieldIssue[] = [];
  if (input.learning.trim() === "")
    issues.push({ field: "learning", rule: "S7", message: "write what the team learned; it goes to the library" });
  const known = new Set(metrics.map((m) => m.id));
  input.observed.forEach((o, index) => {
    if (!known.has(o.metricId))
      issues.push({ field: `observed.${index}.metricId`, rule: "exists", message: "not a metric of this experiment" });
  });
  const observed = new Set(input.observed.map((o) => o.metricId));
  metrics.forEach((metric, index) => {
    if (metric.droppedReason === null && !observed.has(metric.id))
      issues.push({ field: `observed.${index}`, rule: "S6", message: "record the observed value of every metric" });
  });
  if (experiment.kind === "interview") {
    if (!input.participants?.trim())
      issues.push({ field: "participants", rule: "K6", message: "say who the team talked to" });
    if (!input.painHeard?.trim())
      issues.push({ field: "painHeard", rule: "K6", message: "say what pain the team heard" });
  }
  if (issues.length > 0)
    throw new AppError(
      issues.some((i) => i.rule === "S6") ? "S6" : "validation_failed",
      "The result is not complete",
      issues,
    );
}
