import type { MailPayload } from "./layout.ts";

/**
 * Kinds of mail whose link is a secret (an invitation, a password reset, an address to verify): once sent, the outbox
 * keeps who it went to and the subject, not the link, so a read of the outbox table cannot
 * take over an invitation or an account.
 */
export const SECRET_MAIL_KINDS: ReadonlySet<string> = new Set(["invitation", "password-reset", "email-verification"]);

export function withoutSecret(payload: MailPayload): MailPayload {
  const removed = "(removed after sending: this mail carried a single-use link)";
  return { to: payload.to, subject: payload.subject, text: removed, html: "" };
}
