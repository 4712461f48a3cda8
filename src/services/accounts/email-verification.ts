import { AppError } from "../../domain/errors.ts";
import type { Executor, ServiceContext, Tx } from "../context.ts";
import { emailVerificationMail } from "../mail/email-verification-mail.ts";
import { enqueue } from "../outbox/enqueue.ts";
import type { Scope } from "../write.ts";
import { markLinksUsed, usableLink } from "./one-time-link.ts";
import { hashSecret, newSecret } from "./secrets.ts";
import { SignInThrottled } from "./sign-in-throttle.ts";

// Email verification at sign-up (issue 12, point 6; docs/accounts-and-access.md "Email
// verification"). A self-signed-up account is mailed a single-use link that expires; following
// it shows the owner reads the address's mail. Until then the account may sign in and use its
// organisation, but not send Grove's mail to strangers (invitations) nor automate (API tokens).
// Invitation and password reset links prove the address too, so they verify it as well.

export const VERIFICATION_VALID_MS = 24 * 60 * 60_000;
/** A new link at most once a minute, and at most this many in an hour: a mailbox is not a target. */
export const RESEND_GAP_MS = 60_000;
export const LINKS_PER_HOUR = 5;
const HOUR_MS = 60 * 60_000;

/** What a refusal of an unverified account can be about (the web app words each). */
export type VerifiedOnly = "invite" | "createApiToken";

/** The refusals' words (the web app translates them: src/web/features/auth/reasons.ts). */
export const REFUSAL: Record<VerifiedOnly, string> = {
  invite: "Verify your email address before inviting people: follow the link mailed to you, or send a new one",
  createApiToken:
    "Verify your email address before creating API tokens: follow the link mailed to you, or send a new one",
};

/**
 * Mails a new account its link, in the sign-up's transaction (the account and its link commit
 * together). Does nothing when verification is off.
 */
export async function mailVerificationLink(
  ctx: ServiceContext,
  tx: Executor,
  user: { id: string; email: string; locale: "en" | "zh" },
): Promise<void> {
  if (!ctx.messaging.emailVerification) return;
  const token = newSecret("emv_");
  const now = ctx.now();
  await tx
    .insertInto("emailVerifications")
    .values({
      tokenHash: hashSecret(token),
      userId: user.id,
      email: user.email,
      createdAt: now,
      expiresAt: new Date(now.getTime() + VERIFICATION_VALID_MS),
    })
    .execute();
  await enqueue(ctx, tx, [
    {
      orgId: null,
      channel: "mail",
      kind: "email-verification",
      payload: emailVerificationMail({
        to: user.email,
        locale: user.locale,
        link: verificationLink(ctx, token),
        validHours: VERIFICATION_VALID_MS / HOUR_MS,
      }),
    },
  ]);
}

/**
 * A new link for the signed-in account ("resend" on the banner): one a minute, LINKS_PER_HOUR an
 * hour, else 429 with the wait. Refused when the address is verified already or verification is off.
 */
