import {
  type QueryKey,
  useInfiniteQuery,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { ApiRequestError, allPages, api, unwrap } from "./client.ts";
import { orgPages, useOrgRead } from "./org-read.ts";
import type { CreateObjective, MapUnit, SaveObjective } from "./types.ts";
import { useWholeList } from "./whole-list.ts";

// Every read of the web app, keyed by organisation so caches never mix tenants.
export const keys = {
  org: (org: string) => ["org", org] as const,
  periods: (org: string) => ["org", org, "periods"] as const,
  people: (org: string) => ["org", org, "people"] as const,
  tree: (org: string, period: string, root: string, depth: number) =>
    ["org", org, "tree", period, root, depth] as const,
  search: (org: string, period: string, q: string) => ["org", org, "search", period, q] as const,
  unit: (org: string, unitId: string, period: string) => ["org", org, "unit", unitId, period] as const,
  unitRow: (org: string, unitId: string) => ["org", org, "unit-row", unitId] as const,
  path: (org: string, unitId: string, period: string) => ["org", org, "path", unitId, period] as const,
  personKeyResults: (org: string, personId: string, period: string) =>
    ["org", org, "person-key-results", personId, period] as const,
  members: (org: string, unitId: string) => ["org", org, "members", unitId] as const,
  checkIns: (org: string, keyResultId: string) => ["org", org, "check-ins", keyResultId] as const,
  objective: (org: string, id: string) => ["org", org, "objective", id] as const,
  dashboard: (org: string, period: string, unit: string) => ["org", org, "dashboard", period, unit] as const,
  attention: (org: string, period: string, unit: string, list: AttentionList) =>
    ["org", org, "dashboard", period, unit, list] as const,
};

export function useMeQuery() {
  return useQuery({
    queryKey: ["me"],
    queryFn: async () => {
      const me = await unwrap(api.GET("/api/v1/auth/me"));
      // The web app signs in with a session; the answer to an API token (TokenMe) is for scripts.
      if (!("user" in me)) throw new ApiRequestError(401, undefined);
      return me;
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => unwrap(api.POST("/api/v1/auth/sign-in", { body })),
    // A different user may sign in: nothing cached for the previous one may show.
    onSuccess: () => client.resetQueries(),
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.POST("/api/v1/auth/sign-out"),
    onSettled: () => {
      client.clear();
      window.location.assign("/");
    },
  });
}

export function useOrganisation(org: string) {
  return useOrgRead(keys.org(org), org, "/api/v1/orgs/{org}", { staleTime: Number.POSITIVE_INFINITY });
}

export function usePeriods(org: string) {
  return useWholeList(keys.periods(org), "periods", orgPages(org, "/api/v1/orgs/{org}/periods"), {
    select: (periods) => [...periods].sort((a, b) => a.startsOn.localeCompare(b.startsOn)),
  });
}

export function usePeople(org: string) {
  return useWholeList(keys.people(org), "people", orgPages(org, "/api/v1/orgs/{org}/people"));
}

/** Levels the map loads at first, and below each unit it opens. */
export const MAP_TOP_DEPTH = 2;
export const MAP_BRANCH_DEPTH = 1;

/**
 * The alignment map's units, loaded a subtree at a time: the top levels first, then each
 * branch the reader opens (`roots`). Units come back merged, each with its child-unit count.
 */
export function useTreeBranches(org: string, period: string | undefined, roots: string[]) {
  const branch = (root: string | undefined, depth: number) => ({
    queryKey: keys.tree(org, period ?? "", root ?? "", depth),
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/orgs/{org}/map", {
          params: { path: { org }, query: { period: period ?? "", root, depth } },
        }),
      ),
    enabled: Boolean(period),
  });
  return useQueries({
    queries: [branch(undefined, MAP_TOP_DEPTH), ...roots.map((root) => branch(root, MAP_BRANCH_DEPTH))],
    combine: (results) => {
      const [top, ...branches] = results;
      const units = new Map<string, MapUnit>();
      for (const result of results) for (const unit of result.data?.units ?? []) units.set(unit.id, unit);
      return {
        units: [...units.values()],
        isPending: top?.isPending ?? true,
        isError: top?.isError ?? false,
        /** The top levels' query: the map cannot show without it (its failure, its retry). */
        top,
        loading: new Set(roots.filter((_, i) => branches[i]?.isFetching)),
      };
    },
  });
}

