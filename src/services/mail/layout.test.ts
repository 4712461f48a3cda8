import { describe, expect, it } from "vitest";
import { layoutMail } from "./layout.ts";

describe("layoutMail", () => {
  const parts = {
    to: "ana@example.com",
    locale: "en" as const,
    organisationName: "Acme <Cookware>",
    subject: "Time for a check-in",
    paragraphs: ['Your key result "Repeat orders > 30 %" has had no reading for 7 days.'],
    action: { label: "Check in", url: "https://grove.example/orgs/acme/units/1?a=1&b=2" },
    unsubscribeUrl: "https://grove.example/unsubscribe/abc",
  };

  it("builds text and HTML from the same parts, escaping what the HTML must not run", () => {
    const mail = layoutMail(parts);
    expect(mail.text).toContain('"Repeat orders > 30 %"');
    expect(mail.text).toContain("Check in: https://grove.example/orgs/acme/units/1?a=1&b=2");
    expect(mail.html).toContain("Repeat orders &#62; 30 %");
    expect(mail.html).toContain('href="https://grove.example/orgs/acme/units/1?a=1&#38;b=2"');
    expect(mail.html).toContain("Acme &#60;Cookware&#62;");
    expect(mail.html).not.toContain("<Cookware>");
    expect(mail.unsubscribeUrl).toBe(parts.unsubscribeUrl);
  });

  it("writes the footer in the recipient's language and leaves the unsubscribe line off transactional mail", () => {
    const mail = layoutMail({ ...parts, locale: "zh", unsubscribeUrl: undefined });
    expect(mail.text).toContain("由 Grove 代 Acme <Cookware> 发送。");
    expect(mail.html).toContain('lang="zh-CN"');
    expect(mail.text).not.toContain("不再接收");
    expect(mail).not.toHaveProperty("unsubscribeUrl");
  });
});
