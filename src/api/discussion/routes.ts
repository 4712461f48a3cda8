import { z } from "@hono/zod-openapi";
import { WriteComment } from "../../schemas/discussion.ts";
import {
  addComment,
  deleteComment,
  editComment,
  listComments,
  type Thread,
} from "../../services/discussion/comments.ts";
import { orgRouteFamily } from "../shared/org-route.ts";
import { Timestamp, Uuid } from "../shared/schemas.ts";

// Discussion threads on a KR and on an objective (docs/check-ins.md, "Discussion").

export const Comment = z
  .object({
    id: Uuid,
    objectiveId: Uuid.nullable(),
    keyResultId: Uuid.nullable(),
    authorId: Uuid.nullable(),
    authorName: z.string().nullable(),
    body: z.string(),
    createdAt: Timestamp,
    editedAt: Timestamp.nullable(),
    mentions: z
      .array(z.object({ id: Uuid, name: z.string() }))
      .openapi({ description: "The people the comment mentions (picked, or written as @Full Name)" }),
  })
  .openapi("Comment");

const CommentThread = z.object({ comments: z.array(Comment) }).openapi("CommentThread");

export const registerDiscussionRoutes = orgRouteFamily(["Discussion"], (routes) => {
  // Each thread's operations are named after what it hangs on: listKeyResultComments, commentOnObjective.
  const threads: [string, string, string, (id: string) => Thread][] = [
    ["key-results", "KeyResult", "a key result", (id) => ({ keyResultId: id })],
    ["objectives", "Objective", "an objective", (id) => ({ objectiveId: id })],
  ];
  for (const [resource, noun, words, threadOf] of threads) {
    routes.get(`/orgs/{org}/${resource}/{id}/comments`, {
      operationId: `list${noun}Comments`,
      summary: `The discussion of ${words}, oldest first`,
      description:
        'Everyone who reads the unit reads its discussion (S5), with @mentions resolved to people; one page at a time (docs/api.md, "Paging and sync").',
      responds: [200, CommentThread, "The whole thread, oldest first"],
      run: async ({ services, scope, param }) => ({
        comments: await listComments(services, scope, threadOf(param.id)),
      }),
    });
    routes.post(`/orgs/{org}/${resource}/{id}/comments`, {
      operationId: `commentOn${noun}`,
      summary: `Comment on ${words}, with @mentions`,
      description: "Anyone who reads the unit comments, except viewers and API tokens.",
      body: WriteComment,
      responds: [201, Comment, "Added"],
      run: ({ services, scope, param, json }) => addComment(services, scope, threadOf(param.id), json),
    });
  }
  routes.patch("/orgs/{org}/comments/{id}", {
    operationId: "editComment",
    summary: "Edit your comment (the text before stays in the history, S7)",
    description: "Its author edits a comment; the text before stays in the history (S7).",
    body: WriteComment,
    responds: [200, Comment, "Edited"],
    serve: editComment,
  });
  routes.delete("/orgs/{org}/comments/{id}", {
    operationId: "deleteComment",
    summary: "Delete a comment (the deletion is in the history, S7)",
    description: "Its author or an admin deletes a comment; the deletion is in the history (S7).",
    responds: [204, "Deleted"],
    serve: deleteComment,
  });
});
