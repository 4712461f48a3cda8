import { z } from "@hono/zod-openapi";
import { changeMetric } from "../../services/experiments/change-metric.ts";
import { endExperiment } from "../../services/experiments/end-experiment.ts";
import { getExperiment, getExperimentHistory, listExperiments } from "../../services/experiments/read-experiment.ts";
import { startExperiment } from "../../services/experiments/start-experiment.ts";
import { createExperiment, updateExperiment } from "../../services/experiments/write-experiment.ts";
import { orgRouteFamily } from "../shared/org-route.ts";
import {
  ChangeMetric,
  CreateExperiment,
  EndExperiment,
  Experiment,
  ExperimentHistoryEntry,
  ExperimentList,
  ExperimentsQuery,
  UpdateExperiment,
} from "./schema.ts";

// P2: discovery experiments and customer interview rounds (K6) under key results, with success
// metrics fixed when they start (S6). A unit's lead and members run them without approval (M6).

export const registerExperimentRoutes = orgRouteFamily(["Experiments"], (routes) => {
  routes.get("/orgs/{org}/experiments", {
    operationId: "listExperiments",
    summary: "Experiments of a unit or aimed at a key result (P2), newest first",
    description:
      'Everyone in the organisation reads them (S5), except a private unit\'s. Newest first, paged by a keyset on that order (docs/api.md, "Paging and sync").',
    query: ExperimentsQuery,
    responds: [200, ExperimentList, "The experiments, one page"],
    serve: listExperiments,
  });
  routes.post("/orgs/{org}/experiments", {
    operationId: "createExperiment",
    summary: "Write an experiment in draft: hypothesis, the KR it should move, success metrics (P2, M6)",
    description: "The unit's lead and members create it without approval from above (M6).",
    body: CreateExperiment,
    responds: [201, Experiment, "The draft experiment"],
    serve: createExperiment,
  });
  routes.get("/orgs/{org}/experiments/{id}", {
    operationId: "getExperiment",
    description:
      "With each success metric's definition at the start beside the current one and every change with its reason (S6).",
    summary:
      "An experiment: every metric with its original beside its current definition, the changes, the result (S6)",
    responds: [200, Experiment, "The experiment"],
    serve: getExperiment,
  });
  routes.patch("/orgs/{org}/experiments/{id}", {
    operationId: "updateExperiment",
    summary: "Edit an experiment: anything in draft; once running only its title and owner (S6)",
    description: "A running experiment's hypothesis, KR, kind or metrics are refused with 422 S6.",
    body: UpdateExperiment,
    responds: [200, Experiment, "The experiment"],
    serve: updateExperiment,
  });
  routes.post("/orgs/{org}/experiments/{id}/start", {
    operationId: "startExperiment",
    summary: "Start: the success metrics are fixed from now on (S6)",
    description: "An experiment needs at least one success metric; an interview round may have none (K6).",
    responds: [200, Experiment, "The running experiment"],
    serve: startExperiment,
  });
  routes.post("/orgs/{org}/experiments/{id}/metric-changes", {
    operationId: "changeExperimentMetric",
    summary: "Change, drop or add a success metric; after the start only with a reason (S6)",
    description:
      "Without a reason once running: 422, field reason, rule S6. The change is recorded (before, after, " +
      "reason, who, when) and a dropped metric stays in the set.",
    body: ChangeMetric,
    responds: [201, Experiment, "The experiment with the change"],
    serve: changeMetric,
  });
  routes.post("/orgs/{org}/experiments/{id}/end", {
    operationId: "endExperiment",
    description:
      "Every success metric set before the work is observed against its threshold (S6); the result and a learning go to the library (S7). The unit's lead and members (M6).",
    summary: "End: supported, refuted or inconclusive, every metric observed, a learning for the library (S6, S7)",
    body: EndExperiment,
    responds: [200, Experiment, "The ended experiment"],
    serve: endExperiment,
  });
  routes.get("/orgs/{org}/experiments/{id}/history", {
    operationId: "getExperimentHistory",
    description: "S7: the experiment's and its metrics' changes, who made them and why, newest first.",
    summary: "The experiment's and its metrics' recorded changes, newest first (S7)",
    responds: [200, z.object({ history: z.array(ExperimentHistoryEntry) }), "Recorded changes"],
    serve: getExperimentHistory,
    field: "history",
  });
});
