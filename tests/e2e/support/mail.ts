import { expect } from "vitest";
import type { SmtpReceiver } from "../../support/smtp.ts";

/**
 * The newest link matching `pattern` mailed to `email`. The server's own worker delivers it within
 * seconds; the same worker also sends the demo's reminders and digests, so other mail may arrive
 * for the same person: look for this one among everything that arrives.
 */
export async function mailedLink(
  smtp: SmtpReceiver,
  email: string,
  pattern: RegExp,
): Promise<{ link: string; subject: string }> {
  const mine = () => smtp.messages().filter((m) => m.envelope.to.includes(email) && pattern.test(m.text ?? ""));
  await expect.poll(() => mine().length, { timeout: 20_000 }).toBeGreaterThan(0);
  const last = mine().at(-1);
  const link = pattern.exec(last?.text ?? "")?.[0];
  if (!last || !link) throw new Error(`no link like ${pattern} mailed to ${email}`);
  return { link, subject: last.subject };
}
