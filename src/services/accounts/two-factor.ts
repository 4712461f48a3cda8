import { changeOf } from "../../db/repositories/history.ts";
import { AppError } from "../../domain/errors.ts";
import { RECOVERY_CODE_COUNT, showRecoveryCode } from "../../domain/two-factor.ts";
import type { ServiceContext, Tx } from "../context.ts";
import { accountChange } from "../write.ts";
import { passwordMatches } from "./equal-time.ts";
import { codeRefused, readCodeOrRefuse, takeCode } from "./second-factor.ts";
import { hashSecret } from "./secrets.ts";
import { wrongCredentials } from "./sign-in.ts";
import { countSignInAttempt } from "./sign-in-throttle.ts";
import { checkTotp, newRecoveryCodes, newTotpSecret, totpUri } from "./totp.ts";

// A person's own two-factor sign-in (docs/accounts-and-access.md, "Two-factor sign-in"): set it
// up with an authenticator app, get recovery codes, turn it off. Account level, like the
// password; each change is recorded in the history of every organisation the person is in
// (accountChange), as the person's change of their sign-in, never with a secret.

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
}

export async function twoFactorStatus(ctx: ServiceContext, userId: string): Promise<TwoFactorStatus> {
  const row = await ctx.db.selectFrom("twoFactor").select("enabledAt").where("userId", "=", userId).executeTakeFirst();
  const enabledAt = row?.enabledAt ?? null;
  return { enabled: enabledAt !== null, enabledAt, recoveryCodesLeft: await codesLeft(ctx, userId) };
}

async function codesLeft(ctx: ServiceContext, userId: string): Promise<number> {
  const { left } = await ctx.db
    .selectFrom("twoFactorRecoveryCodes")
    .select((eb) => eb.fn.countAll<string>().as("left"))
    .where("userId", "=", userId)
    .where("usedAt", "is", null)
    .executeTakeFirstOrThrow();
  return Number(left);
}

function alreadyOn(): AppError {
  return new AppError("conflict", "Two-factor sign-in is on already: turn it off first to set up another app", [
    { field: "twoFactor", rule: "already_on", message: "two-factor sign-in is on" },
  ]);
}

/**
 * Starts the setup: a new secret for the authenticator app, kept but not yet asked for at
 * sign-in. Starting again replaces an unconfirmed secret (a person who lost the first QR code).
 * It takes the password, like every change to how the account signs in: a borrowed session must
 * not be able to put its own phone between the owner and their account.
 */
export async function startTwoFactorSetup(
  ctx: ServiceContext,
  input: { userId: string; password: string },
  clientAddress?: string,
) {
  const { userId } = input;
  if ((await twoFactorStatus(ctx, userId)).enabled) throw alreadyOn();
  await proveItIsYou(ctx, userId, { password: input.password }, clientAddress);
  const user = await ctx.db.selectFrom("users").select("email").where("id", "=", userId).executeTakeFirstOrThrow();
  const secret = newTotpSecret();
  const stored = await ctx.db
    .insertInto("twoFactor")
    .values({ userId, secret, enabledAt: null, lastUsedStep: null })
    .onConflict((oc) =>
      oc.column("userId").doUpdateSet({ secret, lastUsedStep: null }).where("twoFactor.enabledAt", "is", null),
    )
    .returning("userId")
    .executeTakeFirst();
  if (!stored) throw alreadyOn();
  return { secret, uri: totpUri(user.email, secret) };
}

/** A fresh set of recovery codes replaces the old ones; only their hashes are kept. */
async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.deleteFrom("twoFactorRecoveryCodes").where("userId", "=", userId).execute();
  await tx
    .insertInto("twoFactorRecoveryCodes")
    .values(codes.map((code) => ({ userId, codeHash: hashSecret(code), usedAt: null })))
    .execute();
  return codes.map(showRecoveryCode);
}

/**
 * Turns two-factor sign-in on once the person typed a current code of the new secret (so their
 * app has it), and hands out the recovery codes, once. The confirming code's step counts as
 * used, so it cannot sign in a second time.
 */
