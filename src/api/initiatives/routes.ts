import { createRoute, z } from "@hono/zod-openapi";
import { getInitiative, listInitiatives } from "../../services/initiatives/read-initiatives.ts";
import { turnIntoInitiative } from "../../services/initiatives/turn-into-initiative.ts";
import { createInitiative, deleteInitiative, updateInitiative } from "../../services/initiatives/write-initiatives.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { IdQuery } from "../shared/query.ts";
import { noContent, reply } from "../shared/reply.ts";
import { errorResponses, jsonBody, jsonResponse, OrgIdParams, OrgParams, VersionQuery } from "../shared/schemas.ts";
import { CreateInitiative, Initiative, TurnedIntoInitiative, TurnIntoInitiative, UpdateInitiative } from "./schema.ts";

// Initiatives (K7, M6): the work a team chooses to move a key result. Its members write them
// without approval from above; everyone in the organisation reads them (S5).

const tags = ["Initiatives"];
const ListQuery = z.object({
  unit: IdQuery("Only this unit's initiatives"),
  keyResult: IdQuery("Only the initiatives that should move this key result"),
});

export function registerInitiativeRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/initiatives",
      tags,
      summary: "List initiatives",
      description: "The organisation's initiatives, a unit's or a key result's (K7), oldest first.",
      request: { params: OrgParams, query: ListQuery },
      responses: { 200: jsonResponse(z.object({ initiatives: z.array(Initiative) }), "List"), ...errorResponses },
    }),
    async (c) => {
      const { unit, keyResult } = c.req.valid("query");
      const scope = await scopeOf(c, c.req.valid("param").org);
      const initiatives = await listInitiatives(c.get("services"), scope, { unitId: unit, keyResultId: keyResult });
      return reply(c, { initiatives });
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/initiatives",
      tags,
      summary: "Start an initiative",
      description:
        "M6: the unit's lead and members create its initiatives without approval. Linked to at least one key result of an open period (K7).",
      request: { params: OrgParams, body: jsonBody(CreateInitiative) },
      responses: { 201: jsonResponse(Initiative, "Created"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      return reply(c, await createInitiative(c.get("services"), scope, c.req.valid("json")), 201);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/initiatives/{id}",
      tags,
      summary: "Read an initiative",
      request: { params: OrgIdParams },
      responses: { 200: jsonResponse(Initiative, "Found"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await getInitiative(c.get("services"), await scopeOf(c, org), id));
    },
  );
  api.openapi(
    createRoute({
      method: "patch",
      path: "/orgs/{org}/initiatives/{id}",
      tags,
      summary: "Change an initiative",
      description:
        "M6: the unit's members change its status, dates, owner and key results. A stale `version` is refused with 409.",
      request: { params: OrgIdParams, body: jsonBody(UpdateInitiative) },
      responses: { 200: jsonResponse(Initiative, "Updated"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await updateInitiative(c.get("services"), await scopeOf(c, org), id, c.req.valid("json")));
    },
  );
  api.openapi(
    createRoute({
      method: "delete",
      path: "/orgs/{org}/initiatives/{id}",
      tags,
      summary: "Delete an initiative",
      description: "The history keeps what it was (S7).",
      request: { params: OrgIdParams, query: VersionQuery },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      await deleteInitiative(c.get("services"), await scopeOf(c, org), id, c.req.valid("query").version);
      return noContent(c);
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/key-results/{id}/initiative",
      tags,
      summary: "Turn an output KR into an initiative (K7)",
      description:
        "K7: a KR is an outcome; the output is the work that should move it. In one transaction: creates the initiative from this KR's text under an outcome KR (one that exists, or a new one under the same objective with metric, baseline and target) and removes this KR (its reason in the history, S7). Any refusal (M4, K1, a closed period, a stale version) leaves everything as it was.",
      request: { params: OrgIdParams, body: jsonBody(TurnIntoInitiative) },
      responses: { 201: jsonResponse(TurnedIntoInitiative, "The initiative and its outcome KR"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      return reply(c, await turnIntoInitiative(c.get("services"), scope, id, c.req.valid("json")), 201);
    },
  );
}
