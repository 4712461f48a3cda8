import { expect, it } from "vitest";
import { inTenant } from "../../src/db/tenant.ts";
import { MAX_DELIVERY_ATTEMPTS } from "../../src/domain/delivery.ts";
import type { Tx } from "../../src/services/context.ts";
import { type ClaimedMessage, DeliveryRefused } from "../../src/services/outbox/deliverers.ts";
import { enqueue } from "../../src/services/outbox/enqueue.ts";
import { runDueJobs, type ScheduledJob } from "../../src/services/outbox/scheduler.ts";
import { describeApi } from "../support/api-test.ts";
import { buildOrg } from "../support/factories.ts";
import { testDeliveryWorker } from "../support/mail-delivery.ts";

// The outbox (issue 11, docs/notifications.md): messages commit with their change, each is
// delivered once by one of several workers, failures back off and end dead, a crashed worker's
// claim runs out, and a scheduled job runs once per slot across instances.
let clock = new Date("2027-02-15T12:00:00Z");

describeApi("the outbox", { now: () => clock }, (t) => {
  // Tests share one database, so each looks only at its own organisation's messages.

  /** A worker whose webhook deliverer records what it got (or fails while `failing` says so). */
  function workerRecording(into: ClaimedMessage[], failing: () => Error | null = () => null) {
    return testDeliveryWorker(t, () => clock, {
      deliverers: {
        webhook: async (message) => {
          const failure = failing();
          if (failure) throw failure;
          into.push(message);
        },
      },
    });
  }

  async function put(orgId: string, kind: string, count = 1, dedupeKey?: string) {
    return inTenant(t.db.kysely, orgId, (tx) =>
      enqueue(
        t.services,
        tx,
        Array.from({ length: count }, (_, i) => ({
          orgId,
          channel: "webhook" as const,
          kind,
          payload: { i },
          dedupeKey,
        })),
      ),
    );
  }

  async function rowsOf(orgId: string) {
    return t.db.kysely.selectFrom("outbox").selectAll().where("orgId", "=", orgId).orderBy("createdAt").execute();
  }

  it("keeps a message only when the change that wrote it commits", async () => {
    const org = await buildOrg(t.services);
    await expect(
      inTenant(t.db.kysely, org.id, async (tx) => {
        await enqueue(t.services, tx, [{ orgId: org.id, channel: "webhook", kind: "rolled-back", payload: {} }]);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    await put(org.id, "committed");
    expect((await rowsOf(org.id)).map((row) => row.kind)).toEqual(["committed"]);
  });

  it("delivers each message once, also with two workers claiming at the same moment", async () => {
    const org = await buildOrg(t.services);
    await put(org.id, "event", 45);
    const got: ClaimedMessage[] = [];
    const [first, second] = [workerRecording(got), workerRecording(got)];
    await Promise.all([first.runOnce(), second.runOnce()]);
    const mine = got.filter((m) => m.orgId === org.id);
    expect(mine).toHaveLength(45);
    expect(new Set(mine.map((m) => m.id)).size).toBe(45);
    const rows = await rowsOf(org.id);
    expect(rows.every((row) => row.status === "sent" && row.attempts === 1 && row.sentAt !== null)).toBe(true);
    await first.runOnce();
    expect(got.filter((m) => m.orgId === org.id)).toHaveLength(45);
  });

  it("drops a second message with the same dedupe key", async () => {
    const org = await buildOrg(t.services);
    const key = `reminder:${org.id}:2027-W07`;
    expect(await put(org.id, "reminder", 1, key)).toHaveLength(1);
    expect(await put(org.id, "reminder", 1, key)).toEqual([]);
    expect(await rowsOf(org.id)).toHaveLength(1);
  });

  it("retries a failing receiver with growing waits, delivers once it is back, and stays quiet while waiting", async () => {
    const org = await buildOrg(t.services);
    const [id] = await put(org.id, "event");
    const got: ClaimedMessage[] = [];
    let down = true;
    const worker = workerRecording(got, () => (down ? new Error("connect ECONNREFUSED") : null));
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await worker.runOnce();
      const [row] = await rowsOf(org.id);
      expect(row).toMatchObject({ status: "pending", attempts: attempt, lastError: "connect ECONNREFUSED" });
      waits.push((row?.nextAttemptAt.getTime() ?? 0) - clock.getTime());
      expect(await worker.runOnce()).toBe(0); // not due yet
      clock = new Date(row?.nextAttemptAt ?? clock);
    }
    expect(waits[1]).toBe(2 * (waits[0] ?? 0));
    down = false;
    await worker.runOnce();
    expect(got.filter((m) => m.orgId === org.id).map((m) => m.id)).toEqual([id]);
    expect((await rowsOf(org.id))[0]).toMatchObject({ status: "sent", attempts: 4, lastError: "" });
  });

  it("marks a message dead after the last attempt, and at once when retrying cannot help", async () => {
    const org = await buildOrg(t.services);
    await put(org.id, "event");
    const worker = workerRecording([], () => new Error("503 Service Unavailable"));
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      await worker.runOnce();
      const [row] = await rowsOf(org.id);
      clock = new Date(row?.nextAttemptAt ?? clock);
    }
    expect((await rowsOf(org.id))[0]).toMatchObject({ status: "dead", attempts: MAX_DELIVERY_ATTEMPTS });

    const other = await buildOrg(t.services);
    await put(other.id, "event");
    await workerRecording([], () => new DeliveryRefused("410 Gone")).runOnce();
    expect((await rowsOf(other.id))[0]).toMatchObject({ status: "dead", attempts: 1, lastError: "410 Gone" });
  });

  it("delivers again a message whose worker died holding it, once the claim runs out", async () => {
    const org = await buildOrg(t.services);
    const [id] = await put(org.id, "event");
    // A worker that claims and never answers stands for one killed mid-delivery.
    const dying = testDeliveryWorker(t, () => clock, {
      leaseMs: 60_000,
      deliverers: { webhook: () => new Promise(() => {}) },
    });
    void dying.runOnce();
    await expect.poll(async () => (await rowsOf(org.id))[0]?.attempts).toBe(1);
    const got: ClaimedMessage[] = [];
    const survivor = workerRecording(got);
    const mine = () => got.filter((m) => m.orgId === org.id).map((m) => m.id);
    await survivor.runOnce();
    expect(mine()).toEqual([]); // still claimed
    clock = new Date(clock.getTime() + 60_000);
    await survivor.runOnce();
    expect(mine()).toEqual([id]);
  });

  it("runs a scheduled job once per slot across instances, and again if its run failed", async () => {
    const org = await buildOrg(t.services);
    const job = (name: string, fail = false): ScheduledJob => ({
      name,
      slotAt: () => "2027-W07",
      run: async (tx: Tx, _now, slot) => {
        await enqueue(t.services, tx, [{ orgId: org.id, channel: "webhook", kind: `${name}/${slot}`, payload: {} }]);
        if (fail) throw new Error("the job failed");
      },
    });
    const name = `weekly-${org.id}`;
    const runs = await Promise.all([
      runDueJobs(t.db.kysely, [job(name)], clock),
      runDueJobs(t.db.kysely, [job(name)], clock),
    ]);
    expect(runs.flat()).toEqual([`${name}/2027-W07`]);
    expect(await rowsOf(org.id)).toHaveLength(1);

    const flaky = `flaky-${org.id}`;
    await expect(runDueJobs(t.db.kysely, [job(flaky, true)], clock)).rejects.toThrow("the job failed");
    expect(await runDueJobs(t.db.kysely, [job(flaky)], clock)).toEqual([`${flaky}/2027-W07`]);
    expect((await rowsOf(org.id)).map((row) => row.kind).sort()).toEqual([`${flaky}/2027-W07`, `${name}/2027-W07`]);
  });

  it("lets an organisation's reads see only its own messages", async () => {
    const [mine, theirs] = [await buildOrg(t.services), await buildOrg(t.services)];
    await put(mine.id, "event");
    await put(theirs.id, "event");
    const seen = await inTenant(t.db.kysely, mine.id, (tx) => tx.selectFrom("outbox").select("orgId").execute());
    expect(seen.map((row) => row.orgId)).toEqual([mine.id]);
  });
});
