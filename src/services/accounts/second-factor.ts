import { AppError } from "../../domain/errors.ts";
import { readTypedCode, type TypedCode } from "../../domain/two-factor.ts";
import type { Executor, ServiceContext } from "../context.ts";
import { hashSecret } from "./secrets.ts";
import { checkTotp } from "./totp.ts";

// Taking a second-factor code: a TOTP code (once per time step) or a recovery code (once ever).
// Both are taken by one conditional UPDATE, so two requests racing with one code cannot both win.

export type CodeRule = "wrong_code" | "code_replayed";

const ruleMessages: Record<CodeRule | "malformed", string> = {
  wrong_code: "not the current code of your authenticator app, nor an unused recovery code",
  code_replayed: "this code has been used already: wait for the next one",
  malformed: "type the 6-digit code of your authenticator app, or a recovery code like abcde-fghij",
};

/** The refusal of a code that is not right (401, like a wrong password), naming the rule. */
export function codeRefused(rule: CodeRule): AppError {
  const message = rule === "code_replayed" ? "This code has been used already" : "The code is wrong";
  return new AppError("unauthenticated", message, [{ field: "code", rule, message: ruleMessages[rule] }]);
}

/** A typed code that is neither shape (400, not counted as a guess). */
export function readCodeOrRefuse(
  typed: string,
  accept: "totp" | "totp_or_recovery",
): Exclude<TypedCode, { kind: "malformed" }> {
  const read = readTypedCode(typed);
  if (read.kind === "malformed" || (accept === "totp" && read.kind !== "totp")) {
    const message = accept === "totp" ? "type the 6-digit code of your authenticator app" : ruleMessages.malformed;
    throw new AppError("validation_failed", "The code is not a code", [{ field: "code", rule: "format", message }]);
  }
  return read;
}

/**
 * Takes a code of an account whose two-factor sign-in is on: a TOTP code moves the account's last
 * used step forward (replays fail), a recovery code is marked used. Run it in the transaction that
 * acts on the code, so a code is spent only with what it was for.
 */
export async function takeCode(
  ctx: ServiceContext,
  db: Executor,
  userId: string,
  code: Exclude<TypedCode, { kind: "malformed" }>,
): Promise<{ ok: true } | { ok: false; rule: CodeRule }> {
  if (code.kind === "recovery") {
    const used = await db
      .updateTable("twoFactorRecoveryCodes")
      .set({ usedAt: ctx.now() })
      .where("userId", "=", userId)
      .where("codeHash", "=", hashSecret(code.code))
      .where("usedAt", "is", null)
      .executeTakeFirst();
    return used.numUpdatedRows > 0n ? { ok: true } : { ok: false, rule: "wrong_code" };
  }
  const account = await enabledTwoFactor(db, userId);
  if (!account) return { ok: false, rule: "wrong_code" };
  const verdict = await checkTotp(account.secret, code.code, ctx.now(), account.lastUsedStep);
  if (!verdict.ok) return verdict;
  const taken = await db
    .updateTable("twoFactor")
    .set({ lastUsedStep: verdict.step })
    .where("userId", "=", userId)
    .where((eb) => eb.or([eb("lastUsedStep", "is", null), eb("lastUsedStep", "<", verdict.step)]))
    .executeTakeFirst();
  // Another request took this step (or a later one) between the read and the write: a replay.
  return taken.numUpdatedRows > 0n ? { ok: true } : { ok: false, rule: "code_replayed" };
}

/**
 * The refusal of a password-only path into a session (sign-up or an invitation with an existing
 * account's password) for an account with two-factor sign-in: only the second step signs in.
 */
export function secondStepRequired(): AppError {
  return new AppError("unauthenticated", "This account signs in with a second step: sign in with your code first", [
    {
      field: "password",
      rule: "two_factor_required",
      message: "sign in with your authenticator code first, then try again",
    },
  ]);
}

/** Whether the account's sign-in asks for a second step. */
export async function twoFactorOn(db: Executor, userId: string): Promise<boolean> {
  return (await enabledTwoFactor(db, userId)) !== undefined;
}

/** The account's TOTP secret and last used step, when its two-factor sign-in is on (confirmed). */
function enabledTwoFactor(db: Executor, userId: string) {
  return db
    .selectFrom("twoFactor")
    .select(["secret", "lastUsedStep"])
    .where("userId", "=", userId)
    .where("enabledAt", "is not", null)
    .executeTakeFirst();
}
