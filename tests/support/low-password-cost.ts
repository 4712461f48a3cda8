import { PASSWORD_HASH_COST, setPasswordHashCostForTests } from "../../src/services/accounts/secrets.ts";

// The API projects' setup file: password hashes made in these tests use scrypt at N = 2^10
// instead of production's 2^15 (r and p as production's). A production scrypt is about a sixth of
// a second of CPU; the two API suites sign up, sign in and change passwords hundreds of times,
// and what they test (who may sign in, the throttle, sessions, enumeration) does not depend on the
// cost. It is still real scrypt, and a stored hash still names its parameters. Production's cost
// is checked by src/services/accounts/secrets.test.ts (unit) and tests/api/accounts.test.ts (a
// sign-up through the API at production's cost); the process tests (ops, e2e) run `grove` at it.
export const TEST_PASSWORD_HASH_COST = { N: 1024, r: 8, p: 1 } as const;

setPasswordHashCostForTests(TEST_PASSWORD_HASH_COST);

/**
 * Runs `work` with production's password cost, then goes back to the test cost: for a test of
 * the cost itself, and for the timing tests (account enumeration), whose alike-in-time answers
 * rest on the one scrypt both paths take hiding everything else.
 */
export async function atProductionPasswordCost<T>(work: () => Promise<T>): Promise<T> {
  setPasswordHashCostForTests(PASSWORD_HASH_COST);
  try {
    return await work();
  } finally {
    setPasswordHashCostForTests(TEST_PASSWORD_HASH_COST);
  }
}
