// The rules of two-factor sign-in (issue 12 point 8; docs/accounts-and-access.md, "Two-factor
// sign-in"). Pure: the service computes codes with otplib and keeps the state in the database.

/** TOTP as every authenticator app does it (RFC 6238): SHA-1, 6 digits, a 30-second step. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** A code of the step before or after the current one is still taken (a phone clock a little off, typing time). */
export const TOTP_WINDOW_STEPS = 1;
/** How long the second step of a sign-in may wait after the right password. */
export const CHALLENGE_SECONDS = 5 * 60;
/** Wrong codes one challenge takes before it is spent and the password is asked again. */
export const CHALLENGE_MAX_FAILURES = 5;
/** Recovery codes handed out at once (each works once). */
export const RECOVERY_CODE_COUNT = 10;
/** Random bytes behind one recovery code: 50 bits, written as 10 base32 characters. */
export const RECOVERY_CODE_BYTES = 7;

/** What a person typed at the second step, told apart by its shape. */
export type TypedCode = { kind: "totp"; code: string } | { kind: "recovery"; code: string } | { kind: "malformed" };

// Lower-case base32 without the letters people mix up least: RFC 4648's alphabet, which has no
// 0, 1, 8 or 9, so a recovery code can never look like a 6-digit code.
const RECOVERY_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

/**
 * A typed code in its canonical form. Spaces and hyphens are ignored (apps show "123 456";
 * recovery codes are printed "abcde-fghij"); six digits are an authenticator code, ten base32
 * characters a recovery code, anything else is malformed.
 */
export function readTypedCode(typed: string): TypedCode {
  const compact = typed.replace(/[\s-]/g, "").toLowerCase();
  if (new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(compact)) return { kind: "totp", code: compact };
  if (/^[a-z2-7]{10}$/.test(compact)) return { kind: "recovery", code: compact };
  return { kind: "malformed" };
}

/** A recovery code from random bytes, in the canonical (compact) form readTypedCode gives. */
export function recoveryCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < RECOVERY_CODE_BYTES) throw new Error(`a recovery code needs ${RECOVERY_CODE_BYTES} bytes`);
  let bits = 0n;
  for (const byte of bytes.subarray(0, RECOVERY_CODE_BYTES)) bits = (bits << 8n) | BigInt(byte);
  let code = "";
  for (let i = 0; i < 10; i++) {
    code = (RECOVERY_ALPHABET[Number(bits & 31n)] ?? "a") + code;
    bits >>= 5n;
  }
  return code;
}

/** How a recovery code is shown: two groups of five, "abcde-fghij". */
export function showRecoveryCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The TOTP time step of an instant (RFC 6238's T, with T0 = 0). */
export function timeStepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * Whether a code that matched at `step` may be taken: a step at or before the last accepted one
 * is a replay (the same code again, or an older one), refused even inside the window.
 */
export function acceptsStep(step: number, lastUsedStep: number | null): boolean {
  return lastUsedStep === null || step > lastUsedStep;
}

/** Whether a sign-in challenge can still take a code. */
export function challengeOpen(
  challenge: { expiresAt: Date; usedAt: Date | null; failures: number },
  now: Date,
): boolean {
  return (
    challenge.usedAt === null &&
    challenge.expiresAt.getTime() > now.getTime() &&
    challenge.failures < CHALLENGE_MAX_FAILURES
  );
}
