import { findUserByEmail } from "../../db/repositories/accounts.ts";
import { AppError } from "../../domain/errors.ts";
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
  return createSession(ctx, ctx.db, user.id);
}
