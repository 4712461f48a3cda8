import { findUserByEmail } from "../../db/repositories/accounts.ts";
import { membershipsWithSso } from "../../db/repositories/sso.ts";
import { AppError } from "../../domain/errors.ts";
import { passwordRefusedBy } from "../../domain/sso.ts";
import { CHALLENGE_SECONDS, challengeOpen } from "../../domain/two-factor.ts";
import type { ServiceContext } from "../context.ts";
import { passwordMatches } from "./equal-time.ts";
import { type CodeRule, codeRefused, readCodeOrRefuse, takeCode, twoFactorOn } from "./second-factor.ts";
import { hashSecret, newSecret } from "./secrets.ts";
import { createSession, type NewSession } from "./sessions.ts";
import { countSignInAttempt } from "./sign-in-throttle.ts";

/** The one refusal of a wrong email or password: it never says which was wrong. */
export function wrongCredentials(): AppError {
  return new AppError("unauthenticated", "The email or the password is wrong");
}

/** The password was right and the account asks for a code: no session yet, a challenge for the second step. */
export interface SecondStepDue {
  challenge: string;
  expiresAt: Date;
}

export type SignInOutcome = { session: NewSession } | { secondStep: SecondStepDue };

/**
 * Email and password sign-in. The attempt is counted before the password is checked, per account
 * and client address and per address (sign-in-throttle.ts), so the limit holds under concurrency
 * and across instances, and nobody can lock out an account's owner from another address. An
 * unknown email takes as long as a known one (equal-time.ts). An account with two-factor sign-in
 * gets no session yet: a challenge for the second step (completeSignIn), and the account's count
 * from this address stands until that step succeeds.
 */
export async function beginSignIn(
  ctx: ServiceContext,
  email: string,
  password: string,
  clientAddress?: string,
): Promise<SignInOutcome> {
  const normalised = email.toLowerCase();
  const attempt = await countSignInAttempt(ctx, normalised, clientAddress);
  const user = await findUserByEmail(ctx.db, normalised);
  // Checked even without an account (against a dummy hash), so both take the same time.
  const matches = await passwordMatches(password, user);
  if (!user || !matches) {
    await attempt.passwordWrong();
    throw wrongCredentials();
  }
  const secondStepDue = await twoFactorOn(ctx.db, user.id);
  // A two-factor account's right password alone does not reset its count (only a right code does).
  if (secondStepDue) await attempt.secondStepDue();
  else await attempt.passwordRight();
  await refuseWhereSsoIsRequired(ctx, user.id);
  if (secondStepDue) return { secondStep: await createChallenge(ctx, user.id) };
  return { session: await createSession(ctx, ctx.db, user.id) };
}

/** Sign-in for an account without a second step (scripts and tests); one with it is refused. */
export async function signIn(
  ctx: ServiceContext,
  email: string,
  password: string,
  clientAddress?: string,
): Promise<NewSession> {
  const outcome = await beginSignIn(ctx, email, password, clientAddress);
  if ("session" in outcome) return outcome.session;
  throw new AppError("unauthenticated", "This account signs in with a second step");
}

async function createChallenge(ctx: ServiceContext, userId: string): Promise<SecondStepDue> {
  const challenge = newSecret();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + CHALLENGE_SECONDS * 1000);
  await ctx.db.deleteFrom("signInChallenges").where("expiresAt", "<=", now).execute();
  await ctx.db
    .insertInto("signInChallenges")
    .values({ tokenHash: hashSecret(challenge), userId, createdAt: now, expiresAt, usedAt: null })
    .execute();
  return { challenge, expiresAt };
}

function challengeGone(): AppError {
  return new AppError("unauthenticated", "This sign-in has ended: enter your password again", [
    {
      field: "challenge",
      rule: "challenge_expired",
      message: "the second step lasts 5 minutes, is used once and takes 5 wrong codes",
    },
  ]);
}

/**
 * The second step: a current code of the account's authenticator app (once per time step) or an
 * unused recovery code (once ever) for a challenge of the password step. Counted by the sign-in
 * throttle like a password; a wrong code also counts against the challenge, which ends after a
 * few. Only a right code creates the session, and it spends the challenge in the same
 * transaction, so a challenge signs in once.
 */
export async function completeSignIn(
  ctx: ServiceContext,
  input: { challenge: string; code: string },
  clientAddress?: string,
): Promise<NewSession> {
  const tokenHash = hashSecret(input.challenge);
  const pending = await ctx.db
    .selectFrom("signInChallenges")
    .innerJoin("users", "users.id", "signInChallenges.userId")
    .select(["signInChallenges.userId", "users.email", "expiresAt", "usedAt", "failures"])
    .where("tokenHash", "=", tokenHash)
    .executeTakeFirst();
  if (!pending || !challengeOpen(pending, ctx.now())) throw challengeGone();
  const code = readCodeOrRefuse(input.code, "totp_or_recovery");
  const attempt = await countSignInAttempt(ctx, pending.email.toLowerCase(), clientAddress);
  type Outcome = { gone: true } | { refused: CodeRule } | { session: NewSession };
  const outcome = await ctx.db.transaction().execute(async (tx): Promise<Outcome> => {
    // The challenge row first: a second request with this challenge waits here, then finds it used.
    const locked = await tx
      .selectFrom("signInChallenges")
      .select(["expiresAt", "usedAt", "failures"])
      .where("tokenHash", "=", tokenHash)
      .forUpdate()
      .executeTakeFirst();
    if (!locked || !challengeOpen(locked, ctx.now())) return { gone: true };
    const taken = await takeCode(ctx, tx, pending.userId, code);
    if (!taken.ok) {
      await tx
        .updateTable("signInChallenges")
        .set((eb) => ({ failures: eb("failures", "+", 1) }))
        .where("tokenHash", "=", tokenHash)
        .execute();
      return { refused: taken.rule };
    }
    await tx.updateTable("signInChallenges").set({ usedAt: ctx.now() }).where("tokenHash", "=", tokenHash).execute();
    return { session: await createSession(ctx, tx, pending.userId) };
  });
  if ("gone" in outcome) throw challengeGone();
  if ("refused" in outcome) {
    await attempt.passwordWrong();
    throw codeRefused(outcome.refused);
  }
  await attempt.passwordRight();
  return outcome.session;
}

/**
 * "Require SSO for members" (docs/accounts-and-access.md, "Single sign-on"): a right password
 * still does not sign in a member or viewer of such an organisation. Checked only after the
 * password, so it tells nothing to someone who does not know it. Admins are never refused: their
 * password is the way in when the provider is down or misconfigured.
 */
export async function refuseWhereSsoIsRequired(ctx: ServiceContext, userId: string): Promise<void> {
  const slugs = passwordRefusedBy(await membershipsWithSso(ctx.db, userId));
  if (slugs.length === 0) return;
  const error = new AppError(
    "forbidden",
    `Your organisation signs in with single sign-on: choose "Sign in with SSO" and enter ${slugs.join(", ")}`,
    slugs.map((slug) => ({ field: "email", rule: "sso_required", message: slug })),
  );
  error.reason = "sso_required";
  throw error;
}
