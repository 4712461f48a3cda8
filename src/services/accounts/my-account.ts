import { findUser, listMembershipsOfUser } from "../../db/repositories/accounts.ts";
import { AppError } from "../../domain/errors.ts";
import type { ServiceContext } from "../context.ts";

/** The signed-in user and the organisations they belong to, with their role in each. */
export async function getMyAccount(ctx: ServiceContext, userId: string) {
  const [user, memberships] = await Promise.all([findUser(ctx.db, userId), listMyOrganisations(ctx, userId)]);
  // Deleting a user deletes their sessions, so this cannot happen; if it did, nobody is signed in.
  if (!user) throw new AppError("unauthenticated", "Sign in first");
  const { emailVerifiedAt, ...rest } = user;
  return {
    user: { ...rest, emailVerified: emailVerifiedAt !== null },
    // Whether an unverified address keeps this account from inviting and creating API tokens.
    emailVerificationRequired: ctx.messaging.emailVerification ?? false,
    organisations: memberships,
  };
}

/** The organisations a user belongs to (users are global; this reads on the owner connection). */
export async function listMyOrganisations(ctx: ServiceContext, userId: string) {
  const memberships = await listMembershipsOfUser(ctx.db, userId);
  return memberships.map(({ slug, organisationName, personId, role }) => ({ slug, organisationName, personId, role }));
}
