import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { describeApi } from "../support/api-test.ts";
import {
  adminSessions,
  buildMember,
  buildOrg,
  buildUnit,
  TEST_PASSWORD,
  type TestSession,
} from "../support/factories.ts";
import { atProductionPasswordCost } from "../support/low-password-cost.ts";
import { expectRefused } from "../support/refusal.ts";
import type { TestResponse } from "../support/test-app.ts";

let now = new Date("2027-02-15T12:00:00Z");

/** The session a browser would hold after this response. */
function sessionFrom(res: TestResponse): TestSession {
  const cookies = Object.fromEntries(
    res.headers.getSetCookie().map((c) => c.split(";")[0]?.split("=") as [string, string]),
  );
  return { sessionId: cookies.grove_session as string, csrfToken: cookies.grove_csrf as string };
}

describeApi("accounts and sessions", { now: () => now }, (t) => {
  async function signUp() {
    const key = randomUUID().slice(0, 8);
    const body = {
      organisationName: `Acme ${key}`,
      organisationSlug: `acme-${key}`,
      name: "Ada Admin",
      email: `ada-${key}@example.test`,
      password: TEST_PASSWORD,
    };
    return { res: await t.callAs(null, "POST", "/api/v1/auth/sign-up", body), ...body };
  }

  it("signs up an organisation with its first admin and a server-side session in HttpOnly cookies", async () => {
    // At production's password cost: the API projects lower it (tests/support/low-password-cost.ts).
    const { res, organisationSlug, email } = await atProductionPasswordCost(signUp);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ slug: organisationSlug });
    const cookies = res.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith("grove_session="))).toMatch(/HttpOnly; SameSite=Lax/);
    expect(cookies.find((c) => c.startsWith("grove_csrf="))).not.toMatch(/HttpOnly/);
    const me = await t.callAs(sessionFrom(res), "GET", "/api/v1/auth/me");
    expect(me.body.user.email).toBe(email);
    expect(me.body.organisations).toEqual([expect.objectContaining({ slug: organisationSlug, role: "admin" })]);
    const stored = await t.services.db
      .selectFrom("users")
      .select("passwordHash")
      .where("email", "=", email)
      .executeTakeFirstOrThrow();
    expect(stored.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it("refuses weak passwords and taken addresses, naming the field", async () => {
    const weak = await t.callAs(null, "POST", "/api/v1/auth/sign-up", {
      organisationName: "X",
      organisationSlug: `x-${randomUUID().slice(0, 6)}`,
      name: "X",
      email: "x@example.test",
      password: "short",
    });
    expectRefused(weak, 400, { field: "password", message: "use at least 10 characters" });
    const { organisationSlug } = await signUp();
    const taken = await t.callAs(null, "POST", "/api/v1/auth/sign-up", {
      organisationName: "Y",
      organisationSlug,
      name: "Y",
      email: `y-${randomUUID()}@example.test`,
      password: TEST_PASSWORD,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.details[0].field).toBe("organisationSlug");
  });

  it("signs in with email and password, and says nothing about which was wrong", async () => {
    const { email } = await signUp();
    const ok = await t.callAs(null, "POST", "/api/v1/auth/sign-in", {
      email: email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(ok.status).toBe(200);
    const wrong = await t.callAs(null, "POST", "/api/v1/auth/sign-in", { email, password: "not the password" });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toBe("The email or the password is wrong");
    const nobody = await t.callAs(null, "POST", "/api/v1/auth/sign-in", {
      email: "nobody@example.test",
      password: "whatever123",
    });
    expect(nobody.body.error.message).toBe("The email or the password is wrong");
  });

  it("pauses sign-in for an email from one client after 5 failures, says when to try again, and lets it in after the wait", async () => {
    const { email } = await signUp();
    for (let i = 0; i < 5; i++)
      await t.callAs(null, "POST", "/api/v1/auth/sign-in", { email, password: `wrong-${i}-password` });
    const limited = await t.callAs(null, "POST", "/api/v1/auth/sign-in", { email, password: TEST_PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("rate_limited");
    expect(limited.headers.get("retry-after")).toBe("2");
    now = new Date(now.getTime() + 2_000);
    expect((await t.callAs(null, "POST", "/api/v1/auth/sign-in", { email, password: TEST_PASSWORD })).status).toBe(200);
  });

  it("refuses cookie-authenticated writes without the CSRF token", async () => {
    const org = await buildOrg(t.services);
    const session = adminSessions.get(org.slug) as TestSession;
    const res = await t.call(
      "POST",
      `/api/v1/orgs/${org.slug}/units`,
      { name: "Growth", kind: "team" },
      {
        cookie: `grove_session=${session.sessionId}`,
        "x-csrf-token": "",
      },
    );
    expect(res.status).toBe(403);
    expect(res.body.error.details[0].rule).toBe("csrf");
    expect((await t.call("GET", `/api/v1/orgs/${org.slug}/units`)).body.units).toEqual([]);
  });

  it("ends sessions on sign-out and after 30 days without use", async () => {
    const { res, organisationSlug } = await signUp();
    const session = sessionFrom(res);
    expect((await t.callAs(session, "GET", `/api/v1/orgs/${organisationSlug}/units`)).status).toBe(200);
    now = new Date(now.getTime() + 31 * 86_400_000);
    expect((await t.callAs(session, "GET", `/api/v1/orgs/${organisationSlug}/units`)).status).toBe(401);
    const { res: second, organisationSlug: slug2 } = await signUp();
    const other = sessionFrom(second);
    expect((await t.callAs(other, "POST", "/api/v1/auth/sign-out")).status).toBe(204);
    expect((await t.callAs(other, "GET", `/api/v1/orgs/${slug2}/units`)).status).toBe(401);
  });

  it("invites a new member who joins with their own password and can check in on their unit", async () => {
    const org = await buildOrg(t.services);
    const email = `new-${randomUUID().slice(0, 8)}@example.test`;
    const invite = await t.call("POST", `/api/v1/orgs/${org.slug}/invitations`, {
      email,
      name: "Nia New",
      role: "member",
    });
    expect(invite.status).toBe(201);
    const described = await t.callAs(null, "GET", `/api/v1/auth/invitations/${invite.body.token}`);
    expect(described.body).toMatchObject({ email, role: "member", signedInAsInvitee: false, slug: org.slug });
    const joined = await t.callAs(null, "POST", `/api/v1/auth/invitations/${invite.body.token}/accept`, {
      password: TEST_PASSWORD,
    });
    expect(joined.status).toBe(201);
    const reused = await t.callAs(null, "POST", `/api/v1/auth/invitations/${invite.body.token}/accept`, {
      password: TEST_PASSWORD,
    });
    expect(reused.status).toBe(404);
    const member = sessionFrom(joined);
    const people = await t.callAs(member, "GET", `/api/v1/orgs/${org.slug}/people`);
    expect(people.body.people).toContainEqual(expect.objectContaining({ email, name: "Nia New", role: "member" }));
    const unit = await buildUnit(t.services, org.id);
    const refused = await t.callAs(member, "POST", `/api/v1/orgs/${org.slug}/units`, { name: "Mine", kind: "team" });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("Only organisation admins manage units, people and periods.");
    expect(refused.body.error.reason).toBe("admin_only");
    expect(unit.id).toBeTruthy();
  });

  it("withdraws a pending invitation, whose link then stops working", async () => {
    const org = await buildOrg(t.services);
    const invite = await t.call("POST", `/api/v1/orgs/${org.slug}/invitations`, {
      email: "late@example.test",
      role: "viewer",
    });
    expect((await t.call("DELETE", `/api/v1/orgs/${org.slug}/invitations/${invite.body.id}`)).status).toBe(204);
    expect((await t.callAs(null, "GET", `/api/v1/auth/invitations/${invite.body.token}`)).status).toBe(404);
    expect((await t.call("DELETE", `/api/v1/orgs/${org.slug}/invitations/${invite.body.id}`)).status).toBe(404);
  });

  it("lists every unit membership of the organisation in one request", async () => {
    const org = await buildOrg(t.services);
    const unit = await buildUnit(t.services, org.id);
    const lead = await buildMember(t.services, org.id, { units: [[unit.id, "lead"]] });
    const res = await t.call("GET", `/api/v1/orgs/${org.slug}/memberships`);
    expect(res.body.memberships).toEqual([{ unitId: unit.id, personId: lead.personId, role: "lead" }]);
  });

  it("issues scoped API tokens shown once, stored hashed, and revocable", async () => {
    const org = await buildOrg(t.services);
    const created = await t.call("POST", `/api/v1/orgs/${org.slug}/api-tokens`, { name: "CI export", scope: "read" });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^grove_pat_/);
    const listed = await t.call("GET", `/api/v1/orgs/${org.slug}/api-tokens`);
    expect(listed.body.apiTokens).toEqual([
      expect.objectContaining({ name: "CI export", scope: "read", revokedAt: null }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    const bearer = `Bearer ${created.body.token}`;
    expect((await t.callAs(bearer, "GET", `/api/v1/orgs/${org.slug}/units`)).status).toBe(200);
    const write = await t.callAs(bearer, "POST", `/api/v1/orgs/${org.slug}/units`, { name: "x", kind: "team" });
    expect(write.status).toBe(403);
    expect(write.body.error.message).toBe("This API token may only read.");
    expect((await t.call("DELETE", `/api/v1/orgs/${org.slug}/api-tokens/${created.body.id}`)).status).toBe(204);
    const revoked = await t.callAs(bearer, "GET", `/api/v1/orgs/${org.slug}/units`);
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.message).toBe("The API token is not valid or has been revoked");
  });
});
