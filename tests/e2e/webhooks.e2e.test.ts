import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { AppPage } from "./pages/app-page.ts";
import { SignUpPage } from "./pages/sign-up-page.ts";
import { apiAs } from "./support/api.ts";
import { chromiumMissing } from "./support/browser.ts";
import { everyView } from "./support/every-view.ts";
import { useGroveInChromium, useTab } from "./support/session.ts";

const ORG = "heron-works";
const PASSWORD = "correct horse battery";

// An admin adds webhooks on the Settings page (issue 11), the server's own worker delivers a
// period's close to a real receiver and to one that answers 410 Gone, and the admin reads each
// webhook's delivery log and the dead messages, and sends one again. The log test makes its own
// organisation and webhooks through the API, so it passes alone (issue 19).
describe.skipIf(chromiumMissing())("webhooks and the delivery log in the browser", () => {
  const grove = useGroveInChromium();
  const admin = useTab(grove);
  const receivers: Server[] = [];
  const received: string[] = [];

  async function receiver(status: number): Promise<string> {
    const http = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => {
        body += chunk;
      });
      req.on("end", () => {
        if (status === 200) received.push(body);
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    receivers.push(http);
    return `http://127.0.0.1:${(http.address() as AddressInfo).port}/grove`;
  }

  afterAll(async () => {
    for (const http of receivers) http.close();
  });

  it("an admin adds a signed webhook; its secret is shown once", async () => {
    await new SignUpPage(admin.page, grove.server.url).createOrganisation(
      { organisation: "Heron Works", name: "Ada Admin", email: "ada@heron.test", password: PASSWORD },
      ORG,
    );
    const settings = new AppPage(admin.page, grove.server.url);
    await settings.open(`/orgs/${ORG}/settings`);
    const form = admin.page.getByRole("form", { name: "Add webhook" });
    await form.getByLabel("Name", { exact: true }).fill("Ops receiver");
    await form.getByRole("radio", { name: /generic json/i }).check();
    await form.getByLabel("Address", { exact: true }).fill(await receiver(200));
    await form.getByRole("checkbox", { name: /check-in recorded/i }).uncheck();
    await form.getByRole("checkbox", { name: /period closed/i }).check();
    await form.getByRole("button", { name: "Add webhook" }).click();
    const secret = admin.page.getByLabel(/secret of ops receiver/i);
    await secret.waitFor();
    expect(await secret.inputValue()).toMatch(/^whsec_/);
    // A refused address shows under its field, and what was typed stays.
    await form.getByLabel("Name", { exact: true }).fill("Metadata");
    await form.getByLabel("Address", { exact: true }).fill("http://169.254.169.254/latest/meta-data");
    await form.getByRole("checkbox", { name: /period closed/i }).check();
    await form.getByRole("button", { name: "Add webhook" }).click();
    await admin.page
      .getByText(/link-local and cloud metadata/i)
      .first()
      .waitFor();
    expect(await form.getByLabel("Address", { exact: true }).inputValue()).toBe(
      "http://169.254.169.254/latest/meta-data",
    );
    await settings.screenshot("webhooks-refused-desktop-en");
    // After a reload the secret is gone for good.
    await settings.open(`/orgs/${ORG}/settings`);
    expect(await admin.page.getByLabel(/secret of ops receiver/i).count()).toBe(0);
  });

  it("shows each webhook's deliveries and the dead messages, and sends one again", { timeout: 90_000 }, async () => {
    // Its own organisation with the first test's webhook, not that test's.
    const org = "heron-log";
    await apiAs(admin.context, grove.server.url, "POST", "/auth/sign-up", {
      organisationName: "Heron Log",
      organisationSlug: org,
      name: "Ada Admin",
      email: "ada@heron-log.test",
      password: PASSWORD,
    });
    await apiAs(admin.context, grove.server.url, "POST", `/orgs/${org}/webhooks`, {
      name: "Ops receiver",
      kind: "generic",
      url: await receiver(200),
      events: ["period.closed"],
    });
    await apiAs(admin.context, grove.server.url, "POST", `/orgs/${org}/webhooks`, {
      name: "Old Slack channel",
      kind: "slack",
      url: await receiver(410),
      events: ["period.closed"],
    });
    const period = await apiAs<{ id: string }>(admin.context, grove.server.url, "POST", `/orgs/${org}/periods`, {
      name: "Sprint 7",
      startsOn: "2026-11-01",
      endsOn: "2026-11-30",
      status: "active",
    });
    for (const to of ["in_review", "closed"]) {
      await apiAs(admin.context, grove.server.url, "POST", `/orgs/${org}/periods/${period.id}/transitions`, { to });
    }
    // The server's worker polls every 2 seconds.
    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(1);
    expect(JSON.parse(received[0] as string)).toMatchObject({
      type: "period.closed",
      data: { period: { name: "Sprint 7" } },
    });

    const settings = new AppPage(admin.page, grove.server.url);
    const openLogs = async (p: Page) => {
      for (const name of ["Ops receiver", "Old Slack channel"]) {
        await p
          .getByRole("button", { name: new RegExp(`(Deliveries of|的投递记录) ?${name}|${name} 的投递记录`) })
          .click();
      }
      await p
        .getByText(/HTTP 410/)
        .first()
        .waitFor();
    };
    await expect
      .poll(
        async () => {
          await settings.open(`/orgs/${org}/settings`);
          return admin.page.getByText(/Every message was delivered/).count();
        },
        { timeout: 20_000 },
      )
      .toBe(0);
    await openLogs(admin.page);
    expect(await settings.axe()).toEqual([]);
    await everyView(admin.context, grove.server.url, {
      name: "webhooks",
      path: `/orgs/${org}/settings`,
      act: (app) => openLogs(app.page),
    });
    // Send the dead delivery again: a new row with the same event, refused again by the 410.
    const dead = admin.page.getByRole("region", { name: "Messages that could not be delivered" });
    await dead.getByRole("button", { name: "Send again" }).click();
    await expect
      .poll(
        async () => {
          await settings.open(`/orgs/${org}/settings`);
          return (
            await apiAs<{ deliveries: unknown[] }>(admin.context, grove.server.url, "GET", `/orgs/${org}/outbox/dead`)
          ).deliveries.length;
        },
        { timeout: 20_000 },
      )
      .toBe(2);
  });
});
