import { findUserByEmail } from "../../db/repositories/accounts.ts";
import { AppError } from "../../domain/errors.ts";
import type { Executor, ServiceContext } from "../context.ts";
import { passwordResetMail } from "../mail/password-reset-mail.ts";
import { enqueue } from "../outbox/enqueue.ts";
import { markEmailVerified } from "./email-verification.ts";
import { markLinksUsed, usableLink } from "./one-time-link.ts";
import { hashPassword, hashSecret, newSecret } from "./secrets.ts";

// Password reset (docs/accounts-and-access.md, "Password reset"): a single-use link that expires
// after an hour, mailed to the address of the account. The request's answer is the same whether
// the address has an account or not, so it cannot be used to find out who has one.

export const RESET_VALID_MS = 60 * 60_000;
/** Live links per account: more requests in the hour send nothing (a mailbox is not a target). */
const MAX_LIVE_RESETS = 3;
/**
 * Every request answers no sooner than this after it arrived: the work for an address with an
 * account (a write, a mail in the outbox) then takes no visibly longer than for one without.
 */
export const RESET_ANSWER_FLOOR_MS = 250;

/**
 * Asks for a reset link for `email`. With an account and mail on, a link is mailed in the
 * person's language; otherwise nothing happens. Nothing tells the caller which.
 */
export async function requestPasswordReset(ctx: ServiceContext, email: string): Promise<void> {
  const started = performance.now();
  if (ctx.messaging.mail) {
    await ctx.db.transaction().execute(async (tx) => {
      const user = await findUserByEmail(tx, email.toLowerCase());
      if (!user || (await liveResets(ctx, tx, user.id)) >= MAX_LIVE_RESETS) return;
      const token = await insertReset(ctx, tx, user.id);
      const locale = (await tx.selectFrom("users").select("locale").where("id", "=", user.id).executeTakeFirstOrThrow())
        .locale;
      await enqueue(ctx, tx, [
        {
          orgId: null,
          channel: "mail",
          kind: "password-reset",
          payload: passwordResetMail({ to: user.email, locale, link: resetLink(ctx, token), validMinutes: 60 }),
        },
      ]);
    });
  }
  const left = RESET_ANSWER_FLOOR_MS - (performance.now() - started);
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}

/** For an admin when mail is off (`grove reset-link EMAIL`): a link to hand over in person. */
export async function createResetLink(ctx: ServiceContext, email: string): Promise<{ link: string; expiresAt: Date }> {
  const user = await findUserByEmail(ctx.db, email.toLowerCase());
  if (!user) throw new AppError("not_found", `No account has the email ${email}`);
  const token = await insertReset(ctx, ctx.db, user.id);
  return { link: resetLink(ctx, token), expiresAt: new Date(ctx.now().getTime() + RESET_VALID_MS) };
}

/** What the reset page shows before the person types: whose password it sets, or why it cannot. */
export async function describeReset(ctx: ServiceContext, token: string): Promise<{ email: string }> {
  const reset = await usableReset(ctx, ctx.db, token);
  return { email: reset.email };
}

/**
 * Sets the password with a reset link, once: the link and every other live link of the account
 * stop working, and every session of the account ends (whoever had the old password is out).
 */
export async function confirmPasswordReset(ctx: ServiceContext, input: { token: string; password: string }) {
  await describeReset(ctx, input.token); // refuse a dead link before spending a password hash on it
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction().execute(async (tx) => {
    // The row lock makes two uses of one link at the same moment take turns: the second sees it used.
    const reset = await usableReset(ctx, tx, input.token, true);
    const now = ctx.now();
    await tx.updateTable("users").set({ passwordHash }).where("id", "=", reset.userId).execute();
    await markLinksUsed(tx, "passwordResets", reset.userId, now);
    await tx.deleteFrom("sessions").where("userId", "=", reset.userId).execute();
    // The link came by mail to the account's address: following it proves the address too.
    await markEmailVerified(ctx, tx, reset.userId, reset.email);
  });
}

/** The web app's page for a reset link (src/web/app/App.tsx). */
export function resetLink(ctx: ServiceContext, token: string): string {
  return `${ctx.messaging.publicUrl}/reset-password/${encodeURIComponent(token)}`;
}

async function insertReset(ctx: ServiceContext, db: Executor, userId: string): Promise<string> {
  const token = newSecret("pwr_");
  await db
    .insertInto("passwordResets")
    .values({
      tokenHash: hashSecret(token),
      userId,
      createdAt: ctx.now(),
      expiresAt: new Date(ctx.now().getTime() + RESET_VALID_MS),
    })
    .execute();
  return token;
}

async function liveResets(ctx: ServiceContext, db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom("passwordResets")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("userId", "=", userId)
    .where("usedAt", "is", null)
    .where("expiresAt", ">", ctx.now())
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

async function usableReset(ctx: ServiceContext, db: Executor, token: string, lock = false) {
  let query = db
    .selectFrom("passwordResets")
    .innerJoin("users", "users.id", "passwordResets.userId")
    .select(["passwordResets.userId", "passwordResets.expiresAt", "passwordResets.usedAt", "users.email"])
    .where("passwordResets.tokenHash", "=", hashSecret(token));
  if (lock) query = query.forUpdate("passwordResets");
  const reset = await query.executeTakeFirst();
  return usableLink(reset, ctx.now(), {
    unknown: ["This password reset link is not valid: ask for a new one", "not a reset link Grove made"],
    used: ["This password reset link was used already: ask for a new one", "a reset link works once"],
    expired: ["This password reset link has expired: ask for a new one", "a reset link works for one hour"],
  });
}
