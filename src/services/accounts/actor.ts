import { findPersonOfUser } from "../../db/repositories/accounts.ts";
import type { Actor, TokenScope, UnitRole } from "../../domain/policies.ts";
import { readTenant, type ServiceContext } from "../context.ts";

/** Who a signed-in user is in one organisation: null when they are not a member of it. */
export async function actorForUser(ctx: ServiceContext, orgId: string, userId: string): Promise<Actor | null> {
  const person = await findPersonOfUser(ctx.db, orgId, userId);
  return person ? actorForPerson(ctx, orgId, person.id, null) : null;
}

export async function actorForPerson(
  ctx: ServiceContext,
  orgId: string,
  personId: string,
  tokenScope: TokenScope | null,
): Promise<Actor | null> {
  return readTenant(ctx, orgId, async (tx) => {
    const person = await tx
      .selectFrom("people")
      .select(["id", "role"])
      .where("orgId", "=", orgId)
      .where("id", "=", personId)
      .executeTakeFirst();
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
