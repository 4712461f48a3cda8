import { findUserByEmail } from "../../db/repositories/accounts.ts";
import { membershipsWithSso } from "../../db/repositories/sso.ts";
import { AppError } from "../../domain/errors.ts";
import { passwordRefusedBy } from "../../domain/sso.ts";
import type { ServiceContext } from "../context.ts";
import { passwordMatches } from "./equal-time.ts";
import { createSession, type NewSession } from "./sessions.ts";
import { countSignInAttempt } from "./sign-in-throttle.ts";

/** The one refusal of a wrong email or password: it never says which was wrong. */
export function wrongCredentials(): AppError {
  return new AppError("unauthenticated", "The email or the password is wrong");
}

/**
 * Email and password sign-in. The attempt is counted before the password is checked, per account
 * and client address and per address (sign-in-throttle.ts), so the limit holds under concurrency
 * and across instances, and nobody can lock out an account's owner from another address. An
 * unknown email takes as long as a known one (equal-time.ts).
 */
export async function signIn(
  ctx: ServiceContext,
  email: string,
  password: string,
  clientAddress?: string,
): Promise<NewSession> {
  const normalised = email.toLowerCase();
  const attempt = await countSignInAttempt(ctx, normalised, clientAddress);
  const user = await findUserByEmail(ctx.db, normalised);
  // Checked even without an account (against a dummy hash), so both take the same time.
  const matches = await passwordMatches(password, user);
  if (!user || !matches) {
    await attempt.passwordWrong();
    throw wrongCredentials();
  }
  await attempt.passwordRight();
  await refuseWhereSsoIsRequired(ctx, user.id);
  return createSession(ctx, ctx.db, user.id);
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
