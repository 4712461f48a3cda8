import { expect, it } from "vitest";
import { inTenant } from "../../src/db/tenant.ts";
import { layoutMail } from "../../src/services/mail/layout.ts";
import { enqueue } from "../../src/services/outbox/enqueue.ts";
import { describeApi } from "../support/api-test.ts";
import { testDeliveryWorker, useSmtpMailer } from "../support/mail-delivery.ts";

// The mail deliverer against a real SMTP server process (docs/notifications.md, "Mail"): what
// arrives, once; a receiver that is down gets the mail when it is back; a permanent refusal ends
// the message dead, a transient one retries.
let clock = new Date("2027-02-15T12:00:00Z");

describeApi("mail delivery over SMTP", { now: () => clock }, (t) => {
  const mailer = useSmtpMailer();
  const worker = () => testDeliveryWorker(t, () => clock, { deliverers: { mail: mailer.mail.deliver } });

  async function putMail(to: string, unsubscribeUrl?: string, kind = "test") {
    const org = await t.buildOrg();
    const payload = layoutMail({
      to,
      locale: "en",
      organisationName: "Acme",
      subject: `Hello ${to}`,
      paragraphs: ["First line.", "Second <line> & more."],
      action: { label: "Open Grove", url: "http://grove.test/x" },
      unsubscribeUrl,
    });
    const [id] = await inTenant(t.db.kysely, org.id, (tx) =>
      enqueue(t.services, tx, [{ orgId: org.id, channel: "mail", kind, payload }]),
    );
    return id as string;
  }

  const row = (id: string) =>
    t.db.kysely.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const received = (to: string) => mailer.smtp.messages().filter((m) => m.envelope.to.includes(to));

  it("sends text and HTML once, with the outbox id as Message-ID and the unsubscribe headers", async () => {
    const id = await putMail("ana@example.test", "http://grove.test/unsubscribe/abc");
    await worker().runOnce();
    await worker().runOnce();
    await mailer.smtp.waitForMessages(1);
    const got = received("ana@example.test");
    expect(got).toHaveLength(1);
    const [message] = got;
    expect(message?.messageId).toBe(`<${id}@grove>`);
    expect(message?.from).toContain("grove@example.test");
    expect(message?.subject).toBe("Hello ana@example.test");
    expect(message?.text).toContain("Second <line> & more.");
    expect(message?.text).toContain("Open Grove: http://grove.test/x");
    expect(message?.html).toContain("Second &#60;line&#62; &#38; more.");
    expect(message?.headers["list-unsubscribe"]).toBe("<http://grove.test/unsubscribe/abc>");
    expect(message?.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect((await row(id)).status).toBe("sent");
  });

  it("sends no List-Unsubscribe on a mail without an unsubscribe link", async () => {
    await putMail("bo@example.test");
    await worker().runOnce();
    await mailer.smtp.waitForMessages(2);
    const [message] = received("bo@example.test");
    expect(message?.headers["list-unsubscribe"]).toBeUndefined();
  });

  it("retries while the SMTP server is down and delivers once it is back", async () => {
    await mailer.smtp.stop();
    const id = await putMail("cy@example.test");
    await worker().runOnce();
    const failed = await row(id);
    expect(failed.status).toBe("pending");
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/sending mail failed/);
    // Still down at the first retry: a second failure, a longer wait.
    clock = new Date(failed.nextAttemptAt.getTime() + 1000);
    await worker().runOnce();
    const again = await row(id);
    expect(again.attempts).toBe(2);
    await mailer.smtp.restart();
    await worker().runOnce(); // not due yet: nothing is sent before the wait is over
    expect(received("cy@example.test")).toHaveLength(0);
    clock = new Date(again.nextAttemptAt.getTime() + 1000);
    await worker().runOnce();
    await worker().runOnce();
    await mailer.smtp.waitForMessages(3);
    expect(received("cy@example.test")).toHaveLength(1);
    expect((await row(id)).status).toBe("sent");
  });

  it("ends a message the server refuses for good (5xx) dead at once, without a retry", async () => {
    const id = await putMail("refused@example.test");
    await worker().runOnce();
    const dead = await row(id);
    expect(dead.status).toBe("dead");
    expect(dead.attempts).toBe(1);
    expect(dead.lastError).toMatch(/refused the message for good: 550/);
  });

  it("keeps no link of an invitation that ends dead, as of one that was sent", async () => {
    const id = await putMail("refused-invitee@example.test", undefined, "invitation");
    await worker().runOnce();
    const dead = await row(id);
    expect(dead.status).toBe("dead");
    expect(JSON.stringify(dead.payload)).not.toContain("http://grove.test/x");
    expect(dead.payload).toEqual(expect.objectContaining({ to: "refused-invitee@example.test", html: "" }));
    // A mail of another kind keeps what it was, to be looked at and sent again.
    const other = await putMail("refused-other@example.test");
    await worker().runOnce();
    expect(JSON.stringify((await row(other)).payload)).toContain("http://grove.test/x");
  });

  it("retries a message the server turns away for now (4xx)", async () => {
    const id = await putMail("busy@example.test");
    await worker().runOnce();
    const waiting = await row(id);
    expect(waiting.status).toBe("pending");
    expect(waiting.lastError).toMatch(/451/);
  });
});
