import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { useHttpServer } from "../../../tests/support/http-server.ts";
import { useMailDelivery } from "../../../tests/support/mail-delivery.ts";
import { SOURCE_FAILING_AFTER } from "../../domain/notifications.ts";
import { syncMetricSource } from "../../services/metric-sources/sync-metric-source.ts";

// Issue 14: testing a source writes nothing; a source's readings show in the KR's history as
// recorded by the source; and after SOURCE_FAILING_AFTER failed syncs in a row the KR's owner is
// told once per streak (K2: a way to track the KR exists), by mail to a real SMTP server and on
// the bell, again only after a good sync ended the streak.

let answer: { status: number; body: string } = { status: 200, body: '{"data": {"total": 42}}' };

let clock = new Date("2027-02-15T10:00:00Z");

describeApi("a metric source's test, its readings and its failure notice", { now: () => clock }, (t) => {
  const metrics = useHttpServer((_req, res) => {
    res.writeHead(answer.status, { "content-type": "application/json" });
    res.end(answer.body);
  });
  const mail = useMailDelivery(t, () => clock, "https://grove.example.test");

  /** A team whose KR is owned by a member of the unit, fed by the test server's JSON. */
  async function ownedSource() {
    const team = await t.buildTeam();
    const owner = await t.buildMember(team.org.id);
    const kr = team.keyResults[0] as { id: string };
    await t.db.kysely.updateTable("keyResults").set({ ownerId: owner.personId }).where("id", "=", kr.id).execute();
    expect((await t.call("PUT", `${team.base}/metric-source-hosts`, { hosts: ["127.0.0.1"] })).status).toBe(200);
    const created = await t.call("POST", `${team.base}/key-results/${kr.id}/sources`, {
      kind: "http_json",
      url: `${metrics.origin()}/metrics.json?team=${randomUUID()}`,
      jsonPath: "data.total",
      schedule: { every: "daily", at: "06:00" },
    });
    expect(created.status).toBe(201);
    return { ...team, owner, kr, source: created.body as { id: string } };
  }

  it("tests a source without writing: the number it would read, or why not (K2)", async () => {
    const team = await ownedSource();
    const url = `${team.base}/metric-sources/${team.source.id}`;
    answer = { status: 200, body: '{"data": {"total": 42}}' };
    const good = await t.call("POST", `${url}/test`);
    expect([good.status, good.body]).toEqual([200, { ok: true, value: 42, error: "", at: "2027-02-15T10:00:00.000Z" }]);
    answer = { status: 503, body: "{}" };
    const bad = await t.call("POST", `${url}/test`);
    expect(bad.body).toEqual({ ok: false, value: null, error: "answered HTTP 503", at: "2027-02-15T10:00:00.000Z" });
    // Nothing written: no reading, no error stored, no failure counted.
    const source = await t.call("GET", url);
    expect(source.body).toMatchObject({ lastValue: null, lastError: "", lastErrorAt: null, failures: 0 });
    const readings = await t.call("GET", `${team.base}/key-results/${team.kr.id}/check-ins`);
    expect(readings.body.checkIns).toEqual([]);
  });

  it("lets only those who may edit the KR test its source (M3): a viewer gets 403", async () => {
    const team = await ownedSource();
    const viewer = await t.buildMember(team.org.id, { orgRole: "viewer" });
    const refused = await t.callAs(viewer, "POST", `${team.base}/metric-sources/${team.source.id}/test`);
    expect(refused.status).toBe(403);
    const missing = await t.call("POST", `${team.base}/metric-sources/${randomUUID()}/test`);
    expect(missing.status).toBe(404);
  });

  it("shows a source's reading in the KR's history as recorded by the source, not a person", async () => {
    const team = await ownedSource();
    answer = { status: 200, body: '{"data": {"total": 42}}' };
    expect(await syncMetricSource(t.services, team.org.id, team.source.id, clock)).toEqual({
      status: "recorded",
      value: 42,
    });
    const readings = await t.call("GET", `${team.base}/key-results/${team.kr.id}/check-ins`);
    expect(readings.body.checkIns).toEqual([
      expect.objectContaining({ value: 42, sourceId: team.source.id, authorId: null, recordedById: null }),
    ]);
  });

  it(`tells the owner once after ${SOURCE_FAILING_AFTER} failures in a row, by mail and on the bell, and again only after a good sync`, async () => {
    const team = await ownedSource();
    const bell = `${team.base}/me/notifications`;
    const fail = async () => {
      clock = new Date(clock.getTime() + 3_600_000);
      expect(await syncMetricSource(t.services, team.org.id, team.source.id, clock)).toMatchObject({
        status: "failed",
      });
    };
    answer = { status: 503, body: "{}" };
    for (let i = 1; i < SOURCE_FAILING_AFTER; i++) await fail();
    await mail.deliver();
    expect((await t.callAs(team.owner, "GET", bell)).body.notifications).toEqual([]);

    await fail(); // the third in a row tells
    await fail(); // the fourth does not tell again
    await mail.deliver();
    const [told] = await mail.mailsTo(team.owner.email, 1);
    const title = team.keyResults[0]?.title as string;
    expect(told?.subject).toBe(`"${title}" is no longer reading its source`);
    expect(told?.text).toContain("failed 3 times in a row");
    expect(told?.text).toContain("answered HTTP 503");
    expect(told?.text).toContain(
      `https://grove.example.test/orgs/${team.org.slug}/units/${team.unit.id}#kr-${team.kr.id}`,
    );
    const shown = await t.callAs(team.owner, "GET", bell);
    expect(shown.body.notifications).toEqual([
      expect.objectContaining({
        kind: "source_failing",
        data: { keyResult: title, failures: 3, error: "answered HTTP 503" },
      }),
    ]);

    // A good sync ends the streak; the next streak of three tells again.
    answer = { status: 200, body: '{"data": {"total": 50}}' };
    clock = new Date(clock.getTime() + 3_600_000);
    expect(await syncMetricSource(t.services, team.org.id, team.source.id, clock)).toMatchObject({
      status: "recorded",
    });
    expect((await t.call("GET", `${team.base}/metric-sources/${team.source.id}`)).body.failures).toBe(0);
    answer = { status: 200, body: '{"data": {"total": "n/a"}}' };
    for (let i = 0; i < SOURCE_FAILING_AFTER; i++) await fail();
    await mail.deliver();
    const both = await mail.mailsTo(team.owner.email, 2);
    expect(both[1]?.text).toContain('not a number: "n/a"');
    expect((await t.callAs(team.owner, "GET", bell)).body.notifications).toHaveLength(2);
  });
});
