import { describe, expect, it } from "vitest";
import {
  type AccountFacts,
  decideAccount,
  emailOf,
  issuerProblem,
  normaliseDomains,
  passwordRefusedBy,
} from "./sso.ts";

describe("issuerProblem", () => {
  it.each<[string, boolean]>([
    ["https://login.example.com", true],
    ["https://login.example.com/realms/acme", true],
    ["http://localhost:4000", true],
    ["http://127.0.0.1:4000/oidc", true],
    ["http://login.example.com", false],
    ["https://login.example.com/?x=1", false],
    ["ftp://login.example.com", false],
    ["login.example.com", false],
  ])("%s -> allowed %s", (issuer, allowed) => expect(issuerProblem(issuer) === null).toBe(allowed));
});

describe("normaliseDomains", () => {
  it("lower-cases, drops @ and repeats", () =>
    expect(normaliseDomains([" Example.com", "@example.com", "acme.org", ""])).toEqual(["example.com", "acme.org"]));
  it.each([["exa mple.com"], ["*.example.com"], ["example"]])("refuses %s", (d) =>
    expect(normaliseDomains([d])).toBeNull(),
  );
});

describe("emailOf", () => {
  it.each<[object, string[], string]>([
    [{ email: "Ana@Acme.org", email_verified: true }, [], "ana@acme.org"],
    [{ email: "ana@acme.org" }, ["acme.org"], "ana@acme.org"],
    [{}, [], "email_missing"],
    [{ email: "not-an-address" }, [], "email_missing"],
    [{ email: "ana@acme.org", email_verified: false }, [], "email_unverified"],
    [{ email: "ana@sub.acme.org" }, ["acme.org"], "domain_not_allowed"],
    [{ email: "ana@evil-acme.org" }, ["acme.org"], "domain_not_allowed"],
  ])("%j within %j -> %s", (claims, domains, want) => {
    const got = emailOf(claims, domains);
    expect("email" in got ? got.email : got.refusal).toBe(want);
  });
});

describe("decideAccount", () => {
  it.each<[AccountFacts, string]>([
    [{ account: { inOrganisation: true }, person: { linked: true } }, "sign_in"],
    [{ account: { inOrganisation: false }, person: null }, "refuse account_elsewhere"],
    // An admin added a person with the address, and someone else's account holds it: never joined.
    [{ account: { inOrganisation: false }, person: { linked: false } }, "refuse account_elsewhere"],
    [{ account: null, person: { linked: true } }, "refuse account_elsewhere"],
    [{ account: null, person: { linked: false } }, "create_account link"],
    [{ account: null, person: null }, "create_account create"],
  ])("%j -> %s", (facts, want) => {
    const d = decideAccount(facts);
    expect(
      d.do === "refuse" ? `refuse ${d.refusal}` : d.do === "create_account" ? `create_account ${d.person}` : d.do,
    ).toBe(want);
  });
});

describe("passwordRefusedBy", () => {
  it("names the organisations that require SSO where the account is no admin", () =>
    expect(
      passwordRefusedBy([
        { slug: "a", role: "member", requireSso: true },
        { slug: "b", role: "admin", requireSso: true },
        { slug: "c", role: "viewer", requireSso: true },
        { slug: "d", role: "member", requireSso: false },
      ]),
    ).toEqual(["a", "c"]));
});
