import { sql } from "kysely";
import { generate } from "otplib";
import { beforeEach, expect, it } from "vitest";
import { CHALLENGE_MAX_FAILURES, CHALLENGE_SECONDS, RECOVERY_CODE_COUNT } from "../../src/domain/two-factor.ts";
import { hashSecret } from "../../src/services/accounts/secrets.ts";
import { describeApi } from "../support/api-test.ts";
import { buildMember, buildOrg, TEST_PASSWORD, type TestSession } from "../support/factories.ts";
import type { TestResponse } from "../support/test-app.ts";

// Two-factor sign-in with TOTP and recovery codes (issue 12 point 8; src/services/accounts/
// two-factor.ts, second-factor.ts, sign-in.ts). The app's clock is the test's, so codes are
// computed for the instant the server checks them, and each test starts 20 minutes after the
// last (a fresh TOTP step and a fresh sign-in throttle window for the test's client address).

let clock = Date.now();
const now = () => new Date(clock);
const later = (seconds: number) => {
  clock += seconds * 1000;
};

/** The code an authenticator app shows at `at` (the server's now by default). */
function codeAt(secret: string, at = now()): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/** The session a sign-in answer's cookies carry, as the browser would keep it. */
function sessionFrom(res: TestResponse): TestSession | null {
  const cookies = res.headers.getSetCookie();
  const value = (name: string) =>
    cookies
      .find((c) => c.startsWith(`${name}=`))
      ?.split(";")[0]
      ?.slice(name.length + 1) || undefined;
  const sessionId = value("grove_session");
  const csrfToken = value("grove_csrf");
  return sessionId && csrfToken ? { sessionId, csrfToken } : null;
}

