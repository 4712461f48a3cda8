import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";
import type { SignUpMode } from "../../src/domain/sign-up-mode.ts";
import { createLogger } from "../../src/logger.ts";
import { describeApi } from "../support/api-test.ts";
import { buildOrg, TEST_PASSWORD } from "../support/factories.ts";

// Issue 12 point 6: who may sign up (GROVE_SIGN_UP); docs/accounts-and-access.md, "Sign-up modes".
describeApi("sign-up modes", (t) => {
  const appIn = (signUp: SignUpMode) => createApp({ services: t.services, logger: createLogger("silent"), signUp });
  const invitationOnly = () => appIn({ mode: "invitation" });
  const domains = () => appIn({ mode: "domains", domains: ["example.com", "example.org"] });

  async function send(app: ReturnType<typeof createApp>, method: string, path: string, body?: unknown) {
    const res = await app.request(path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  }
  function signUpBody(email: string, password = TEST_PASSWORD) {
    const key = randomUUID().slice(0, 8);
    return { organisationName: `Mode ${key}`, organisationSlug: `mode-${key}`, name: "Someone", email, password };
  }
  const fresh = (domain: string) => `new-${randomUUID().slice(0, 8)}@${domain}`;

  it("answers the mode publicly", async () => {
    expect((await t.callAs(null, "GET", "/api/v1/auth/sign-up-mode")).body).toEqual({ mode: "open", domains: [] });
    expect((await send(invitationOnly(), "GET", "/api/v1/auth/sign-up-mode")).body).toEqual({
      mode: "invitation",
      domains: [],
    });
    expect((await send(domains(), "GET", "/api/v1/auth/sign-up-mode")).body).toEqual({
      mode: "domains",
      domains: ["example.com", "example.org"],
    });
  });

  it("open: anyone signs up", async () => {
    expect(
      (await send(appIn({ mode: "open" }), "POST", "/api/v1/auth/sign-up", signUpBody(fresh("x.test")))).status,
    ).toBe(201);
  });

  it("invitation: refuses every sign-up alike, with or without an account, and creates nothing", async () => {
    const org = await buildOrg(t.services);
    const admin = (await t.call("GET", `/api/v1/orgs/${org.slug}/people`)).body.people[0].email as string;
    const app = invitationOnly();
    const newcomer = signUpBody(fresh("example.com"));
    const refusals = [
      await send(app, "POST", "/api/v1/auth/sign-up", newcomer),
      await send(app, "POST", "/api/v1/auth/sign-up", signUpBody(admin)),
      await send(app, "POST", "/api/v1/auth/sign-up", signUpBody(admin, "a wrong password here")),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe("forbidden");
      expect(refused.body.error.details).toEqual([
        { field: "email", rule: "sign_up_closed", message: "ask an admin of your organisation for an invitation" },
      ]);
    }
    expect(refusals[1]?.body).toEqual(refusals[0]?.body);
    expect(refusals[2]?.body).toEqual(refusals[0]?.body);
    const created = await t.db.kysely
      .selectFrom("organisations")
      .select("id")
      .where("slug", "=", newcomer.organisationSlug)
      .executeTakeFirst();
    expect(created).toBeUndefined();
  });

  it("invitation: an invitation is still accepted", async () => {
    const org = await buildOrg(t.services);
    const email = fresh("anywhere.test");
    const invite = await t.call("POST", `/api/v1/orgs/${org.slug}/invitations`, { email, name: "Ivy", role: "member" });
    expect(invite.status).toBe(201);
    const app = invitationOnly();
    expect((await send(app, "GET", `/api/v1/auth/invitations/${invite.body.token}`)).status).toBe(200);
    const joined = await send(app, "POST", `/api/v1/auth/invitations/${invite.body.token}/accept`, {
      password: TEST_PASSWORD,
    });
    expect(joined.status).toBe(201);
    expect(joined.body).toEqual({ slug: org.slug });
  });

  it("domains: matches the domain exactly, whatever its case", async () => {
    const app = domains();
    expect((await send(app, "POST", "/api/v1/auth/sign-up", signUpBody(fresh("example.com")))).status).toBe(201);
    expect((await send(app, "POST", "/api/v1/auth/sign-up", signUpBody(fresh("Example.ORG")))).status).toBe(201);
    for (const domain of ["evil-example.com", "sub.example.com", "example.com.evil.test", "example.net"]) {
      const refused = await send(app, "POST", "/api/v1/auth/sign-up", signUpBody(fresh(domain)));
      expect(refused.status, domain).toBe(403);
      expect(refused.body.error.details).toEqual([
        { field: "email", rule: "sign_up_domain", message: "use an address at example.com, example.org" },
      ]);
    }
  });
});
