import { z } from "@hono/zod-openapi";
import { PersonName } from "../../schemas/accounts.ts";
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
import { orgRouteFamily } from "../shared/org-route.ts";
import { EmailAddress, OrgIdParams, Timestamp, Uuid } from "../shared/schemas.ts";

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
/** A person's role in a unit (M3). */
const Membership = z.object({ unitId: Uuid, personId: Uuid, role: Role }).openapi("Membership");
export const Member = Membership.extend({ name: z.string(), email: z.string() }).openapi("Member");
const MemberParams = OrgIdParams.extend({ personId: Uuid.openapi({ param: { name: "personId", in: "path" } }) });

export const registerPeopleRoutes = orgRouteFamily(["People"], (routes, api) => {
  registerCrudRoutes(api, {
    name: "people",
    one: "person",
    tag: "People",
    descriptions: {
      list: "Everyone in the organisation, with and without an account, by name. People own key results; Grove never ranks or scores them (S3).",
      create:
        "Admins add a person (M3: admins run the organisation); an account comes with an invitation. A person's unit roles are set on the unit.",
      update: "Admins change a person's name, email or organisation role (M3); the last admin cannot lose the role.",
      remove:
        "Admins delete a person; the key results they owned and what they wrote stay, without an owner, on the record (S7). The last admin cannot be deleted.",
    },
    item: Person,
    create: CreatePerson,
    update: UpdatePerson,
    service: { list: listPeople, get: getPerson, create: createPerson, update: updatePerson, remove: deletePerson },
  });
  routes.get("/orgs/{org}/memberships", {
    operationId: "listMemberships",
    description: "Every unit membership (lead or member, M3) of the organisation, in one list for the people page.",
    summary: "Every unit membership of the organisation",
    responds: [200, z.object({ memberships: z.array(Membership) }), "Memberships"],
    run: async ({ services, scope }) => ({
      memberships: await listAllMemberships(services, scope),
    }),
  });
  routes.get("/orgs/{org}/units/{id}/members", {
    operationId: "listUnitMembers",
    description: "The unit's lead, who sets its objective, and its members, who write its key results (M3).",
    summary: "A unit's lead and members (M3)",
    responds: [200, z.object({ members: z.array(Member) }), "Members of the unit"],
    serve: listMembers,
    field: "members",
  });
  routes.put("/orgs/{org}/units/{id}/members/{personId}", {
    operationId: "setUnitMember",
    description:
      "Admins, or the unit's lead, add a person to the unit as lead or member, or change the role (M3: the lead sets the objective, the members write the key results).",
    summary: "Add a person to a unit or change their role in it: lead or member (M3)",
    params: MemberParams,
    body: z.strictObject({ role: Role }),
    responds: [200, Membership, "Membership set"],
    run: async ({ services, scope, param: { id, personId }, json }) => {
      const membership = await setMembership(services, scope, id, personId, json.role);
      return { unitId: membership.unitId, personId: membership.personId, role: membership.role };
    },
  });
  routes.delete("/orgs/{org}/units/{id}/members/{personId}", {
    operationId: "removeUnitMember",
    description:
      "Admins, or the unit's lead, remove a person from the unit; what they wrote stays, on the record (S7).",
    summary: "Remove a person from a unit",
    params: MemberParams,
    responds: [204, "Removed"],
    run: async ({ services, scope, param: { id, personId } }) => {
      await removeMembership(services, scope, id, personId);
    },
  });
});
