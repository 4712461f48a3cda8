import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { adminSessions, type TestSession } from "../../../tests/support/factories.ts";

// Tokens for automation (issue 13, docs/accounts-and-access.md "API tokens"): a write scope for
// `grove apply` from CI, an expiry, one organisation per token, and a token that can ask who it is.

let now = new Date("2027-02-15T12:00:00Z");

describeApi("API tokens for automation", { now: () => now }, (t) => {
  async function orgWithAdmin() {
    const org = await t.buildOrg();
    return { org, admin: adminSessions.get(org.slug) as TestSession, base: `/api/v1/orgs/${org.slug}` };
  }

  async function newToken(as: TestSession, slug: string, body: Record<string, unknown>) {
    const res = await t.callAs(as, "POST", `/api/v1/orgs/${slug}/api-tokens`, body);
    expect(res.status).toBe(201);
    return { ...res.body, bearer: `Bearer ${res.body.token}` };
  }

  it("answers GET /auth/me with the token: its organisation, name, scopes and expiry", async () => {
    const { org, admin } = await orgWithAdmin();
    const token = await newToken(admin, org.slug, {
      name: "ci apply",
      scope: "write",
      expiresAt: "2027-03-31T23:59:59.000Z",
    });
    expect(token).toMatchObject({ scope: "write", expiresAt: "2027-03-31T23:59:59.000Z" });
    const me = await t.callAs(token.bearer, "GET", "/api/v1/auth/me");
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      token: {
        id: token.id,
        name: "ci apply",
        scope: "write",
        scopes: ["read", "check_ins", "write"],
        createdAt: token.createdAt,
        expiresAt: "2027-03-31T23:59:59.000Z",
      },
      organisation: { slug: org.slug, name: org.name },
      person: { id: expect.any(String), name: expect.any(String), role: "admin" },
    });
    const read = await newToken(admin, org.slug, { name: "dashboard", scope: "read" });
    const readMe = await t.callAs(read.bearer, "GET", "/api/v1/auth/me");
    expect(readMe.body.token).toMatchObject({ scopes: ["read"], expiresAt: null });
    // A session still gets the user and their organisations.
    expect(Object.keys((await t.callAs(admin, "GET", "/api/v1/auth/me")).body).sort()).toEqual([
      "emailVerificationRequired",
      "organisations",
      "user",
    ]);
  });

  it("refuses a token past its expiry with 401 saying it expired, and lists the expiry", async () => {
    const { org, admin, base } = await orgWithAdmin();
    const token = await newToken(admin, org.slug, {
      name: "nightly",
      scope: "read",
      expiresAt: "2027-02-16T00:00:00Z",
    });
    expect((await t.callAs(token.bearer, "GET", `${base}/units`)).status).toBe(200);
    const listed = await t.callAs(admin, "GET", `${base}/api-tokens`);
    expect(listed.body.apiTokens[0]).toMatchObject({ name: "nightly", expiresAt: "2027-02-16T00:00:00.000Z" });
    const before = now;
    now = new Date("2027-02-16T00:00:00Z");
    try {
      for (const path of [`${base}/units`, "/api/v1/auth/me"]) {
        const res = await t.callAs(token.bearer, "GET", path);
        expect(res.status).toBe(401);
        expect(res.body.error).toMatchObject({
          code: "unauthenticated",
          message: 'The API token "nightly" expired at 2027-02-16T00:00:00.000Z',
          details: [{ field: "authorization", rule: "token_expired" }],
        });
      }
    } finally {
      now = before;
    }
  });

  it("refuses an expiry that has passed already, naming the field", async () => {
    const { org, admin, base } = await orgWithAdmin();
    const res = await t.callAs(admin, "POST", `${base}/api-tokens`, {
      name: "late",
      scope: "read",
      expiresAt: "2027-02-15T11:00:00Z",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: "expiresAt", rule: "future" })]);
    const unknown = await t.callAs(admin, "POST", `/api/v1/orgs/${org.slug}/api-tokens`, { name: "x", scope: "admin" });
    expect(unknown.status).toBe(400);
  });

  it("lets a write token write OKRs as far as its person may (M3), never manage people, roles or tokens", async () => {
    const { org, admin, base } = await orgWithAdmin();
    const write = await newToken(admin, org.slug, { name: "ci", scope: "write" });
    const unit = await t.callAs(write.bearer, "POST", `${base}/units`, { name: "Platform", kind: "team" });
    expect(unit.status).toBe(201);
    const period = await t.callAs(write.bearer, "POST", `${base}/periods`, { name: "2027-Q2" });
    expect(period.status).toBe(201);
    for (const [method, path, body] of [
      ["POST", `${base}/people`, { name: "New Person", email: "new@example.test" }],
      ["POST", `${base}/invitations`, { email: "invitee@example.test", role: "member" }],
      ["PATCH", base, { name: "Renamed" }],
    ] as const) {
      const res = await t.callAs(write.bearer, method, path, body);
      expect([path, res.status, res.body.error.reason]).toEqual([path, 403, "token_not_for_administration"]);
    }
    const token = await t.callAs(write.bearer, "POST", `${base}/api-tokens`, { name: "more", scope: "write" });
    expect(token.status).toBe(403);

    // A member's write token has the member's rights: key results of their unit, no units.
    const team = await t.buildUnit(org.id);
    const member = await t.buildMember(org.id, { units: [[team.id, "member"]] });
    const theirs = await newToken(member, org.slug, { name: "mine", scope: "write" });
    const refused = await t.callAs(theirs.bearer, "POST", `${base}/units`, { name: "Nope", kind: "team" });
    expect([refused.status, refused.body.error.reason]).toEqual([403, "admin_only"]);
  });

  it("keeps a token to the organisation it was made in", async () => {
    const { org, admin } = await orgWithAdmin();
    const other = await orgWithAdmin();
    const write = await newToken(admin, org.slug, { name: "ci", scope: "write" });
    const res = await t.callAs(write.bearer, "GET", `${other.base}/units`);
    expect(res.status).toBe(404);
    const create = await t.callAs(write.bearer, "POST", `${other.base}/units`, { name: "Intruder", kind: "team" });
    expect(create.status).toBe(404);
  });
});