/** Units, objectives and key results that contain the text, across the whole organisation. */
export function useOrgSearch(org: string, period: string | undefined, q: string) {
  return useQuery({
    queryKey: keys.search(org, period ?? "", q),
    queryFn: () =>
      unwrap(api.GET("/api/v1/orgs/{org}/search", { params: { path: { org }, query: { period: period ?? "", q } } })),
    enabled: Boolean(period && q),
    placeholderData: (previous) => previous,
  });
}

/** The request of a unit's view in a period (its OKRs, its path from the top). */
const unitInPeriod = (org: string, unitId: string, period: string | undefined) => ({
  params: { path: { org, id: unitId }, query: { period: period ?? "" } },
});

export function useUnitOkrs(org: string, unitId: string, period: string | undefined) {
  return useQuery({
    queryKey: keys.unit(org, unitId, period ?? ""),
    queryFn: () => unwrap(api.GET("/api/v1/orgs/{org}/units/{id}/okrs", unitInPeriod(org, unitId, period))),
    enabled: Boolean(period && unitId),
  });
}

/** One unit, without its OKRs. */
export function useUnit(org: string, unitId: string | undefined) {
  return useQuery({
    queryKey: keys.unitRow(org, unitId ?? ""),
    queryFn: () => unwrap(api.GET("/api/v1/orgs/{org}/units/{id}", { params: { path: { org, id: unitId ?? "" } } })),
    enabled: Boolean(unitId),
  });
}

/** The units from the top of the organisation down to this one, with their OKRs (M5). */
export function useUnitPath(org: string, unitId: string, period: string | undefined) {
  return useQuery({
    queryKey: keys.path(org, unitId, period ?? ""),
    queryFn: () => unwrap(api.GET("/api/v1/orgs/{org}/units/{id}/path", unitInPeriod(org, unitId, period))),
    enabled: Boolean(period),
  });
}

/** The key results a person owns in a period, with their unit and objective. */
export function usePersonKeyResults(org: string, personId: string, period: string | undefined) {
  return useQuery({
    queryKey: keys.personKeyResults(org, personId, period ?? ""),
    queryFn: () =>
      allPages("keyResults", (paging) =>
        api.GET("/api/v1/orgs/{org}/people/{id}/key-results", {
          params: { path: { org, id: personId }, query: { period: period ?? "", ...paging } },
        }),
      ),
    enabled: Boolean(period && personId),
  });
}

export function useMembers(org: string, unitId: string) {
  return useQuery({
    queryKey: keys.members(org, unitId),
    queryFn: () =>
      allPages("members", (paging) =>
        api.GET("/api/v1/orgs/{org}/units/{id}/members", { params: { path: { org, id: unitId }, query: paging } }),
      ),
  });
}

/**
 * A KR's readings since `since` (its chart's period), oldest first, withdrawn ones left out: it
 * follows the API's pages to the last one, so a long history is never cut short.
 */
export function useCheckIns(org: string, keyResultId: string, since?: string) {
  return useQuery({
    queryKey: [...keys.checkIns(org, keyResultId), "since", since ?? ""],
    queryFn: async () => {
      const readings = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET("/api/v1/orgs/{org}/key-results/{id}/check-ins", {
            params: { path: { org, id: keyResultId }, query: { limit: 1000, cursor, since } },
          }),
        );
        readings.push(...page.checkIns);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return readings.filter((r) => !r.withdrawnAt).reverse();
    },
  });
}

/**
 * One KR's readings for its chart, oldest first, withdrawn ones left out, from one request for
 * every KR of its unit in the period (`GET /check-ins?unitId&periodId`): a team page's cards
 * share it instead of asking once per KR. Only readings taken at or after `since` (the period's
 * start) count, as the chart starts there.
 */
export function useUnitReadings(org: string, unitId: string, periodId: string, keyResultId: string, since: string) {
  return useWholeList(
    [...keys.org(org), "unit-check-ins", unitId, periodId],
    "checkIns",
    (paging) =>
      api.GET("/api/v1/orgs/{org}/check-ins", { params: { path: { org }, query: { unitId, periodId, ...paging } } }),
    {
      select: (readings) =>
        readings
          .filter((r) => r.keyResultId === keyResultId && !r.withdrawnAt && r.checkedInAt >= since)
          .sort((a, b) => a.checkedInAt.localeCompare(b.checkedInAt)),
    },
  );
}

