import { countRecentFailures, findUserByEmail } from "../../db/repositories/accounts.ts";
import { AppError } from "../../domain/errors.ts";
import type { ServiceContext } from "../context.ts";
import { verifyPassword } from "./secrets.ts";
import { createSession, type NewSession } from "./sessions.ts";

const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 10;

/**
 * Email and password sign-in. Failures are counted per email in the database (so the limit
 * holds across app instances): after 10 in 15 minutes, sign-in pauses for that email.
 */
export async function signIn(ctx: ServiceContext, email: string, password: string): Promise<NewSession> {
  const normalised = email.toLowerCase();
  const since = new Date(ctx.now().getTime() - WINDOW_MS);
  if ((await countRecentFailures(ctx.db, normalised, since)) >= MAX_FAILURES) {
    throw new AppError("rate_limited", "Too many failed sign-ins for this email: wait 15 minutes and try again");
  }
  const user = await findUserByEmail(ctx.db, normalised);
  const ok = user ? await verifyPassword(password, user.passwordHash) : false;
  if (!user || !ok) {
    await ctx.db.insertInto("signInFailures").values({ email: normalised, failedAt: ctx.now() }).execute();
    throw new AppError("unauthenticated", "The email or the password is wrong");
  }
  return createSession(ctx, ctx.db, user.id);
}
