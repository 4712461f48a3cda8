import { findUserByEmail } from "../../db/repositories/accounts.ts";
import { enterTenant } from "../../db/tenant.ts";
import type { ServiceContext } from "../context.ts";
import { hashPassword } from "./secrets.ts";

/**
 * Gives people of an organisation accounts with one password and links them (the demo and
 * operators' scripts; teams themselves join through invitations). Existing accounts are linked
 * as they are. Returns how many accounts were created.
 */
export async function createAccountsForPeople(
  ctx: ServiceContext,
  orgId: string,
  people: { personId: string; name: string; email: string; role: "admin" | "member" | "viewer" }[],
  password: string,
): Promise<number> {
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction().execute(async (tx) => {
    const links: { personId: string; userId: string; role: "admin" | "member" | "viewer" }[] = [];
    let created = 0;
    for (const person of people) {
      const existing = await findUserByEmail(tx, person.email);
      const userId = existing?.id ?? ctx.newId();
      if (!existing) {
        await tx
          .insertInto("users")
          // The operator (or the demo) vouches for these addresses: verified from the start.
          .values({
            id: userId,
            email: person.email.toLowerCase(),
            name: person.name,
            passwordHash,
            emailVerifiedAt: ctx.now(),
          })
          .execute();
        created++;
      }
      links.push({ personId: person.personId, userId, role: person.role });
    }
    await enterTenant(tx, orgId);
    for (const link of links) {
      await tx
        .updateTable("people")
        .set({ userId: link.userId, role: link.role })
        .where("orgId", "=", orgId)
        .where("id", "=", link.personId)
        .execute();
    }
    return created;
  });
}
