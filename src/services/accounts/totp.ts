import { randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import {
  acceptsStep,
  RECOVERY_CODE_BYTES,
  RECOVERY_CODE_COUNT,
  recoveryCodeFrom,
  TOTP_DIGITS,
  TOTP_PERIOD_SECONDS,
  TOTP_WINDOW_STEPS,
} from "../../domain/two-factor.ts";

// TOTP codes with otplib (RFC 6238; the rules and their numbers are in src/domain/two-factor.ts).

const ISSUER = "Grove";

/** A new TOTP secret: 20 random bytes (160 bits, RFC 4226's recommendation) in base32. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(email: string, secret: string): string {
  return generateURI({
    issuer: ISSUER,
    label: email,
    secret,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  });
}

/** How a typed 6-digit code compares with the secret at `now`. */
export type TotpVerdict = { ok: true; step: number } | { ok: false; rule: "wrong_code" | "code_replayed" };

/**
 * Checks a 6-digit code: the current step or one step either side (TOTP_WINDOW_STEPS), and never
 * a step at or before the last one taken (a replay, even inside the window). The caller stores
 * `step` as the new last step in the same transaction that takes the code.
 */
export async function checkTotp(
  secret: string,
  code: string,
  now: Date,
  lastUsedStep: number | null,
): Promise<TotpVerdict> {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP_WINDOW_STEPS * TOTP_PERIOD_SECONDS,
  });
  if (!result.valid) return { ok: false, rule: "wrong_code" };
  const step = (result as { timeStep: number }).timeStep;
  return acceptsStep(step, lastUsedStep) ? { ok: true, step } : { ok: false, rule: "code_replayed" };
}

/** A fresh set of recovery codes, in their compact form (shown once, stored hashed). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => recoveryCodeFrom(randomBytes(RECOVERY_CODE_BYTES)));
}
