import { dummyPasswordHash, verifyPassword } from "./secrets.ts";

// An unknown email is checked against a dummy hash of the same cost as real ones (secrets.ts), so
// it costs the same time as a known one and the answer's timing does not tell whether the email
// has an account (issue 12, defect 4).

/** Whether the password is the account's; without an account, false after the same work. */
export async function passwordMatches(password: string, account: { passwordHash: string } | undefined) {
  const matches = await verifyPassword(password, account?.passwordHash ?? dummyPasswordHash());
  return account !== undefined && matches;
}
