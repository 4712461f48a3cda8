import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { AcceptInvitationPage } from "./pages/accept-invitation-page.ts";
import { EditorPage } from "./pages/editor-page.ts";
import { MapPage } from "./pages/map-page.ts";
import { PeoplePage } from "./pages/people-page.ts";
import { SettingsPage } from "./pages/settings-page.ts";
import { SignInPage } from "./pages/sign-in-page.ts";
import { SignUpPage } from "./pages/sign-up-page.ts";
import { TeamPage } from "./pages/team-page.ts";
import { apiAs, quarterOf, unitsOf } from "./support/api.ts";
import { chromiumMissing, viewports } from "./support/browser.ts";
import { useGroveInChromium, useTab } from "./support/session.ts";

const ORG = "northwind-outfitters";
const PASSWORD = "correct horse battery";
const ADMIN = { name: "Ada Admin", email: "ada@northwind.test" };
const MEMBER = { name: "Bo Member", email: "bo@northwind.test" };
const SALES_OBJECTIVE = "Win outdoor shops that stay with us";
const SUPPORT_OBJECTIVE = "Make every support contact leave customers calmer";
const FIRST_REPLY_KR = "Cut first-reply time from 8 to 2 hours";

interface Created {
  id: string;
  keyResults: { id: string; title: string }[];
}

