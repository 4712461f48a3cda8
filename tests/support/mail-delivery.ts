import { afterAll, beforeAll, expect } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { createMailDeliverer } from "../../src/services/mail/smtp-deliverer.ts";
import { createDeliveryWorker, type DeliveryWorkerOptions } from "../../src/services/outbox/worker.ts";
import { type ReceivedMail, type SmtpReceiver, startSmtpReceiver } from "./smtp.ts";
import type { TestApp } from "./test-app.ts";

/**
 * The outbox worker of a test app at the test's clock: silent, and without jitter (a retry is due
 * when the clock says, not by chance). The deliverers and any other option are the test's.
 */
export function testDeliveryWorker(
  t: TestApp,
  now: () => Date,
  options: Omit<DeliveryWorkerOptions, "db" | "logger" | "now">,
) {
  return createDeliveryWorker({ db: t.db.kysely, logger: createLogger("silent"), now, random: () => 0, ...options });
}

/**
 * A real SMTP receiver process (smtp-receiver.ts) for the test file and Grove's mail deliverer
 * sending to it, both started before the file's tests and closed after them.
 */
export function useSmtpMailer(): {
  readonly smtp: SmtpReceiver;
  readonly mail: ReturnType<typeof createMailDeliverer>;
} {
  let smtp: SmtpReceiver | undefined;
  let mail: ReturnType<typeof createMailDeliverer> | undefined;
  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    mail = createMailDeliverer({ url: smtp.url, from: "Grove <grove@example.test>" });
  });
  afterAll(async () => {
    mail?.close();
    await smtp?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the SMTP receiver starts in beforeAll");
    return value;
  };
  return {
    get smtp() {
      return started(smtp);
    },
    get mail() {
      return started(mail);
    },
  };
}

/**
 * Mail on for a test file's app, delivered to a real SMTP receiver process (smtp-receiver.ts):
 * `deliver()` runs the outbox worker at the test's clock, twice over (a second run must send
 * nothing again); `smtp` is the receiver, to read what arrived; `mailsTo` and `tokenIn` read the
 * mails of one address and the token of a link in one. Links start with `publicUrl`.
 */
export function useMailDelivery(t: TestApp, now: () => Date, publicUrl: string) {
  const mailer = useSmtpMailer();
  beforeAll(() => {
    t.services.messaging.mail = true;
    t.services.messaging.publicUrl = publicUrl;
  });
  const receiver = (): SmtpReceiver => mailer.smtp;
  return {
    get smtp(): SmtpReceiver {
      return receiver();
    },
    async deliver(): Promise<void> {
      const worker = testDeliveryWorker(t, now, { deliverers: { mail: mailer.mail.deliver } });
      await worker.runOnce();
      await worker.runOnce();
    },
    /** The mails to `to` once `count` have arrived (fails after a wait); then none more may come. */
    async mailsTo(to: string, count: number): Promise<ReceivedMail[]> {
      const arrived = () =>
        receiver()
          .messages()
          .filter((m) => m.envelope.to.includes(to));
      const until = Date.now() + 10_000;
      while (arrived().length < count && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const got = arrived();
      expect(got).toHaveLength(count);
      return got;
    },
    /** The outbox row of the `kind` mail to `to`: its status, organisation and payload once sent. */
    async outboxRow(kind: string, to: string) {
      const rows = await t.db.kysely
        .selectFrom("outbox")
        .select(["orgId", "payload", "status"])
        .where("kind", "=", kind)
        .execute();
      return rows.find((r) => (r.payload as { to: string }).to === to);
    },
    /** The token of the link to `path` in the mail's text (`{publicUrl}/{path}/{token}`), checked to be in the HTML too. */
    tokenIn(message: ReceivedMail, path: string): string {
      const match = new RegExp(`${publicUrl}/${path}/([A-Za-z0-9_-]+)`).exec(message.text);
      expect(match, `a ${path} link in the text`).not.toBeNull();
      expect(message.html).toContain(match?.[0]);
      return match?.[1] as string;
    },
  };
}
