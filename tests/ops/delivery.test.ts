import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { weeklySlot } from "../../src/domain/notifications.ts";
import { dataDirFrom } from "../support/data-dirs.ts";
import { type SmtpReceiver, startSmtpReceiver } from "../support/smtp.ts";
import { findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from "../support/throwaway-postgres.ts";
import {
  checkIn,
  demoSession,
  firstKeyResult,
  type GroveProcess,
  runGrove,
  until,
  waitForStart,
} from "./grove-process.ts";

// Issue 11's promises about real processes (docs/notifications.md, "The outbox"):
// - two instances on one PostgreSQL that run the scheduled jobs at the same time send each
//   reminder once;
// - a server killed with SIGKILL in the middle of a delivery loses no message once restarted;
//   the message it was sending is delivered again with the same event id, and the receiver's
//   de-duplication by that id is what keeps it from counting twice.

const START_MS = 180_000;
const running: GroveProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

afterAll(async () => {
  for (const proc of running) if (proc.child.exitCode === null) proc.child.kill("SIGKILL");
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function serve(args: string[], env: Record<string, string>): GroveProcess {
  const proc = runGrove(["serve", "--port", "0", "--host", "127.0.0.1", ...args], env);
  running.push(proc);
  return proc;
}

const postgresBin = findPostgresBin();

describe.skipIf(!postgresBin && !process.env.CI)("two instances on one PostgreSQL (skipped: no PostgreSQL)", () => {
  let postgres: ThrowawayPostgres;
  let smtp: SmtpReceiver;

  it("send each scheduled reminder once, by mail through a real SMTP server", { timeout: 420_000 }, async () => {
    if (!postgresBin) throw new Error("CI needs PostgreSQL: apt-get install postgresql-15");
    postgres = await startThrowawayPostgres(postgresBin);
    cleanups.push(() => postgres.stop());
    smtp = await startSmtpReceiver();
    cleanups.push(() => smtp.close());
    // The weekly reminder is due from Monday 09:00 UTC: on a Monday morning every process runs a
    // day ahead (shifted-clock.mjs), so the test does not depend on when it runs.
    const shift = weeklySlot(new Date()) === null ? 24 * 60 * 60 * 1000 : 0;
    const db = {
      DATABASE_URL: postgres.url,
      NODE_OPTIONS: `--import=${new URL("./shifted-clock.mjs", import.meta.url).href}`,
      GROVE_TEST_CLOCK_SHIFT_MS: String(shift),
    };

    // One instance migrates and loads the demo, with no worker, and stops.
    const loader = serve([], { ...db, GROVE_DELIVERY_WORKER: "false" });
    await waitForStart(loader, START_MS);
    loader.child.kill("SIGTERM");
    expect(await loader.exited).toBe(0);

    // Two instances start together; each runs the due jobs on its first tick, 2 s after start.
    const env = { ...db, GROVE_DEMO: "false", SMTP_URL: smtp.url };
    const [first, second] = [serve([], env), serve([], env)];
    await Promise.all([waitForStart(first, START_MS), waitForStart(second, START_MS)]);

    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    cleanups.push(() => client.end());
    const mailRows = async () =>
      (
        await client.query<{ id: string; kind: string; to: string; status: string }>(
          "select id, kind, payload->>'to' as to, status from outbox where channel = 'mail'",
        )
      ).rows;
    // Done once every mail the jobs wrote is sent and the receiver has them all.
    const rows = await until("the reminders to be delivered", async () => {
      const now = await mailRows();
      const settled = now.length > 0 && now.every((row) => row.status !== "pending");
      return settled && smtp.messages().length >= now.length ? now : undefined;
    });
    await new Promise((r) => setTimeout(r, 3_000)); // time for a duplicate to show, if any

    const reminders = rows.filter((row) => row.kind === "checkin_reminder");
    expect(reminders.length, "the demo has quiet key results, so owners to remind").toBeGreaterThan(0);
    const perRecipient = new Map<string, number>();
    for (const row of reminders) perRecipient.set(row.to, (perRecipient.get(row.to) ?? 0) + 1);
    expect([...perRecipient.values()].every((count) => count === 1)).toBe(true);

    const received = smtp.messages();
    const ids = received.map((mail) => mail.messageId);
    expect(new Set(ids).size, "no message arrived twice").toBe(ids.length);
    expect(ids.sort()).toEqual(rows.map((row) => `<${row.id}@grove>`).sort());
    expect(rows.every((row) => row.status === "sent")).toBe(true);
    const runs = await client.query("select job, slot from scheduled_runs order by job");
    expect(runs.rows.length).toBeGreaterThan(0);
  });
});

describe("a server killed mid-delivery", () => {
  it("delivers the webhook again after a restart, with the same event id", { timeout: 420_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "grove-kill-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    // The demo loaded once for the run: this test is about the restart, not the first start.
    const dataDir = dataDirFrom("demo", join(dir, "data"));

    // A receiver that holds the first request open (the server dies while waiting for it),
    // then answers 200 to everything.
    const requests: { eventId: string; body: string }[] = [];
    let holding = true;
    const held: ServerResponse[] = [];
    const receiver: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
      let body = "";
      req.on("data", (chunk) => {
        body += chunk;
      });
      req.on("end", () => {
        requests.push({ eventId: String(req.headers["x-grove-event-id"]), body });
        if (holding) held.push(res);
        else res.writeHead(200).end("ok");
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => {
      for (const res of held) res.destroy();
      return new Promise<void>((resolve) => receiver.close(() => resolve()));
    });
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

    const env = { GROVE_DELIVERY_LEASE_SECONDS: "5" };
    const first = serve(["--data-dir", dataDir], env);
    const base = await waitForStart(first, START_MS);
    const auth = { ...(await demoSession(base)), "content-type": "application/json" };
    const created = await fetch(`${base}/api/v1/orgs/demo/webhooks`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ name: "Receiver", kind: "generic", url: hookUrl, events: ["check_in.recorded"] }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const webhook = (await created.json()) as { id: string };
    const kr = await firstKeyResult(base, auth);
    expect(await checkIn(base, auth, kr, 41)).toBe(201);

    await until("the first delivery to reach the receiver", async () => (requests.length > 0 ? true : undefined));
    first.child.kill("SIGKILL");
    await first.exited;
    holding = false;

    const second = serve(["--data-dir", dataDir], env);
    const base2 = await waitForStart(second, START_MS);
    const [killed] = requests;
    // The lease of the killed server's claim runs out (5 s here) and the message goes again.
    await until("the redelivery", async () => (requests.length >= 2 ? true : undefined), 60_000);
    expect(requests[1]?.eventId).toBe(killed?.eventId);
    expect(requests[1]?.body).toBe(killed?.body);

    const auth2 = { ...(await demoSession(base2)), "content-type": "application/json" };
    expect(await checkIn(base2, auth2, kr, 42)).toBe(201);
    await until("the next check-in's delivery", async () => (requests.length >= 3 ? true : undefined), 60_000);
    await new Promise((r) => setTimeout(r, 6_000)); // longer than a lease: time for any repeat to show

    const perEvent = new Map<string, number>();
    for (const request of requests) perEvent.set(request.eventId, (perEvent.get(request.eventId) ?? 0) + 1);
    // Two events, none lost; the one in flight at the kill came twice, which its id lets the
    // receiver drop; the one after the restart came once.
    expect([...perEvent.values()].sort()).toEqual([1, 2]);
    expect(perEvent.get(killed?.eventId ?? "")).toBe(2);

    const deliveries = await fetch(`${base2}/api/v1/orgs/demo/webhooks/${webhook.id}/deliveries`, { headers: auth2 });
    const statuses = ((await deliveries.json()) as { deliveries: { status: string }[] }).deliveries.map(
      (d) => d.status,
    );
    expect(statuses).toEqual(["sent", "sent"]);
    second.child.kill("SIGTERM");
    await second.exited;
  });
});
