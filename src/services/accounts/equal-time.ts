import { verifyPassword } from "./secrets.ts";

// A scrypt hash of a random password nobody knows, with the cost of real hashes (N = 2^15, r = 8,
// p = 1). An unknown email is checked against it, so it costs the same time as a known one and
// the answer's timing does not tell whether the email has an account (issue 12, defect 4).
const DUMMY_PASSWORD_HASH = "scrypt$32768$8$1$sS4bBU7jwmAnXT2APwuLJg$bZlhF5l3cwOkR7rFr6zMxhrLtT-vWiYspiaXeAm-23g";

/** Whether the password is the account's; without an account, false after the same work. */
export async function passwordMatches(password: string, account: { passwordHash: string } | undefined) {
  const matches = await verifyPassword(password, account?.passwordHash ?? DUMMY_PASSWORD_HASH);
  return account !== undefined && matches;
}
