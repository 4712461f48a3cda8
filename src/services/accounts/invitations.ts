import { findInvitation, findUser, findUserByEmail } from "../../db/repositories/accounts.ts";
import { changeOf } from "../../db/repositories/history.ts";
import { enterTenant } from "../../db/tenant.ts";
import { AppError } from "../../domain/errors.ts";
import { authorize, type OrgRole } from "../../domain/policies.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { enqueueInvitationMail } from "../mail/invitation-mail.ts";
import { adminChange, type Scope } from "../write.ts";
import { assertEmailVerified, markEmailVerified } from "./email-verification.ts";
import { passwordMatches } from "./equal-time.ts";
import { secondStepRequired, twoFactorOn } from "./second-factor.ts";
import { hashPassword, hashSecret, newSecret } from "./secrets.ts";
import { createSession, type NewSession } from "./sessions.ts";
import { refuseWhereSsoIsRequired, wrongCredentials } from "./sign-in.ts";
import { countSignInAttempt } from "./sign-in-throttle.ts";

const INVITATION_DAYS = 14;

/**
 * An admin invites someone by email; the link's token is shown once and stored hashed. With mail
 * on, the invitee is mailed the link in the same transaction (`mailed` says so).
 */
export async function createInvitation(
  ctx: ServiceContext,
  scope: Scope,
  input: { email: string; name?: string; role: OrgRole },
): Promise<{ id: string; email: string; role: OrgRole; expiresAt: Date; token: string; mailed: boolean }> {
  // An invitation is Grove's mail to a stranger in this account's name: only from a proven address.
  await assertEmailVerified(ctx, scope, "invite");
  const token = newSecret("inv_");
  return adminChange(ctx, scope, async (tx) => {
    const expiresAt = new Date(ctx.now().getTime() + INVITATION_DAYS * 86_400_000);
    const invitation = await tx
      .insertInto("invitations")
      .values({
        orgId: scope.orgId,
        id: ctx.newId(),
        email: input.email.toLowerCase(),
        name: input.name ?? "",
        role: input.role,
        tokenHash: hashSecret(token),
        invitedBy: scope.actor.kind === "person" ? scope.actor.personId : null,
        expiresAt,
      })
      .returning(["id", "email", "role", "expiresAt"])
      .executeTakeFirstOrThrow();
    const mailed = await enqueueInvitationMail(ctx, tx, {
      ...invitation,
      orgId: scope.orgId,
      token,
      validDays: INVITATION_DAYS,
    });
    // The history keeps who was invited and as what, never the link's secret.
    const recorded = { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt };
    return {
      result: { ...invitation, token, mailed },
      history: [changeOf("invitation", invitation.id, null, recorded)],
    };
  });
}

export async function listInvitations(ctx: ServiceContext, scope: Scope) {
  authorize(scope.actor, { do: "manageOrganisation" });
  return readTenant(ctx, scope.orgId, (tx) =>
    tx
      .selectFrom("invitations")
      .select(["id", "email", "name", "role", "createdAt", "expiresAt", "acceptedAt"])
      .where("orgId", "=", scope.orgId)
      .orderBy("createdAt", "desc")
      .execute(),
  );
}

/** Withdraws an invitation that has not been accepted yet; its link stops working. */
export async function revokeInvitation(ctx: ServiceContext, scope: Scope, id: string): Promise<void> {
  await adminChange(ctx, scope, async (tx) => {
    const withdrawn = await tx
      .deleteFrom("invitations")
      .where("orgId", "=", scope.orgId)
      .where("id", "=", id)
      .where("acceptedAt", "is", null)
      .returning(["email", "role", "expiresAt"])
      .executeTakeFirst();
    if (!withdrawn) throw new AppError("not_found", "Invitation not found, or already accepted");
    return { result: undefined, history: [changeOf("invitation", id, withdrawn, null)] };
  });
}

