import { expect, it } from "vitest";
import { describeApi } from "../support/api-test.ts";
import { adminSessions, buildOrg, buildPeriod, buildUnit, type TestSession } from "../support/factories.ts";
import { statementsOf } from "../support/statements.ts";

// Issue 6: what one authenticated request costs in database round trips before its own work
// (tests/support/statements.ts records them; tests/api/statements-per-route.test.ts counts every route's).

const DAY = 86_400_000;

let now = new Date("2027-02-15T12:00:00Z");

describeApi("per-request overhead", { now: () => now }, (t) => {
  async function teamPage() {
    const org = await buildOrg(t.services);
    const unit = await buildUnit(t.services, org.id);
    await buildPeriod(t.services, org.id);
    const path = `/api/v1/orgs/${org.slug}/units/${unit.id}/okrs?period=2027-Q1`;
    const token = await t.call("POST", `/api/v1/orgs/${org.slug}/api-tokens`, { name: "bench", scope: "read" });
    return { org, path, bearer: `Bearer ${token.body.token}`, session: adminSessions.get(org.slug) as TestSession };
  }

  /** The statements of one request, split before the transaction of the page's own reads. */
  async function statementsOfRequest(send: () => Promise<{ status: number }>) {
    const { result: res, statements } = await statementsOf(send);
    expect(res.status).toBe(200);
    const own = statements.findLastIndex((s) => /^begin/i.test(s));
    return { identity: statements.slice(0, own), all: [...statements] };
  }

  it("resolves a session, the organisation and the actor in one statement", async () => {
    const { path, session } = await teamPage();
    const { identity } = await statementsOfRequest(() => t.callAs(session, "GET", path));
    expect(identity).toHaveLength(1);
  });

  it("resolves an API token, the organisation and the actor in one statement", async () => {
    const { path, bearer } = await teamPage();
    const { identity } = await statementsOfRequest(() => t.callAs(bearer, "GET", path));
    expect(identity).toHaveLength(1);
  });

  it("slides a session forward with one write on its first request of a day, none on the others", async () => {
    const { path, session } = await teamPage();
    const writes = async () =>
      (await statementsOfRequest(() => t.callAs(session, "GET", path))).all.filter((s) => /^update "sessions"/.test(s));
    now = new Date(now.getTime() + 2 * DAY);
    expect(await writes()).toHaveLength(1);
    expect(await writes()).toHaveLength(0);
    now = new Date(now.getTime() + 29 * DAY);
    expect(await writes()).toHaveLength(1);
    now = new Date(now.getTime() + 31 * DAY);
    expect((await t.callAs(session, "GET", path)).status).toBe(401);
  });

  it("answers a non-member, and a token of another organisation, as if the organisation did not exist", async () => {
    const { org, session } = await teamPage();
    const other = await teamPage();
    const missing = await t.callAs(session, "GET", "/api/v1/orgs/no-such-org/units");
    expect(missing.status).toBe(404);
    expect((await t.callAs(session, "GET", `/api/v1/orgs/${other.org.slug}/units`)).body).toEqual(missing.body);
    expect((await t.callAs(other.bearer, "GET", `/api/v1/orgs/${org.slug}/units`)).body).toEqual(missing.body);
    expect((await t.callAs(other.bearer, "GET", `/api/v1/orgs/${other.org.slug}/units`)).status).toBe(200);
  });
});
