import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";
import { createLogger } from "../../src/logger.ts";
import { describeApi } from "../support/api-test.ts";
import { buildOrg, TEST_PASSWORD, type TestSession } from "../support/factories.ts";
import { atProductionPasswordCost } from "../support/low-password-cost.ts";
import type { TestResponse } from "../support/test-app.ts";
import { expectAlikeInTime } from "../support/timing.ts";

// Issue 12, defect 4: nobody learns whether an email has a Grove account from sign-in's timing,
// sign-up's answer or an invitation, unless they are that account.

const newAddress = () => `10.${[...randomBytes(3)].join(".")}`;

function sessionFrom(res: TestResponse): TestSession {
  const cookies = Object.fromEntries(
    res.headers.getSetCookie().map((c) => c.split(";")[0]?.split("=") as [string, string]),
  );
  return { sessionId: cookies.grove_session as string, csrfToken: cookies.grove_csrf as string };
}

describeApi("accounts cannot be enumerated", (t) => {
  // Each request from its own client address (behind one trusted proxy), so the throttle,
  // which counts per address, does not speed up the later requests of a timing run.
  let proxied: ReturnType<typeof createApp>;
  beforeAll(() => {
    proxied = createApp({ services: t.services, logger: createLogger("silent"), trustProxy: 1 });
  });

  async function post(path: string, body: unknown): Promise<TestResponse & { ms: number }> {
    const started = performance.now();
    const response = await proxied.request(path, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": newAddress() },
      body: JSON.stringify(body),
    });
    const ms = performance.now() - started;
    return { status: response.status, body: await response.json(), headers: response.headers, ms };
  }

  function newSignUp(email = `new-${randomUUID().slice(0, 8)}@example.test`, password = TEST_PASSWORD) {
    const key = randomUUID().slice(0, 8);
    return { organisationName: `Enum ${key}`, organisationSlug: `enum-${key}`, name: "Someone", email, password };
  }

  async function existingEmail(): Promise<string> {
    const body = newSignUp();
    expect((await post("/api/v1/auth/sign-up", body)).status).toBe(201);
    return body.email;
  }

  // At production's password cost: the alike-in-time answers rest on one scrypt hiding the rest.
  it("answers sign-in for an unknown email in the time of a known one (medians within 0.5x to 2x)", () =>
    atProductionPasswordCost(async () => {
      // Several accounts, so no one account gathers enough failures for any per-email limit.
      const known = [await existingEmail(), await existingEmail(), await existingEmail()];
      const knownMs: number[] = [];
      const unknownMs: number[] = [];
      for (let i = 0; i < 14; i++) {
        const a = await post("/api/v1/auth/sign-in", { email: known[i % 3], password: `wrong password ${i}` });
        const b = await post("/api/v1/auth/sign-in", { email: `nobody-${randomUUID()}@example.test`, password: "x" });
        expect([a.status, b.status]).toEqual([401, 401]);
        expect(a.body).toEqual(b.body);
        // The first two warm up both paths.
        if (i >= 2) {
          knownMs.push(a.ms);
          unknownMs.push(b.ms);
        }
      }
      expectAlikeInTime({ unknown: unknownMs, known: knownMs });
    }));

  // At production's password cost: the alike-in-time answers rest on one scrypt hiding the rest.
  it("answers sign-up for a taken email without saying so: its own password adds the organisation, another gets sign-in's refusal, in the time of a new email", () =>
    atProductionPasswordCost(async () => {
      const taken = await existingEmail();
      const takenMs: number[] = [];
      const newMs: number[] = [];
      for (let i = 0; i < 8; i++) {
        const refused = await post("/api/v1/auth/sign-up", newSignUp(taken, `another password ${i}`));
        expect(refused.status).toBe(401);
        expect(refused.body.error).toEqual({
          code: "unauthenticated",
          message: "The email or the password is wrong",
          details: [],
        });
        const created = await post("/api/v1/auth/sign-up", newSignUp());
        expect(created.status).toBe(201);
        if (i >= 2) {
          takenMs.push(refused.ms);
          newMs.push(created.ms);
        }
      }
      expectAlikeInTime({ taken: takenMs, new: newMs });

      const second = newSignUp(taken, TEST_PASSWORD);
      const added = await post("/api/v1/auth/sign-up", second);
      expect(added.status).toBe(201);
      expect(added.body).toEqual({ slug: second.organisationSlug });
      const me = await t.callAs(sessionFrom(added), "GET", "/api/v1/auth/me");
      expect(me.body.organisations).toHaveLength(2);
      expect(me.body.organisations).toContainEqual(
        expect.objectContaining({ slug: second.organisationSlug, role: "admin" }),
      );
    }));

  it("describes an invitation alike whether its email has an account or not, except to that account", async () => {
    const org = await buildOrg(t.services);
    const taken = await existingEmail();
    const free = `free-${randomUUID().slice(0, 8)}@example.test`;
    const invite = async (email: string) =>
      (await t.call("POST", `/api/v1/orgs/${org.slug}/invitations`, { email, role: "member" })).body.token as string;
    const [takenToken, freeToken] = [await invite(taken), await invite(free)];

    const forTaken = await t.callAs(null, "GET", `/api/v1/auth/invitations/${takenToken}`);
    const forFree = await t.callAs(null, "GET", `/api/v1/auth/invitations/${freeToken}`);
    expect(forTaken.body).toEqual({ ...forFree.body, email: taken });
    expect(forTaken.body.signedInAsInvitee).toBe(false);
    expect(forTaken.body).not.toHaveProperty("existingAccount");
    // The inviting admin is not that person either.
    expect((await t.call("GET", `/api/v1/auth/invitations/${takenToken}`)).body.signedInAsInvitee).toBe(false);
    // Signed in as the invited email, the page may ask only for the password.
    const owner = await post("/api/v1/auth/sign-in", { email: taken, password: TEST_PASSWORD });
    const asOwner = await t.callAs(sessionFrom(owner), "GET", `/api/v1/auth/invitations/${takenToken}`);
    expect(asOwner.body.signedInAsInvitee).toBe(true);

    const wrong = await post(`/api/v1/auth/invitations/${takenToken}/accept`, { password: "not the password" });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toBe("The email or the password is wrong");
    expect((await post(`/api/v1/auth/invitations/${takenToken}/accept`, { password: TEST_PASSWORD })).status).toBe(201);
    expect((await post(`/api/v1/auth/invitations/${freeToken}/accept`, { password: "a new password" })).status).toBe(
      201,
    );
  });
});
