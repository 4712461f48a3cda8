import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_SLUG } from "../../src/demo/load-demo.ts";
import { AppPage } from "./pages/app-page.ts";
import { PeoplePage } from "./pages/people-page.ts";
import { SignInPage } from "./pages/sign-in-page.ts";
import { SignUpPage } from "./pages/sign-up-page.ts";
import { apiAs } from "./support/api.ts";
import { chromiumMissing } from "./support/browser.ts";
import { everyView } from "./support/every-view.ts";
import { useGroveInChromium, useTab } from "./support/session.ts";

const ORG = "kestrel-audit";
const PASSWORD = "correct horse battery";

// Issue 12 point 10: an admin changes a person's role, finds the change in the audit log,
// filters the log and downloads the export; the page's empty and failed states.
describe.skipIf(chromiumMissing())("the audit log in the browser", () => {
  const grove = useGroveInChromium();
  const admin = useTab(grove, undefined, { acceptDownloads: true });

  /**
   * An organisation of the test's own with the five changes the first test makes in the page,
   * made through the API in the same order (a unit, a person, their lead role in the unit, their
   * organisation role, a unit named like a formula), so no test needs the first one's; its admin
   * is signed in on the file's tab, on its audit log.
   */
  async function auditedOrg(slug: string, name: string): Promise<void> {
    const api = <T>(method: "POST" | "PATCH" | "PUT", path: string, body: unknown) =>
      apiAs<T>(admin.context, grove.server.url, method, path, body);
    await api("POST", "/auth/sign-up", {
      organisationName: name,
      organisationSlug: slug,
      name: "Ada Admin",
      email: `ada@${slug}.test`,
      password: PASSWORD,
    });
    const payments = await api<{ id: string }>("POST", `/orgs/${slug}/units`, { name: "Payments", kind: "team" });
    const li = await api<{ id: string }>("POST", `/orgs/${slug}/people`, { name: "Li Wei", email: `li@${slug}.test` });
    await api("PUT", `/orgs/${slug}/units/${payments.id}/members/${li.id}`, { role: "lead" });
    await api("PATCH", `/orgs/${slug}/people/${li.id}`, { role: "viewer" });
    await api("POST", `/orgs/${slug}/units`, { name: "=SUM(A1:A9)", kind: "team" });
    await new AppPage(admin.page, grove.server.url).open(`/orgs/${slug}/audit-log`);
  }

  it("an admin changes roles and sees who did what in the log", { timeout: 90_000 }, async () => {
    // A new organisation's admin lands on the getting-started checklist; units are on People.
    await new SignUpPage(admin.page, grove.server.url).createOrganisation(
      {
        organisation: "Kestrel Audit",
        name: "Ada Admin",
        email: "ada@kestrel.test",
        password: PASSWORD,
      },
      ORG,
    );
    const people = new PeoplePage(admin.page, grove.server.url);
    await people.open(`/orgs/${ORG}/people`);
    await people.addUnit("Payments", "Team", null);
    const li = await apiAs<{ id: string }>(admin.context, grove.server.url, "POST", `/orgs/${ORG}/people`, {
      name: "Li Wei",
      email: "li@kestrel.test",
    });
    await people.open(`/orgs/${ORG}/people`);
    // A role change in the UI: Li Wei leads Payments.
    await people.setUnitRole("Li Wei", "Payments", "Lead");
    // And an organisation role change (with a name that would be a formula in a spreadsheet).
    await apiAs(admin.context, grove.server.url, "PATCH", `/orgs/${ORG}/people/${li.id}`, { role: "viewer" });
    await apiAs(admin.context, grove.server.url, "POST", `/orgs/${ORG}/units`, { name: "=SUM(A1:A9)", kind: "team" });

    await people.goTo("Audit log");
    await admin.page.waitForURL(`**/orgs/${ORG}/audit-log`);
    expect(await people.heading().textContent()).toBe("Audit log");
    const rows = admin.page.locator(".audit-table tbody tr");
    const texts = await rows.allInnerTexts();
    const [formula, orgRole, unitRole] = texts;
    expect(formula).toMatch(/Added[\s\S]*Unit[\s\S]*=SUM\(A1:A9\)/);
    expect(orgRole).toMatch(/Ada Admin[\s\S]*Changed[\s\S]*Person[\s\S]*Li Wei[\s\S]*Role:?\s*Member\s*→\s*Viewer/);
    expect(unitRole).toMatch(
      /Ada Admin[\s\S]*Added[\s\S]*Unit membership[\s\S]*Li Wei[\s\S]*Role:?\s*Lead[\s\S]*Unit:?\s*Payments/,
    );
    expect(texts.length).toBeGreaterThanOrEqual(5); // the unit and the person were added too
    expect(await people.axe()).toEqual([]);

    // Filter: memberships only.
    await admin.page.getByLabel("What changed").selectOption({ label: "Unit membership" });
    await expect.poll(() => rows.count()).toBe(1);
    await admin.page.getByText("1 change shown").waitFor();
    await people.settled();
  });

  it("downloads the export of what is shown as a CSV a spreadsheet opens", async () => {
    const org = "kestrel-export";
    await auditedOrg(org, "Kestrel Export");
    await admin.page.getByLabel("What changed").selectOption({ label: "Unit membership" });
    await expect.poll(() => admin.page.locator(".audit-table tbody tr").count()).toBe(1);
    const csvLink = admin.page.getByRole("link", { name: "Export CSV" });
    expect(await csvLink.getAttribute("href")).toBe(
      `/api/v1/orgs/${org}/audit-log/export?format=csv&entityType=membership`,
    );
    await admin.page.getByLabel("What changed").selectOption({ label: "Anything" });
    await admin.page.locator(".audit-table tbody tr").nth(4).waitFor();
    const [download] = await Promise.all([admin.page.waitForEvent("download"), csvLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-kestrel-export-\d{4}-\d\d-\d\d\.csv$/);
    // The run's Chromium may be shared (connected remotely): the file is saved through it.
    const file = join(mkdtempSync(join(tmpdir(), "grove-audit-")), download.suggestedFilename());
    await download.saveAs(file);
    const bytes = readFileSync(file);
    // UTF-8 with a byte order mark, so a spreadsheet reads names in any script.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ entityType: "unit", action: "create", entityName: "'=SUM(A1:A9)" });
    expect(rows[1]).toMatchObject({
      entityType: "person",
      action: "update",
      entityName: "Li Wei",
      actorName: "Ada Admin",
    });
    expect(JSON.parse(rows[1]?.after as string)).toMatchObject({ role: "viewer" });
    expect(rows.some((r) => r.entityType === "membership" && JSON.parse(r.after as string).role === "lead")).toBe(true);
    expect(rows.length).toBe(await admin.page.locator(".audit-table tbody tr").count());
  });

  it("says when nothing matches and when the log cannot be loaded, then recovers", async () => {
    const org = "kestrel-empty";
    await auditedOrg(org, "Kestrel Empty");
    const log = new AppPage(admin.page, grove.server.url);
    await admin.page.getByLabel("From").fill("2020-01-01");
    await admin.page.getByLabel("To").fill("2020-01-31");
    await admin.page.getByText("No changes match").waitFor();
    await log.screenshot("audit-log-empty-desktop-en");
    await admin.page.getByLabel("To").fill("2019-12-01");
    await admin.page.getByText("The end is before the start.").waitFor();
    // Not sent: the list shows what the start alone selects, and the export asks for the same.
    await admin.page.locator(".audit-table tbody tr").first().waitFor();
    expect(await admin.page.getByRole("link", { name: "Export CSV" }).getAttribute("href")).not.toContain("to=");

    const logRequests = (url: URL) => url.pathname.startsWith("/api/") && url.pathname.endsWith("/audit-log");
    await admin.page.route(logRequests, (route) => route.abort());
    await log.open(`/orgs/${org}/audit-log`);
    await admin.page.getByRole("button", { name: "Try again" }).waitFor({ timeout: 20_000 });
    await log.screenshot("audit-log-error-desktop-en");
    await admin.page.unroute(logRequests);
    await admin.page.locator(".audit-table tbody tr").first().waitFor({ timeout: 30_000 });
  });

  it("looks right at 1280 and 390 wide, in English and Chinese", { timeout: 90_000 }, async () => {
    await auditedOrg("kestrel-views", "Kestrel Views");
    await everyView(admin.context, grove.server.url, {
      name: "audit-log",
      path: "/orgs/kestrel-views/audit-log",
      act: (app) => app.page.locator(".audit-table tbody tr").first().waitFor(),
    });
  });

  it("pages a long log with load more; a member sees no link, and the reason on the page", {
    timeout: 90_000,
  }, async () => {
    const org = "kestrel-pages";
    await auditedOrg(org, "Kestrel Pages");
    const other = await grove.newContext();
    try {
      const otherPage = await other.newPage();
      // More than a page (50) of entries: the next page comes with "Load more", in order.
      for (let i = 0; i < 50; i++) {
        await apiAs(admin.context, grove.server.url, "POST", `/orgs/${org}/units`, {
          name: `Squad ${i}`,
          kind: "team",
        });
      }
      const log = new AppPage(admin.page, grove.server.url);
      await log.open(`/orgs/${org}/audit-log`);
      const rows = admin.page.locator(".audit-table tbody tr");
      await admin.page.getByText("50 changes shown").waitFor();
      expect(await admin.page.getByText("That is everything that matches.").count()).toBe(0);
      await admin.page.getByRole("button", { name: "Load more" }).click();
      await admin.page.getByText("That is everything that matches.").waitFor();
      const times = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector("time")?.dateTime ?? ""));
      expect(times.length).toBe(55); // the five changes auditedOrg makes and the fifty units
      expect([...times].sort().reverse()).toEqual(times);

      const signIn = new SignInPage(otherPage, grove.server.url);
      await signIn.open("/sign-in");
      await signIn.signIn("tom@demo.grove.dev", DEMO_PASSWORD);
      const memberView = new AppPage(otherPage, grove.server.url);
      await memberView.navigation.getByRole("link", { name: "People" }).waitFor();
      expect(await memberView.navigation.getByRole("link", { name: "Audit log" }).count()).toBe(0);
      await memberView.open(`/orgs/${DEMO_SLUG}/audit-log`);
      await otherPage
        .getByRole("note")
        .getByText("Only organisation admins manage units, people and periods.")
        .waitFor();
      expect(await otherPage.getByRole("link", { name: "Export CSV" }).count()).toBe(0);
      await memberView.screenshot("audit-log-member-desktop-en");
    } finally {
      await other.close();
    }
  });
});