export async function confirmTwoFactor(ctx: ServiceContext, userId: string, typed: string) {
  const code = readCodeOrRefuse(typed, "totp");
  const pending = await ctx.db
    .selectFrom("twoFactor")
    .select(["secret", "enabledAt"])
    .where("userId", "=", userId)
    .executeTakeFirst();
  if (pending?.enabledAt) throw alreadyOn();
  if (!pending) {
    throw new AppError("conflict", "Start the setup first: there is no new secret to confirm", [
      { field: "code", rule: "no_setup", message: "start the setup to get a secret" },
    ]);
  }
  const verdict = await checkTotp(pending.secret, code.code, ctx.now(), null);
  if (!verdict.ok) {
    throw new AppError("validation_failed", "The code does not match the new secret", [
      {
        field: "code",
        rule: "wrong_code",
        message: "not the current code of the app you just set up: check the app's clock and try the next code",
      },
    ]);
  }
  return accountChange(ctx, userId, async (tx) => {
    const turnedOn = await tx
      .updateTable("twoFactor")
      .set({ enabledAt: ctx.now(), lastUsedStep: verdict.step })
      .where("userId", "=", userId)
      .where("secret", "=", pending.secret)
      .where("enabledAt", "is", null)
      .executeTakeFirst();
    // A second confirmation racing this one, or a setup restarted meanwhile.
    if (turnedOn.numUpdatedRows === 0n) throw alreadyOn();
    const recoveryCodes = await replaceRecoveryCodes(tx, userId);
    return {
      result: { recoveryCodes },
      history: (personId) => [
        changeOf("person", personId, { twoFactor: false }, { twoFactor: true, recoveryCodes: RECOVERY_CODE_COUNT }),
      ],
    };
  });
}

/**
 * Checks the person's proof before a change to their two-factor sign-in, counted like a sign-in
 * (a stolen session must not become a guessing oracle): the password, or a current code.
 */
async function proveItIsYou(
  ctx: ServiceContext,
  userId: string,
  proof: { password?: string; code?: string },
  clientAddress: string | undefined,
): Promise<"password" | "code"> {
  const user = await ctx.db
    .selectFrom("users")
    .select(["email", "passwordHash"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  const code = proof.code === undefined ? undefined : readCodeOrRefuse(proof.code, "totp");
  const attempt = await countSignInAttempt(ctx, user.email.toLowerCase(), clientAddress);
  if (code) {
    const taken = await takeCode(ctx, ctx.db, userId, code);
    if (!taken.ok) {
      await attempt.passwordWrong();
      throw codeRefused(taken.rule);
    }
    await attempt.passwordRight();
    return "code";
  }
  if (!(await passwordMatches(proof.password ?? "", user))) {
    await attempt.passwordWrong();
    throw wrongCredentials();
  }
  await attempt.passwordRight();
  return "password";
}

function notOn(): AppError {
  return new AppError("conflict", "Two-factor sign-in is not on", [
    { field: "twoFactor", rule: "not_on", message: "two-factor sign-in is off" },
  ]);
}

/** Turns two-factor sign-in off, with the password or a current code; the recovery codes go too. */
export async function disableTwoFactor(
  ctx: ServiceContext,
  input: { userId: string; password?: string; code?: string },
  clientAddress?: string,
): Promise<void> {
  const { userId } = input;
  if (!(await twoFactorStatus(ctx, userId)).enabled) throw notOn();
  const provedWith = await proveItIsYou(ctx, userId, input, clientAddress);
  await accountChange(ctx, userId, async (tx) => {
    await tx.deleteFrom("twoFactor").where("userId", "=", userId).execute();
    await tx.deleteFrom("twoFactorRecoveryCodes").where("userId", "=", userId).execute();
    await tx.deleteFrom("signInChallenges").where("userId", "=", userId).execute();
    return {
      result: undefined,
      history: (personId) => [changeOf("person", personId, { twoFactor: true }, { twoFactor: false, provedWith })],
    };
  });
}

/** New recovery codes for the old ones (used or not), with a current code of the app. */
export async function regenerateRecoveryCodes(
  ctx: ServiceContext,
  input: { userId: string; code: string },
  clientAddress?: string,
) {
  const { userId } = input;
  const before = await twoFactorStatus(ctx, userId);
  if (!before.enabled) throw notOn();
  await proveItIsYou(ctx, userId, { code: input.code }, clientAddress);
  return accountChange(ctx, userId, async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, userId);
    return {
      result: { recoveryCodes },
      history: (personId) => [
        changeOf(
          "person",
          personId,
          { twoFactor: true, recoveryCodes: before.recoveryCodesLeft },
          { twoFactor: true, recoveryCodes: RECOVERY_CODE_COUNT },
        ),
      ],
    };
  });
}
