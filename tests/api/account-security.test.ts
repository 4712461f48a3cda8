import { expect, it } from "vitest";
import { signIn } from "../../src/services/accounts/sign-in.ts";
import { describeApi } from "../support/api-test.ts";
import { buildMember, buildOrg, TEST_PASSWORD, type TestSession } from "../support/factories.ts";

// A signed-in person's own password and sessions (src/services/accounts/password-and-sessions.ts).

const NEW_PASSWORD = "a new and longer passphrase";

describeApi("password and sessions", (t) => {
  /** A member signed in twice (a laptop and a phone). */
  async function memberWithTwoSessions() {
    const org = await buildOrg(t.services);
    const laptop = await buildMember(t.services, org.id);
    const phone: TestSession = await signIn(t.services, laptop.email, TEST_PASSWORD);
    return { org, laptop, phone, email: laptop.email };
  }

  it("changes the password: the other sessions get 401, this one stays, the new password signs in", async () => {
    const { laptop, phone, email } = await memberWithTwoSessions();
    const res = await t.callAs(laptop, "POST", "/api/v1/auth/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(res.status).toBe(204);
    expect((await t.callAs(phone, "GET", "/api/v1/auth/me")).status).toBe(401);
    expect((await t.callAs(laptop, "GET", "/api/v1/auth/me")).status).toBe(200);
    const old = await t.callAs(null, "POST", "/api/v1/auth/sign-in", { email, password: TEST_PASSWORD });
    expect(old.status).toBe(401);
    const fresh = await t.callAs(null, "POST", "/api/v1/auth/sign-in", { email, password: NEW_PASSWORD });
    expect(fresh.status).toBe(200);
  });

  it("refuses a wrong current password like a failed sign-in, counted by the throttle, and changes nothing", async () => {
    const { laptop, phone, email } = await memberWithTwoSessions();
    const wrong = await t.callAs(laptop, "POST", "/api/v1/auth/password", {
      currentPassword: "not the password at all",
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toBe("The email or the password is wrong");
    expect((await t.callAs(phone, "GET", "/api/v1/auth/me")).status).toBe(200);
    const stillOld = await t.callAs(null, "POST", "/api/v1/auth/sign-in", { email, password: TEST_PASSWORD });
    expect(stillOld.status).toBe(200);
    // Keep guessing: the throttle for this account and address answers 429 before long.
    let status = 0;
    for (let i = 0; i < 12 && status !== 429; i++) {
      status = (
        await t.callAs(laptop, "POST", "/api/v1/auth/password", {
          currentPassword: `guess ${i}`,
          newPassword: NEW_PASSWORD,
        })
      ).status;
    }
    expect(status).toBe(429);
  });

  it("refuses a new password sign-up would refuse, naming the field", async () => {
    const { laptop } = await memberWithTwoSessions();
    const res = await t.callAs(laptop, "POST", "/api/v1/auth/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "short",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ field: "newPassword", message: "use at least 10 characters" }),
    ]);
    expect((await t.callAs(null, "GET", "/api/v1/auth/sessions")).status).toBe(401);
  });

  it("answers an API token 401: only a person signed in on the web changes the password or ends sessions", async () => {
    const { org, laptop } = await memberWithTwoSessions();
    const created = await t.callAs(laptop, "POST", `/api/v1/orgs/${org.slug}/api-tokens`, {
      name: "script",
      scope: "read",
    });
    expect(created.status).toBe(201);
    const bearer = `Bearer ${created.body.token}`;
    expect((await t.callAs(bearer, "GET", "/api/v1/auth/sessions")).status).toBe(401);
    const change = await t.callAs(bearer, "POST", "/api/v1/auth/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(change.status).toBe(401);
    expect((await t.callAs(laptop, "GET", "/api/v1/auth/sessions")).body.sessions).toHaveLength(2);
  });

  it("lists the live sessions without their ids or hashes, and ends one by its handle", async () => {
    const { laptop, phone } = await memberWithTwoSessions();
    const list = await t.callAs(laptop, "GET", "/api/v1/auth/sessions");
    expect(list.status).toBe(200);
    expect(list.body.sessions).toHaveLength(2);
    const text = JSON.stringify(list.body);
    expect(text).not.toContain(laptop.sessionId);
    expect(text).not.toContain(phone.sessionId);
    const stored = await t.services.db.selectFrom("sessions").select("idHash").execute();
    for (const { idHash } of stored) expect(text).not.toContain(idHash);
    const current = list.body.sessions.filter((s: { current: boolean }) => s.current);
    expect(current).toHaveLength(1);
    const other = list.body.sessions.find((s: { current: boolean }) => !s.current);
    expect(other).toEqual({
      handle: expect.stringMatching(/^[0-9a-f]{12}$/),
      createdAt: expect.any(String),
      lastSeenAt: expect.any(String),
      current: false,
    });

    expect((await t.callAs(laptop, "DELETE", `/api/v1/auth/sessions/${other.handle}`)).status).toBe(204);
    expect((await t.callAs(phone, "GET", "/api/v1/auth/me")).status).toBe(401);
    expect((await t.callAs(laptop, "GET", "/api/v1/auth/sessions")).body.sessions).toHaveLength(1);
    expect((await t.callAs(laptop, "DELETE", `/api/v1/auth/sessions/${other.handle}`)).status).toBe(404);

    // Ending the current one signs out.
    const own = await t.callAs(laptop, "DELETE", `/api/v1/auth/sessions/${current[0].handle}`);
    expect(own.status).toBe(204);
    expect(own.headers.getSetCookie().some((c) => /^grove_session=;/.test(c))).toBe(true);
    expect((await t.callAs(laptop, "GET", "/api/v1/auth/me")).status).toBe(401);
  });

  it("cannot end another user's session: 404, and it goes on working", async () => {
    const mine = await memberWithTwoSessions();
    const theirs = await memberWithTwoSessions();
    const handle = (await t.callAs(theirs.phone, "GET", "/api/v1/auth/sessions")).body.sessions.find(
      (s: { current: boolean }) => s.current,
    ).handle;
    const res = await t.callAs(mine.laptop, "DELETE", `/api/v1/auth/sessions/${handle}`);
    expect(res.status).toBe(404);
    expect((await t.callAs(theirs.phone, "GET", "/api/v1/auth/me")).status).toBe(200);
    expect((await t.callAs(mine.laptop, "DELETE", "/api/v1/auth/sessions/not-hex")).status).toBe(400);
  });
});
