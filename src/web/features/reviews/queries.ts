import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AddLearning,
  Band,
  DecideKeyResult,
  QueueNextObjective,
  ReviewDetail,
  SaveReviewAnswers,
  StartReview,
} from "../../../api/client/index.ts";
import { allPages, api, unwrap } from "../../api/client.ts";

export type { Learning, ReflectionQuestion, ReviewDetail, ReviewSummary } from "../../../api/client/index.ts";
export type ReviewKeyResult = ReviewDetail["objectives"][number]["keyResults"][number];
export type LearningFilters = { q?: string; unit?: string; period?: string; band?: Band };

// Under the organisation's key, so a sign-out clears them with everything else.
export const reviewKeys = {
  all: (org: string) => ["org", org, "reviews"] as const,
  list: (org: string, period: string, unit: string, due: boolean) =>
    ["org", org, "reviews", "list", period, unit, due] as const,
  unit: (org: string, unitId: string, period: string, on: string) =>
    ["org", org, "reviews", "unit", unitId, period, on] as const,
  learnings: (org: string, filters: LearningFilters) => ["org", org, "learnings", filters] as const,
};

/** A period's review sessions: one unit's, or the due ones of every unit (S4). */
export function useReviews(org: string, period: string | undefined, options: { unit?: string; due?: boolean }) {
  return useQuery({
    queryKey: reviewKeys.list(org, period ?? "", options.unit ?? "", Boolean(options.due)),
    queryFn: () =>
      allPages("reviews", (paging) =>
        api.GET("/api/v1/orgs/{org}/reviews", {
          params: {
            path: { org },
            query: { period: period ?? "", unit: options.unit, due: options.due ? "true" : undefined, ...paging },
          },
        }),
      ),
    enabled: Boolean(period),
  });
}

export function useUnitReview(org: string, unitId: string, period: string | undefined, on: string | undefined) {
  return useQuery({
    queryKey: reviewKeys.unit(org, unitId, period ?? "", on ?? ""),
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/orgs/{org}/units/{id}/review", {
          params: { path: { org, id: unitId }, query: { period: period ?? "", on } },
        }),
      ),
    enabled: Boolean(period),
  });
}

/** After any write to a review, its page, the due lists and the library read again. */
function useReviewMutation<I, O>(org: string, write: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: reviewKeys.all(org) });
      void client.invalidateQueries({ queryKey: ["org", org, "learnings"] });
      // Revise and drop change KRs: the team page, map and dashboard follow.
      void client.invalidateQueries({ queryKey: ["org", org, "unit"] });
      void client.invalidateQueries({ queryKey: ["org", org, "dashboard"] });
    },
  });
}

export function useStartReview(org: string) {
  return useReviewMutation(org, (body: StartReview) =>
    unwrap(api.POST("/api/v1/orgs/{org}/reviews", { params: { path: { org } }, body })),
  );
}

export function useSaveAnswers(org: string, id: string) {
  return useReviewMutation(org, (body: SaveReviewAnswers) =>
    unwrap(api.PUT("/api/v1/orgs/{org}/reviews/{id}/answers", { params: { path: { org, id } }, body })),
  );
}

export function useDecide(org: string, id: string) {
  return useReviewMutation(org, (body: DecideKeyResult) =>
    unwrap(api.POST("/api/v1/orgs/{org}/reviews/{id}/decisions", { params: { path: { org, id } }, body })),
  );
}

export function useAddLearning(org: string, id: string) {
  return useReviewMutation(org, (body: AddLearning) =>
    unwrap(api.POST("/api/v1/orgs/{org}/reviews/{id}/learnings", { params: { path: { org, id } }, body })),
  );
}

export function useHoldReview(org: string, id: string) {
  return useReviewMutation(org, () =>
    unwrap(api.PATCH("/api/v1/orgs/{org}/reviews/{id}", { params: { path: { org, id } }, body: { state: "held" } })),
  );
}

export function useQueueNextObjective(org: string, id: string) {
  return useReviewMutation(org, (body: QueueNextObjective) =>
    unwrap(api.POST("/api/v1/orgs/{org}/reviews/{id}/next-objective", { params: { path: { org, id } }, body })),
  );
}

/** The learnings library (S7); the previous page stays on screen while the next search runs. */
export function useLearnings(org: string, filters: LearningFilters) {
  return useQuery({
    queryKey: reviewKeys.learnings(org, filters),
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/orgs/{org}/learnings", {
          params: { path: { org }, query: { ...filters, q: filters.q || undefined, limit: 100 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The address of a unit's review on a date, in the period it belongs to. */
export function reviewHref(
  link: (path: string, period?: string) => string,
  unitId: string,
  on: string,
  period?: string,
) {
  const to = link(`/units/${unitId}/review`, period);
  return `${to}${to.includes("?") ? "&" : "?"}on=${on}`;
}
