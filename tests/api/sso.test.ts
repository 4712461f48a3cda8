import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createAccountsForPeople } from "../../src/services/accounts/accounts-for-people.ts";
import { finishSso } from "../../src/services/sso/sso-sign-in.ts";
import { describeApi } from "../support/api-test.ts";
import {
  adminSessions,
  buildMember,
  buildOrg,
  buildPerson,
  TEST_PASSWORD,
  type TestSession,
} from "../support/factories.ts";
import { loginAtProvider, startOidcProvider, type TestOidcProvider } from "../support/oidc-provider.ts";
import { sessionHeaders, type TestResponse } from "../support/test-app.ts";

// Single sign-on against a real OpenID Connect provider (oidc-provider) on this machine: the
// whole flow over HTTP, and each way it must fail (issue 12, point 9;
// docs/accounts-and-access.md, "Single sign-on (OIDC)").

// Grove's clock, which judges the ID token's expiry: a test moves it to make a token stale.
let clockOffset = 0;

describeApi("single sign-on with OpenID Connect", { now: () => new Date(Date.now() + clockOffset) }, (t) => {
  let idp: TestOidcProvider;
  const accounts: Record<string, { email: string; name?: string; emailVerified?: boolean }> = {};

  beforeAll(async () => {
    idp = await startOidcProvider({ callbackUrl: "http://localhost:3000/api/v1/auth/sso/callback", accounts });
  });
  afterAll(async () => {
    await idp?.close();
  });

  /** An organisation with single sign-on through the test provider, and a provider account for `login`. */
  async function ssoOrg(settings: Record<string, unknown> = {}) {
    const org = await buildOrg(t.services);
    const put = await t.call("PUT", `/api/v1/orgs/${org.slug}/sso`, {
      enabled: true,
      issuer: idp.issuer,
      clientId: idp.client.id,
      clientSecret: idp.client.secret,
      ...settings,
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    return org;
  }

  function newLogin(email = `${randomUUID().slice(0, 8)}@acme.test`, extra: { emailVerified?: boolean } = {}) {
    const login = `user-${randomUUID().slice(0, 8)}`;
    accounts[login] = { email, name: `Ana ${login}`, ...extra };
    return { login, email };
  }

  const cookieOf = (res: TestResponse, name: string) =>
    res.headers
      .getSetCookie()
      .map((line) => /^([^=]+)=([^;]*)/.exec(line))
      .find((m) => m?.[1] === name && m[2] !== "")?.[2];

  /** Start, then the provider's login and consent pages, up to its redirect back to Grove. */
  async function toCallback(slug: string, login: string) {
    const start = await t.call("GET", `/api/v1/auth/sso/${slug}/start`);
    expect(start.status).toBe(303);
    const browser = cookieOf(start, "grove_sso") as string;
    expect(browser).toBeTruthy();
    const back = await loginAtProvider(start.headers.get("location") as string, login);
    return { start, back, browser };
  }

  /** Start, the provider's login and consent pages, and the callback, as one browser would. */
  async function signInWithSso(slug: string, login: string) {
    const { start, back, browser } = await toCallback(slug, login);
    const callbackPath = `${back.pathname}${back.search}`;
    const callback = await t.call("GET", callbackPath, undefined, { cookie: `grove_sso=${browser}` });
    return { start, back, browser, callbackPath, callback };
  }

  /** A password account for a person an admin added (as accepting an invitation would make). */
  const giveAccount = (orgId: string, person: { id: string; name: string; email: string }) =>
    createAccountsForPeople(
      t.services,
      orgId,
      [{ personId: person.id, name: person.name, email: person.email, role: "member" }],
      TEST_PASSWORD,
    );

  const sessionOf = (res: TestResponse): TestSession => ({
    sessionId: cookieOf(res, "grove_session") as string,
    csrfToken: cookieOf(res, "grove_csrf") as string,
  });

  it("signs in through the provider, creates the account just in time as a member, and records it", async () => {
    const org = await ssoOrg();
    const { login, email } = newLogin();
    const { start, callback } = await signInWithSso(org.slug, login);
    const authorize = new URL(start.headers.get("location") as string);
    expect(authorize.origin).toBe(idp.issuer);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("state")).toBeTruthy();
    expect(authorize.searchParams.get("nonce")).toBeTruthy();

    expect(callback.status).toBe(303);
    expect(callback.headers.get("location")).toBe(`/orgs/${org.slug}`);
    const session = sessionOf(callback);
    const me = await t.callAs(session, "GET", "/api/v1/auth/me");
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(email);
    expect(me.body.organisations).toEqual([expect.objectContaining({ slug: org.slug, role: "member" })]);
    const units = await t.callAs(session, "GET", `/api/v1/orgs/${org.slug}/units`);
    expect(units.status).toBe(200);

    const history = await t.db.kysely
      .selectFrom("history")
      .select(["entity", "action", "reason", "after"])
      .where("orgId", "=", org.id)
      .where("entity", "=", "person")
      .execute();
    expect(history).toContainEqual(
      expect.objectContaining({ action: "create", reason: "Just-in-time account by single sign-on" }),
    );

    // A second sign-in finds the same account and person.
    const again = await signInWithSso(org.slug, login);
    expect(again.callback.status).toBe(303);
    expect(again.callback.headers.get("location")).toBe(`/orgs/${org.slug}`);
    const people = await t.db.kysely.selectFrom("people").select("id").where("email", "=", email).execute();
    expect(people).toHaveLength(1);
  });

  it("refuses an ID token issued for another client (wrong audience)", async () => {
    const org = await ssoOrg();
    const { login, email } = newLogin();
    try {
      idp.misbehave.audience = idp.otherClient.id;
      const { callback } = await signInWithSso(org.slug, login);
      expect(callback.status).toBe(303);
      expect(callback.headers.get("location")).toBe("/sign-in?sso_error=token_invalid");
      expect(cookieOf(callback, "grove_session")).toBeUndefined();
      // The refusal is the audience check's, not some other failure.
      const { back, browser } = await toCallback(org.slug, login);
      await expect(finishSso(t.services, back.searchParams, browser)).rejects.toThrow(/claim aud/);
    } finally {
      idp.misbehave.audience = null;
    }
    expect(await t.db.kysely.selectFrom("users").select("id").where("email", "=", email).execute()).toEqual([]);
  });

  it("refuses an expired ID token (Grove's clock past its expiry)", async () => {
    const org = await ssoOrg();
    const { login } = newLogin();
    // The provider's ID tokens live an hour; Grove's clock stands two hours ahead for the whole
    // sign-in (so the state, made and checked on Grove's clock, is still fresh).
    clockOffset = 2 * 3600_000;
    try {
      const { callback } = await signInWithSso(org.slug, login);
      expect(callback.headers.get("location")).toBe("/sign-in?sso_error=token_invalid");
      expect(cookieOf(callback, "grove_session")).toBeUndefined();
      const { back, browser } = await toCallback(org.slug, login);
      await expect(finishSso(t.services, back.searchParams, browser)).rejects.toThrow(/claim exp/);
    } finally {
      clockOffset = 0;
    }
  });

  it("refuses a replayed state, a state from another browser, and an expired state", async () => {
    const org = await ssoOrg();
    const { login } = newLogin();
    const first = await signInWithSso(org.slug, login);
    expect(first.callback.headers.get("location")).toBe(`/orgs/${org.slug}`);
    const replay = await t.call("GET", first.callbackPath, undefined, { cookie: `grove_sso=${first.browser}` });
    expect(replay.status).toBe(303);
    expect(replay.headers.get("location")).toBe("/sign-in?sso_error=state_invalid");
    expect(cookieOf(replay, "grove_session")).toBeUndefined();

    // Another browser (an attacker handing someone their own callback link) has no binding cookie.
    const start = await t.call("GET", `/api/v1/auth/sso/${org.slug}/start`);
    const back = await loginAtProvider(start.headers.get("location") as string, login);
    const elsewhere = await t.call("GET", `${back.pathname}${back.search}`, undefined, {
      cookie: "grove_sso=someone-elses-browser",
    });
    expect(elsewhere.headers.get("location")).toBe("/sign-in?sso_error=state_invalid");
    // ... and the state it used up is gone for the right browser too.
    const late = await t.call("GET", `${back.pathname}${back.search}`, undefined, {
      cookie: `grove_sso=${cookieOf(start, "grove_sso")}`,
    });
    expect(late.headers.get("location")).toBe("/sign-in?sso_error=state_invalid");

    // A state lives ten minutes.
    const slow = await t.call("GET", `/api/v1/auth/sso/${org.slug}/start`);
    const slowBack = await loginAtProvider(slow.headers.get("location") as string, login);
    clockOffset = 11 * 60_000;
    try {
      const expired = await t.call("GET", `${slowBack.pathname}${slowBack.search}`, undefined, {
        cookie: `grove_sso=${cookieOf(slow, "grove_sso")}`,
      });
      expect(expired.headers.get("location")).toBe("/sign-in?sso_error=state_invalid");
    } finally {
      clockOffset = 0;
    }
  });

  it("refuses an unknown organisation and one without single sign-on alike", async () => {
    const plain = await buildOrg(t.services);
    for (const slug of ["no-such-organisation", plain.slug]) {
      const start = await t.call("GET", `/api/v1/auth/sso/${slug}/start`);
      expect(start.status).toBe(303);
      expect(start.headers.get("location")).toBe("/sign-in?sso_error=unavailable");
      expect(cookieOf(start, "grove_sso")).toBeUndefined();
    }
    const off = await ssoOrg({ enabled: false });
    const start = await t.call("GET", `/api/v1/auth/sso/${off.slug}/start`);
    expect(start.headers.get("location")).toBe("/sign-in?sso_error=unavailable");
    const bare = await t.call("GET", "/api/v1/auth/sso/callback");
    expect(bare.headers.get("location")).toBe("/sign-in?sso_error=state_invalid");
  });

  it("says when the provider cannot be reached", async () => {
    const org = await ssoOrg({ issuer: "http://127.0.0.1:9" });
    const start = await t.call("GET", `/api/v1/auth/sso/${org.slug}/start`);
    expect(start.headers.get("location")).toBe("/sign-in?sso_error=provider_unreachable");
  });

  it("keeps the provider's emails to the allowed domains, and refuses unverified ones", async () => {
    const org = await ssoOrg({ allowedDomains: ["acme.test"] });
    const outside = newLogin(`${randomUUID().slice(0, 8)}@elsewhere.test`);
    expect((await signInWithSso(org.slug, outside.login)).callback.headers.get("location")).toBe(
      "/sign-in?sso_error=domain_not_allowed",
    );
    const unverified = newLogin(undefined, { emailVerified: false });
    expect((await signInWithSso(org.slug, unverified.login)).callback.headers.get("location")).toBe(
      "/sign-in?sso_error=email_unverified",
    );
  });

  it("never joins someone else's account to the organisation, and a session reaches only its organisation", async () => {
    // An account of another organisation: this organisation's provider claims its email.
    const other = await buildOrg(t.services);
    const stranger = await buildPerson(t.services, other.id);
    await giveAccount(other.id, stranger);
    const org = await ssoOrg();
    const claimed = newLogin(stranger.email);
    expect((await signInWithSso(org.slug, claimed.login)).callback.headers.get("location")).toBe(
      "/sign-in?sso_error=account_elsewhere",
    );
    expect(
      await t.db.kysely
        .selectFrom("people")
        .select("id")
        .where("orgId", "=", org.id)
        .where("email", "=", stranger.email)
        .execute(),
    ).toEqual([]);

    // Someone who belongs to both organisations: the SSO session opens only the one whose provider made it.
    const both = await buildPerson(t.services, org.id);
    await giveAccount(org.id, both);
    const alsoThere = await t.call("POST", `/api/v1/orgs/${other.slug}/people`, { name: both.name, email: both.email });
    expect(alsoThere.status).toBe(201);
    await giveAccount(other.id, { id: alsoThere.body.id, name: both.name, email: both.email });
    const { callback } = await signInWithSso(org.slug, newLogin(both.email).login);
    expect(callback.headers.get("location")).toBe(`/orgs/${org.slug}`);
    const session = sessionOf(callback);
    const me = await t.callAs(session, "GET", "/api/v1/auth/me");
    expect(me.body.organisations.map((o: { slug: string }) => o.slug)).toEqual([org.slug]);
    expect((await t.callAs(session, "GET", `/api/v1/orgs/${other.slug}/units`)).status).toBe(404);
    expect((await t.callAs(session, "GET", `/api/v1/orgs/${org.slug}/units`)).status).toBe(200);
    // Nor does it make organisations it could not open.
    const made = await t.callAs(session, "POST", "/api/v1/orgs", {
      slug: `sso-${randomUUID().slice(0, 8)}`,
      name: "X",
    });
    expect(made.status).toBe(403);
    expect(made.body.error.message).toMatch(/single sign-on/);
  });

  it("with SSO required, refuses members' passwords with a message naming SSO, and keeps admins' (break-glass)", async () => {
    const org = await ssoOrg();
    const { email } = await buildMember(t.services, org.id);
    const admin = (await t.callAs(adminSessions.get(org.slug) as TestSession, "GET", "/api/v1/auth/me")).body.user;
    expect((await t.call("POST", "/api/v1/auth/sign-in", { email, password: TEST_PASSWORD })).status).toBe(200);

    const put = await t.call("PUT", `/api/v1/orgs/${org.slug}/sso`, {
      enabled: true,
      issuer: idp.issuer,
      clientId: idp.client.id,
      requireSso: true,
    });
    expect(put.status).toBe(200);
    const refused = await t.call("POST", "/api/v1/auth/sign-in", { email, password: TEST_PASSWORD });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/single sign-on/);
    expect(refused.body.error.details).toEqual([{ field: "email", rule: "sso_required", message: org.slug }]);
    expect(cookieOf(refused, "grove_session")).toBeUndefined();
    // A wrong password still gets the ordinary 401: the rule tells nothing to whoever lacks the password.
    expect((await t.call("POST", "/api/v1/auth/sign-in", { email, password: "wrong password!" })).status).toBe(401);
    const adminIn = await t.call("POST", "/api/v1/auth/sign-in", { email: admin.email, password: TEST_PASSWORD });
    expect(adminIn.status).toBe(200);
    // Sign-up with the account's password is a sign-in too: refused alike, and no organisation made.
    const slug = `side-${randomUUID().slice(0, 8)}`;
    const signUp = await t.call("POST", "/api/v1/auth/sign-up", {
      organisationName: "Side project",
      organisationSlug: slug,
      name: "Member",
      email,
      password: TEST_PASSWORD,
    });
    expect(signUp.status).toBe(403);
    expect(signUp.body.error.details[0].rule).toBe("sso_required");
    expect(await t.db.kysely.selectFrom("organisations").select("id").where("slug", "=", slug).execute()).toEqual([]);

    // The member signs in through the provider with the same email: the account an admin made is theirs.
    const { callback } = await signInWithSso(org.slug, newLogin(email).login);
    expect(callback.headers.get("location")).toBe(`/orgs/${org.slug}`);
  });

  it("keeps the client secret write-only: never returned, kept when left out, not in the history", async () => {
    const org = await ssoOrg({ allowedDomains: ["Acme.test", "@acme.test"], defaultRole: "viewer" });
    const read = await t.call("GET", `/api/v1/orgs/${org.slug}/sso`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      configured: true,
      enabled: true,
      issuer: idp.issuer,
      clientId: idp.client.id,
      clientSecretSet: true,
      defaultRole: "viewer",
      allowedDomains: ["acme.test"],
      requireSso: false,
      callbackUrl: "http://localhost:3000/api/v1/auth/sso/callback",
    });
    expect(JSON.stringify(read.body)).not.toContain(idp.client.secret);
    // Signing in with it makes a viewer, as the default role says.
    const { callback } = await signInWithSso(org.slug, newLogin().login);
    const me = await t.callAs(sessionOf(callback), "GET", "/api/v1/auth/me");
    expect(me.body.organisations[0].role).toBe("viewer");

    const kept = await t.call("PUT", `/api/v1/orgs/${org.slug}/sso`, {
      enabled: true,
      issuer: idp.issuer,
      clientId: idp.client.id,
    });
    expect(kept.body.clientSecretSet).toBe(true);
    const history = await t.db.kysely
      .selectFrom("history")
      .select(["action", "before", "after"])
      .where("orgId", "=", org.id)
      .where("entity", "=", "sso_settings")
      .execute();
    expect(history.map((h) => h.action).sort()).toEqual(["create", "update"]);
    expect(JSON.stringify(history)).not.toContain(idp.client.secret);
    expect(JSON.stringify(history)).toContain("clientSecretChanged");
  });

  it("refuses bad settings with the field and rule, and a first setting without a secret", async () => {
    const org = await buildOrg(t.services);
    const bad = await t.call("PUT", `/api/v1/orgs/${org.slug}/sso`, {
      enabled: true,
      issuer: "http://login.example.com",
      clientId: "grove",
      allowedDomains: ["not a domain"],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string; rule: string }) => `${d.field}/${d.rule}`).sort()).toEqual([
      "allowedDomains/domain",
      "clientSecret/required",
      "issuer/url",
    ]);
    const admin = await t.call("PUT", `/api/v1/orgs/${org.slug}/sso`, {
      enabled: true,
      issuer: "https://login.example.com",
      clientId: "grove",
      clientSecret: "s",
      defaultRole: "admin",
    });
    expect(admin.status).toBe(400);
    expect(adminSessions.get(org.slug)).toBeTruthy();
    const member = await buildMember(t.services, org.id);
    const asMember = await t.callAs(member, "GET", `/api/v1/orgs/${org.slug}/sso`);
    expect(asMember.status).toBe(403);
    expect(sessionHeaders(member).cookie).toContain("grove_session");
  });
});
