import type { Locale } from "./coach/index.ts";
import type { FieldIssue } from "./errors.ts";

// Outgoing webhooks (issue 11, docs/notifications.md "Webhooks and chat"): the events, what an
// address may be, and the bodies Slack, Teams and a generic receiver take. Pure: the services
// write the events with their change and the deliverer posts these bodies.

export const WEBHOOK_EVENTS = [
  "check_in.recorded",
  "key_result.at_risk",
  "objective.activated",
  "review.done",
  "period.closed",
  "notification",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_KINDS = ["slack", "teams", "generic"] as const;
export type WebhookKindName = (typeof WEBHOOK_KINDS)[number];

/** Kinds that post into a chat channel: they take people's personal notifications. */
export const CHAT_KINDS: readonly WebhookKindName[] = ["slack", "teams"];

/**
 * One event as every receiver gets it. `id` is the event's, shared by the rows of all the
 * webhooks that take it and kept on a resend: a receiver drops an id it has seen.
 */
export interface WebhookEvent {
  id: string;
  type: WebhookEventType;
  occurredAt: string;
  organisation: { slug: string; name: string };
  /** The language of the chat text (the organisation's). */
  locale: Locale;
  /** `url` links to the page in Grove; a personal notification may have none. */
  data: Record<string, unknown> & { url?: string };
}

/**
 * Checks an address an admin gives. http or https only. Link-local addresses (169.254.0.0/16,
 * fe80::/10) and the cloud metadata services are refused: a webhook must not be a way to read a
 * server's cloud credentials. Private networks and loopback are allowed, on purpose: a
 * self-hosted Mattermost or receiver on the intranet is the common case (docs/notifications.md).
 * The deliverer checks the resolved addresses again (`isForbiddenAddress`).
 */
export function checkWebhookUrl(raw: string): FieldIssue | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { field: "url", rule: "url", message: "not a valid address" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { field: "url", rule: "http_or_https", message: "use an http:// or https:// address" };
  }
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (FORBIDDEN_HOSTS.has(host) || isForbiddenAddress(host)) {
    return {
      field: "url",
      rule: "no_link_local",
      message: "link-local and cloud metadata addresses cannot receive webhooks",
    };
  }
  return null;
}

const FORBIDDEN_HOSTS = new Set(["metadata.google.internal", "metadata", "metadata.azure.internal"]);

/** Link-local, unspecified and metadata addresses (IPv4, IPv6 and IPv4-mapped IPv6). */
export function isForbiddenAddress(address: string): boolean {
  const ip = mappedIpv4(address.toLowerCase()).replace(/^::ffff:/, "");
  const v4 = ip.match(/^(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    // 169.254/16 link-local (AWS, GCP, Azure metadata); 0/8 "this network"; Alibaba's metadata.
    return (a === 169 && b === 254) || a === 0 || ip === "100.100.100.200";
  }
  if (!ip.includes(":")) return false;
  // fe80::/10 link-local; :: unspecified; fd00:ec2::254 (AWS metadata over IPv6).
  return /^fe[89ab][0-9a-f]:/.test(ip) || ip === "::" || ip === "fd00:ec2::254";
}

/** `::ffff:a9fe:a9fe` (how URLs write an IPv4-mapped address) as `169.254.169.254`. */
function mappedIpv4(ip: string): string {
  const hex = ip.match(/^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/);
  if (!hex) return ip;
  const [high, low] = [Number.parseInt(hex[1] as string, 16), Number.parseInt(hex[2] as string, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** Whether an HTTP answer means the delivery succeeded, should be retried, or never can. */
export function answerOutcome(status: number): "sent" | "retry" | "refused" {
  if (status >= 200 && status < 300) return "sent";
  if (status === 408 || status === 429 || status >= 500) return "retry";
  return "refused";
}

const texts = {
  en: {
    "check_in.recorded": (d: Data) =>
      `${name(d.checkIn?.author) ?? "Someone"} checked in ${value(d)} on “${d.keyResult?.title}” (${d.unit?.name})`,
    "key_result.at_risk": (d: Data) => `“${d.keyResult?.title}” (${d.unit?.name}) is now at risk`,
    "objective.activated": (d: Data) => `${d.unit?.name} activated “${d.objective?.title}” for ${d.period?.name}`,
    "review.done": (d: Data) =>
      `${d.unit?.name} held its ${d.review?.kind === "period_end" ? "end-of-period " : ""}review`,
    "period.closed": (d: Data) => `Period ${d.period?.name} is closed; final scores are recorded`,
    notification: (d: Data) => String(d.text ?? ""),
    open: "Open in Grove",
  },
  zh: {
    "check_in.recorded": (d: Data) =>
      `${name(d.checkIn?.author) ?? "有人"}为“${d.keyResult?.title}”（${d.unit?.name}）签到：${value(d)}`,
    "key_result.at_risk": (d: Data) => `“${d.keyResult?.title}”（${d.unit?.name}）现在有风险`,
    "objective.activated": (d: Data) => `${d.unit?.name} 在 ${d.period?.name} 启用了目标“${d.objective?.title}”`,
    "review.done": (d: Data) => `${d.unit?.name} 完成了${d.review?.kind === "period_end" ? "期末" : ""}回顾`,
    "period.closed": (d: Data) => `周期 ${d.period?.name} 已关闭，最终得分已记录`,
    notification: (d: Data) => String(d.text ?? ""),
    open: "在 Grove 中打开",
  },
};

// biome-ignore lint/suspicious/noExplicitAny: event data is open JSON; the texts read known fields
type Data = Record<string, any>;

function name(person: { name?: string } | null | undefined): string | undefined {
  return person?.name;
}

function value(d: Data): string {
  const unit = d.keyResult?.unit ? ` ${d.keyResult.unit}` : "";
  return `${d.checkIn?.value}${unit}`;
}

/** The one line a chat channel shows for an event, in the organisation's language. */
export function chatText(event: WebhookEvent): string {
  return texts[event.locale][event.type](event.data);
}

/** Slack's incoming webhook JSON, which Mattermost takes as it is: text with a link. */
export function slackBody(event: WebhookEvent): object {
  const text = escapeSlack(chatText(event));
  return { text: event.data.url ? `${text} <${event.data.url}|${texts[event.locale].open}>` : text };
}

/** Slack and Mattermost read `&`, `<` and `>` as markup. */
function escapeSlack(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A Teams workflow webhook's message: one adaptive card with the text and a link. */
export function teamsBody(event: WebhookEvent): object {
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [{ type: "TextBlock", text: chatText(event), wrap: true }],
          actions: event.data.url
            ? [{ type: "Action.OpenUrl", title: texts[event.locale].open, url: event.data.url }]
            : [],
        },
      },
    ],
  };
}

/** The generic receiver's JSON: the event as it is, without the chat language. */
export function genericBody(event: WebhookEvent): object {
  const { locale: _locale, ...rest } = event;
  return rest;
}

export function bodyFor(kind: WebhookKindName, event: WebhookEvent): object {
  if (kind === "slack") return slackBody(event);
  if (kind === "teams") return teamsBody(event);
  return genericBody(event);
}
