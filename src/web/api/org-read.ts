import { type QueryKey, type UseQueryOptions, useQuery } from "@tanstack/react-query";
import type { paths } from "../../api/client/index.ts";
import { api, type Paging, unwrap } from "./client.ts";

type Read<P extends keyof paths> = paths[P] extends { get: infer Operation } ? Operation : never;

/**
 * The API's JSON reads of an organisation named by its slug alone (`/orgs/{org}/…`: no other
 * path parameter, and no query parameter it requires).
 */
export type OrgReadPath = {
  [P in keyof paths]: paths[P] extends {
    get: {
      parameters: infer Parameters extends { path: object };
      responses: { 200: { content: { "application/json": unknown } } };
    };
  }
    ? [keyof Parameters["path"]] extends ["org"]
      ? Parameters extends { query: unknown }
        ? never
        : P
      : never
    : never;
}[keyof paths];

/** What such a read answers with 200. */
export type OrgAnswer<P extends OrgReadPath> =
  Read<P> extends { responses: { 200: { content: { "application/json": infer Body } } } } ? Body : never;

/** The reads among them that take the paging parameters. */
type OrgListPath = {
  [P in OrgReadPath]: Read<P> extends { parameters: { query?: infer Query } }
    ? [NonNullable<Query>] extends [never]
      ? never
      : "limit" | "cursor" extends keyof NonNullable<Query>
        ? P
        : never
    : never;
}[OrgReadPath];

/** An openapi-fetch result, as `unwrap` and `allPages` take it. */
type Result<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

// openapi-fetch cannot check a request whose path is still a type parameter, so each helper says
// in its first signature what the one body below it does for every such path.

/** Reads one of the organisation's resources: the path's own answer, or the thrown ApiRequestError. */
export function orgRead<P extends OrgReadPath>(org: string, path: P): Promise<OrgAnswer<P>>;
export function orgRead(org: string, path: OrgReadPath): Promise<unknown> {
  return unwrap(api.GET(path, { params: { path: { org } } }));
}

/** One page of one of the organisation's lists, for `useWholeList` or `allPages` (which ask for every page). */
export function orgPages<P extends OrgListPath>(org: string, path: P): (paging: Paging) => Result<OrgAnswer<P>>;
export function orgPages(org: string, path: OrgListPath): (paging: Paging) => Result<unknown> {
  return (paging) => api.GET(path, { params: { path: { org }, query: paging } });
}

/** A query of one of the organisation's resources (`orgRead`), cached under `queryKey`. */
export function useOrgRead<P extends OrgReadPath, R = OrgAnswer<P>>(
  queryKey: QueryKey,
  org: string,
  path: P,
  options: Omit<UseQueryOptions<OrgAnswer<P>, Error, R>, "queryKey" | "queryFn"> = {},
) {
  return useQuery({ queryKey, queryFn: () => orgRead(org, path), ...options });
}
