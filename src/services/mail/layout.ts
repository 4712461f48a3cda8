import type { Locale } from "../../domain/coach/index.ts";

// One look for every mail Grove sends (docs/notifications.md): plain text and HTML built from the
// same parts, in the recipient's language, with the organisation's name, and a one-click
// unsubscribe line on every mail that is not a direct answer to the person's own action.

/** What the mail channel's deliverer sends (the payload of an outbox row of channel "mail"). */
export interface MailPayload {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** For List-Unsubscribe and List-Unsubscribe-Post (RFC 8058); absent on transactional mail. */
  unsubscribeUrl?: string;
}

export interface MailParts {
  to: string;
  locale: Locale;
  /** The organisation the mail is about; absent for mail about the account itself. */
  organisationName?: string;
  subject: string;
  /** Paragraphs of plain text; the HTML escapes them. */
  paragraphs: string[];
  action?: { label: string; url: string };
  unsubscribeUrl?: string;
}

const FOOTER: Record<Locale, { sentBy: (org?: string) => string; unsubscribe: string }> = {
  en: {
    sentBy: (org) => (org ? `Sent by Grove for ${org}.` : "Sent by Grove."),
    unsubscribe: "Stop these messages",
  },
  zh: {
    sentBy: (org) => (org ? `由 Grove 代 ${org} 发送。` : "由 Grove 发送。"),
    unsubscribe: "不再接收此类消息",
  },
};

export function layoutMail(parts: MailParts): MailPayload {
  const footer = FOOTER[parts.locale];
  const text = [
    ...parts.paragraphs,
    ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`] : []),
    "--",
    footer.sentBy(parts.organisationName),
    ...(parts.unsubscribeUrl ? [`${footer.unsubscribe}: ${parts.unsubscribeUrl}`] : []),
  ].join("\n\n");
  const html = [
    `<!doctype html><html lang="${parts.locale === "zh" ? "zh-CN" : "en"}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1d2a24;max-width:36rem">`,
    ...parts.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...(parts.action
      ? [
          `<p><a href="${escapeHtml(parts.action.url)}" style="display:inline-block;padding:.5rem 1rem;background:#2f6b4f;color:#fff;border-radius:.25rem;text-decoration:none">${escapeHtml(parts.action.label)}</a></p>`,
        ]
      : []),
    `<hr><p style="font-size:.85rem;color:#55625b">${escapeHtml(footer.sentBy(parts.organisationName))}`,
    ...(parts.unsubscribeUrl
      ? [` <a href="${escapeHtml(parts.unsubscribeUrl)}">${escapeHtml(footer.unsubscribe)}</a>`]
      : []),
    "</p></body></html>",
  ].join("");
  return {
    to: parts.to,
    subject: parts.subject,
    text,
    html,
    ...(parts.unsubscribeUrl ? { unsubscribeUrl: parts.unsubscribeUrl } : {}),
  };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The words of a mail about the account itself that carries one link, good for a while. */
export interface AccountLinkText {
  subject: string;
  /** The paragraphs, told how long the link works (in the unit the mail names). */
  body: (valid: number) => string[];
  action: string;
}

/**
 * A mail about the account itself (a reset, a verification): no organisation and no unsubscribe
 * line, since it answers the person's own request; its one action is the link.
 */
export function accountLinkMail(
  text: Record<Locale, AccountLinkText>,
  input: { to: string; locale: Locale; link: string },
  valid: number,
): MailPayload {
  const words = text[input.locale];
  return layoutMail({
    to: input.to,
    locale: input.locale,
    subject: words.subject,
    paragraphs: words.body(valid),
    action: { label: words.action, url: input.link },
  });
}
