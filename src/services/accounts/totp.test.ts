import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { timeStepAt } from "../../domain/two-factor.ts";
import { checkTotp, newRecoveryCodes, newTotpSecret, totpUri } from "./totp.ts";

// The TOTP check with otplib (src/domain/two-factor.ts has the rules): RFC 6238's test secret
// (ASCII "12345678901234567890", 20 bytes) and its published codes, then the window and replay.

const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const at = (iso: string) => new Date(iso);

describe("checkTotp", () => {
  it.each([
    // RFC 6238 appendix B, SHA-1, last 6 of the 8 digits.
    ["1970-01-01T00:00:59Z", "287082"],
    ["2005-03-18T01:58:29Z", "081804"],
    ["2009-02-13T23:31:30Z", "005924"],
  ])("takes RFC 6238's code at %s", async (when, code) => {
    expect(await checkTotp(RFC_SECRET, code, at(when), null)).toEqual({ ok: true, step: timeStepAt(at(when)) });
  });

  it("takes the step before and after, not two away", async () => {
    const now = at("2026-12-05T10:00:15Z");
    const codeAt = (offset: number) =>
      generate({ secret: RFC_SECRET, epoch: Math.floor(now.getTime() / 1000) + offset });
    const step = timeStepAt(now);
    expect(await checkTotp(RFC_SECRET, await codeAt(-30), now, null)).toEqual({ ok: true, step: step - 1 });
    expect(await checkTotp(RFC_SECRET, await codeAt(30), now, null)).toEqual({ ok: true, step: step + 1 });
    expect(await checkTotp(RFC_SECRET, await codeAt(-60), now, null)).toEqual({ ok: false, rule: "wrong_code" });
    expect(await checkTotp(RFC_SECRET, await codeAt(60), now, null)).toEqual({ ok: false, rule: "wrong_code" });
  });

  it("refuses the last used step and earlier ones as replays, and a later step is fine", async () => {
    const now = at("2026-12-05T10:00:15Z");
    const step = timeStepAt(now);
    const code = await generate({ secret: RFC_SECRET, epoch: Math.floor(now.getTime() / 1000) });
    expect(await checkTotp(RFC_SECRET, code, now, step)).toEqual({ ok: false, rule: "code_replayed" });
    expect(await checkTotp(RFC_SECRET, code, now, step + 1)).toEqual({ ok: false, rule: "code_replayed" });
    expect(await checkTotp(RFC_SECRET, code, now, step - 1)).toEqual({ ok: true, step });
  });

  it("refuses a wrong code whatever the last step", async () => {
    expect(await checkTotp(RFC_SECRET, "000000", at("2026-12-05T10:00:15Z"), null)).toEqual({
      ok: false,
      rule: "wrong_code",
    });
  });
});

describe("new secrets and recovery codes", () => {
  it("gives a 160-bit base32 secret and an otpauth URI naming Grove and the account", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpUri("ana@example.test", secret)).toBe(
      `otpauth://totp/Grove:ana%40example.test?secret=${secret}&issuer=Grove`,
    );
  });

  it("gives 10 different recovery codes", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{10}$/);
  });
});
