import { createTransport } from "nodemailer";
import type { Deliverer } from "../outbox/deliverers.ts";
import { DeliveryRefused } from "../outbox/deliverers.ts";
import type { MailPayload } from "./layout.ts";
import { SECRET_MAIL_KINDS, withoutSecret } from "./secret-kinds.ts";

export interface SmtpOptions {
  /** smtp://user:pass@host:port, or smtps:// for TLS from the first byte. */
  url: string;
  from: string;
}

// The worker leases a claimed message for 60 s (src/services/outbox/worker.ts): a send must give
// up well within it, or a second worker would take the message while this one still talks.
const CONNECTION_TIMEOUT_MS = 10_000;
const GREETING_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 20_000;

/**
 * The deliverer of the "mail" channel (docs/notifications.md, "Mail"): sends the rendered
 * MailPayload as is over SMTP. A permanent refusal (a 5xx reply other than 503: no such mailbox,
 * relay denied) is `DeliveryRefused` and the message is dead at once; a connection failure or a
 * 4xx reply (greylisting, mailbox busy) throws plainly, so the worker retries with backoff.
 */
export function createMailDeliverer(options: SmtpOptions): { deliver: Deliverer; close(): void } {
  const transport = createTransport(
    {
      url: options.url,
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      greetingTimeout: GREETING_TIMEOUT_MS,
      socketTimeout: SOCKET_TIMEOUT_MS,
    },
    { from: options.from },
  );
  const deliver: Deliverer = async (message) => {
    const mail = message.payload as MailPayload;
    try {
      await transport.sendMail({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        // The outbox id: a retry after a lost reply carries the same id, so a mail client or a
        // receiving test can tell a repeat from a second message.
        messageId: `<${message.id}@grove>`,
        ...(mail.unsubscribeUrl
          ? {
              list: { unsubscribe: { url: mail.unsubscribeUrl } },
              headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
            }
          : {}),
      });
    } catch (error) {
      const failure = isPermanentRefusal(error)
        ? new DeliveryRefused(`the mail server refused the message for good: ${describe(error)}`)
        : new Error(`sending mail failed: ${describe(error)}`);
      // Should the message end dead, its link goes too.
      if (SECRET_MAIL_KINDS.has(message.kind)) Object.assign(failure, { storedPayload: withoutSecret(mail) });
      throw failure;
    }
    return SECRET_MAIL_KINDS.has(message.kind) ? { storedPayload: withoutSecret(mail) } : undefined;
  };
  return { deliver, close: () => transport.close() };
}

function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600 && code !== 503;
}

function describe(error: unknown): string {
  const { response, code, message } = error as { response?: string; code?: string; message?: string };
  return response ?? (code ? `${code} ${message ?? ""}` : String(message ?? error));
}
