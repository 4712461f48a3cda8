import type { OrgPlan } from "./generate.ts";
import { summarise } from "./measure.ts";
import { childSeed, Rng } from "./rng.ts";
import { MAP_DEPTH } from "./sql.ts";

// The mixed load (issue 15): 50 people signed in at once, each sending one request after the
// other, each request drawn from a seeded weighted mix of what people open on a Monday morning.
// The API side (bench/mixed-client.ts) and the raw-query side (bench/mixed-scenarios.ts) draw the
// same sequence per user from the same seed.

export const MIX_ROUTES = ["teamPage", "dashboard", "dashboardUnit", "mapFirstView", "mapBranch", "checkIn"] as const;
export type MixRoute = (typeof MIX_ROUTES)[number];

/** Share of requests per route; they add up to 1. Check-ins are the 10 %. */
export const MIX_WEIGHTS: Record<MixRoute, number> = {
  teamPage: 0.45,
  dashboard: 0.05,
  dashboardUnit: 0.1,
  mapFirstView: 0.15,
  mapBranch: 0.15,
  checkIn: 0.1,
};

export const MIX_LABELS: Record<MixRoute, string> = {
  teamPage: "team page of a random unit",
  dashboard: "leader dashboard, whole organisation",
  dashboardUnit: "leader dashboard focused on a department",
  mapFirstView: "map's first view",
  mapBranch: "a unit opened on the map",
  checkIn: "check-in on a KR of the user's own unit",
};

/** What the web app asks for (src/web/api/queries.ts: MAP_TOP_DEPTH, MAP_BRANCH_DEPTH, DASHBOARD_DEPTH, ATTENTION_PAGE). */
export const WEB_QUERIES = { mapTopDepth: MAP_DEPTH, mapBranchDepth: 1, dashboardDepth: 2, attentionPage: 50 } as const;

/** How many people the load signs in: the 50. */
export const MIX_USERS = 50;

/**
 * A person of the benchmark organisation with a check-ins API token, a member (M3) of one team
 * or individual unit: the KRs of that unit's objective in the active period are the ones they
 * check in on, so no check-in can be refused for a good reason (another unit's KR, a closed
 * period), and any refusal the load sees is a bug.
 */
export interface MixUser {
  personId: string;
  name: string;
  email: string;
  token: string;
  unitId: string;
  keyResultIds: string[];
}

export interface MixFixtures {
  orgId: string;
  slug: string;
  periodId: string;
  periodName: string;
  users: MixUser[];
  /** Team pages: any unit of the organisation. */
  teamUnitIds: string[];
  /** Dashboards focused on a unit: the departments (the levels below the company). */
  focusUnitIds: string[];
  /** Units opened on the map: the deepest level of its first view, whose children it does not show yet. */
  branchUnitIds: string[];
}

/** The load's people, a pure function of the plan: bench/load.ts inserts them, the load signs in as them. */
export function planMixUsers(plan: OrgPlan, count = MIX_USERS): MixUser[] {
  const rng = new Rng(plan.seed ^ 0x0315);
  const active = plan.periods.find((p) => p.status === "active");
  const objectiveOf = new Map(
    plan.objectives.filter((o) => o.periodId === active?.id && o.status === "active").map((o) => [o.unitId, o.id]),
  );
  const krsOf = new Map<string, string[]>();
  for (const kr of plan.keyResults) krsOf.set(kr.objectiveId, [...(krsOf.get(kr.objectiveId) ?? []), kr.id]);
  // Teams and individuals (levels 3-5) with an active objective that has KRs; distinct units.
  const candidates = plan.units.filter(
    (u) => u.level >= 3 && (krsOf.get(objectiveOf.get(u.id) ?? "")?.length ?? 0) > 0,
  );
  if (candidates.length < count) throw new Error(`the plan has ${candidates.length} units for ${count} users`);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(rng.next() * (candidates.length - i));
    [candidates[i], candidates[j]] = [
      candidates[j] as (typeof candidates)[number],
      candidates[i] as (typeof candidates)[number],
    ];
  }
  return candidates.slice(0, count).map((unit, i) => ({
    personId: rng.uuid(),
    name: `Bench User ${i + 1}`,
    email: `bench-user-${i + 1}@example.com`,
    token: `grove_pat_bench_${plan.seed}_${plan.slug}_user_${i + 1}`,
    unitId: unit.id,
    keyResultIds: krsOf.get(objectiveOf.get(unit.id) as string) as string[],
  }));
}

export function pickMixFixtures(plan: OrgPlan): MixFixtures {
  const period = plan.periods.find((p) => p.status === "active") as OrgPlan["periods"][number];
  const atLevels = (levels: number[]) => plan.units.filter((u) => levels.includes(u.level)).map((u) => u.id);
  return {
    orgId: plan.orgId,
    slug: plan.slug,
    periodId: period.id,
    periodName: period.name,
    users: planMixUsers(plan),
    teamUnitIds: plan.units.map((u) => u.id),
    focusUnitIds: atLevels([1, 2]),
    branchUnitIds: atLevels([WEB_QUERIES.mapTopDepth]),
  };
}

export type MixChoice =
  | { route: "dashboard" | "mapFirstView" }
  | { route: "teamPage" | "dashboardUnit" | "mapBranch"; unitId: string }
  | { route: "checkIn"; keyResultId: string; value: number; confidence: number };

