import { createRoute, z } from "@hono/zod-openapi";
import { baseRoutePath } from "hono/route";
import { AppError } from "../../domain/errors.ts";
import { listMyOrganisations } from "../../services/accounts/my-account.ts";
import { createOrganisation, getOrganisation, updateOrganisation } from "../../services/organisations.ts";
import { requireSession } from "../auth/authenticate.ts";
import { errorsOf, securityOf } from "../shared/contract.ts";
import type { Api } from "../shared/env.ts";
import { orgRoutes } from "../shared/org-route.ts";
import { linkedPage, PageQuery, pageResponse } from "../shared/paging.ts";
import { reply } from "../shared/reply.ts";
import { jsonBody, jsonResponse } from "../shared/schemas.ts";
import { CreateOrganisation, Organisation, UpdateOrganisation } from "./schema.ts";

const tags = ["Organisations"];

export function registerOrganisationRoutes(api: Api): void {
  const routes = orgRoutes(api, tags);
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs",
      operationId: "listOrganisations",
      security: securityOf("session", "get"),
      tags,
      summary: "The organisations you belong to",
      description:
        'With your role in each (M3); a single sign-on session sees only its own. One page at a time, cut from the list in its order (docs/api.md, "Paging and sync").',
      request: { query: PageQuery },
      responses: {
        ...errorsOf(400, 401),
        200: pageResponse(
          "organisations",
          z.object({ slug: z.string(), organisationName: z.string(), role: z.string() }),
          "Yours, one page",
        ),
      },
    }),
    async (c) => {
      const { userId, ssoOrgId } = requireSession(c);
      const memberships = (await listMyOrganisations(c.get("services"), userId, ssoOrgId)).map(
        ({ slug, organisationName, role }) => ({ slug, organisationName, role }),
      );
      return reply(
        c,
        linkedPage(c, "organisations", memberships, c.req.valid("query"), (m) => m.slug),
      );
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs",
      operationId: "createOrganisation",
      description: "A new organisation with you as its admin (M3); its slug names it in every path.",
      security: securityOf("session", "post"),
      tags,
      summary: "Create another organisation; you become its admin",
      request: { body: jsonBody(CreateOrganisation) },
      responses: {
        ...errorsOf(400, 401, 403, 409, 413, 415, 422),
        201: {
          ...jsonResponse(Organisation, "Created"),
          headers: { Location: { description: "Where to read it: /orgs/{org}", schema: { type: "string" } } },
        },
      },
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
      const organisation = await createOrganisation(c.get("services"), c.req.valid("json"), userId);
      c.header("Location", `${baseRoutePath(c)}/orgs/${organisation.slug}`);
      return reply(c, organisation, 201);
    },
  );
  routes.get("/orgs/{org}", {
    operationId: "getOrganisation",
    description: "Its name, slug and review cadence (S4: formal reviews every few weeks and at the period's end).",
    summary: "The organisation: its name, slug and review cadence (S4)",
    responds: [200, Organisation, "The organisation"],
    serve: getOrganisation,
  });
  routes.patch("/orgs/{org}", {
    operationId: "updateOrganisation",
    description:
      "Admins rename it or set the review cadence (S4: 4 to 13 weeks; shorter is refused with 422 S4). The slug stays.",
    body: UpdateOrganisation,
    summary: "Rename the organisation or set its review cadence (S4)",
    responds: [200, Organisation, "Updated"],
    serve: updateOrganisation,
  });
}
