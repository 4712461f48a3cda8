import { createRoute, z } from "@hono/zod-openapi";
import {
  createPerson,
  deletePerson,
  getPerson,
  listAllMemberships,
  listMembers,
  listPeople,
  removeMembership,
  setMembership,
  updatePerson,
} from "../../services/people.ts";
import { registerCrudRoutes } from "../shared/crud.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { noContent, reply } from "../shared/reply.ts";
import {
  EmailAddress,
  errorResponses,
  jsonBody,
  jsonResponse,
  OrgIdParams,
  OrgParams,
  Timestamp,
  Uuid,
} from "../shared/schemas.ts";

const PersonName = z.string().trim().min(1).max(200);
const Role = z
  .enum(["lead", "member"])
  .openapi({ description: "M3: the lead sets the unit's objective; members write its key results" });

const OrgRole = z
  .enum(["admin", "member", "viewer"])
  .openapi({ description: "admin manages the organisation; viewer only reads" });
export const Person = z
  .object({
    id: Uuid,
    orgId: Uuid,
    name: z.string(),
    email: z.string(),
    role: OrgRole,
    userId: Uuid.nullable(),
    createdAt: Timestamp,
  })
  .openapi("Person");
export const CreatePerson = z
  .strictObject({ name: PersonName, email: EmailAddress, role: OrgRole.optional() })
  .openapi("CreatePerson");
export const UpdatePerson = z
  .strictObject({ name: PersonName.optional(), email: EmailAddress.optional(), role: OrgRole.optional() })
  .openapi("UpdatePerson");
export const Member = z
  .object({ unitId: Uuid, personId: Uuid, role: Role, name: z.string(), email: z.string() })
  .openapi("Member");
const MemberParams = OrgIdParams.extend({ personId: Uuid.openapi({ param: { name: "personId", in: "path" } }) });
const tags = ["People"];

export function registerPeopleRoutes(api: Api): void {
  registerCrudRoutes(api, {
    name: "people",
    tag: "People",
    item: Person,
    create: CreatePerson,
    update: UpdatePerson,
    service: { list: listPeople, get: getPerson, create: createPerson, update: updatePerson, remove: deletePerson },
  });
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/memberships",
      tags,
      summary: "Every unit membership of the organisation",
      request: { params: OrgParams },
      responses: {
        200: jsonResponse(
          z.object({ memberships: z.array(z.object({ unitId: Uuid, personId: Uuid, role: Role })) }),
          "Memberships",
        ),
        ...errorResponses,
      },
    }),
    async (c) =>
      reply(c, {
        memberships: await listAllMemberships(c.get("services"), await scopeOf(c, c.req.valid("param").org)),
      }),
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/units/{id}/members",
      tags,
      request: { params: OrgIdParams },
      responses: {
        200: jsonResponse(z.object({ members: z.array(Member) }), "Members of the unit"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      return reply(c, { members: await listMembers(c.get("services"), scope, id) });
    },
  );
  api.openapi(
    createRoute({
      method: "put",
      path: "/orgs/{org}/units/{id}/members/{personId}",
      tags,
      request: { params: MemberParams, body: jsonBody(z.strictObject({ role: Role })) },
      responses: {
        200: jsonResponse(z.object({ unitId: Uuid, personId: Uuid, role: Role }), "Membership set"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id, personId } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      const membership = await setMembership(c.get("services"), scope, id, personId, c.req.valid("json").role);
      return reply(c, { unitId: membership.unitId, personId: membership.personId, role: membership.role });
    },
  );
  api.openapi(
    createRoute({
      method: "delete",
      path: "/orgs/{org}/units/{id}/members/{personId}",
      tags,
      request: { params: MemberParams },
      responses: { 204: { description: "Removed" }, ...errorResponses },
    }),
    async (c) => {
      const { org, id, personId } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      await removeMembership(c.get("services"), scope, id, personId);
      return noContent(c);
    },
  );
}
