import { AppError } from "../../domain/errors.ts";
import type { ServiceContext } from "../context.ts";
import { passwordMatches } from "./equal-time.ts";
import { hashPassword, hashSecret } from "./secrets.ts";
import { wrongCredentials } from "./sign-in.ts";
import { countSignInAttempt } from "./sign-in-throttle.ts";

// A signed-in person's own password and sessions (docs/accounts-and-access.md, "Password and
// sessions"). Account level: no organisation is involved, so no history row (S7 is per tenant).

/** How a session is named to its owner: 12 hex characters of the stored hash, never the id or the whole hash. */
export function sessionHandle(idHash: string): string {
  return Buffer.from(idHash, "base64url").toString("hex").slice(0, 12);
}

export interface SessionSummary {
  handle: string;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/**
 * Changes the password of the signed-in user. The current password is checked like a sign-in,
 * counted by the sign-in throttle (a stolen session must not become a password-guessing oracle);
 * a wrong one gets sign-in's answer. On success every OTHER session of the user ends: whoever
 * had the old password is out, the person changing it stays in.
 */
export async function changePassword(
  ctx: ServiceContext,
  input: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
  clientAddress?: string,
): Promise<void> {
  const user = await ctx.db
    .selectFrom("users")
    .select(["id", "email", "passwordHash"])
    .where("id", "=", input.userId)
    .executeTakeFirstOrThrow();
  const attempt = await countSignInAttempt(ctx, user.email.toLowerCase(), clientAddress);
  if (!(await passwordMatches(input.currentPassword, user))) {
    await attempt.passwordWrong();
    throw wrongCredentials();
  }
  await attempt.passwordRight();
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (tx) => {
    await tx.updateTable("users").set({ passwordHash }).where("id", "=", user.id).execute();
    await tx
      .deleteFrom("sessions")
      .where("userId", "=", user.id)
      .where("idHash", "!=", hashSecret(input.sessionId))
      .execute();
    // A reset link mailed before the change would set the password back to the mailer's choice.
    await tx
      .updateTable("passwordResets")
      .set({ usedAt: ctx.now() })
      .where("userId", "=", user.id)
      .where("usedAt", "is", null)
      .execute();
  });
}

/** The user's live sessions, newest use first, each named by its handle. */
export async function listSessions(ctx: ServiceContext, userId: string, sessionId: string): Promise<SessionSummary[]> {
  const currentHash = hashSecret(sessionId);
  const rows = await ctx.db
    .selectFrom("sessions")
    .select(["idHash", "createdAt", "lastSeenAt"])
    .where("userId", "=", userId)
    .where("expiresAt", ">", ctx.now())
    .orderBy("lastSeenAt", "desc")
    .orderBy("createdAt", "desc")
    // A total order, so a page's cursor finds its place among sessions made the same moment.
    .orderBy("idHash")
    .execute();
  return rows.map((row) => ({
    handle: sessionHandle(row.idHash),
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    current: row.idHash === currentHash,
  }));
}

/**
 * Ends one of the user's own sessions by its handle. Another user's session answers 404 like
 * one that does not exist. Says whether it was the caller's own (the route then signs out).
 */
export async function endOwnSession(
  ctx: ServiceContext,
  input: { userId: string; sessionId: string; handle: string },
): Promise<{ wasCurrent: boolean }> {
  // Matched here rather than in SQL: a person has a handful of sessions, and the handle is hex.
  const mine = await ctx.db.selectFrom("sessions").select("idHash").where("userId", "=", input.userId).execute();
  const ended = mine.filter((row) => sessionHandle(row.idHash) === input.handle.toLowerCase());
  if (ended.length > 0) {
    await ctx.db
      .deleteFrom("sessions")
      .where("userId", "=", input.userId)
      .where(
        "idHash",
        "in",
        ended.map((row) => row.idHash),
      )
      .execute();
  }
  if (ended.length === 0) {
    throw new AppError("not_found", "There is no such session: it may have ended already", [
      { field: "handle", rule: "unknown", message: "not one of your live sessions" },
    ]);
  }
  return { wasCurrent: ended.some((row) => row.idHash === hashSecret(input.sessionId)) };
}
