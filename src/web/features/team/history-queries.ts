import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type { CorrectCheckIn as CorrectReading } from "../../../api/client/index.ts";
import { api, deleteById, unwrap } from "../../api/client.ts";
import { keys, useOrgWrite } from "../../api/queries.ts";
import { useWholeList } from "../../api/whole-list.ts";

export type { Comment, CorrectCheckIn as CorrectReading, Reading } from "../../../api/client/index.ts";
export type Thread = { keyResultId: string } | { objectiveId: string };

/** Readings per page of the timeline; "show older" adds the next page. */
export const READINGS_PAGE = 20;

// Under the organisation's key (keys.checkIns), so every write that invalidates the
// organisation refreshes the timeline and the chart together.
const readingsKey = (org: string, keyResultId: string) => [...keys.checkIns(org, keyResultId), "timeline"] as const;
const threadKey = (org: string, thread: Thread) =>
  ["org", org, "comments", "keyResultId" in thread ? thread.keyResultId : thread.objectiveId] as const;

/** A KR's readings newest first, one page at a time, with who recorded, corrected or withdrew each. */
export function useReadings(org: string, keyResultId: string) {
  return useInfiniteQuery({
    queryKey: readingsKey(org, keyResultId),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/v1/orgs/{org}/key-results/{id}/check-ins", {
          params: { path: { org, id: keyResultId }, query: { limit: READINGS_PAGE, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** The objectives cascaded from a KR (M5): where its rolled-up progress comes from. */
export function useCascadedObjectives(org: string, keyResultId: string, enabled: boolean) {
  return useWholeList(
    ["org", org, "cascaded-from", keyResultId],
    "objectives",
    (paging) =>
      api.GET("/api/v1/orgs/{org}/objectives", {
        params: { path: { org }, query: { parentKeyResultId: keyResultId, ...paging } },
      }),
    { select: (objectives) => objectives.filter((o) => o.status !== "cancelled"), enabled },
  );
}

/** S7: a correction or withdrawal moves the KR and the roll-up, so everything of the organisation reloads. */
export function useCorrectReading(org: string) {
  return useOrgWrite(org, ({ id, ...body }: CorrectReading & { id: string }) =>
    unwrap(api.PATCH("/api/v1/orgs/{org}/check-ins/{id}", { params: { path: { org, id } }, body })),
  );
}

export function useWithdrawReading(org: string) {
  return useOrgWrite(org, ({ id, reason }: { id: string; reason: string }) =>
    unwrap(
      api.POST("/api/v1/orgs/{org}/check-ins/{id}/withdrawal", { params: { path: { org, id } }, body: { reason } }),
    ),
  );
}

export function useComments(org: string, thread: Thread) {
  return useWholeList(threadKey(org, thread), "comments", (paging) =>
    "keyResultId" in thread
      ? api.GET("/api/v1/orgs/{org}/key-results/{id}/comments", {
          params: { path: { org, id: thread.keyResultId }, query: paging },
        })
      : api.GET("/api/v1/orgs/{org}/objectives/{id}/comments", {
          params: { path: { org, id: thread.objectiveId }, query: paging },
        }),
  );
}

export interface CommentInput {
  body: string;
  mentionIds: string[];
}

/** Posting, editing and deleting reload only the thread: comments move no score. */
export function useCommentWrites(org: string, thread: Thread) {
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: threadKey(org, thread) });
  const post = useMutation({
    mutationFn: (body: CommentInput) =>
      "keyResultId" in thread
        ? unwrap(
            api.POST("/api/v1/orgs/{org}/key-results/{id}/comments", {
              params: { path: { org, id: thread.keyResultId } },
              body,
            }),
          )
        : unwrap(
            api.POST("/api/v1/orgs/{org}/objectives/{id}/comments", {
              params: { path: { org, id: thread.objectiveId } },
              body,
            }),
          ),
    onSuccess,
  });
  const edit = useMutation({
    mutationFn: ({ id, ...body }: CommentInput & { id: string }) =>
      unwrap(api.PATCH("/api/v1/orgs/{org}/comments/{id}", { params: { path: { org, id } }, body })),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: deleteById(org, "/api/v1/orgs/{org}/comments/{id}"),
    onSuccess,
  });
  return { post, edit, remove };
}
