import { describe, expect, it } from "vitest";
import { DEMO_ADMIN_EMAIL } from "../../src/demo/load-demo.ts";
import { PeriodsCard } from "./pages/periods-card.ts";
import { TeamPage } from "./pages/team-page.ts";
import { apiAs } from "./support/api.ts";
import { chromiumMissing } from "./support/browser.ts";
import { everyView } from "./support/every-view.ts";
import { useGroveInChromium, useTab } from "./support/session.ts";

// Issue 12, defects 6 and 7 in the browser: a reading an admin or lead recorded for someone else
// says both names in the KR's timeline ("recorded by X for Y"); a quarter given other dates in
// the new-period form is refused under the date, in the reader's language.

interface Objective {
  unitId: string;
  periodId: string;
  keyResults: { id: string; title: string; rolledUp: boolean; lastCheckInAt: string | null }[];
}

describe.skipIf(chromiumMissing())("bad input in the browser", () => {
  const grove = useGroveInChromium();
  const admin = useTab(grove, DEMO_ADMIN_EMAIL);

  it("shows 'recorded by' the admin 'for' the member, in English and Chinese, wide and narrow", async () => {
    const api = <T>(method: "GET" | "POST", path: string, body?: unknown) =>
      apiAs<T>(admin.context, grove.server.url, method, path, body);
    const { periods } = await api<{ periods: { id: string; status: string }[] }>("GET", "/orgs/demo/periods");
    const active = periods.find((p) => p.status === "active")?.id;
    const { objectives } = await api<{ objectives: { id: string; periodId: string }[] }>(
      "GET",
      "/orgs/demo/objectives",
    );
    const full: Objective[] = [];
    for (const o of objectives.filter((x) => x.periodId === active)) {
      full.push(await api<Objective>("GET", `/orgs/demo/objectives/${o.id}`));
    }
    const target = full
      .flatMap((o) => o.keyResults.map((kr) => ({ unitId: o.unitId, kr })))
      .find((x) => !x.kr.rolledUp);
    if (!target) throw new Error("no KR to check in on");
    const { members } = await api<{ members: { personId: string; name: string }[] }>(
      "GET",
      `/orgs/demo/units/${target.unitId}/members`,
    );
    const me = await api<{ user: { name: string } }>("GET", "/auth/me");
    const member = members.find((m) => m.name !== me.user.name) as { personId: string; name: string };
    await api("POST", `/orgs/demo/key-results/${target.kr.id}/check-ins`, {
      value: 42,
      authorId: member.personId,
      comment: "Read out in the stand-up",
    });

    await everyView(admin.context, grove.server.url, {
      name: "reading-recorded-for",
      path: `/orgs/demo/units/${target.unitId}`,
      pageOf: (page, url) => new TeamPage(page, url),
      act: async (team, lang) => {
        await team
          .keyResult(target.kr.title)
          .getByRole("button", { name: /history and discussion|历史与讨论/i })
          .click();
        const first = team.page.getByRole("dialog").locator(".reading").first();
        await first.waitFor();
        expect(await first.textContent()).toContain(
          lang === "en"
            ? `recorded by ${me.user.name} for ${member.name}`
            : `由 ${me.user.name} 代 ${member.name} 记录`,
        );
      },
    });
  });

  it("refuses other dates for a quarter under the date field, in English and Chinese", async () => {
    await everyView(admin.context, grove.server.url, {
      name: "period-quarter-dates",
      path: "/orgs/demo/people#periods",
      pageOf: (page, url) => new PeriodsCard(page, url),
      act: async (periods, lang) => {
        const form = periods.card.locator(".period-form");
        await form.waitFor();
        await form.locator("input").first().fill("2031-Q3");
        await form.locator('input[type="date"]').first().fill("2031-07-05");
        await form.locator('button[type="submit"]').click();
        await form
          .getByText(
            lang === "en"
              ? "A quarter's dates follow from its name: leave the dates empty, or give the period another name."
              : "季度的日期由名称决定：请留空日期，或为周期取另一个名称。",
          )
          .waitFor();
        expect(await periods.row("2031-Q3").count()).toBe(0);
      },
    });
  });
});
