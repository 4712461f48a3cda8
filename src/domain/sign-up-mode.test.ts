import { describe, expect, it } from "vitest";
import { parseSignUpMode, type SignUpMode, signUpRefusal } from "./sign-up-mode.ts";

describe("signUpRefusal", () => {
  const domains: SignUpMode = { mode: "domains", domains: ["example.com", "example.org"] };
  it.each<[SignUpMode, string, string | null]>([
    [{ mode: "open" }, "a@anything.net", null],
    [{ mode: "invitation" }, "a@example.com", "sign_up_closed"],
    [domains, "a@example.com", null],
    [domains, "A@EXAMPLE.ORG", null],
    [domains, "a@evil-example.com", "sign_up_domain"],
    [domains, "a@sub.example.com", "sign_up_domain"],
    [domains, "a@example.com.evil.net", "sign_up_domain"],
  ])("%j, %s -> %s", (mode, email, rule) => {
    const refusal = signUpRefusal(mode, email);
    expect(refusal?.details[0]?.rule ?? null).toBe(rule);
    if (refusal) expect(refusal.status).toBe(403);
  });
});

describe("parseSignUpMode", () => {
  it("reads the domains, trimmed and lower-cased", () => {
    expect(parseSignUpMode(" Domains: Example.com , @example.org ")).toEqual({
      mode: "domains",
      domains: ["example.com", "example.org"],
    });
  });
  it.each(["domains:", "domains:,", "domains:example", "domains:exa mple.com", "closed", "domains:*.example.com"])(
    "refuses %j",
    (value) => expect(parseSignUpMode(value)).toBeNull(),
  );
});
