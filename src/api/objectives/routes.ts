import { createRoute, z } from "@hono/zod-openapi";
import { createObjective } from "../../services/objectives/create-objective.ts";
import { deleteObjective } from "../../services/objectives/delete-objective.ts";
import { getObjective, getObjectiveHistory, listObjectives } from "../../services/objectives/read-objectives.ts";
import { saveObjective } from "../../services/objectives/save-objective.ts";
import { updateObjective } from "../../services/objectives/update-objective.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { IdQuery } from "../shared/query.ts";
import { noContent, reply } from "../shared/reply.ts";
import {
  errorResponses,
  jsonBody,
  jsonResponse,
  OrgIdParams,
  OrgParams,
  Uuid,
  VersionQuery,
} from "../shared/schemas.ts";
import {
  CreateObjective,
  HistoryEntry,
  Objective,
  ObjectiveWithKeyResults,
  SaveObjective,
  ScoredObjective,
  UpdateObjective,
} from "./schema.ts";

const tags = ["Objectives"];
const ListQuery = z.object({
  periodId: Uuid.optional(),
  unitId: Uuid.optional(),
  status: z.enum(["draft", "active", "closed", "cancelled"]).optional(),
  parentKeyResultId: IdQuery("Only the objectives cascaded from this key result (M5)"),
});

export function registerObjectiveRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/objectives",
      tags,
      request: { params: OrgParams, query: ListQuery },
      responses: { 200: jsonResponse(z.object({ objectives: z.array(Objective) }), "Objectives"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      return reply(c, { objectives: await listObjectives(c.get("services"), scope, c.req.valid("query")) });
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/objectives",
      tags,
      request: { params: OrgParams, body: jsonBody(CreateObjective) },
      responses: { 201: jsonResponse(ObjectiveWithKeyResults, "Created with its key results"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      const { objective, keyResults } = await createObjective(c.get("services"), scope, c.req.valid("json"));
      return reply(c, { ...objective, keyResults }, 201);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/objectives/{id}",
      tags,
      request: { params: OrgIdParams },
      responses: { 200: jsonResponse(ScoredObjective, "The objective with scored key results"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      return reply(c, await getObjective(c.get("services"), scope, id));
    },
  );
  api.openapi(
    createRoute({
      method: "patch",
      path: "/orgs/{org}/objectives/{id}",
      tags,
      request: { params: OrgIdParams, body: jsonBody(UpdateObjective) },
      responses: { 200: jsonResponse(Objective, "Updated"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await updateObjective(c.get("services"), await scopeOf(c, org), id, c.req.valid("json")));
    },
  );
  api.openapi(
    createRoute({
      method: "put",
      path: "/orgs/{org}/objectives/{id}",
      tags,
      summary: "Save an objective with its whole list of key results in one transaction",
      request: { params: OrgIdParams, body: jsonBody(SaveObjective) },
      responses: { 200: jsonResponse(ObjectiveWithKeyResults, "Saved"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const { objective, keyResults } = await saveObjective(
        c.get("services"),
        await scopeOf(c, org),
        id,
        c.req.valid("json"),
      );
      return reply(c, { ...objective, keyResults });
    },
  );
  api.openapi(
    createRoute({
      method: "delete",
      path: "/orgs/{org}/objectives/{id}",
      tags,
      request: { params: OrgIdParams, query: VersionQuery },
      responses: { 204: { description: "Deleted with its key results" }, ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      await deleteObjective(c.get("services"), await scopeOf(c, org), id, c.req.valid("query").version);
      return noContent(c);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/objectives/{id}/history",
      tags,
      request: { params: OrgIdParams },
      responses: {
        200: jsonResponse(z.object({ history: z.array(HistoryEntry) }), "S7: recorded changes, newest first"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      return reply(c, { history: await getObjectiveHistory(c.get("services"), scope, id) });
    },
  );
}
