import { describe, expect, it } from "vitest";
import { planOrganisation } from "../../bench/generate.ts";
import {
  httpRequestOf,
  MIX_ROUTES,
  MIX_USERS,
  MIX_WEIGHTS,
  type MixChoice,
  mixChooser,
  mixFailures,
  pickMixFixtures,
  RouteTally,
  WEB_QUERIES,
} from "../../bench/mix.ts";
import { ATTENTION_PAGE, DASHBOARD_DEPTH, MAP_BRANCH_DEPTH, MAP_TOP_DEPTH } from "../../src/web/api/queries.ts";

// The benchmark's mixed load (issue 15): what it asks for and how it counts failures. The load
// itself runs in `npm run bench`; these hold the parts that decide whether its run is fair.

const plan = planOrganisation("mix-test", 100, 0, 42, new Date("2026-12-06T10:00:00Z"));
const fixtures = pickMixFixtures(plan);

function draw(user: number, count: number, seed = 7): MixChoice[] {
  const next = mixChooser(fixtures, user, seed);
  return Array.from({ length: count }, () => next());
}

describe("the mixed load", () => {
  it("signs in 50 people, each a member of their own team or individual unit", () => {
    expect(fixtures.users).toHaveLength(MIX_USERS);
    expect(new Set(fixtures.users.map((u) => u.unitId)).size).toBe(MIX_USERS);
    expect(new Set(fixtures.users.map((u) => u.token)).size).toBe(MIX_USERS);
    const levelOf = new Map(plan.units.map((u) => [u.id, u.level]));
    for (const user of fixtures.users) expect(levelOf.get(user.unitId)).toBeGreaterThanOrEqual(3);
  });

  it("checks in only on KRs of the user's own unit's active objective in the open period (M3), so none may be refused", () => {
    const objectives = new Map(plan.objectives.map((o) => [o.id, o]));
    const periods = new Map(plan.periods.map((p) => [p.id, p]));
    const objectiveOfKr = new Map(plan.keyResults.map((kr) => [kr.id, objectives.get(kr.objectiveId)]));
    let checkIns = 0;
    fixtures.users.forEach((user, i) => {
      for (const choice of draw(i, 200)) {
        if (choice.route !== "checkIn") continue;
        checkIns++;
        const objective = objectiveOfKr.get(choice.keyResultId);
        expect(objective?.unitId).toBe(user.unitId);
        expect(objective?.status).toBe("active");
        expect(periods.get(objective?.periodId ?? "")?.status).toBe("active");
        expect(choice.confidence).toBeGreaterThanOrEqual(0);
        expect(choice.confidence).toBeLessThanOrEqual(1);
      }
    });
    expect(checkIns).toBeGreaterThan(0);
  });

  it("draws each route in its share of the requests, 10 % check-ins", () => {
    const choices = fixtures.users.flatMap((_, i) => draw(i, 400));
    for (const route of MIX_ROUTES) {
      const share = choices.filter((c) => c.route === route).length / choices.length;
      expect(Math.abs(share - MIX_WEIGHTS[route])).toBeLessThan(0.01);
    }
    expect(MIX_ROUTES.reduce((sum, route) => sum + MIX_WEIGHTS[route], 0)).toBeCloseTo(1, 10);
  });

  it("gives each user the same sequence for the same seed, and another for another seed", () => {
    expect(draw(3, 50)).toEqual(draw(3, 50));
    expect(draw(3, 50, 8)).not.toEqual(draw(3, 50));
    expect(draw(4, 50)).not.toEqual(draw(3, 50));
  });

  it("asks for what the web app asks for", () => {
    expect(WEB_QUERIES).toEqual({
      mapTopDepth: MAP_TOP_DEPTH,
      mapBranchDepth: MAP_BRANCH_DEPTH,
      dashboardDepth: DASHBOARD_DEPTH,
      attentionPage: ATTENTION_PAGE,
    });
    const org = "/api/v1/orgs/mix-test";
    const period = `period=${encodeURIComponent(fixtures.periodName)}`;
    expect(httpRequestOf(fixtures, { route: "mapBranch", unitId: "u1" })).toEqual({
      method: "GET",
      path: `${org}/map?${period}&root=u1&depth=${MAP_BRANCH_DEPTH}`,
    });
    expect(httpRequestOf(fixtures, { route: "dashboardUnit", unitId: "u2" })).toEqual({
      method: "GET",
      path: `${org}/dashboard?${period}&depth=${DASHBOARD_DEPTH}&limit=${ATTENTION_PAGE}&unit=u2`,
    });
    expect(httpRequestOf(fixtures, { route: "checkIn", keyResultId: "k1", value: 12.5, confidence: 0.4 })).toEqual({
      method: "POST",
      path: `${org}/key-results/k1/check-ins`,
      body: JSON.stringify({ value: 12.5, confidence: 0.4 }),
    });
  });

  it("counts a refusal and a timeout as failures naming the route and the status", () => {
    const tally = new RouteTally();
    for (let i = 0; i < 9; i++) tally.answered("checkIn", 10);
    tally.answered("checkIn", 12);
    tally.failure("checkIn", "403", '{"code":"forbidden"}');
    tally.failure("dashboard", "timeout", "no answer within 10 s", true);
    tally.answered("teamPage", 5);
    const routes = tally.figures();
    const checkIn = routes.find((r) => r.route === "checkIn");
    expect(checkIn).toMatchObject({ requests: 10, errors: 1, timeouts: 0, failures: { 403: 1 }, p50: 10, p99: 12 });
    expect(routes.find((r) => r.route === "dashboard")).toMatchObject({
      requests: 1,
      errors: 0,
      timeouts: 1,
      p50: null,
    });
    expect(mixFailures(routes)).toEqual([
      "leader dashboard, whole organisation: 1 timed out of 1 (first: timeout no answer within 10 s)",
      'check-in on a KR of the user\'s own unit: 1 x 403 of 10 (first: 403 {"code":"forbidden"})',
    ]);
    const clean = new RouteTally();
    clean.answered("teamPage", 5);
    expect(mixFailures(clean.figures())).toEqual([]);
  });
});