describeApi("two-factor sign-in", { now }, (t) => {
  beforeEach(() => later(20 * 60));

  /** A signed-in member of a new organisation, with their email. */
  async function member() {
    const org = await buildOrg(t.services);
    const session = await buildMember(t.services, org.id);
    return { org, session, email: session.email };
  }

  /** A member with two-factor sign-in on: their session, email, secret and recovery codes. */
  async function memberWithTwoFactor() {
    const { org, session, email } = await member();
    const setup = await t.callAs(session, "POST", "/api/v1/auth/two-factor/setup", { password: TEST_PASSWORD });
    expect(setup.status).toBe(201);
    const secret = setup.body.secret as string;
    const confirmed = await t.callAs(session, "POST", "/api/v1/auth/two-factor/confirm", {
      code: await codeAt(secret),
    });
    expect(confirmed.status).toBe(200);
    // The confirming code's step is used: the tests sign in with codes of later steps.
    later(60);
    return { org, session, email, secret, recoveryCodes: confirmed.body.recoveryCodes as string[] };
  }

  async function passwordStep(email: string, password = TEST_PASSWORD) {
    return t.callAs(null, "POST", "/api/v1/auth/sign-in", { email, password });
  }

  async function challengeFor(email: string): Promise<string> {
    const res = await passwordStep(email);
    expect(res.status).toBe(202);
    return res.body.challenge;
  }

  const secondStep = (challenge: string, code: string) =>
    t.callAs(null, "POST", "/api/v1/auth/sign-in/two-factor", { challenge, code });

  it("is set up with a QR code and the key, and is on only once a current code confirms it", async () => {
    const { org, session, email } = await member();
    const off = await t.callAs(session, "GET", "/api/v1/auth/two-factor");
    expect(off.body).toEqual({ enabled: false, enabledAt: null, recoveryCodesLeft: 0 });

    // It takes the password, like a password change: a borrowed session cannot put its own phone in.
    const wrongPassword = await t.callAs(session, "POST", "/api/v1/auth/two-factor/setup", {
      password: "not the password at all",
    });
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body.error.message).toBe("The email or the password is wrong");
    expect((await t.callAs(session, "GET", "/api/v1/auth/two-factor")).body.enabled).toBe(false);
    const setup = await t.callAs(session, "POST", "/api/v1/auth/two-factor/setup", { password: TEST_PASSWORD });
    expect(setup.status).toBe(201);
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.uri).toBe(
      `otpauth://totp/Grove:${encodeURIComponent(email)}?secret=${setup.body.secret}&issuer=Grove`,
    );
    expect(setup.body.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(setup.body.qrCode.split(",")[1], "base64").toString()).toContain("<svg");
    // Not on yet: the password alone still signs in.
    expect((await passwordStep(email)).status).toBe(200);

    const wrong = await t.callAs(session, "POST", "/api/v1/auth/two-factor/confirm", { code: "000000" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details).toEqual([expect.objectContaining({ field: "code", rule: "wrong_code" })]);
    const malformed = await t.callAs(session, "POST", "/api/v1/auth/two-factor/confirm", { code: "12345" });
    expect(malformed.body.error.details).toEqual([expect.objectContaining({ field: "code", rule: "format" })]);

    const confirmed = await t.callAs(session, "POST", "/api/v1/auth/two-factor/confirm", {
      code: await codeAt(setup.body.secret),
    });
    expect(confirmed.status).toBe(200);
    const codes = confirmed.body.recoveryCodes as string[];
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);

    const on = await t.callAs(session, "GET", "/api/v1/auth/two-factor");
    expect(on.body).toEqual({ enabled: true, enabledAt: now().toISOString(), recoveryCodesLeft: 10 });
    // Stored: the codes only as hashes.
    const stored = await t.services.db.selectFrom("twoFactorRecoveryCodes").select("codeHash").execute();
    const storedText = JSON.stringify(stored);
    for (const code of codes) expect(storedText).not.toContain(code.replace("-", ""));
    // A second setup while on is refused; the secret does not change.
    const again = await t.callAs(session, "POST", "/api/v1/auth/two-factor/setup", { password: TEST_PASSWORD });
    expect(again.status).toBe(409);
    expect(again.body.error.details).toEqual([expect.objectContaining({ field: "twoFactor", rule: "already_on" })]);

    // Recorded in the organisation's history as the person's change, without a secret.
    const history = await t.services.db
      .selectFrom("history")
      .selectAll()
      .where("orgId", "=", org.id)
      .where("entity", "=", "person")
      .where("entityId", "=", session.personId)
      .where(sql<boolean>`after ? 'twoFactor'`)
      .execute();
    expect(history.map((row) => [row.action, row.actorId, row.before, row.after])).toEqual([
      ["update", session.personId, { twoFactor: false }, { twoFactor: true, recoveryCodes: 10 }],
    ]);
    const historyText = JSON.stringify(history);
    expect(historyText).not.toContain(setup.body.secret);
  });

  it("asks for a code after the right password: no session until the second step, which works once", async () => {
    const { email, secret } = await memberWithTwoFactor();
    const first = await passwordStep(email);
    expect(first.status).toBe(202);
    expect(first.body).toEqual({
      challenge: expect.any(String),
      expiresAt: new Date(clock + CHALLENGE_SECONDS * 1000).toISOString(),
    });
    expect(sessionFrom(first)).toBeNull();
    // A wrong password is still sign-in's 401, not a challenge.
    const wrongPassword = await passwordStep(email, "not the password at all");
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body.challenge).toBeUndefined();

    const signedIn = await secondStep(first.body.challenge, await codeAt(secret));
    expect(signedIn.status).toBe(200);
    const session = sessionFrom(signedIn);
    expect(session).not.toBeNull();
    const me = await t.callAs(session, "GET", "/api/v1/auth/me");
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(email);

    // The challenge is spent: another code (the next step's) does not sign in with it again.
    later(30);
    const reused = await secondStep(first.body.challenge, await codeAt(secret));
    expect(reused.status).toBe(401);
    expect(reused.body.error.details).toEqual([
      expect.objectContaining({ field: "challenge", rule: "challenge_expired" }),
    ]);
  });

  it("takes a code of the step before or after, and nothing further off", async () => {
    const { email, secret } = await memberWithTwoFactor();
    const at = (seconds: number) => new Date(clock + seconds * 1000);
    const tooOld = await secondStep(await challengeFor(email), await codeAt(secret, at(-65)));
    expect(tooOld.status).toBe(401);
    expect(tooOld.body.error.details).toEqual([expect.objectContaining({ field: "code", rule: "wrong_code" })]);
    const tooNew = await secondStep(await challengeFor(email), await codeAt(secret, at(65)));
    expect(tooNew.status).toBe(401);
    // Four failures so far (two passwords of a two-factor account, two codes): the throttle's
    // first wait (2 s) follows the next one, as it would for a person.
    const challenge = await challengeFor(email);
    later(3);
    expect((await secondStep(challenge, await codeAt(secret, at(-30)))).status).toBe(200);
  });

  it("refuses a code used already (a replay), also inside its window, and takes the next one", async () => {
    const { email, secret } = await memberWithTwoFactor();
    const code = await codeAt(secret);
    expect((await secondStep(await challengeFor(email), code)).status).toBe(200);
    const replay = await secondStep(await challengeFor(email), code);
    expect(replay.status).toBe(401);
    expect(replay.body.error).toMatchObject({
      code: "unauthenticated",
      details: [{ field: "code", rule: "code_replayed", message: expect.stringContaining("wait for the next one") }],
    });
    // The step before the used one is inside the window but older: also a replay.
    const older = await secondStep(await challengeFor(email), await codeAt(secret, new Date(clock - 30_000)));
    expect(older.body.error.details[0].rule).toBe("code_replayed");
    later(30);
    const challenge = await challengeFor(email);
    later(3); // the throttle's first wait, after four failures
    expect((await secondStep(challenge, await codeAt(secret))).status).toBe(200);
  });

  it("signs in with a recovery code once; the code is spent, the others still work", async () => {
    const { session, email, recoveryCodes } = await memberWithTwoFactor();
    const [first = "", second = ""] = recoveryCodes;
    const withRecovery = await secondStep(await challengeFor(email), first.toUpperCase().replace("-", " "));
    expect(withRecovery.status).toBe(200);
    expect(sessionFrom(withRecovery)).not.toBeNull();
    const again = await secondStep(await challengeFor(email), first);
    expect(again.status).toBe(401);
    expect(again.body.error.details).toEqual([expect.objectContaining({ field: "code", rule: "wrong_code" })]);
    expect((await secondStep(await challengeFor(email), second)).status).toBe(200);
    expect((await t.callAs(session, "GET", "/api/v1/auth/two-factor")).body.recoveryCodesLeft).toBe(8);
  });

  it("counts wrong codes in the sign-in throttle (429 with Retry-After) and ends a challenge after 5", async () => {
    const { email, secret } = await memberWithTwoFactor();
    const challenge = await challengeFor(email);
    const statuses: number[] = [];
    for (let i = 0; i < CHALLENGE_MAX_FAILURES + 1; i++) {
      statuses.push((await secondStep(challenge, String(100000 + i))).status);
      later(10); // past the throttle's short waits, so the challenge's own limit shows
    }
    expect(statuses.slice(0, CHALLENGE_MAX_FAILURES).every((s) => s === 401 || s === 429)).toBe(true);
    const spent = await secondStep(challenge, await codeAt(secret));
    expect(spent.status).toBe(401);
    expect(spent.body.error.details[0].rule).toBe("challenge_expired");

    // Guessing on with fresh challenges: the throttle answers 429 before long, with Retry-After,
    // and then even the right code waits.
    let throttled: TestResponse | undefined;
    for (let i = 0; i < 12 && !throttled; i++) {
      const res = await passwordStep(email);
      if (res.status === 429) {
        throttled = res;
        break;
      }
      const guess = await secondStep(res.body.challenge, String(200000 + i));
      if (guess.status === 429) throttled = guess;
    }
    expect(throttled?.status).toBe(429);
    expect(Number(throttled?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(throttled?.body.error.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("keeps the account's count from the address until the code is right, and gives the address its attempt back", async () => {
    const { email, secret } = await memberWithTwoFactor();
    // The throttle's counters, keyed as src/services/accounts/sign-in-throttle.ts keys them (the
    // in-process test app has no socket: its client address is "unknown").
    const failures = async (key: string) =>
      (
        await t.services.db
          .selectFrom("signInThrottle")
          .select("failures")
          .where("keyHash", "=", hashSecret(key))
          .executeTakeFirst()
      )?.failures ?? 0;
    const pair = `pair\u0000${email}\u0000unknown`;
    const address = "address\u0000unknown";
    const addressBefore = await failures(address);
    const challenge = await challengeFor(email);
    expect(await failures(pair)).toBe(1);
    expect(await failures(address)).toBe(addressBefore);
    expect((await secondStep(challenge, "123456")).status).toBe(401);
    expect(await failures(pair)).toBe(2);
    expect((await secondStep(challenge, await codeAt(secret))).status).toBe(200);
    expect(await failures(pair)).toBe(0);
  });

  it("ends a challenge after 5 minutes", async () => {
    const { email, secret } = await memberWithTwoFactor();
    const challenge = await challengeFor(email);
    later(CHALLENGE_SECONDS + 1);
    const res = await secondStep(challenge, await codeAt(secret));
    expect(res.status).toBe(401);
    expect(res.body.error.details[0].rule).toBe("challenge_expired");
    expect(sessionFrom(res)).toBeNull();
  });

  it("lets one of two racing second steps with one challenge and one code sign in", async () => {
    const { email, secret } = await memberWithTwoFactor();
    const challenge = await challengeFor(email);
    const code = await codeAt(secret);
    const answers = await Promise.all([secondStep(challenge, code), secondStep(challenge, code)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401]);
  });

  it("is turned off with the password (a wrong one is sign-in's 401), and the password alone signs in again", async () => {
    const { org, session, email, secret, recoveryCodes } = await memberWithTwoFactor();
    const wrong = await t.callAs(session, "POST", "/api/v1/auth/two-factor/disable", { password: "not it at all" });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toBe("The email or the password is wrong");
    const neither = await t.callAs(session, "POST", "/api/v1/auth/two-factor/disable", {});
    expect(neither.status).toBe(400);
    expect(neither.body.error.details).toEqual([expect.objectContaining({ field: "password" })]);
    const wrongCode = await t.callAs(session, "POST", "/api/v1/auth/two-factor/disable", { code: "000000" });
    expect(wrongCode.status).toBe(401);
    expect(wrongCode.body.error.details).toEqual([expect.objectContaining({ field: "code", rule: "wrong_code" })]);
    // A recovery code is for signing in, not for turning the second step off.
    const recovery = await t.callAs(session, "POST", "/api/v1/auth/two-factor/disable", { code: recoveryCodes[0] });
    expect(recovery.status).toBe(400);
    expect((await passwordStep(email)).status).toBe(202);

    const off = await t.callAs(session, "POST", "/api/v1/auth/two-factor/disable", { password: TEST_PASSWORD });
    expect(off.status).toBe(204);
    expect((await t.callAs(session, "GET", "/api/v1/auth/two-factor")).body).toEqual({
      enabled: false,
      enabledAt: null,
      recoveryCodesLeft: 0,
    });
    expect((await passwordStep(email)).status).toBe(200);
    const history = await t.services.db
      .selectFrom("history")
      .select(["before", "after"])
      .where("orgId", "=", org.id)
      .where("entityId", "=", session.personId)
      .orderBy("changedAt")
      .execute();
    expect(history.at(-1)).toEqual({
      before: { twoFactor: true },
      after: { twoFactor: false, provedWith: "password" },
    });
    expect(JSON.stringify(history)).not.toContain(secret);
    // Off already: nothing to turn off.
    const twice = await t.callAs(session, "POST", "/api/v1/auth/two-factor/disable", { password: TEST_PASSWORD });
    expect(twice.status).toBe(409);
  });

  it("is turned off with a current code too", async () => {
    const { session, email, secret } = await memberWithTwoFactor();
    const off = await t.callAs(session, "POST", "/api/v1/auth/two-factor/disable", { code: await codeAt(secret) });
    expect(off.status).toBe(204);
    expect((await passwordStep(email)).status).toBe(200);
  });

  it("regenerates the recovery codes with a current code only: the old ones stop working", async () => {
    const { session, email, secret, recoveryCodes } = await memberWithTwoFactor();
    const [old = ""] = recoveryCodes;
    const wrong = await t.callAs(session, "POST", "/api/v1/auth/two-factor/recovery-codes", { code: "000000" });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.details[0]).toMatchObject({ field: "code", rule: "wrong_code" });
    const withRecovery = await t.callAs(session, "POST", "/api/v1/auth/two-factor/recovery-codes", { code: old });
    expect(withRecovery.status).toBe(400);

    const fresh = await t.callAs(session, "POST", "/api/v1/auth/two-factor/recovery-codes", {
      code: await codeAt(secret),
    });
    expect(fresh.status).toBe(200);
    expect(fresh.body.recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(fresh.body.recoveryCodes).not.toContain(old);
    expect((await secondStep(await challengeFor(email), old)).status).toBe(401);
    expect((await secondStep(await challengeFor(email), fresh.body.recoveryCodes[0])).status).toBe(200);
  });

  it("answers an API token 401: a token neither sees nor changes two-factor sign-in", async () => {
    const { org, session, secret } = await memberWithTwoFactor();
    const created = await t.callAs(session, "POST", `/api/v1/orgs/${org.slug}/api-tokens`, {
      name: "script",
      scope: "read",
    });
    expect(created.status).toBe(201);
    const bearer = `Bearer ${created.body.token}`;
    // The token itself keeps working: tokens are for machines, no second step.
    expect((await t.callAs(bearer, "GET", `/api/v1/orgs/${org.slug}`)).status).toBe(200);
    expect((await t.callAs(bearer, "GET", "/api/v1/auth/two-factor")).status).toBe(401);
    const setup = await t.callAs(bearer, "POST", "/api/v1/auth/two-factor/setup", { password: TEST_PASSWORD });
    expect(setup.status).toBe(401);
    const code = await codeAt(secret);
    expect(
      (await t.callAs(bearer, "POST", "/api/v1/auth/two-factor/disable", { password: TEST_PASSWORD })).status,
    ).toBe(401);
    expect((await t.callAs(bearer, "POST", "/api/v1/auth/two-factor/disable", { code })).status).toBe(401);
    expect((await t.callAs(bearer, "POST", "/api/v1/auth/two-factor/recovery-codes", { code })).status).toBe(401);
    expect((await t.callAs(bearer, "POST", "/api/v1/auth/two-factor/confirm", { code })).status).toBe(401);
    expect((await t.callAs(session, "GET", "/api/v1/auth/two-factor")).body.enabled).toBe(true);
  });

  it("does not let sign-up or an invitation sign in with the password alone", async () => {
    const { session, email } = await memberWithTwoFactor();
    const signUp = await t.callAs(null, "POST", "/api/v1/auth/sign-up", {
      organisationName: "Side project",
      organisationSlug: `side-${clock}`,
      name: "Someone",
      email,
      password: TEST_PASSWORD,
    });
    expect(signUp.status).toBe(401);
    expect(signUp.body.error.details).toEqual([
      expect.objectContaining({ field: "password", rule: "two_factor_required" }),
    ]);
    expect(sessionFrom(signUp)).toBeNull();

    const other = await buildOrg(t.services);
    const invited = await t.call("POST", `/api/v1/orgs/${other.slug}/invitations`, { email, role: "member" });
    expect(invited.status).toBe(201);
    const accept = (as: TestSession | null) =>
      t.callAs(as, "POST", `/api/v1/auth/invitations/${invited.body.token}/accept`, { password: TEST_PASSWORD });
    const anonymous = await accept(null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.details[0].rule).toBe("two_factor_required");
    expect(sessionFrom(anonymous)).toBeNull();
    // Signed in (past the second step) as that account, the invitation is accepted.
    expect((await accept(session)).status).toBe(201);
  });
});
