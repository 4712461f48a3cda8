import { expect, it } from "vitest";
import { requestFingerprint } from "../../src/api/shared/idempotency.ts";
import { IDEMPOTENCY_WINDOW_MS, IN_FLIGHT_TAKEOVER_MS } from "../../src/domain/idempotency.ts";
import { actorForPerson } from "../../src/services/accounts/actor.ts";
import { createApiToken } from "../../src/services/accounts/api-tokens.ts";
import { resolveSession } from "../../src/services/accounts/sessions.ts";
import {
  claimIdempotencyKey,
  idempotencyPurgeJob,
  purgeIdempotencyKeys,
} from "../../src/services/idempotency/idempotency-keys.ts";
import { describeApi } from "../support/api-test.ts";
import { adminSessions, buildMember, buildObjective, buildOrg, type TestSession } from "../support/factories.ts";
import { snapshotOrganisation } from "../support/snapshot.ts";
import { sessionHeaders } from "../support/test-app.ts";

// Issue 13 point 2, docs/api-retries.md: a POST with an Idempotency-Key is run once per
// organisation, caller and key for 24 hours; a retry gets the first answer and writes nothing.

const start = Date.parse("2027-02-15T12:00:00Z");
let clockAt = start;

describeApi("safe retries with Idempotency-Key", { now: () => new Date(clockAt) }, (t) => {
  async function setUp() {
    const org = await buildOrg(t.services);
    const { objective, keyResults } = await buildObjective(t.services, org.id);
    const base = `/api/v1/orgs/${org.slug}`;
    const batch = { checkIns: keyResults.slice(0, 2).map((kr, i) => ({ keyResultId: kr.id, value: 3 + i })) };
    return { org, objective, keyResults, base, batch };
  }

  async function checkInCount(orgId: string): Promise<number> {
    const row = await t.db.kysely
      .selectFrom("checkIns")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("orgId", "=", orgId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  const post = (path: string, body: unknown, key: string, as?: TestSession | string) =>
    t.call("POST", path, body, {
      "idempotency-key": key,
      ...(typeof as === "string" ? { authorization: as, cookie: "" } : as ? sessionHeaders(as) : {}),
    });

  it("stores a retried batch of check-ins once and answers the retry with the first answer", async () => {
    const { org, base, batch } = await setUp();
    const first = await post(`${base}/check-ins`, batch, "sync-2027-02-15");
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotency-replayed")).toBeNull();
    expect(await checkInCount(org.id)).toBe(2);
    const before = await snapshotOrganisation(t.db.kysely, org.id);

    // The same body with its keys in another order and other whitespace is the same request.
    const reordered = JSON.stringify(
      { checkIns: batch.checkIns.map(({ value, keyResultId }) => ({ value, keyResultId })) },
      null,
      2,
    );
    const retry = await post(`${base}/check-ins`, reordered, "sync-2027-02-15");
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotency-replayed")).toBe("true");
    expect(retry.body).toEqual(first.body);
    expect(await checkInCount(org.id)).toBe(2);
    expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);

    const other = await post(`${base}/check-ins`, batch, "sync-2027-02-16");
    expect(other.status).toBe(201);
    expect(await checkInCount(org.id)).toBe(4);
  });

  it("refuses the same key with another body with 422 naming the header, and writes nothing", async () => {
    const { org, base, batch, keyResults } = await setUp();
    expect((await post(`${base}/check-ins`, batch, "k-1")).status).toBe(201);
    const before = await snapshotOrganisation(t.db.kysely, org.id);
    const changed = { checkIns: [{ keyResultId: keyResults[0]?.id, value: 9 }] };
    const refused = await post(`${base}/check-ins`, changed, "k-1");
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: "idempotency_key_reused",
      details: [{ field: "Idempotency-Key", rule: "same_request" }],
    });
    // Another path with the key is another request too.
    const elsewhere = await post(`${base}/key-results/${keyResults[0]?.id}/check-ins`, { value: 9 }, "k-1");
    expect(elsewhere.status).toBe(422);
    expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
  });

  it("keeps keys per caller: another user, or an API token, with the same key gets a write of its own", async () => {
    const { org, objective, base, batch } = await setUp();
    const member = await buildMember(t.services, org.id, { units: [[objective.unitId, "member"]] });
    const actor = await actorForPerson(t.services, org.id, member.personId, null);
    const { token } = await createApiToken(
      t.services,
      { orgId: org.id, actor: actor as NonNullable<typeof actor> },
      { name: "sync", scope: "check_ins" },
    );
    const { token: secondToken } = await createApiToken(
      t.services,
      { orgId: org.id, actor: actor as NonNullable<typeof actor> },
      { name: "sync 2", scope: "check_ins" },
    );
    expect((await post(`${base}/check-ins`, batch, "shared-key")).status).toBe(201);
    const byMember = await post(`${base}/check-ins`, batch, "shared-key", member);
    expect(byMember.status).toBe(201);
    expect(byMember.headers.get("idempotency-replayed")).toBeNull();
    const byToken = await post(`${base}/check-ins`, batch, "shared-key", `Bearer ${token}`);
    expect(byToken.headers.get("idempotency-replayed")).toBeNull();
    const tokenRetry = await post(`${base}/check-ins`, batch, "shared-key", `Bearer ${token}`);
    expect(tokenRetry.headers.get("idempotency-replayed")).toBe("true");
    const bySecondToken = await post(`${base}/check-ins`, batch, "shared-key", `Bearer ${secondToken}`);
    expect(bySecondToken.headers.get("idempotency-replayed")).toBeNull();
    expect([byToken.status, tokenRetry.status, bySecondToken.status]).toEqual([201, 201, 201]);
    expect(await checkInCount(org.id)).toBe(8);
  });

  it("forgets a key after 24 hours, and the daily job purges it", async () => {
    const { org, base, batch } = await setUp();
    try {
      expect((await post(`${base}/check-ins`, batch, "daily-sync")).status).toBe(201);
      clockAt = start + IDEMPOTENCY_WINDOW_MS - 60_000;
      expect((await post(`${base}/check-ins`, batch, "daily-sync")).headers.get("idempotency-replayed")).toBe("true");
      expect(await checkInCount(org.id)).toBe(2);
      clockAt = start + IDEMPOTENCY_WINDOW_MS;
      const later = await post(`${base}/check-ins`, batch, "daily-sync");
      expect(later.status).toBe(201);
      expect(later.headers.get("idempotency-replayed")).toBeNull();
      expect(await checkInCount(org.id)).toBe(4);

      expect((await post(`${base}/check-ins`, batch, "one-off")).status).toBe(201);
      clockAt = start + 3 * IDEMPOTENCY_WINDOW_MS;
      expect(idempotencyPurgeJob.slotAt(new Date(clockAt))).toBe("2027-02-18");
      const purged = await t.db.kysely.transaction().execute((tx) => purgeIdempotencyKeys(tx, new Date(clockAt)));
      expect(purged).toBeGreaterThanOrEqual(2);
      const left = await t.db.kysely
        .selectFrom("idempotencyKeys")
        .select("orgId")
        .where("orgId", "=", org.id)
        .execute();
      expect(left).toEqual([]);
    } finally {
      clockAt = start;
    }
  });

  it("does not replay one organisation's key into another", async () => {
    const a = await setUp();
    const b = await setUp();
    expect((await post(`${a.base}/check-ins`, a.batch, "cross")).status).toBe(201);
    // A's admin is no member of B: the path is 404, the key of A answers nothing there.
    const intoB = await post(`${b.base}/check-ins`, a.batch, "cross", adminSessions.get(a.org.slug));
    expect(intoB.status).toBe(404);
    expect(intoB.headers.get("idempotency-replayed")).toBeNull();
    expect(await checkInCount(b.org.id)).toBe(0);
    // One caller with one key in two organisations holds two keys.
    const caller = `user:${(await resolveSession(t.services, adminSessions.get(a.org.slug)?.sessionId ?? ""))?.userId}`;
    expect(await claimIdempotencyKey(t.services, { orgId: b.org.id, caller, key: "cross" }, "f".repeat(64))).toEqual({
      kind: "claimed",
    });
  });

  it("answers 409 while the first request with the key still runs, and takes over one left running", async () => {
    const { base, batch, org } = await setUp();
    const session = await resolveSession(t.services, adminSessions.get(org.slug)?.sessionId ?? "");
    const of = { orgId: org.id, caller: `user:${session?.userId}`, key: "slow" };
    const fingerprint = requestFingerprint("POST", `${base}/check-ins`, JSON.stringify(batch));
    expect(await claimIdempotencyKey(t.services, of, fingerprint)).toEqual({ kind: "claimed" });
    const meanwhile = await post(`${base}/check-ins`, batch, "slow");
    expect(meanwhile.status).toBe(409);
    expect(meanwhile.body.error).toMatchObject({
      code: "idempotency_key_in_flight",
      details: [{ field: "Idempotency-Key", rule: "in_flight" }],
    });
    expect(await checkInCount(org.id)).toBe(0);
    try {
      // The first request's process died before keeping its answer: after a while a retry runs.
      clockAt = start + IN_FLIGHT_TAKEOVER_MS;
      const retried = await post(`${base}/check-ins`, batch, "slow");
      expect(retried.status).toBe(201);
      expect(await checkInCount(org.id)).toBe(2);
    } finally {
      clockAt = start;
    }
  });

  it("lets the key of a refused request go, so the corrected retry runs", async () => {
    const { org, base, batch } = await setUp();
    const wrong = { checkIns: [{ keyResultId: crypto.randomUUID(), value: 1 }] };
    expect((await post(`${base}/check-ins`, wrong, "retry-me")).status).toBe(404);
    expect((await post(`${base}/check-ins`, { checkIns: "x" }, "retry-me")).status).toBe(400);
    const right = await post(`${base}/check-ins`, batch, "retry-me");
    expect(right.status).toBe(201);
    expect(right.headers.get("idempotency-replayed")).toBeNull();
    expect(await checkInCount(org.id)).toBe(2);
  });

  it("refuses a key that is not 1 to 255 visible ASCII characters with 400 naming the header", async () => {
    const { base, batch } = await setUp();
    const res = await post(`${base}/check-ins`, batch, "x".repeat(256));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      { field: "Idempotency-Key", rule: "format", message: "send 1 to 255 visible ASCII characters, e.g. a UUID" },
    ]);
  });

  it("replays creates of other resources too: an objective posted twice is one objective", async () => {
    const { org, objective, base } = await setUp();
    const body = { unitId: objective.unitId, periodId: objective.periodId, title: "Win the second market" };
    const first = await post(`${base}/objectives`, body, "obj-1");
    const again = await post(`${base}/objectives`, body, "obj-1");
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);
    const all = await t.db.kysely.selectFrom("objectives").select("title").where("orgId", "=", org.id).execute();
    expect(all.filter((o) => o.title === body.title)).toHaveLength(1);
  });
});