/** User `user`'s requests, one after the other: the same sequence on every run with the same seed. */
export function mixChooser(f: MixFixtures, user: number, seed: number): () => MixChoice {
  const rng = new Rng(childSeed(seed, user));
  const me = f.users[user] as MixUser;
  const cumulative = MIX_ROUTES.map((_, i) => MIX_ROUTES.slice(0, i + 1).reduce((sum, r) => sum + MIX_WEIGHTS[r], 0));
  return () => {
    const x = rng.next() * (cumulative.at(-1) as number);
    const route = MIX_ROUTES[cumulative.findIndex((c) => x < c)] ?? "teamPage";
    switch (route) {
      case "teamPage":
        return { route, unitId: rng.pick(f.teamUnitIds) };
      case "dashboardUnit":
        return { route, unitId: rng.pick(f.focusUnitIds) };
      case "mapBranch":
        return { route, unitId: rng.pick(f.branchUnitIds) };
      case "checkIn":
        return {
          route,
          keyResultId: rng.pick(me.keyResultIds),
          value: Math.round(rng.next() * 10_000) / 100,
          confidence: Math.round(rng.next() * 100) / 100,
        };
      default:
        return { route };
    }
  };
}

/** The HTTP request the web app sends for a choice (paths as src/web/api/queries.ts builds them). */
export function httpRequestOf(
  f: MixFixtures,
  choice: MixChoice,
): { method: "GET" | "POST"; path: string; body?: string } {
  const org = `/api/v1/orgs/${f.slug}`;
  const period = `period=${encodeURIComponent(f.periodName)}`;
  const dashboard = `${org}/dashboard?${period}&depth=${WEB_QUERIES.dashboardDepth}&limit=${WEB_QUERIES.attentionPage}`;
  switch (choice.route) {
    case "teamPage":
      return { method: "GET", path: `${org}/units/${choice.unitId}/okrs?${period}` };
    case "dashboard":
      return { method: "GET", path: dashboard };
    case "dashboardUnit":
      return { method: "GET", path: `${dashboard}&unit=${choice.unitId}` };
    case "mapFirstView":
      return { method: "GET", path: `${org}/map?${period}&depth=${WEB_QUERIES.mapTopDepth}` };
    case "mapBranch":
      return { method: "GET", path: `${org}/map?${period}&root=${choice.unitId}&depth=${WEB_QUERIES.mapBranchDepth}` };
    case "checkIn":
      return {
        method: "POST",
        path: `${org}/key-results/${choice.keyResultId}/check-ins`,
        body: JSON.stringify({ value: choice.value, confidence: choice.confidence }),
      };
  }
}

/** One route's outcome under the load: answers, refusals by status, timeouts, and latency of the answers. */
export interface RouteFigures {
  route: MixRoute;
  requests: number;
  /** Answers that were not 2xx, plus requests that failed without an answer (connection errors). */
  errors: number;
  timeouts: number;
  /** Count per status that was not 2xx ("connection" for a request that got no answer). */
  failures: Record<string, number>;
  /** The first failure's status and the start of its body, to say what went wrong. */
  firstFailure: string | null;
  /** Null when the route got no answer at all. */
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

/** Collects one sample per request, by route. */
export class RouteTally {
  private readonly samples = new Map<MixRoute, number[]>();
  private readonly failed = new Map<
    MixRoute,
    { timeouts: number; failures: Record<string, number>; first: string | null }
  >();

  answered(route: MixRoute, ms: number): void {
    const list = this.samples.get(route) ?? [];
    list.push(ms);
    this.samples.set(route, list);
  }

  failure(route: MixRoute, status: string, detail: string, timedOut = false): void {
    const f = this.failed.get(route) ?? { timeouts: 0, failures: {}, first: null };
    if (timedOut) f.timeouts++;
    else f.failures[status] = (f.failures[status] ?? 0) + 1;
    f.first ??= `${status} ${detail}`.slice(0, 300);
    this.failed.set(route, f);
  }

  figures(): RouteFigures[] {
    return MIX_ROUTES.map((route) => {
      const samples = this.samples.get(route) ?? [];
      const failed = this.failed.get(route) ?? { timeouts: 0, failures: {}, first: null };
      const errors = Object.values(failed.failures).reduce((sum, n) => sum + n, 0);
      const timing = samples.length > 0 ? summarise(samples) : null;
      return {
        route,
        // Answers with a status that is not 2xx are in the samples too: every request is counted once.
        requests: samples.length + failed.timeouts + (failed.failures.connection ?? 0),
        errors,
        timeouts: failed.timeouts,
        failures: failed.failures,
        firstFailure: failed.first,
        p50: timing?.p50 ?? null,
        p95: timing?.p95 ?? null,
        p99: timing?.p99 ?? null,
      };
    });
  }
}

/** "dashboard: 2 x 500 (...); check-in: 1 timeout": what the run prints and fails on. */
export function mixFailures(routes: RouteFigures[]): string[] {
  return routes
    .filter((r) => r.errors > 0 || r.timeouts > 0)
    .map((r) => {
      const parts = Object.entries(r.failures).map(([status, n]) => `${n} x ${status}`);
      if (r.timeouts > 0) parts.push(`${r.timeouts} timed out`);
      return `${MIX_LABELS[r.route]}: ${parts.join(", ")} of ${r.requests} (first: ${r.firstFailure})`;
    });
}
