import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { findUserByEmail } from "../../src/db/repositories/accounts.ts";
import { englishDemo } from "../../src/demo/demo-data.ts";
import { chineseDemo } from "../../src/demo/demo-data-zh.ts";
import { demoAdminEmail } from "../../src/demo/load-demo.ts";
import { actorForPerson } from "../../src/services/accounts/actor.ts";
import { defaultContext } from "../../src/services/context.ts";
import { addComment } from "../../src/services/discussion/comments.ts";
import { readPreferences } from "../../src/services/notifications/preferences.ts";
import { unsubscribeSigner } from "../../src/services/notifications/unsubscribe-links.ts";
import { listObjectives } from "../../src/services/objectives/read-objectives.ts";
import { resolveOrganisation } from "../../src/services/organisations.ts";
import { listPeople } from "../../src/services/people.ts";
import { systemScope } from "../support/factories.ts";
import { AppPage } from "./pages/app-page.ts";
import { chromiumMissing, viewports } from "./support/browser.ts";
import { useGroveInChromium } from "./support/session.ts";

// Issue 11 in a browser: the bell with its unread count (marked read when opened), the
// Notifications settings page every member has, and the unsubscribe page that needs no sign-in,
// in English and Chinese, on a desktop and a phone.
describe.skipIf(chromiumMissing())("the bell, notification settings and unsubscribe", () => {
  const grove = useGroveInChromium();

  /** The demo admin's person, and a comment on one of the demo's objectives that mentions them. */
  async function mentionAdmin(demo: typeof englishDemo) {
    const services = defaultContext(grove.server.db.kysely);
    const org = await resolveOrganisation(services, demo.slug);
    const scope = systemScope(org.id);
    const people = await listPeople(services, scope);
    const admin = people.find((person) => person.email === demoAdminEmail(demo));
    // The first of the others by name, as the demo lists them.
    const colleague = people.find((person) => person !== admin);
    const [objective] = (await listObjectives(services, scope, { limit: 1 })).rows;
    if (!admin || !colleague || !objective) throw new Error(`${demo.slug} has no admin, colleague or objective`);
    const actor = await actorForPerson(services, org.id, colleague.id, null);
    await addComment(
      services,
      { orgId: org.id, actor: actor ?? scope.actor },
      { objectiveId: objective.id },
      {
        body: "Please look at the numbers before Monday",
        mentionIds: [admin.id],
      },
    );
    return { org, personId: admin.id };
  }

  const languages = [
    { lang: "en", locale: "en-GB", demo: englishDemo, unread: /unread/, chat: "Chat", stop: "Stop these messages" },
    { lang: "zh", locale: "zh-CN", demo: chineseDemo, unread: /未读/, chat: "聊天", stop: "不再接收" },
  ] as const;

  for (const language of languages) {
    for (const [width, viewport] of Object.entries(viewports)) {
      it(`shows the bell, the settings and the unsubscribe page (${language.lang}, ${width})`, async () => {
        const { org, personId } = await mentionAdmin(language.demo);
        const { context, page } = await grove.signedIn(demoAdminEmail(language.demo), {
          viewport,
          locale: language.locale,
        });
        const shot = (name: string) =>
          new AppPage(page, grove.server.url).screenshot(`${name}-${width}-${language.lang}`);
        try {
          const bell = page.locator(".bell__button");
          await expect.poll(() => bell.getAttribute("aria-label")).toMatch(language.unread);
          await shot("bell-unread");
          await bell.click();
          await page.locator(".bell__item").first().waitFor();
          expect(await page.locator(".bell__item").first().textContent()).toContain(
            language.lang === "en" ? "mentioned you" : "提到了你",
          );
          await shot("bell-open");
          // Opened: marked read, the count goes.
          await expect.poll(() => page.locator(".bell__count").count(), { timeout: 10_000 }).toBe(0);
          await page.keyboard.press("Escape");

          await page.goto(`${grove.server.url}/orgs/${org.slug}/settings/notifications`);
          await new AppPage(page, grove.server.url).settled();
          const mention = page.locator("fieldset.notification-pref").nth(2);
          // The choice shows once the optimistic update has run (it first cancels the read): click, then wait.
          await mention.getByRole("radio", { name: language.chat, exact: true }).click();
          await expect.poll(() => mention.locator("input[value=chat]").isChecked()).toBe(true);
          await mention.getByRole("status").waitFor();
          await shot("notification-settings");
          await mention.getByRole("radio", { name: language.lang === "en" ? "Mail" : "邮件", exact: true }).click();
          await expect.poll(() => preferenceOf(org.id, personId)).toBe("mail");

          // The unsubscribe link works signed out.
          const sign = await unsubscribeSigner(grove.server.db.kysely);
          const token = sign({ orgId: org.id, personId, kind: "mention" });
          const stranger = await grove.newContext({ viewport, locale: language.locale });
          const outside: Page = await stranger.newPage();
          await outside.goto(`${grove.server.url}/unsubscribe/${token}`);
          const button = outside.getByRole("button", { name: language.stop });
          await button.waitFor();
          await screenshotOf(outside, `unsubscribe-${width}-${language.lang}`);
          await button.click();
          await outside.getByRole("status").waitFor();
          await screenshotOf(outside, `unsubscribe-done-${width}-${language.lang}`);
          expect(await preferenceOf(org.id, personId)).toBe("off");
          await outside.goto(`${grove.server.url}/unsubscribe/${token.slice(0, -4)}AAAA`);
          await outside.getByRole("alert").waitFor();
          await stranger.close();

          // The language switch, signed in, also sets the language of this person's messages.
          const other = language.lang === "en" ? "简体中文" : "English";
          await new AppPage(page, grove.server.url).switchLanguage(other);
          await expect.poll(() => localeOf(demoAdminEmail(language.demo))).toBe(language.lang === "en" ? "zh" : "en");
        } finally {
          await context.close();
        }
      }, 120_000);
    }
  }

  /** The channel the person chose for mentions (none until they choose). */
  async function preferenceOf(orgId: string, personId: string) {
    const services = defaultContext(grove.server.db.kysely);
    const actor = await actorForPerson(services, orgId, personId, null);
    if (!actor) throw new Error(`no person ${personId}`);
    const { preferences } = await readPreferences(services, { orgId, actor });
    const mention = preferences.find((preference) => preference.kind === "mention");
    return mention?.chosen ? mention.channel : undefined;
  }

  async function localeOf(email: string) {
    return (await findUserByEmail(grove.server.db.kysely, email))?.locale;
  }

  async function screenshotOf(page: Page, name: string) {
    await new AppPage(page, grove.server.url).screenshot(name);
  }
});
