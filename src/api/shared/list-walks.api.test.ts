import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { goodKeyResult, TEST_PASSWORD } from "../../../tests/support/factories.ts";
import { sessionHeaders } from "../../../tests/support/test-app.ts";
import { expectBadPagingRefused, expectWalkMatchesWhole } from "../../../tests/support/walk.ts";
import { signIn } from "../../services/accounts/sign-in.ts";

// Issue 13, point 3 (docs/api.md, "Paging and sync"): the lists that paged on their own terms
// (the dashboard's, the learnings library, reviews, experiments, health readings, a person's
// sessions and organisations) page like every other: limit and cursor in, nextCursor and Link
// out. Walked a few rows a page, each gives every row once, in the order of the whole list, and
// a bad cursor or limit is a 400 naming the field.

// 2027-Q1: the checkpoint review is due on 2027-02-12; on 2027-02-15 KRs never checked in are quiet.
let clock = new Date("2027-02-15T12:00:00.000Z");
const tick = () => {
  clock = new Date(clock.getTime() + 1000);
  return clock;
};

describeApi("every list walks page by page on the shared cursor", { now: () => clock }, (t) => {
  const get = (path: string) => t.call("GET", path);

  /** A list read newest first by `time`: walked 3 rows a page, its `count` rows in that order; bad paging refused. */
  async function expectNewestFirstWalk(path: string, key: string, time: string, count: number) {
    const rows = await expectWalkMatchesWhole(get, path, key, 3);
    expect(rows).toHaveLength(count);
    const times = rows.map((r: Record<string, string>) => Date.parse(r[time] as string));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    await expectBadPagingRefused(t, path);
  }

  it("walks a health metric's readings newest first, ties on the reading time included", async () => {
    const { unit, base } = await t.buildTeam();
    const metric = await t.call("POST", `${base}/units/${unit.id}/health-metrics`, {
      name: "Uptime",
      unit: "%",
      rangeLow: 99.5,
    });
    expect(metric.status).toBe(201);
    // Two readings an hour, so every other pair shares its reading time (the id breaks the tie).
    const readings = Array.from({ length: 23 }, (_, i) => ({
      value: 99 + i / 100,
      readAt: new Date(clock.getTime() - Math.floor(i / 2) * 3_600_000).toISOString(),
    }));
    expect((await t.call("POST", `${base}/health-metrics/${metric.body.id}/readings`, { readings })).status).toBe(201);
    const path = `${base}/health-metrics/${metric.body.id}/readings`;
    await expectNewestFirstWalk(path, "readings", "readAt", 23);
  });

  it("walks a unit's experiments newest first", async () => {
    const { unit, base, keyResults } = await t.buildTeam();
    for (let i = 0; i < 7; i++) {
      if (i % 2 === 0) tick();
      const created = await t.call("POST", `${base}/experiments`, {
        kind: "experiment",
        title: `Experiment ${i}`,
        hypothesis: "We believe a shorter wizard raises completion, measured by completion rate",
        keyResultId: keyResults[0]?.id,
        metrics: [{ name: "Completion rate", direction: "at_least", threshold: 30, unit: "%" }],
      });
      expect(created.status).toBe(201);
    }
    const path = `${base}/experiments?unit=${unit.id}`;
    await expectNewestFirstWalk(path, "experiments", "createdAt", 7);
  });

  it("walks the learnings library newest first, with the count of all that match on every page (S7)", async () => {
    const { unit, period, base } = await t.buildTeam();
    const review = await t.call("POST", `${base}/reviews`, { unitId: unit.id, periodId: period.id, on: "2027-02-12" });
    expect(review.status).toBe(201);
    for (let i = 0; i < 8; i++) {
      if (i % 3 === 0) tick();
      const learning = await t.call("POST", `${base}/reviews/${review.body.review.id}/learnings`, {
        body: `Lesson ${i}`,
      });
      expect(learning.status).toBe(201);
    }
    const rows = await expectWalkMatchesWhole(get, `${base}/learnings`, "learnings", 3);
    expect(rows).toHaveLength(8);
    const page = await get(`${base}/learnings?limit=3`);
    expect(page.body.total).toBe(8);
    await expectBadPagingRefused(t, `${base}/learnings`);
  });

  it("walks a period's review sessions by date, then unit name (S4)", async () => {
    const { org, period, base } = await t.buildTeam();
    for (const name of ["Alpha", "Beta", "Gamma", "Delta"]) {
      const unit = await t.buildUnit(org.id, { name });
      await t.buildObjective(org.id, { unitId: unit.id, periodId: period.id });
    }
    const path = `${base}/reviews?period=2027-Q1`;
    const rows = await expectWalkMatchesWhole(get, path, "reviews", 3, (r) => `${r.unitId}/${r.on}/${r.kind}`);
    expect(rows).toHaveLength(10);
    const dates = rows.map((r: { on: string }) => r.on);
    expect(dates).toEqual([...dates].sort());
    expect((await get(`${path}&limit=3`)).body.total).toBe(10);
    await expectBadPagingRefused(t, path);
  });

  it("walks the dashboard's KRs at risk and gone quiet in tree order, from the dashboard's first page (S5)", async () => {
    const { org, period, base } = await t.buildTeam({ unit: { name: "Company" } });
    for (const name of ["Sales", "Operations", "Inbound"]) {
      const unit = await t.buildUnit(org.id, { name });
      await t.buildObjective(org.id, {
        unitId: unit.id,
        periodId: period.id,
        keyResults: [goodKeyResult(), goodKeyResult({ title: "Raise NPS from 20 to 35", metric: "NPS", unit: "" })],
      });
    }
    const dashboard = await get(`${base}/dashboard?period=2027-Q1&limit=2`);
    expect(dashboard.body.totals.stale).toBe(9);
    const stale = await expectWalkMatchesWhole(
      get,
      `${base}/dashboard/stale?period=2027-Q1`,
      "items",
      2,
      (r) => r.keyResultId,
    );
    expect(stale).toHaveLength(9);
    // The dashboard's first page and its cursor continue into the same list.
    const rest = await get(
      `${base}/dashboard/stale?period=2027-Q1&limit=1000&cursor=${dashboard.body.nextCursors.stale}`,
    );
    const ids = [...dashboard.body.stale, ...rest.body.items].map((r: { keyResultId: string }) => r.keyResultId);
    expect(ids).toEqual(stale.map((r: { keyResultId: string }) => r.keyResultId));
    // KRs behind the straight line: low confidence puts each at risk.
    for (const kr of stale) {
      const reading = await t.call("POST", `${base}/key-results/${kr.keyResultId}/check-ins`, {
        value: 1,
        confidence: 0.2,
      });
      expect(reading.status).toBe(201);
    }
    const atRisk = await expectWalkMatchesWhole(
      get,
      `${base}/dashboard/at-risk?period=2027-Q1`,
      "items",
      4,
      (r) => r.keyResultId,
    );
    expect(atRisk.map((r: { keyResultId: string }) => r.keyResultId)).toEqual(ids);
    await expectBadPagingRefused(t, `${base}/dashboard/at-risk?period=2027-Q1`);
  });

  it("walks a person's own sessions and organisations, outside any organisation", { timeout: 120_000 }, async () => {
    const { org } = await t.buildTeam();
    const member = await t.buildMember(org.id);
    for (let i = 0; i < 4; i++) await signIn(t.services, member.email, TEST_PASSWORD);
    const as = (path: string) => t.call("GET", path, undefined, sessionHeaders(member));
    const sessions = await expectWalkMatchesWhole(as, "/api/v1/auth/sessions", "sessions", 2, (s) => s.handle);
    expect(sessions).toHaveLength(5);
    await expectBadPagingRefused(t, "/api/v1/auth/sessions", as);

    for (let i = 0; i < 3; i++) {
      const slug = `walk-${i}-${org.slug}`;
      expect((await t.call("POST", "/api/v1/orgs", { slug, name: `Walk ${i}` }, sessionHeaders(member))).status).toBe(
        201,
      );
    }
    const organisations = await expectWalkMatchesWhole(as, "/api/v1/orgs", "organisations", 2, (o) => o.slug);
    expect(organisations).toHaveLength(4);
    await expectBadPagingRefused(t, "/api/v1/orgs", as);
  });
});
