import { createRoute, z } from "@hono/zod-openapi";
import { WriteComment } from "../../schemas/discussion.ts";
import {
  addComment,
  deleteComment,
  editComment,
  listComments,
  type Thread,
} from "../../services/discussion/comments.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { noContent, reply } from "../shared/reply.ts";
import { errorResponses, jsonBody, jsonResponse, OrgIdParams, Timestamp, Uuid } from "../shared/schemas.ts";

// Discussion threads on a KR and on an objective (docs/check-ins.md, "Discussion").

const tags = ["Discussion"];

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

export function registerDiscussionRoutes(api: Api): void {
  const threads: [string, (id: string) => Thread][] = [
    ["key-results", (id) => ({ keyResultId: id })],
    ["objectives", (id) => ({ objectiveId: id })],
  ];
  for (const [resource, threadOf] of threads) {
    api.openapi(
      createRoute({
        method: "get",
        path: `/orgs/{org}/${resource}/{id}/comments`,
        tags,
        request: { params: OrgIdParams },
        responses: { 200: jsonResponse(CommentThread, "The whole thread, oldest first"), ...errorResponses },
      }),
      async (c) => {
        const { org, id } = c.req.valid("param");
        return reply(c, { comments: await listComments(c.get("services"), await scopeOf(c, org), threadOf(id)) });
      },
    );
    api.openapi(
      createRoute({
        method: "post",
        path: `/orgs/{org}/${resource}/{id}/comments`,
        tags,
        description: "Anyone who reads the unit comments, except viewers and API tokens.",
        request: { params: OrgIdParams, body: jsonBody(WriteComment) },
        responses: { 201: jsonResponse(Comment, "Added"), ...errorResponses },
      }),
      async (c) => {
        const { org, id } = c.req.valid("param");
        const scope = await scopeOf(c, org);
        return reply(c, await addComment(c.get("services"), scope, threadOf(id), c.req.valid("json")), 201);
      },
    );
  }
  api.openapi(
    createRoute({
      method: "patch",
      path: "/orgs/{org}/comments/{id}",
      tags,
      description: "Its author edits a comment; the text before stays in the history (S7).",
      request: { params: OrgIdParams, body: jsonBody(WriteComment) },
      responses: { 200: jsonResponse(Comment, "Edited"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await editComment(c.get("services"), await scopeOf(c, org), id, c.req.valid("json")));
    },
  );
  api.openapi(
    createRoute({
      method: "delete",
      path: "/orgs/{org}/comments/{id}",
      tags,
      description: "Its author or an admin deletes a comment; the deletion is in the history (S7).",
      request: { params: OrgIdParams },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      await deleteComment(c.get("services"), await scopeOf(c, org), id);
      return noContent(c);
    },
  );
}