export function useObjective(org: string, id: string | undefined) {
  return useQuery({
    queryKey: keys.objective(org, id ?? ""),
    queryFn: () => unwrap(api.GET("/api/v1/orgs/{org}/objectives/{id}", { params: { path: { org, id: id ?? "" } } })),
    enabled: Boolean(id),
  });
}

/** How many KRs of each list the dashboard shows at first, and adds per "show more". */
export const ATTENTION_PAGE = 50;
/** Levels of units the dashboard lists below its scope; deeper ones are a click ("focus") away. */
export const DASHBOARD_DEPTH = 2;

/** The dashboard of the whole organisation, or of one unit and those below it (`unit`). */
export function useDashboard(org: string, period: string | undefined, unit: string | undefined) {
  return useQuery({
    queryKey: keys.dashboard(org, period ?? "", unit ?? ""),
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/orgs/{org}/dashboard", {
          params: {
            path: { org },
            query: { period: period ?? "", unit, depth: DASHBOARD_DEPTH, limit: ATTENTION_PAGE },
          },
        }),
      ),
    enabled: Boolean(period),
    placeholderData: (previous) => previous,
  });
}

export type AttentionList = "at-risk" | "stale";

/**
 * The dashboard's KRs at risk or gone quiet after its first page, one page per `fetchNextPage`:
 * the walk starts at the dashboard's `nextCursors` and follows each page's `nextCursor`.
 */
export function useAttentionPages(
  org: string,
  period: string,
  unit: string | undefined,
  list: AttentionList,
  after: string | null,
  enabled: boolean,
) {
  return useInfiniteQuery({
    queryKey: keys.attention(org, period, unit ?? "", list),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET(`/api/v1/orgs/{org}/dashboard/${list}`, {
          params: { path: { org }, query: { period, unit, cursor: pageParam, limit: ATTENTION_PAGE } },
        }),
      ),
    initialPageParam: after ?? "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: enabled && after !== null,
  });
}

/**
 * A write after which the organisation's reads refetch: everything of the organisation may have
 * moved (roll-up, M5; a unit's name shows on the map, the team pages and the people list alike),
 * or only `refresh`'s reads when the write touches nothing else. They refetch after it succeeds,
 * or once it has `settled` either way (a refusal may mean someone else changed it meanwhile).
 */
export function useOrgWrite<V, R>(
  org: string,
  write: (variables: V) => Promise<R>,
  options: { settled?: boolean; refresh?: QueryKey } = {},
) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: options.refresh ?? keys.org(org) });
  return useMutation({ mutationFn: write, ...(options.settled ? { onSettled: refresh } : { onSuccess: refresh }) });
}

/** The author is whoever is signed in; the server records them. */
export interface CheckInInput {
  keyResultId: string;
  value: number;
  confidence: number | null;
  comment: string;
}

export function useRecordCheckIn(org: string) {
  return useOrgWrite(org, ({ keyResultId, ...body }: CheckInInput) =>
    unwrap(
      api.POST("/api/v1/orgs/{org}/key-results/{id}/check-ins", {
        params: { path: { org, id: keyResultId } },
        body,
      }),
    ),
  );
}

/** What the editor saves: a new objective (no id), or an edited one by its id. */
export type ObjectiveSave = { id?: undefined; body: CreateObjective } | { id: string; body: SaveObjective };

/**
 * Creates an objective, or saves an edited one with its whole list of KRs in one request and one
 * transaction (`PUT /objectives/{id}`): the server keeps, adds, reorders and removes KRs as
 * listed, checks M3 per part, S7 reasons and every version, and writes all of it or nothing.
 */
export function useSaveObjective(org: string) {
  return useOrgWrite(org, ({ id, body }: ObjectiveSave) =>
    id === undefined
      ? unwrap(api.POST("/api/v1/orgs/{org}/objectives", { params: { path: { org } }, body }))
      : unwrap(api.PUT("/api/v1/orgs/{org}/objectives/{id}", { params: { path: { org, id } }, body })),
  );
}
