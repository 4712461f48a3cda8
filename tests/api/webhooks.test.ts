import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import { verifyGroveSignature } from "../../docs/examples/verify-grove-signature.mjs";
import { inTenant } from "../../src/db/tenant.ts";
import { recordCheckIn } from "../../src/services/check-ins/record-check-in.ts";
import { enqueue } from "../../src/services/outbox/enqueue.ts";
import { transitionPeriod } from "../../src/services/period-lifecycle/transition-period.ts";
import { startReview } from "../../src/services/reviews/start-review.ts";
import { holdReview } from "../../src/services/reviews/write-review.ts";
import { createChatDeliverer, createWebhookDeliverer } from "../../src/services/webhooks/deliverers.ts";
import { writeChanges } from "../../src/services/write.ts";
import { describeApi } from "../support/api-test.ts";
import { buildObjective, buildOrg, buildPeriod, goodKeyResult, systemScope } from "../support/factories.ts";
import { testDeliveryWorker } from "../support/mail-delivery.ts";
import { outboxRows } from "../support/outbox.ts";

// Outgoing webhooks end to end (issue 11, docs/notifications.md "Webhooks and chat"): real HTTP
// receivers on this machine, the real worker and deliverers, events written by the real writes.

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** An HTTP receiver that records each request and answers `status()`. */
async function receiver(status: () => number = () => 200, port = 0) {
  const got: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      got.push({ headers: req.headers, body });
      res.writeHead(status()).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  open.push(server);
  const { port: bound } = server.address() as AddressInfo;
  return {
    got,
    port: bound,
    url: `http://127.0.0.1:${bound}/hook`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
const open: Server[] = [];

/** The event data an outbox row of channel "webhook" carries. */
// biome-ignore lint/suspicious/noExplicitAny: reads the stored event freely
const dataOf = (row: { payload: unknown } | undefined): any =>
  (row?.payload as { event?: { data?: unknown } } | undefined)?.event?.data;

let clock = new Date("2027-02-15T12:00:00Z");

describeApi("outgoing webhooks", { now: () => clock }, (t) => {
  const worker = () =>
    testDeliveryWorker(t, () => clock, {
      deliverers: {
        webhook: createWebhookDeliverer({ db: t.db.kysely, timeoutMs: 2_000 }),
        chat: createChatDeliverer({ db: t.db.kysely, newId: t.services.newId, now: () => clock }),
      },
    });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
    clock = new Date("2027-02-15T12:00:00Z");
  });

  async function addWebhook(slug: string, body: Record<string, unknown>) {
    const res = await t.call("POST", `/api/v1/orgs/${slug}/webhooks`, { name: "Hook", ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  const outboxOf = (orgId: string) => outboxRows(t, orgId);

  it("delivers a check-in once to a generic receiver, signed as the documented check verifies", async () => {
    const org = await buildOrg(t.services);
    const { keyResults } = await buildObjective(t.services, org.id);
    const kr = keyResults[0]?.id as string;
    const hook = await receiver();
    const created = await addWebhook(org.slug, { kind: "generic", url: hook.url, events: ["check_in.recorded"] });
    expect(created.secret).toMatch(/^whsec_/);

    const res = await t.call("POST", `/api/v1/orgs/${org.slug}/key-results/${kr}/check-ins`, {
      value: 4.5,
      confidence: 0.8,
      comment: "Pricing page shipped",
    });
    expect(res.status).toBe(201);
    await worker().runOnce();
    await worker().runOnce();

    expect(hook.got).toHaveLength(1);
    const [delivery] = hook.got as [Received];
    const event = JSON.parse(delivery.body);
    expect(event).toMatchObject({
      type: "check_in.recorded",
      organisation: { slug: org.slug },
      data: {
        checkIn: { id: res.body.checkIn.id, value: 4.5, confidence: 0.8, comment: "Pricing page shipped" },
        keyResult: { id: kr, title: "Raise trial-to-paid conversion from 4% to 6%", unit: "%", baseline: 4, target: 6 },
        url: expect.stringMatching(new RegExp(`/orgs/${org.slug}/units/`)),
      },
    });
    expect(delivery.headers["x-grove-event-id"]).toBe(event.id);
    expect(delivery.headers["x-grove-event-type"]).toBe("check_in.recorded");
    const signature = delivery.headers["x-grove-signature"] as string;
    expect(verifyGroveSignature(delivery.body, signature, created.secret)).toBe(true);
    // A changed body, another secret or a replay after 5 minutes is refused.
    expect(verifyGroveSignature(delivery.body.replace("4.5", "9.5"), signature, created.secret)).toBe(false);
    expect(verifyGroveSignature(delivery.body, signature, "whsec_other")).toBe(false);
    const t0 = Number(/t=(\d+)/.exec(signature)?.[1]);
    expect(verifyGroveSignature(delivery.body, signature, created.secret, t0 + 301)).toBe(false);
    const shifted = signature.replace(`t=${t0}`, `t=${t0 + 1}`);
    expect(verifyGroveSignature(delivery.body, shifted, created.secret, t0 + 1)).toBe(false);

    // The secret is shown once: never in the list, a read, an update or the delivery log.
    const reads = [
      await t.call("GET", `/api/v1/orgs/${org.slug}/webhooks`),
      await t.call("GET", `/api/v1/orgs/${org.slug}/webhooks/${created.id}`),
      await t.call("PATCH", `/api/v1/orgs/${org.slug}/webhooks/${created.id}`, { name: "Renamed" }),
      await t.call("GET", `/api/v1/orgs/${org.slug}/webhooks/${created.id}/deliveries`),
    ];
    for (const read of reads) {
      expect(read.status).toBe(200);
      expect(JSON.stringify(read.body)).not.toContain(created.secret);
      expect(JSON.stringify(read.body)).not.toContain('"secret"');
    }
    // Rolling gives a new secret, once; later deliveries are signed with it.
    const rolled = await t.call("POST", `/api/v1/orgs/${org.slug}/webhooks/${created.id}/secret`);
    expect(rolled.status).toBe(200);
    expect(rolled.body.secret).not.toBe(created.secret);
    await recordCheckIn(t.services, systemScope(org.id), kr, { value: 4.6 });
    await worker().runOnce();
    const second = hook.got[1] as Received;
    expect(verifyGroveSignature(second.body, second.headers["x-grove-signature"] as string, rolled.body.secret)).toBe(
      true,
    );
    expect(verifyGroveSignature(second.body, second.headers["x-grove-signature"] as string, created.secret)).toBe(
      false,
    );
  });

  it("documents the very signature check the tests run", () => {
    const code = readFileSync(new URL("../../docs/examples/verify-grove-signature.mjs", import.meta.url), "utf8");
    const doc = readFileSync(new URL("../../docs/notifications.md", import.meta.url), "utf8");
    expect(doc).toContain(code.trim());
  });

  it("posts Slack (and Mattermost) text and a Teams adaptive card, batch check-ins one event each", async () => {
    const org = await buildOrg(t.services);
    const { keyResults } = await buildObjective(t.services, org.id);
    const slack = await receiver();
    const teams = await receiver(() => 202);
    await addWebhook(org.slug, { kind: "slack", url: slack.url, events: ["check_in.recorded"] });
    await addWebhook(org.slug, { kind: "teams", url: teams.url, events: ["check_in.recorded"] });
    const res = await t.call("POST", `/api/v1/orgs/${org.slug}/check-ins`, {
      checkIns: [
        { keyResultId: keyResults[0]?.id, value: 4.4 },
        { keyResultId: keyResults[2]?.id, value: 25 },
      ],
    });
    expect(res.status).toBe(201);
    await worker().runOnce();

    expect(slack.got).toHaveLength(2);
    const texts = slack.got.map((r) => JSON.parse(r.body).text as string).sort();
    expect(texts[0]).toMatch(/checked in 25 on “Raise NPS from 20 to 35” \(Unit .+\) <http:\/\/.+\|Open in Grove>$/);
    expect(texts[1]).toMatch(/checked in 4.4 % on “Raise trial-to-paid conversion from 4% to 6%”/);
    expect(Object.keys(JSON.parse(slack.got[0]?.body as string))).toEqual(["text"]);
    expect(slack.got[0]?.headers["x-grove-signature"]).toBeUndefined();

    expect(teams.got).toHaveLength(2);
    const card = JSON.parse(teams.got[0]?.body as string);
    expect(card).toMatchObject({
      type: "message",
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.adaptive",
          content: {
            type: "AdaptiveCard",
            version: "1.4",
            body: [{ type: "TextBlock", text: expect.stringContaining("checked in"), wrap: true }],
            actions: [{ type: "Action.OpenUrl", title: "Open in Grove", url: expect.stringContaining(org.slug) }],
          },
        },
      ],
    });
    // One event per check-in, the same id at both webhooks.
    const ids = (got: Received[]) => got.map((r) => r.headers["x-grove-event-id"]).sort();
    expect(new Set(ids(slack.got)).size).toBe(2);
    expect(ids(teams.got)).toEqual(ids(slack.got));
    const rows = await outboxOf(org.id);
    expect(rows.map((row) => row.status)).toEqual(["sent", "sent", "sent", "sent"]);
  });

  it("gets every message once to a receiver that was down for a while", { timeout: 60_000 }, async () => {
    const org = await buildOrg(t.services);
    const { keyResults } = await buildObjective(t.services, org.id);
    const first = await receiver();
    const { port, url } = first;
    await first.close();
    await addWebhook(org.slug, { kind: "generic", url, events: ["check_in.recorded"] });
    for (const [n, kr] of keyResults.entries()) {
      await recordCheckIn(t.services, systemScope(org.id), kr.id, { value: 5 + n });
    }
    const w = worker();
    // Down: every attempt fails and is retried later (15 s, 30 s, 60 s, ...).
    for (let round = 0; round < 4; round++) {
      await w.runOnce();
      clock = new Date(clock.getTime() + 10 * 60_000);
    }
    const pending = await outboxOf(org.id);
    expect(pending.map((row) => row.status)).toEqual(["pending", "pending", "pending"]);
    expect(pending.every((row) => row.attempts === 4 && /could not reach/.test(row.lastError))).toBe(true);
    // Back up on the same address: the next due attempts deliver everything, once.
    const back = await receiver(() => 200, port);
    for (let round = 0; round < 3; round++) {
      clock = new Date(clock.getTime() + 2 * 60 * 60_000);
      await w.runOnce();
    }
    const eventIds = back.got.map((r) => r.headers["x-grove-event-id"]);
    expect(eventIds).toHaveLength(3);
    expect(new Set(eventIds).size).toBe(3);
    expect((await outboxOf(org.id)).map((row) => row.status)).toEqual(["sent", "sent", "sent"]);
  });

  it("ends a delivery dead at once on 410 Gone, and resends it with the same event id", async () => {
    const org = await buildOrg(t.services);
    const { keyResults } = await buildObjective(t.services, org.id);
    let answer = 410;
    const hook = await receiver(() => answer);
    const created = await addWebhook(org.slug, { kind: "generic", url: hook.url, events: ["check_in.recorded"] });
    await recordCheckIn(t.services, systemScope(org.id), keyResults[0]?.id as string, { value: 5 });
    await worker().runOnce();
    const [dead] = await outboxOf(org.id);
    expect(dead).toMatchObject({ status: "dead", attempts: 1, lastError: "HTTP 410" });

    const log = await t.call("GET", `/api/v1/orgs/${org.slug}/webhooks/${created.id}/deliveries`);
    expect(log.body.deliveries).toMatchObject([{ id: dead?.id, status: "dead", attempts: 1, lastError: "HTTP 410" }]);
    const deadList = await t.call("GET", `/api/v1/orgs/${org.slug}/outbox/dead`);
    expect(deadList.body.deliveries.map((d: { id: string }) => d.id)).toEqual([dead?.id]);

    answer = 200;
    clock = new Date(clock.getTime() + 60_000);
    const resent = await t.call("POST", `/api/v1/orgs/${org.slug}/outbox/${dead?.id}/resend`);
    expect(resent.status).toBe(201);
    expect(resent.body).toMatchObject({ status: "pending", eventId: log.body.deliveries[0].eventId });
    await worker().runOnce();
    expect(hook.got).toHaveLength(2);
    expect(hook.got[1]?.headers["x-grove-event-id"]).toBe(hook.got[0]?.headers["x-grove-event-id"]);
    expect(hook.got[1]?.body).toBe(hook.got[0]?.body);
    const after = await t.call("GET", `/api/v1/orgs/${org.slug}/webhooks/${created.id}/deliveries`);
    expect(after.body.deliveries.map((d: { status: string }) => d.status)).toEqual(["sent", "dead"]);
    expect((await t.call("GET", `/api/v1/orgs/${org.slug}/outbox/dead`)).body.deliveries).toHaveLength(1);
  });

  it("sends nothing for a check-in that was rolled back", async () => {
    const org = await buildOrg(t.services);
    const { keyResults } = await buildObjective(t.services, org.id);
    const hook = await receiver();
    await addWebhook(org.slug, { kind: "generic", url: hook.url, events: ["check_in.recorded"] });
    await expect(
      writeChanges(t.services, systemScope(org.id), async () => {
        await recordCheckIn(t.services, systemScope(org.id), keyResults[0]?.id as string, { value: 5 });
        throw new Error("a later step failed");
      }),
    ).rejects.toThrow("a later step failed");
    await worker().runOnce();
    expect(hook.got).toEqual([]);
    expect(await outboxOf(org.id)).toEqual([]);
  });

  it("tells key_result.at_risk when a check-in moves a KR into the at-risk band, not on every at-risk check-in", async () => {
    const org = await buildOrg(t.services);
    const { keyResults } = await buildObjective(t.services, org.id);
    const kr = keyResults[0]?.id as string;
    await addWebhook(org.slug, { kind: "generic", url: "http://127.0.0.1:9/unused", events: ["key_result.at_risk"] });
    const checkIn = async (value: number, confidence: number) => {
      clock = new Date(clock.getTime() + 86_400_000);
      await recordCheckIn(t.services, systemScope(org.id), kr, { value, confidence });
      return (await outboxOf(org.id)).length;
    };
    expect(await checkIn(4.6, 0.3)).toBe(1); // first reading, low confidence: into at risk
    expect(await checkIn(4.8, 0.2)).toBe(1); // still at risk: no new event
    expect(await checkIn(5.2, 0.9)).toBe(1); // on track again
    expect(await checkIn(5.3, 0.2)).toBe(2); // into at risk again
    const rows = await outboxOf(org.id);
    expect(rows.map((row) => row.kind)).toEqual(["key_result.at_risk", "key_result.at_risk"]);
    expect(dataOf(rows[0])).toMatchObject({
      keyResult: { id: kr, pace: "at_risk", reasons: expect.arrayContaining(["low_confidence"]) },
    });
  });

  it("writes objective.activated, review.done and period.closed with their changes", async () => {
    const org = await buildOrg(t.services);
    await addWebhook(org.slug, {
      kind: "generic",
      url: "http://127.0.0.1:9/unused",
      events: ["objective.activated", "review.done", "period.closed"],
    });
    const period = await buildPeriod(t.services, org.id);
    const { objective } = await buildObjective(t.services, org.id, { periodId: period.id });
    const draft = await buildObjective(t.services, org.id, { status: "draft", keyResults: [goodKeyResult()] });
    const activated = await t.call("PATCH", `/api/v1/orgs/${org.slug}/objectives/${draft.objective.id}`, {
      status: "active",
      version: 1,
    });
    expect(activated.status, JSON.stringify(activated.body)).toBe(200);
    const review = await startReview(t.services, systemScope(org.id), {
      unitId: objective.unitId,
      periodId: period.id,
      on: "2027-02-12",
    });
    await holdReview(t.services, systemScope(org.id), review.review.id as string);
    await transitionPeriod(t.services, systemScope(org.id), period.id, { to: "in_review" });
    await transitionPeriod(t.services, systemScope(org.id), period.id, { to: "closed" });
    const rows = await outboxOf(org.id);
    const kinds = rows.map((row) => row.kind);
    expect(kinds.sort()).toEqual(["objective.activated", "objective.activated", "period.closed", "review.done"]);
    const payloads = (["review.done", "period.closed"] as const).map((kind) =>
      dataOf(rows.filter((row) => row.kind === kind).at(-1)),
    );
    const activatedIds = rows.flatMap((row) => (row.kind === "objective.activated" ? [dataOf(row).objective.id] : []));
    expect(activatedIds.sort()).toEqual([objective.id, draft.objective.id].sort());
    const ofDraft = rows.find((row) => dataOf(row).objective?.id === draft.objective.id);
    expect(dataOf(ofDraft)).toMatchObject({
      objective: { title: draft.objective.title },
      keyResults: [{ title: "Raise trial-to-paid conversion from 4% to 6%", baseline: 4, target: 6, unit: "%" }],
    });
    expect(payloads[0]).toMatchObject({ review: { id: review.review.id }, unit: { id: objective.unitId } });
    expect(payloads[1]).toMatchObject({ period: { id: period.id, name: "2027-Q1" } });
  });

  it("posts people's chat notifications to the chat webhooks that take them, and kills them when there is none", async () => {
    const org = await buildOrg(t.services);
    const slack = await receiver();
    const generic = await receiver();
    await addWebhook(org.slug, { kind: "slack", url: slack.url, events: ["notification"] });
    await addWebhook(org.slug, { kind: "generic", url: generic.url, events: ["check_in.recorded"] });
    const other = await buildOrg(t.services);
    const chat = (orgId: string, text: string) =>
      inTenant(t.db.kysely, orgId, (tx) =>
        enqueue(t.services, tx, [
          { orgId, channel: "chat", kind: "reminder", payload: { text, url: "http://grove.test/orgs/x/my" } },
        ]),
      );
    await chat(org.id, "Time to check in on 2 key results <now>");
    await chat(other.id, "Nobody listens here");
    // The first pass hands the chat row to each chat webhook; the second posts them.
    await worker().runOnce();
    await worker().runOnce();
    expect(slack.got.map((r) => JSON.parse(r.body))).toEqual([
      { text: "Time to check in on 2 key results &lt;now&gt; <http://grove.test/orgs/x/my|Open in Grove>" },
    ]);
    expect(generic.got).toEqual([]);
    const [dead] = await outboxOf(other.id);
    expect(dead).toMatchObject({ channel: "chat", status: "dead", lastError: expect.stringMatching(/no Slack/) });
    const deadList = await t.call("GET", `/api/v1/orgs/${other.slug}/outbox/dead`);
    expect(deadList.body.deliveries).toMatchObject([{ channel: "chat", summary: "Nobody listens here" }]);
  });

  it("refuses bad addresses and events with the field and rule named", async () => {
    const org = await buildOrg(t.services);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ kind: "slack", url: "ftp://example.test/x", events: ["notification"] }, "url", "http_or_https"],
      [{ kind: "slack", url: "http://169.254.169.254/latest", events: ["notification"] }, "url", "no_link_local"],
      [{ kind: "generic", url: "http://[fe80::1]/x", events: ["review.done"] }, "url", "no_link_local"],
      [{ kind: "generic", url: "http://metadata.google.internal/", events: ["review.done"] }, "url", "no_link_local"],
      [{ kind: "generic", url: "https://example.test/x", events: ["notification"] }, "events", "chat_only"],
      [{ kind: "generic", url: "https://example.test/x", events: [] }, "events", "too_small"],
      [{ kind: "generic", url: "https://example.test/x", events: ["checkin"] }, "events.0", "invalid_value"],
    ];
    for (const [body, field, rule] of cases) {
      const res = await t.call("POST", `/api/v1/orgs/${org.slug}/webhooks`, { name: "Bad", ...body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details).toContainEqual(expect.objectContaining({ field, rule }));
    }
    expect((await t.call("GET", `/api/v1/orgs/${org.slug}/webhooks`)).body.webhooks).toEqual([]);
    // Private networks are allowed on purpose (a Mattermost on the intranet).
    await addWebhook(org.slug, { kind: "slack", url: "http://10.0.0.5:8065/hooks/abc", events: ["notification"] });
    // A scheme in capitals is still http.
    const teams = await addWebhook(org.slug, {
      kind: "teams",
      url: "HTTPS://EXAMPLE.TEST/workflows/1",
      events: ["review.done"],
    });
    // An update is checked as a new one is, and a refused one changes nothing.
    const patched = await t.call("PATCH", `/api/v1/orgs/${org.slug}/webhooks/${teams.id}`, {
      url: "http://169.254.169.254/",
      events: ["notification"],
    });
    expect(patched.status).toBe(400);
    expect(patched.body.error.details).toContainEqual(expect.objectContaining({ field: "url", rule: "no_link_local" }));
    const after = await t.call("GET", `/api/v1/orgs/${org.slug}/webhooks/${teams.id}`);
    expect(after.body).toMatchObject({ url: teams.url, events: ["review.done"] });
    const rolled = await t.call("POST", `/api/v1/orgs/${org.slug}/webhooks/${teams.id}/secret`);
    expect([rolled.status, rolled.body.error.details[0].rule]).toEqual([409, "generic_only"]);
  });
});
