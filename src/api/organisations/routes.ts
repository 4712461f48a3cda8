import { createRoute, z } from "@hono/zod-openapi";
import { AppError } from "../../domain/errors.ts";
import { listMyOrganisations } from "../../services/accounts/my-account.ts";
import { createOrganisation, getOrganisation, updateOrganisation } from "../../services/organisations.ts";
import { requireSession } from "../auth/authenticate.ts";
import { type Api, scopeOf } from "../shared/env.ts";
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
      summary: "The organisations you belong to",
      responses: {
        200: jsonResponse(
          z.object({
            organisations: z.array(z.object({ slug: z.string(), organisationName: z.string(), role: z.string() })),
          }),
          "Yours",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { userId, ssoOrgId } = requireSession(c);
      const memberships = await listMyOrganisations(c.get("services"), userId, ssoOrgId);
      return reply(c, {
        organisations: memberships.map(({ slug, organisationName, role }) => ({ slug, organisationName, role })),
      });
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs",
      tags,
      summary: "Create another organisation; you become its admin",
      request: { body: jsonBody(CreateOrganisation) },
      responses: { 201: jsonResponse(Organisation, "Created"), ...errorResponses },
    }),
    async (c) => {
      const { userId, ssoOrgId } = requireSession(c);
      // A single sign-on session reaches only its organisation: a new one would be out of its reach.
      if (ssoOrgId) {
        const error = new AppError(
          "forbidden",
          "You signed in with your organisation's single sign-on, which opens only that organisation: sign in with a password to create another",
        );
        error.reason = "sso_session";
        throw error;
      }
      return reply(c, await createOrganisation(c.get("services"), c.req.valid("json"), userId), 201);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}",
      tags,
      request: { params: OrgParams },
      responses: { 200: jsonResponse(Organisation, "The organisation"), ...errorResponses },
    }),
    async (c) => reply(c, await getOrganisation(c.get("services"), await scopeOf(c, c.req.valid("param").org))),
  );
  api.openapi(
    createRoute({
      method: "patch",
      path: "/orgs/{org}",
      tags,
      request: { params: OrgParams, body: jsonBody(UpdateOrganisation) },
      summary: "Rename the organisation or set its review cadence (S4)",
      responses: { 200: jsonResponse(Organisation, "Updated"), ...errorResponses },
    }),
    async (c) =>
      reply(
        c,
        await updateOrganisation(c.get("services"), await scopeOf(c, c.req.valid("param").org), c.req.valid("json")),
      ),
  );
}
