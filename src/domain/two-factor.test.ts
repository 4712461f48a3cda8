import { describe, expect, it } from "vitest";
import { itMaps } from "../../tests/support/table-cases.ts";
import {
  acceptsStep,
  CHALLENGE_MAX_FAILURES,
  challengeOpen,
  readTypedCode,
  recoveryCodeFrom,
  showRecoveryCode,
  timeStepAt,
} from "./two-factor.ts";

describe("readTypedCode: what a person typed at the second step", () => {
  itMaps("%j is %j", readTypedCode, [
    ["123456", { kind: "totp", code: "123456" }],
    ["123 456", { kind: "totp", code: "123456" }],
    [" 012345 ", { kind: "totp", code: "012345" }],
    ["abcde-fghij", { kind: "recovery", code: "abcdefghij" }],
    ["ABCDE FGHIJ", { kind: "recovery", code: "abcdefghij" }],
    ["a2c4e6g7ij", { kind: "recovery", code: "a2c4e6g7ij" }],
    ["12345", { kind: "malformed" }],
    ["1234567", { kind: "malformed" }],
    ["abcde-fghi", { kind: "malformed" }],
    // 0, 1, 8 and 9 are not in the recovery codes' alphabet.
    ["abcde-fghi1", { kind: "malformed" }],
    ["", { kind: "malformed" }],
  ]);
});

describe("recovery codes", () => {
  it.each([
    [[0, 0, 0, 0, 0, 0, 0], "aaaaaaaaaa"],
    [[255, 255, 255, 255, 255, 255, 255], "7777777777"],
    [[0, 0, 0, 0, 0, 0, 1], "aaaaaaaaab"],
  ])("bytes %j read %s (the last 50 of 56 bits)", (bytes, code) => {
    expect(recoveryCodeFrom(Uint8Array.from(bytes))).toBe(code);
  });

  it("are always read back as recovery codes, never as a 6-digit code", () => {
    for (let seed = 0; seed < 200; seed++) {
      const bytes = Uint8Array.from({ length: 7 }, (_, i) => (seed * 37 + i * 101) % 256);
      const code = recoveryCodeFrom(bytes);
      expect(readTypedCode(showRecoveryCode(code))).toEqual({ kind: "recovery", code });
    }
  });

  it("refuse too few bytes", () => {
    expect(() => recoveryCodeFrom(new Uint8Array(6))).toThrow("7 bytes");
  });

  it("are shown in two groups of five", () => {
    expect(showRecoveryCode("abcdefghij")).toBe("abcde-fghij");
  });
});

describe("time steps and replay", () => {
  it.each([
    ["1970-01-01T00:00:29.999Z", 0],
    ["1970-01-01T00:00:30.000Z", 1],
    ["2026-12-05T00:00:00.000Z", Math.floor(Date.parse("2026-12-05T00:00:00Z") / 30_000)],
  ])("%s is step %i", (at, step) => {
    expect(timeStepAt(new Date(at))).toBe(step);
  });

  it.each([
    [100, null, true],
    [101, 100, true],
    [100, 100, false],
    [99, 100, false],
  ])("step %i after last accepted %j: taken %s", (step, last, taken) => {
    expect(acceptsStep(step, last)).toBe(taken);
  });
});

describe("challengeOpen: a second step waits 5 minutes, is used once and takes a few wrong codes", () => {
  const now = new Date("2026-12-05T10:00:00Z");
  const later = new Date("2026-12-05T10:05:00Z");
  it.each([
    ["fresh", { expiresAt: later, usedAt: null, failures: 0 }, true],
    ["one wrong code short of spent", { expiresAt: later, usedAt: null, failures: CHALLENGE_MAX_FAILURES - 1 }, true],
    ["spent by wrong codes", { expiresAt: later, usedAt: null, failures: CHALLENGE_MAX_FAILURES }, false],
    ["used", { expiresAt: later, usedAt: now, failures: 0 }, false],
    ["expired", { expiresAt: now, usedAt: null, failures: 0 }, false],
  ])("%s: %s", (_, challenge, open) => {
    expect(challengeOpen(challenge, now)).toBe(open);
  });
});
