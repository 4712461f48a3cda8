import type { MemberRow } from "../../db/repositories/request-identity.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { Actor, TokenScope, UnitRole } from "../../domain/policies.ts";
import { readTenant, type ServiceContext } from "../context.ts";

/** The actor a request's member row describes (see request-identity.ts). */
export function actorOf(member: MemberRow, tokenScope: TokenScope | null): Actor {
  return {
    kind: "person",
    personId: member.personId,
    orgRole: member.orgRole,
    unitRoles: new Map<string, UnitRole>(member.unitRoles),
    tokenScope,
  };
}

/** A person as an actor, read under the tenant's policies (for the CLI and tests). */
export async function actorForPerson(
  ctx: ServiceContext,
  orgId: string,
  personId: string,
  tokenScope: TokenScope | null,
): Promise<Actor | null> {
  return readTenant(ctx, orgId, async (tx) => {
    const person = await tenantRows("people").find(tx, orgId, personId);
    if (!person) return null;
    const memberships = await tx
      .selectFrom("memberships")
      .select(["unitId", "role"])
      .where("orgId", "=", orgId)
      .where("personId", "=", personId)
      .execute();
    const unitRoles = new Map<string, UnitRole>(memberships.map((m) => [m.unitId, m.role]));
    return { kind: "person", personId, orgRole: person.role, unitRoles, tokenScope };
  });
}
