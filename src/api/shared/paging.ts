import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { type Page, type PageRequest, pageInOrder } from "../../domain/paging.ts";

// A list's answer (docs/api.md, "Paging and sync"): its rows under the list's own key, as before
// paging, and the cursor of the next page. orgRoutes adds the Link header from `nextCursor`.

import { PageQuery } from "../../schemas/paging.ts";

export { PageQuery, UpdatedSinceQuery } from "../../schemas/paging.ts";

export const NextCursor = z.string().nullable().openapi("NextCursor", {
  description: 'Pass as `cursor` for the next page (also in the Link header, rel="next"); null on the last page',
});

/** `{ <key>: [item, ...], nextCursor }`: one page of a list. */
export function pageOf<K extends string, T extends z.ZodType>(key: K, item: T) {
  return z.object({ [key]: z.array(item), nextCursor: NextCursor } as { [P in K]: z.ZodArray<T> } & {
    nextCursor: typeof NextCursor;
  });
}

/**
 * One page of a list its service reads whole, in the service's order (the lists bounded by an
 * organisation or a row): `{ <key>: rows, nextCursor }`.
 */
export function paged<K extends string, T extends { id: string }>(
  key: K,
  all: readonly T[],
  request: PageRequest,
): { [P in K]: T[] } & { nextCursor: string | null } {
  return asPage(
    key,
    pageInOrder(all, request, (row) => row.id),
  );
}

/** A service's page as the list answers it: `{ <key>: rows, nextCursor }`. */
export function asPage<K extends string, T>(key: K, page: Page<T>): { [P in K]: T[] } & { nextCursor: string | null } {
  return { [key]: page.rows, nextCursor: page.nextCursor } as { [P in K]: T[] } & { nextCursor: string | null };
}

/**
 * The lists whose services read them whole (bounded by the organisation or one row: its units,
 * people, a row's history, ...): an operation named list... or ...History answering an object
 * with one array, whose query declares no paging of its own. orgRoutes gives each the paging
 * query and `nextCursor` and pages the answer in the service's order (`pageWhole`), so a new
 * list of this kind is paged without a line of its own. Null for any other operation.
 */
export function wholeListKey(operationId: string, method: string, answer: unknown, query: unknown): string | null {
  if (method !== "get" || !/^list[A-Z]|History$/.test(operationId)) return null;
  if (!(answer instanceof z.ZodObject)) return null;
  const arrays = Object.entries(answer.shape).filter(([, field]) => field instanceof z.ZodArray);
  const own = query instanceof z.ZodObject ? Object.keys(query.shape) : [];
  if (
    arrays.length !== 1 ||
    "nextCursor" in answer.shape ||
    own.some((name) => ["limit", "cursor", "offset"].includes(name))
  ) {
    return null;
  }
  return (arrays[0] as [string, unknown])[0];
}

/** The query of a whole list with the paging parameters, and its answer with `nextCursor`. */
export function pagedWhole(query: unknown, answer: z.ZodObject) {
  return {
    query: query instanceof z.ZodObject ? query.extend(PageQuery.shape) : PageQuery,
    answer: answer.extend({ nextCursor: NextCursor }),
  };
}

/** One page of a whole list's answer: its array cut to the page, the rest as it is. */
export function pageWhole(data: object, key: string, request: PageRequest): object {
  const all = (data as Record<string, unknown[]>)[key] ?? [];
  const { rows, nextCursor } = pageInOrder(all, request, (row) => {
    const id = (row as { id?: unknown }).id;
    return typeof id === "string" ? id : "";
  });
  return { ...data, [key]: rows, nextCursor };
}

/** The answer's Link header of a page, as the document lists it. */
export const nextLinkHeader = {
  Link: {
    description: 'On a page with a next one: `<the same request with the next cursor>; rel="next"` (RFC 8288)',
    schema: { type: "string" },
  },
} as const;

/** On a page with a next one, the Link to it: this request's path and query with `cursor` set to the next one. */
export function linkNext(c: Context, nextCursor: unknown): void {
  if (typeof nextCursor !== "string") return;
  const url = new URL(c.req.url);
  url.searchParams.set("cursor", nextCursor);
  c.header("Link", `<${url.pathname}${url.search}>; rel="next"`);
}

/**
 * One page of a list its route cuts into pages itself (a person's own sessions or organisations,
 * accountRoutes), read whole and cut in its order by `keyOf`, with the Link header to
 * the next page: `{ <key>: rows, nextCursor }`.
 */
export function linkedPage<K extends string, T>(
  c: Context,
  key: K,
  all: readonly T[],
  request: PageRequest,
  keyOf: (row: T) => string,
): { [P in K]: T[] } & { nextCursor: string | null } {
  const page = pageInOrder(all, request, keyOf);
  linkNext(c, page.nextCursor);
  return asPage(key, page);
}