export async function resendVerificationLink(ctx: ServiceContext, userId: string): Promise<{ email: string }> {
  if (!ctx.messaging.emailVerification) {
    throw new AppError("conflict", "This server does not ask for email verification", [
      { field: "email", rule: "verification_off", message: "nothing to verify on this server" },
    ]);
  }
  return ctx.db.transaction().execute(async (tx) => {
    // The row lock makes two resends at the same moment take turns, so the throttle counts both.
    const user = await tx
      .selectFrom("users")
      .select(["id", "email", "locale", "emailVerifiedAt"])
      .where("id", "=", userId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (user.emailVerifiedAt) {
      throw new AppError("conflict", "Your email address is verified already", [
        { field: "email", rule: "already_verified", message: "nothing to do" },
      ]);
    }
    await assertResendAllowed(ctx, tx, userId);
    await mailVerificationLink(ctx, tx, user);
    return { email: user.email };
  });
}

async function assertResendAllowed(ctx: ServiceContext, tx: Tx, userId: string): Promise<void> {
  const now = ctx.now().getTime();
  const recent = await tx
    .selectFrom("emailVerifications")
    .select("createdAt")
    .where("userId", "=", userId)
    .where("createdAt", ">", new Date(now - HOUR_MS))
    .orderBy("createdAt", "desc")
    .execute();
  const newest = recent[0]?.createdAt.getTime();
  if (newest !== undefined && now - newest < RESEND_GAP_MS) {
    const wait = Math.ceil((newest + RESEND_GAP_MS - now) / 1000);
    throw new SignInThrottled(
      wait,
      `A link was sent less than a minute ago: check your inbox, or try again in ${wait} s`,
    );
  }
  if (recent.length >= LINKS_PER_HOUR) {
    const oldest = (recent[recent.length - 1] as { createdAt: Date }).createdAt.getTime();
    const wait = Math.max(1, Math.ceil((oldest + HOUR_MS - now) / 1000));
    throw new SignInThrottled(
      wait,
      `${LINKS_PER_HOUR} links were sent in the last hour: check your inbox (and spam folder), or try again in ${Math.ceil(wait / 60)} min`,
    );
  }
}

/**
 * Follows a link: verifies the address it was mailed to, once. This link and every other live one
 * of the account are used up. A used link is refused as used (the address is verified by then).
 */
export async function confirmEmailVerification(ctx: ServiceContext, token: string): Promise<{ email: string }> {
  return ctx.db.transaction().execute(async (tx) => {
    const link = await tx
      .selectFrom("emailVerifications")
      .select(["userId", "email", "expiresAt", "usedAt"])
      .where("tokenHash", "=", hashSecret(token))
      .forUpdate()
      .executeTakeFirst();
    const usable = usableLink(link, ctx.now(), {
      unknown: ["This verification link is not valid: send a new one", "not a verification link Grove made"],
      used: ["This verification link was used already: your address is verified", "a verification link works once"],
      expired: [
        "This verification link has expired: sign in and send a new one",
        "a verification link works for 24 hours",
      ],
    });
    // Only the address the link went to: an account whose address changed since is not verified by it.
    const verified = await markEmailVerified(ctx, tx, usable.userId, usable.email);
    if (!verified) {
      throw new AppError("gone", "This verification link was for another address of the account: send a new one", [
        { field: "token", rule: "expired", message: "the account's address changed since" },
      ]);
    }
    return { email: usable.email };
  });
}

/**
 * Records that the owner of `userId` read `email`'s mail (a verification, invitation or password
 * reset link), and uses up the account's live verification links. False when the account's
 * address is not `email`. Verifying twice keeps the first time.
 */
export async function markEmailVerified(ctx: ServiceContext, tx: Executor, userId: string, email: string) {
  const now = ctx.now();
  const user = await tx
    .updateTable("users")
    .set((eb) => ({ emailVerifiedAt: eb.fn.coalesce("emailVerifiedAt", eb.val(now)) }))
    .where("id", "=", userId)
    .where("email", "=", email.toLowerCase())
    .returning("id")
    .executeTakeFirst();
  if (!user) return false;
  await markLinksUsed(tx, "emailVerifications", userId, now);
  return true;
}

/**
 * Refuses `what` to a person whose account has not verified its address, when the server asks
 * for verification. Read on the owner connection before the change's own transaction: accounts
 * are global, not the tenant's.
 */
export async function assertEmailVerified(ctx: ServiceContext, scope: Scope, what: VerifiedOnly): Promise<void> {
  if (!ctx.messaging.emailVerification || scope.actor.kind !== "person") return;
  const row = await ctx.db
    .selectFrom("people")
    .innerJoin("users", "users.id", "people.userId")
    .select("users.emailVerifiedAt")
    .where("people.orgId", "=", scope.orgId)
    .where("people.id", "=", scope.actor.personId)
    .executeTakeFirst();
  if (row && !row.emailVerifiedAt) {
    // No field detail: the form's `email` is the invitee's, and the caller's address is not a field.
    const error = new AppError("forbidden", REFUSAL[what]);
    error.reason = "email_unverified";
    throw error;
  }
}

/** The web app's page for a verification link (src/web/app/App.tsx). */
export function verificationLink(ctx: ServiceContext, token: string): string {
  return `${ctx.messaging.publicUrl}/verify-email/${encodeURIComponent(token)}`;
}
