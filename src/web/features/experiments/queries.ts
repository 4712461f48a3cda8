import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ChangeExperimentMetric, CreateExperiment, EndExperiment, Experiment } from "../../../api/client/index.ts";
import { allPages, api, unwrap } from "../../api/client.ts";

export type {
  Experiment,
  ExperimentOutcome,
  ExperimentStatus,
  ExperimentSummary,
  MetricDirection,
} from "../../../api/client/index.ts";
export type ExperimentMetric = Experiment["metrics"][number];

// Under the organisation's key, so a sign-out clears them with everything else.
const keys = {
  all: (org: string) => ["org", org, "experiments"] as const,
  list: (org: string, filter: ExperimentFilter) => ["org", org, "experiments", "list", filter] as const,
  one: (org: string, id: string) => ["org", org, "experiments", "one", id] as const,
};

/**
 * A unit's experiments, those aimed at one key result, or those aimed at any KR of a unit
 * (`keyResultUnit`: a team page's cards share that one request).
 */
interface ExperimentFilter {
  unit?: string;
  keyResult?: string;
  keyResultUnit?: string;
}

/** A unit's experiments, or those aimed at one key result (P2); see ExperimentFilter. */
export function useExperiments(org: string, filter: ExperimentFilter) {
  return useQuery({
    queryKey: keys.list(org, filter),
    queryFn: () =>
      allPages("experiments", (paging) =>
        api.GET("/api/v1/orgs/{org}/experiments", { params: { path: { org }, query: { ...filter, ...paging } } }),
      ),
  });
}

export function useExperiment(org: string, id: string) {
  return useQuery({
    queryKey: keys.one(org, id),
    queryFn: () => unwrap(api.GET("/api/v1/orgs/{org}/experiments/{id}", { params: { path: { org, id } } })),
  });
}

/** After a write the experiment, the lists and (for an end) the learnings library read again. */
function useExperimentMutation<I>(org: string, write: (input: I) => Promise<Experiment>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (experiment) => {
      client.setQueryData(keys.one(org, experiment.id), experiment);
      void client.invalidateQueries({ queryKey: keys.all(org) });
      void client.invalidateQueries({ queryKey: ["org", org, "learnings"] });
    },
  });
}

export function useCreateExperiment(org: string) {
  return useExperimentMutation(org, (body: CreateExperiment) =>
    unwrap(api.POST("/api/v1/orgs/{org}/experiments", { params: { path: { org } }, body })),
  );
}

export function useStartExperiment(org: string, id: string) {
  return useExperimentMutation(org, () =>
    unwrap(api.POST("/api/v1/orgs/{org}/experiments/{id}/start", { params: { path: { org, id } } })),
  );
}

export function useChangeMetric(org: string, id: string) {
  return useExperimentMutation(org, (body: ChangeExperimentMetric) =>
    unwrap(api.POST("/api/v1/orgs/{org}/experiments/{id}/metric-changes", { params: { path: { org, id } }, body })),
  );
}

export function useEndExperiment(org: string, id: string) {
  return useExperimentMutation(org, (body: EndExperiment) =>
    unwrap(api.POST("/api/v1/orgs/{org}/experiments/{id}/end", { params: { path: { org, id } }, body })),
  );
}
