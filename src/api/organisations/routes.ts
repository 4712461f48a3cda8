import { createRoute, z } from "@hono/zod-openapi";
import {
  createOrganisation,
  listOrganisations,
  renameOrganisation,
  resolveOrganisation,
} from "../../services/organisations.ts";
import type { Api } from "../shared/env.ts";
import { reply } from "../shared/reply.ts";
import { errorResponses, jsonBody, jsonResponse, OrgParams } from "../shared/schemas.ts";
import { CreateOrganisation, Organisation, UpdateOrganisation } from "./schema.ts";

const tags = ["Organisations"];

export function registerOrganisationRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs",
      tags,
      responses: { 200: jsonResponse(z.object({ organisations: z.array(Organisation) }), "All organisations") },
    }),
    async (c) => reply(c, { organisations: await listOrganisations(c.get("services")) }),
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs",
      tags,
      request: { body: jsonBody(CreateOrganisation) },
      responses: { 201: jsonResponse(Organisation, "Created"), ...errorResponses },
    }),
    async (c) => reply(c, await createOrganisation(c.get("services"), c.req.valid("json")), 201),
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}",
      tags,
      request: { params: OrgParams },
      responses: { 200: jsonResponse(Organisation, "The organisation"), ...errorResponses },
    }),
    async (c) => reply(c, await resolveOrganisation(c.get("services"), c.req.valid("param").org)),
  );
  api.openapi(
    createRoute({
      method: "patch",
      path: "/orgs/{org}",
      tags,
      request: { params: OrgParams, body: jsonBody(UpdateOrganisation) },
      responses: { 200: jsonResponse(Organisation, "Renamed"), ...errorResponses },
    }),
    async (c) =>
      reply(c, await renameOrganisation(c.get("services"), c.req.valid("param").org, c.req.valid("json").name)),
  );
}