// Issue 5 in a browser: sign up, invite a second person, who checks in on their unit's KR but
// cannot edit another unit's objective and is told why; history (S7) and conflicts (409).
describe.skipIf(chromiumMissing())("accounts, roles and history in the browser", () => {
  const grove = useGroveInChromium();
  const admin = useTab(grove);
  let member: BrowserContext;
  let memberPage: Page;
  let invitationLink = "";
  const units: Record<string, string> = {};
  const objectives: Record<string, Created> = {};

  it("signs up a new organisation from the sign-in page, with the API's field errors next to the fields", async () => {
    const signIn = new SignInPage(admin.page, grove.server.url);
    await signIn.open("/sign-in");
    await admin.page.getByRole("link", { name: "Create an organisation" }).click();
    const signUp = new SignUpPage(admin.page, grove.server.url);
    await signUp.settled();
    expect(new URL(admin.page.url()).pathname).toBe("/sign-up");
    expect(await signUp.axe()).toEqual([]);
    await signUp.screenshot("sign-up-desktop-en");

    await signUp.fill({ organisation: "Northwind Outfitters", ...ADMIN, password: "short" });
    await expect.poll(() => signUp.slugValue()).toBe(ORG);
    await signUp.submit();
    await expect.poll(() => signUp.fieldError(/^password/i)).toBe("Use at least 10 characters.");
    expect(await signUp.axe()).toEqual([]);
    await signUp.screenshot("sign-up-error-desktop-en");

    await signUp.fill({ organisation: "Northwind Outfitters", ...ADMIN, password: PASSWORD });
    await signUp.submit();
    // A new organisation's admin lands on the getting-started checklist (getting-started.e2e.test.ts).
    await admin.page.waitForURL(`**/orgs/${ORG}/getting-started`);
    const people = new PeoplePage(admin.page, grove.server.url);
    await people.settled();
    await people.goTo("People");
    await expect.poll(() => people.heading().textContent()).toBe("People");
    await people.person(ADMIN.name).getByText("Admin", { exact: true }).waitFor();
    // A new organisation has no period yet: the map says so instead of loading forever.
    await people.goTo("Alignment map");
    await admin.page.getByRole("heading", { name: "No period yet" }).waitFor();
    await people.goTo("People");
  });

  it("lets the admin build the unit tree on the people page", async () => {
    const people = new PeoplePage(admin.page, grove.server.url);
    await people.addUnit("Northwind", "Company", null);
    await people.addUnit("Sales", "Team", "Northwind");
    await people.addUnit("Support", "Team", "Northwind");
    const list = await admin.page.locator(".units-list__name").allTextContents();
    expect(list).toEqual(["Northwind", "Sales", "Support"]);

    // Periods and objectives have no page of this issue: set them up through the API as the admin.
    const quarter = quarterOf(new Date());
    const period = await apiAs<{ id: string }>(admin.context, grove.server.url, "POST", `/orgs/${ORG}/periods`, {
      name: quarter.name,
      status: "active",
    });
    for (const unit of await unitsOf(admin.context, grove.server.url, ORG)) units[unit.name] = unit.id;
    const kr = (title: string, metric: string, baseline: number, target: number) => ({
      title,
      metric,
      unit: metric.includes("hours") ? "hours" : "%",
      baseline,
      target,
      deadline: quarter.endsOn,
    });
    objectives.Sales = await apiAs<Created>(admin.context, grove.server.url, "POST", `/orgs/${ORG}/objectives`, {
      unitId: units.Sales,
      periodId: period.id,
      title: SALES_OBJECTIVE,
      status: "active",
      keyResults: [
        kr("Raise repeat orders from shops from 20% to 35%", "repeat order rate", 20, 35),
        kr("Raise shops ordering monthly from 10% to 25%", "monthly ordering shops", 10, 25),
        kr("Cut shop churn from 12% to 6%", "shop churn", 12, 6),
      ],
    });
    objectives.Support = await apiAs<Created>(admin.context, grove.server.url, "POST", `/orgs/${ORG}/objectives`, {
      unitId: units.Support,
      periodId: period.id,
      title: SUPPORT_OBJECTIVE,
      status: "active",
      keyResults: [
        kr(FIRST_REPLY_KR, "first-reply hours", 8, 2),
        kr("Raise contacts solved in one reply from 40% to 60%", "one-reply resolution", 40, 60),
        kr("Raise post-contact satisfaction from 70% to 85%", "post-contact satisfaction", 70, 85),
      ],
    });
  });

  it("invites a second person: the link is shown once, copyable, and the invitation is pending", async () => {
    const people = new PeoplePage(admin.page, grove.server.url);
    invitationLink = await people.invite(MEMBER.email, "Member");
    expect(invitationLink).toMatch(new RegExp(`^${grove.server.url}/invite/inv_`));
    await expect.poll(() => people.invitationRows().first().textContent()).toContain(MEMBER.email);
    await people.invitationRows().first().getByText("Pending", { exact: true }).waitFor();
    expect(await people.axe()).toEqual([]);
    await people.screenshot("people-invited-desktop-en");
  });

  it("accepts the invitation in a second browser and lands in the organisation", async () => {
    member = await grove.newContext();
    memberPage = await member.newPage();
    const accept = new AcceptInvitationPage(memberPage, grove.server.url);
    await accept.open(new URL(invitationLink).pathname);
    await expect.poll(() => accept.heading().textContent()).toBe("Join Northwind Outfitters");
    await expect
      .poll(() => accept.offer())
      .toMatchObject({
        Organisation: "Northwind Outfitters",
        "Your role": expect.stringContaining("Member"),
        Email: MEMBER.email,
      });
    expect(await accept.axe()).toEqual([]);
    await accept.screenshot("invite-member-desktop-en");
    await accept.accept({ name: MEMBER.name, password: PASSWORD });
    expect(new URL(memberPage.url()).pathname).toBe(`/orgs/${ORG}/map`);
    await expect.poll(() => new MapPage(memberPage, grove.server.url).unitCard("Support").isVisible()).toBe(true);
    // The link works once.
    const again = await member.newPage();
    await new AcceptInvitationPage(again, grove.server.url).open(new URL(invitationLink).pathname);
    await expect
      .poll(() => again.getByRole("heading", { level: 1 }).textContent())
      .toBe("This invitation cannot be used");
    await again.close();
  });

  it("the admin puts the new person into their unit; a non-admin sees the people read-only, with the reason", async () => {
    const people = new PeoplePage(admin.page, grove.server.url);
    await people.open(`/orgs/${ORG}/people`);
    await people.setUnitRole(MEMBER.name, "Support", "Member");
    await expect.poll(() => people.unitsOf(MEMBER.name)).toEqual(["Support · Member"]);
    await people.invitationRows().first().getByText("Accepted", { exact: true }).waitFor();

    const readOnly = new PeoplePage(memberPage, grove.server.url);
    await readOnly.open(`/orgs/${ORG}/people`);
    await expect
      .poll(() => memberPage.getByRole("note").first().textContent())
      .toBe("Only organisation admins manage units, people and periods.");
    await expect.poll(() => memberPage.getByRole("button", { name: /set the units of/i }).count()).toBe(0);
    await expect.poll(() => readOnly.unitsOf(MEMBER.name)).toEqual(["Support · Member"]);
    expect(await readOnly.axe()).toEqual([]);
    await readOnly.screenshot("people-readonly-desktop-en");
  });

  it("the member checks in on their unit's key result", async () => {
    const team = new TeamPage(memberPage, grove.server.url);
    await team.open(`/orgs/${ORG}/units/${units.Support}`);
    await team.objectiveHeading(SUPPORT_OBJECTIVE).waitFor();
    await team.checkIn(FIRST_REPLY_KR, { value: "5", confidence: 7, comment: "Night shift covers the backlog" });
    await expect.poll(() => team.progressOf(FIRST_REPLY_KR)).toBe("50%");
  });

  it("the member cannot edit another unit's objective and sees why, in the method's words (M3)", async () => {
    const team = new TeamPage(memberPage, grove.server.url);
    await team.open(`/orgs/${ORG}/units/${units.Sales}`);
    await team.objectiveHeading(SALES_OBJECTIVE).waitFor();
    const edit = memberPage.getByRole("button", { name: "Edit", exact: true });
    await expect.poll(() => edit.isDisabled()).toBe(true);
    // The disabled control carries its reason as its accessible description, and the note shows it.
    const describedBy = (await edit.getAttribute("aria-describedby")) ?? "";
    const note = memberPage.locator(`[id="${describedBy}"]`);
    await note.waitFor();
    await expect
      .poll(() => note.locator("p").allTextContents())
      .toEqual([
        "Only the unit's lead sets its objective (M3), and this unit has no lead yet: ask an admin to name one.",
        "Only the unit's lead and members write its key results (M3).",
        "Only the unit's lead and members check in on its key results.",
      ]);
    const checkIn = memberPage.getByRole("button", { name: "Check in" }).first();
    await expect.poll(() => checkIn.isDisabled()).toBe(true);
    await expect
      .poll(() =>
        checkIn.evaluate((el) => document.getElementById(el.getAttribute("aria-describedby") ?? "")?.textContent),
      )
      .toBe("Only the unit's lead and members check in on its key results.");
    expect(await team.axe()).toEqual([]);
    await team.screenshot("team-why-desktop-en");

    // Straight to the edit form by its address: everything is read-only, with the same reason.
    const editor = new EditorPage(memberPage, grove.server.url);
    await editor.open(`/orgs/${ORG}/objectives/${objectives.Sales?.id}/edit`);
    await expect.poll(() => memberPage.getByLabel("Title", { exact: true }).isDisabled()).toBe(true);
    await expect
      .poll(() => memberPage.locator("#why-objective").textContent())
      .toBe("Only the unit's lead sets its objective (M3), and this unit has no lead yet: ask an admin to name one.");
    await expect.poll(() => memberPage.getByRole("button", { name: "Save changes" }).isDisabled()).toBe(true);
    expect(await editor.axe()).toEqual([]);
    await editor.screenshot("editor-why-desktop-en");
  });

  it("shows the server's refusal (403) when a permission goes away while a form is open", async () => {
    const team = new TeamPage(memberPage, grove.server.url);
    await team.open(`/orgs/${ORG}/units/${units.Support}`);
    await team.openCheckInDialog(FIRST_REPLY_KR);
    await apiAs(
      admin.context,
      grove.server.url,
      "DELETE",
      `/orgs/${ORG}/units/${units.Support}/members/${await personId(MEMBER.email)}`,
    );
    const dialog = memberPage.getByRole("dialog");
    await dialog.getByLabel(/new value/i).fill("4");
    await dialog.getByRole("button", { name: "Save check-in" }).click();
    await expect
      .poll(() => dialog.getByRole("alert").textContent())
      .toBe("Only the unit's lead and members check in on its key results.");
    await memberPage.keyboard.press("Escape");
    await apiAs(
      admin.context,
      grove.server.url,
      "PUT",
      `/orgs/${ORG}/units/${units.Support}/members/${await personId(MEMBER.email)}`,
      {
        role: "member",
      },
    );
  });

  async function personId(email: string): Promise<string> {
    const { people } = await apiAs<{ people: { id: string; email: string }[] }>(
      admin.context,
      grove.server.url,
      "GET",
      `/orgs/${ORG}/people`,
    );
    return people.find((p) => p.email === email)?.id ?? "";
  }

  it("asks why an active key result's target moves (S7) and shows the change in the history", async () => {
    const team = new TeamPage(admin.page, grove.server.url);
    await team.open(`/orgs/${ORG}/units/${units.Support}`);
    await team.editObjective();
    const editor = new EditorPage(admin.page, grove.server.url);
    await editor.setKeyResultField(0, /^target$/i, "3");
    await editor.saveExpectingQuestion();
    await expect
      .poll(() => admin.page.getByRole("dialog").getByRole("heading").textContent())
      .toBe("Why does the goal change?");
    expect(await editor.axe()).toEqual([]);
    await editor.screenshot("reason-dialog-desktop-en");
    await editor.giveReason("Two hours needs a night shift we cannot hire this quarter");
    await expect
      .poll(() => team.history().then((h) => h[0]))
      .toContain(`${ADMIN.name} changed the key result “${FIRST_REPLY_KR}”`);
    const latest = (await team.history())[0];
    expect(latest).toContain("Target 2 hours → 3 hours");
    expect(latest).toContain("Why: Two hours needs a night shift we cannot hire this quarter");
    expect((await team.history()).at(-1)).toContain(`${ADMIN.name} created the objective`);
    expect(await team.axe()).toEqual([]);
    await team.screenshot("history-reason-desktop-en");
  });

  it("offers to reload or reapply when someone else saved the objective first (409)", async () => {
    // The member (Support) edits a KR while the admin renames the objective and saves first.
    const memberEditor = new EditorPage(memberPage, grove.server.url);
    await memberEditor.open(`/orgs/${ORG}/objectives/${objectives.Support?.id}/edit`);
    await memberEditor.setKeyResultField(1, /^key result$/i, "Raise contacts solved in one reply from 40% to 65%");

    const adminEditor = new EditorPage(admin.page, grove.server.url);
    await adminEditor.open(`/orgs/${ORG}/objectives/${objectives.Support?.id}/edit`);
    await admin.page.getByLabel("Title", { exact: true }).fill("Leave every customer calmer after contacting us");
    await adminEditor.save();

    await memberPage.getByRole("button", { name: "Save changes" }).click();
    const dialog = memberPage.getByRole("dialog");
    await dialog.waitFor();
    await expect
      .poll(() => dialog.getByRole("heading").textContent())
      .toBe("Someone else saved this objective meanwhile");
    await expect.poll(() => dialog.textContent()).toContain("Leave every customer calmer after contacting us");
    expect(await memberEditor.axe()).toEqual([]);
    await memberEditor.screenshot("conflict-desktop-en");
    await memberEditor.reapplyMyChanges();

    // Both changes stand: the admin's title and the member's key result.
    const team = new TeamPage(memberPage, grove.server.url);
    await expect
      .poll(() => team.objectiveHeading("Leave every customer calmer after contacting us").isVisible())
      .toBe(true);
    await team.keyResult("Raise contacts solved in one reply from 40% to 65%").waitFor();
    await expect.poll(() => team.history().then((h) => h[0])).toContain(`${MEMBER.name} changed the key result`);

    // Again, but this time the member takes theirs: the form shows the objective as it is now.
    await memberEditor.open(`/orgs/${ORG}/objectives/${objectives.Support?.id}/edit`);
    await memberEditor.setKeyResultField(2, /^key result$/i, "A change that will be dropped");
    await adminEditor.open(`/orgs/${ORG}/objectives/${objectives.Support?.id}/edit`);
    await admin.page.getByLabel("Title", { exact: true }).fill("Customers leave every contact calmer");
    await adminEditor.save();
    await memberPage.getByRole("button", { name: "Save changes" }).click();
    await dialog.getByRole("button", { name: "Reload theirs" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect
      .poll(() => memberPage.getByLabel("Title", { exact: true }).inputValue())
      .toBe("Customers leave every contact calmer");
    await expect
      .poll(() =>
        memberEditor
          .keyResultGroup(2)
          .getByLabel(/^key result$/i)
          .inputValue(),
      )
      .toBe("Raise post-contact satisfaction from 70% to 85%");
  });

  it("creates an API token whose secret is shown once, uses it, and revokes it", async () => {
    const settings = new SettingsPage(memberPage, grove.server.url);
    await settings.open(`/orgs/${ORG}/settings`);
    const secret = await settings.createToken("Weekly metrics import", /read and check in/i);
    expect(secret).toMatch(/^grove_pat_/);
    await memberPage.getByText("Copy this token now.").waitFor();
    expect(await settings.axe()).toEqual([]);
    await settings.screenshot("settings-token-desktop-en");

    const call = () =>
      fetch(`${grove.server.url}/api/v1/orgs/${ORG}/units`, { headers: { authorization: `Bearer ${secret}` } }).then(
        (r) => r.status,
      );
    expect(await call()).toBe(200);
    await settings.revoke("Weekly metrics import");
    expect(await call()).toBe(401);
    // Once the page is left, the secret is gone for good: the list never shows it.
    await settings.open(`/orgs/${ORG}/settings`);
    await expect.poll(() => memberPage.getByText(secret).count()).toBe(0);
  });

  it("creates a write token with an expiry for CI, lists it with its scope and expiry, and /auth/me answers both (issue 13)", async () => {
    const settings = new SettingsPage(memberPage, grove.server.url);
    await settings.open(`/orgs/${ORG}/settings`);
    await memberPage.getByLabel(/expires on/i).fill("2099-06-30");
    const secret = await settings.createToken("CI apply on merge", /write okrs/i);
    const row = settings.token("CI apply on merge");
    await row.getByText(/Write OKRs/).waitFor();
    await row.getByText(/expires .*2099/).waitFor();
    expect(await settings.axe()).toEqual([]);
    // The token answers who it is, with the scope and the end of the chosen day.
    const me = await fetch(`${grove.server.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${secret}` } });
    const body = (await me.json()) as { token: { scope: string; expiresAt: string } };
    expect(body.token.scope).toBe("write");
    expect(body.token.expiresAt.startsWith("2099-06-30") || body.token.expiresAt.startsWith("2099-07-01")).toBe(true);
    await settings.revoke("CI apply on merge");
  });

  // One test per width and language, each with its own time limit: five pages, a screenshot
  // each (all four in one test ran past the limit on a busy machine). axe runs at 1280 in English
  // and at 390 in Chinese, as everyView does (tests/e2e/support/every-view.ts): its rules look at
  // structure, names and contrast, which a second pass at the same width in the other language
  // repeats at a cost of seconds.
  const looks = Object.entries(viewports).flatMap(([viewportName, viewport]) =>
    (
      [
        ["en", "en-GB"],
        ["zh", "zh-CN"],
      ] as const
    ).map(([lang, locale]) => ({ viewportName, viewport, lang, locale })),
  );
  let fresh: { token: string } | undefined;
  it.each(looks)(
    "shows each new page at $viewportName width in $lang",
    async ({ viewportName, viewport, lang, locale }) => {
      const axeHere = (viewportName === "desktop") === (lang === "en");
      const findings = async (app: { axe(): Promise<unknown[]> }) => (axeHere ? await app.axe() : []);
      // A fresh invitation for the accept page; the first was used.
      fresh ??= await apiAs<{ token: string }>(admin.context, grove.server.url, "POST", `/orgs/${ORG}/invitations`, {
        email: "cy@northwind.test",
        role: "viewer",
      });
      const token = fresh.token;
      const anonymous = await grove.newContext({ viewport, locale });
      const signedIn = await grove.newContext({ viewport, locale });
      try {
        const page = await anonymous.newPage();
        const signUp = new SignUpPage(page, grove.server.url);
        await signUp.open("/sign-up");
        expect([viewportName, lang, await findings(signUp)]).toEqual([viewportName, lang, []]);
        await signUp.screenshot(`sign-up-${viewportName}-${lang}`);
        await signUp.open(`/invite/${token}`);
        expect([viewportName, lang, await findings(signUp)]).toEqual([viewportName, lang, []]);
        await signUp.screenshot(`invite-${viewportName}-${lang}`);

        const own = await signedIn.newPage();
        await new SignInPage(own, grove.server.url).open("/sign-in");
        await new SignInPage(own, grove.server.url).signIn(ADMIN.email, PASSWORD);
        const pages: [string, string][] = [
          ["people", `/orgs/${ORG}/people`],
          ["settings", `/orgs/${ORG}/settings`],
          ["history", `/orgs/${ORG}/units/${units.Support}`],
        ];
        for (const [name, path] of pages) {
          const app = new PeoplePage(own, grove.server.url);
          await app.open(path);
          expect([name, viewportName, lang, await findings(app)]).toEqual([name, viewportName, lang, []]);
          await app.screenshot(`${name}-${viewportName}-${lang}`);
        }
        if (viewportName === "phone") {
          const width = await own.evaluate(() => document.documentElement.scrollWidth);
          expect(width).toBeLessThanOrEqual(viewport.width);
        }
      } finally {
        await anonymous.close();
        await signedIn.close();
      }
    },
  );
});
