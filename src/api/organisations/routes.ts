import { z } from "@hono/zod-openapi";
import { baseRoutePath } from "hono/route";
import { AppError } from "../../domain/errors.ts";
import { listMyOrganisations } from "../../services/accounts/my-account.ts";
import { createOrganisation, getOrganisation, updateOrganisation } from "../../services/organisations.ts";
import { accountRoutes } from "../auth/account-routes.ts";
import type { Api } from "../shared/env.ts";
import { orgRoutes } from "../shared/org-route.ts";
import { linkedPage, PageQuery, pageOf } from "../shared/paging.ts";
import { CreateOrganisation, Organisation, UpdateOrganisation } from "./schema.ts";

const tags = ["Organisations"];

export function registerOrganisationRoutes(api: Api): void {
  const routes = orgRoutes(api, tags);
  const ownRoutes = accountRoutes(api, tags);
  ownRoutes.get("/orgs", {
    operationId: "listOrganisations",
    summary: "The organisations you belong to",
    description:
      'With your role in each (M3); a single sign-on session sees only its own. One page at a time, cut from the list in its order (docs/api.md, "Paging and sync").',
    query: PageQuery,
    responds: [
      200,
      pageOf("organisations", z.object({ slug: z.string(), organisationName: z.string(), role: z.string() })),
      "Yours, one page",
    ],
    run: async ({ c, services, session: { userId, ssoOrgId }, query }) => {
      const memberships = (await listMyOrganisations(services, userId, ssoOrgId)).map(
        ({ slug, organisationName, role }) => ({ slug, organisationName, role }),
      );
      return linkedPage(c, "organisations", memberships, query, (m) => m.slug);
    },
  });
  ownRoutes.post("/orgs", {
    operationId: "createOrganisation",
    summary: "Create another organisation; you become its admin",
    description: "A new organisation with you as its admin (M3); its slug names it in every path.",
    body: CreateOrganisation,
    responds: [201, Organisation, "Created"],
    refusals: [409, 422],
    location: "Where to read it: /orgs/{org}",
    run: async ({ c, services, session: { userId, ssoOrgId }, json }) => {
      // A single sign-on session reaches only its organisation: a new one would be out of its reach.
      if (ssoOrgId) {
        const error = new AppError(
          "forbidden",
          "You signed in with your organisation's single sign-on, which opens only that organisation: sign in with a password to create another",
        );
        error.reason = "sso_session";
        throw error;
      }
      const organisation = await createOrganisation(services, json, userId);
      c.header("Location", `${baseRoutePath(c)}/orgs/${organisation.slug}`);
      return organisation;
    },
  });
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
