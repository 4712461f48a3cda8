import { createRoute } from "@hono/zod-openapi";
import { getKeyResult } from "../../services/check-ins/record-check-in.ts";
import { createKeyResult } from "../../services/key-results/create-key-result.ts";
import { deleteKeyResult } from "../../services/key-results/delete-key-result.ts";
import { updateKeyResult } from "../../services/key-results/update-key-result.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { noContent, reply } from "../shared/reply.ts";
import { errorResponses, jsonBody, jsonResponse, OrgIdParams, VersionQuery } from "../shared/schemas.ts";
import { KeyResult, KeyResultInput, ScoredKeyResult, UpdateKeyResult } from "./schema.ts";

const tags = ["Key results"];

export function registerKeyResultRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/objectives/{id}/key-results",
      tags,
      request: { params: OrgIdParams, body: jsonBody(KeyResultInput) },
      responses: { 201: jsonResponse(KeyResult, "Added to the objective"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await createKeyResult(c.get("services"), await scopeOf(c, org), id, c.req.valid("json")), 201);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/key-results/{id}",
      tags,
      request: { params: OrgIdParams },
      responses: {
        200: jsonResponse(ScoredKeyResult, "The key result with its pace and band now"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      return reply(c, await getKeyResult(c.get("services"), scope, id));
    },
  );
  api.openapi(
    createRoute({
      method: "patch",
      path: "/orgs/{org}/key-results/{id}",
      tags,
      request: { params: OrgIdParams, body: jsonBody(UpdateKeyResult) },
      responses: { 200: jsonResponse(KeyResult, "Updated"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await updateKeyResult(c.get("services"), await scopeOf(c, org), id, c.req.valid("json")));
    },
  );
  api.openapi(
    createRoute({
      method: "delete",
      path: "/orgs/{org}/key-results/{id}",
      tags,
      request: { params: OrgIdParams, query: VersionQuery },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      await deleteKeyResult(c.get("services"), await scopeOf(c, org), id, c.req.valid("query").version);
      return noContent(c);
    },
  );
}