/**
 * What an invitation link offers, for the page that accepts it. Whether the address has an
 * account is not said (issue 12, defect 4: the inviting admin or anyone holding the link could
 * learn it): only whether the caller is signed in as that address, which they know anyway.
 */
export async function describeInvitation(ctx: ServiceContext, token: string, callerUserId?: string) {
  const invitation = await usableInvitation(ctx, token);
  const caller = callerUserId ? await findUser(ctx.db, callerUserId) : undefined;
  return {
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    organisationName: invitation.organisationName,
    slug: invitation.slug,
    signedInAsInvitee: caller?.email === invitation.email,
  };
}

/**
 * Accepts an invitation: creates the account (or checks the existing account's password),
 * links it to the organisation's person with that email (or adds one), and signs in. A wrong
 * password for an existing account is a failed sign-in: counted by the throttle first, answered
 * with sign-in's words, in the time a new account's hash takes.
 */
export async function acceptInvitation(
  ctx: ServiceContext,
  input: { token: string; name?: string; password: string },
  clientAddress?: string,
  signedInUserId?: string,
): Promise<NewSession & { slug: string }> {
  const invitation = await usableInvitation(ctx, input.token);
  const attempt = await countSignInAttempt(ctx, invitation.email, clientAddress);
  const existing = await findUserByEmail(ctx.db, invitation.email);
  const passwordHash = existing ? null : await hashPassword(input.password);
  if (existing && !(await passwordMatches(input.password, existing))) {
    await attempt.passwordWrong();
    throw wrongCredentials();
  }
  // An account with two-factor sign-in joins only from a session that passed its second step.
  if (existing && existing.id !== signedInUserId && (await twoFactorOn(ctx.db, existing.id))) {
    await attempt.secondStepDue();
    throw secondStepRequired();
  }
  await attempt.passwordRight();
  // A right password that sign-in would refuse (require SSO) does not sign in here either.
  if (existing) await refuseWhereSsoIsRequired(ctx, existing.id);
  return ctx.db.transaction().execute(async (tx) => {
    const userId =
      existing?.id ??
      (
        await tx
          .insertInto("users")
          .values({
            id: ctx.newId(),
            email: invitation.email,
            name: input.name || invitation.name || invitation.email,
            passwordHash: passwordHash as string,
            // The link came by mail to this address: following it proves the address.
            emailVerifiedAt: ctx.now(),
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    // An existing account that had not verified its address has now (the same proof).
    if (existing) await markEmailVerified(ctx, tx, userId, invitation.email);
    const session = await createSession(ctx, tx, userId);
    await enterTenant(tx, invitation.orgId);
    const person = await tx
      .selectFrom("people")
      .select(["id", "userId"])
      .where("orgId", "=", invitation.orgId)
      .where("email", "=", invitation.email)
      .executeTakeFirst();
    if (person) {
      await tx
        .updateTable("people")
        .set({ userId, role: invitation.role })
        .where("orgId", "=", invitation.orgId)
        .where("id", "=", person.id)
        .execute();
    } else {
      const name = input.name || invitation.name || invitation.email;
      await tx
        .insertInto("people")
        .values({
          orgId: invitation.orgId,
          id: ctx.newId(),
          name,
          email: invitation.email,
          userId,
          role: invitation.role,
        })
        .execute();
    }
    await tx
      .updateTable("invitations")
      .set({ acceptedAt: ctx.now() })
      .where("orgId", "=", invitation.orgId)
      .where("id", "=", invitation.id)
      .execute();
    return { ...session, slug: invitation.slug };
  });
}

async function usableInvitation(ctx: ServiceContext, token: string) {
  const invitation = await findInvitation(ctx.db, hashSecret(token));
  if (!invitation || invitation.acceptedAt || invitation.expiresAt.getTime() < ctx.now().getTime()) {
    throw new AppError("not_found", "This invitation link is not valid any more: ask for a new one");
  }
  return invitation;
}
