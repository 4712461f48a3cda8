import { createHash, randomBytes, scrypt, scryptSync, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: object,
) => Promise<Buffer>;
// scrypt's recommended interactive cost (N = 2^15, r = 8, p = 1): about 50 ms and 32 MiB.
export const PASSWORD_HASH_COST = { N: 32768, r: 8, p: 1 } as const;
const MAXMEM = 64 * 1024 * 1024;
const KEY_LENGTH = 32;
let COST: { N: number; r: number; p: number } = PASSWORD_HASH_COST;
// A scrypt hash of a random password nobody knows, at production's cost. An unknown email is
// checked against it, so it costs the same time as a known one and the answer's timing does not
// tell whether the email has an account (issue 12, defect 4; src/services/accounts/equal-time.ts).
const DUMMY_PASSWORD_HASH = "scrypt$32768$8$1$sS4bBU7jwmAnXT2APwuLJg$bZlhF5l3cwOkR7rFr6zMxhrLtT-vWiYspiaXeAm-23g";
let dummy = DUMMY_PASSWORD_HASH;

/**
 * A lower scrypt cost for the hashes this process makes from now on, for the in-process API
 * tests only (tests/support/low-password-cost.ts): each scrypt at production's cost is about a
 * sixth of a second of CPU, and those suites hash and check passwords hundreds of times. A hash
 * names its own parameters, so checking a password follows whichever cost made it. Production
 * never calls this; src/services/accounts/secrets.test.ts and tests/api/accounts.test.ts check
 * production's cost.
 */
export function setPasswordHashCostForTests(cost: { N: number; r: number; p: number }): void {
  COST = cost;
  // The dummy follows, so an unknown email still costs what a known one does.
  if (cost === PASSWORD_HASH_COST) {
    dummy = DUMMY_PASSWORD_HASH;
    return;
  }
  const salt = randomBytes(16);
  dummy = stored(cost, salt, scryptSync(newSecret(), salt, KEY_LENGTH, { ...cost, maxmem: MAXMEM }));
}

/** The hash an unknown email's password is checked against: the cost of a real one. */
export function dummyPasswordHash(): string {
  return dummy;
}

/** A password hash in the form scrypt$N$r$p$salt$key (base64url), never the password. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const cost = COST;
  return stored(
    cost,
    salt,
    await scryptAsync(password.normalize("NFKC"), salt, KEY_LENGTH, { ...cost, maxmem: MAXMEM }),
  );
}

function stored(cost: { N: number; r: number; p: number }, salt: Buffer, key: Buffer): string {
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64url");
  const actual = await scryptAsync(password.normalize("NFKC"), Buffer.from(salt, "base64url"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAXMEM,
  });
  return timingSafeEqual(actual, expected);
}

/** A random secret to hand out once (session id, API token, invitation link). */
export function newSecret(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** Secrets are stored only as their SHA-256: a leaked table gives no usable token. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("base64url");
}
