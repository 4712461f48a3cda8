import { findSessionIdentity, type SessionIdentity } from "../../db/repositories/request-identity.ts";
import type { Executor, ServiceContext } from "../context.ts";
import { hashSecret, newSecret } from "./secrets.ts";

export const SESSION_DAYS = 30;
const DAY = 86_400_000;

export interface NewSession {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * A server-side session: the cookie carries the id, the database only its hash. One made by an
 * organisation's single sign-on (`ssoOrgId`) reaches only that organisation.
 */
export async function createSession(
  ctx: ServiceContext,
  db: Executor,
  userId: string,
  ssoOrgId: string | null = null,
): Promise<NewSession> {
  const sessionId = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(ctx.now().getTime() + SESSION_DAYS * DAY);
  await db
    .insertInto("sessions")
    .values({
      idHash: hashSecret(sessionId),
      userId,
      csrfHash: hashSecret(csrfToken),
      expiresAt,
      lastSeenAt: ctx.now(),
      ssoOrgId,
    })
    .execute();
  return { sessionId, csrfToken, expiresAt };
}

/**
 * The live session behind a cookie, or null, with the user's person in the organisation `slug`
 * names (see request-identity.ts). Active sessions slide forward at most once a day, so a
 * request costs a write only on the first request of a day.
 */
export async function resolveSession(
  ctx: ServiceContext,
  sessionId: string,
  slug: string | null = null,
): Promise<SessionIdentity | null> {
  const session = await findSessionIdentity(ctx.db, hashSecret(sessionId), slug);
  const now = ctx.now();
  if (!session || session.expiresAt.getTime() <= now.getTime()) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > DAY) {
    await ctx.db
      .updateTable("sessions")
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY) })
      .where("idHash", "=", session.idHash)
      .execute();
  }
  return session;
}

export async function endSession(ctx: ServiceContext, sessionId: string): Promise<void> {
  await ctx.db.deleteFrom("sessions").where("idHash", "=", hashSecret(sessionId)).execute();
}
