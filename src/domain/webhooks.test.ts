import { describe, expect, it } from "vitest";
import { itMaps } from "../../tests/support/table-cases.ts";
import {
  answerOutcome,
  checkWebhookUrl,
  isForbiddenAddress,
  slackBody,
  teamsBody,
  type WebhookEvent,
} from "./webhooks.ts";

describe("webhook addresses", () => {
  it.each([
    ["https://hooks.slack.com/services/T0/B0/x", null],
    ["http://10.0.0.5:8065/hooks/abc", null], // a Mattermost on the intranet: allowed on purpose
    ["http://localhost:9000/grove", null],
    ["http://127.0.0.1/x", null],
    ["ftp://example.test/x", "http_or_https"],
    ["javascript:alert(1)", "http_or_https"],
    ["not a url", "url"],
    ["http://169.254.169.254/latest/meta-data", "no_link_local"],
    ["http://169.254.1.1/", "no_link_local"],
    ["http://[fe80::1]/", "no_link_local"],
    ["http://[::ffff:169.254.169.254]/", "no_link_local"],
    ["http://[fd00:ec2::254]/", "no_link_local"],
    ["http://metadata.google.internal/computeMetadata/v1/", "no_link_local"],
    ["http://100.100.100.200/latest/meta-data", "no_link_local"],
    ["http://0.0.0.0/", "no_link_local"],
  ])("%s -> %s", (url, rule) => {
    expect(checkWebhookUrl(url)?.rule ?? null).toBe(rule);
  });

  itMaps("resolved address %s forbidden: %s", isForbiddenAddress, [
    ["169.254.169.254", true],
    ["::ffff:169.254.169.254", true],
    ["fe80::abcd", true],
    ["febf::1", true],
    ["fec0::1", false],
    ["10.1.2.3", false],
    ["192.168.1.10", false],
    ["::1", false],
    ["2001:db8::1", false],
  ]);
});

describe("receivers' answers", () => {
  itMaps("HTTP %i -> %s", answerOutcome, [
    [200, "sent"],
    [202, "sent"],
    [204, "sent"],
    [301, "refused"],
    [400, "refused"],
    [404, "refused"],
    [408, "retry"],
    [410, "refused"],
    [429, "retry"],
    [500, "retry"],
    [503, "retry"],
  ]);
});

describe("chat bodies", () => {
  const event: WebhookEvent = {
    id: "e1",
    type: "key_result.at_risk",
    occurredAt: "2027-02-15T12:00:00.000Z",
    organisation: { slug: "acme", name: "Acme" },
    locale: "zh",
    data: { keyResult: { title: "A & B <x>" }, unit: { name: "增长" }, url: "https://grove.test/orgs/acme/units/u1" },
  };

  it("escapes Slack's markup and links in the organisation's language", () => {
    expect(slackBody(event)).toEqual({
      text: "“A &amp; B &lt;x&gt;”（增长）现在有风险 <https://grove.test/orgs/acme/units/u1|在 Grove 中打开>",
    });
  });

  it("gives Teams an adaptive card without a button when there is no link", () => {
    const body = teamsBody({ ...event, type: "notification", locale: "en", data: { text: "Check in today" } }) as {
      attachments: { content: { body: { text: string }[]; actions: unknown[] } }[];
    };
    expect(body.attachments[0]?.content.body[0]?.text).toBe("Check in today");
    expect(body.attachments[0]?.content.actions).toEqual([]);
  });
});
