import { afterAll, beforeAll } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { createMailDeliverer } from "../../src/services/mail/smtp-deliverer.ts";
import { createDeliveryWorker } from "../../src/services/outbox/worker.ts";
import { type SmtpReceiver, startSmtpReceiver } from "./smtp.ts";
import type { TestApp } from "./test-app.ts";

/**
 * Mail on for a test file's app, delivered to a real SMTP receiver process (smtp-receiver.ts):
 * `deliver()` runs the outbox worker at the test's clock, twice over (a second run must send
 * nothing again); `smtp` is the receiver, to read what arrived. Links start with `publicUrl`.
 */
export function useMailDelivery(t: TestApp, now: () => Date, publicUrl: string) {
  let smtp: SmtpReceiver | undefined;
  let mail: ReturnType<typeof createMailDeliverer> | undefined;
  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    mail = createMailDeliverer({ url: smtp.url, from: "Grove <grove@example.test>" });
    t.services.messaging.mail = true;
    t.services.messaging.publicUrl = publicUrl;
  });
  afterAll(async () => {
    mail?.close();
    await smtp?.close();
  });
  return {
    get smtp(): SmtpReceiver {
      if (!smtp) throw new Error("the SMTP receiver starts in beforeAll");
      return smtp;
    },
    async deliver(): Promise<void> {
      const worker = createDeliveryWorker({
        db: t.db.kysely,
        logger: createLogger("silent"),
        now,
        deliverers: { mail: (mail as NonNullable<typeof mail>).deliver },
      });
      await worker.runOnce();
      await worker.runOnce();
    },
  };
}
