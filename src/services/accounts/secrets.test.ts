import { describe, expect, it } from "vitest";
import { dummyPasswordHash, hashPassword, PASSWORD_HASH_COST, verifyPassword } from "./secrets.ts";

// Production's password cost: the API test projects lower it for speed
// (tests/support/low-password-cost.ts), so this unit test holds the cost production uses. Four
// scrypts at that cost: seconds on a loaded machine, past the unit project's 5 s default.
describe("password hashes", { timeout: 60_000 }, () => {
  it("are scrypt at N = 2^15, r = 8, p = 1 with a 16-byte salt, and check the right password only", async () => {
    expect(PASSWORD_HASH_COST).toEqual({ N: 32768, r: 8, p: 1 });
    const stored = await hashPassword("correct horse battery");
    const [scheme, n, r, p, salt, key] = stored.split("$");
    expect([scheme, n, r, p]).toEqual(["scrypt", "32768", "8", "1"]);
    expect(Buffer.from(salt ?? "", "base64url")).toHaveLength(16);
    expect(Buffer.from(key ?? "", "base64url")).toHaveLength(32);
    expect(stored).not.toContain("correct horse");
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
  });

  it("check an unknown email's password against a dummy hash of the same cost", async () => {
    expect(dummyPasswordHash()).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("anything", dummyPasswordHash())).toBe(false);
  });
});
