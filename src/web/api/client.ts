import { createGroveClient, type paths } from "../../api/client/index.ts";
import { MAX_PAGE_LIMIT } from "../../domain/paging.ts";
import type { ApiError } from "./types.ts";

const CSRF_COOKIE = "grove_csrf";

function csrfToken(): string {
  const match = document.cookie.split("; ").find((part) => part.startsWith(`${CSRF_COOKIE}=`));
  return match ? decodeURIComponent(match.slice(CSRF_COOKIE.length + 1)) : "";
}

// Writes echo the session's CSRF cookie in a header (double submit), as the server requires.
export const api = createGroveClient({
  middleware: [
    {
      onRequest({ request }) {
        if (request.method !== "GET" && request.method !== "HEAD") request.headers.set("x-csrf-token", csrfToken());
        return request;
      },
    },
  ],
});

/** An API refusal the UI can show: its code (a METHOD rule ID where a rule refused) and field details. */
export class ApiRequestError extends Error {
  readonly error: ApiError;
  readonly status: number;

  constructor(status: number, error: ApiError | undefined) {
    super(error?.message ?? `Request failed (${status})`);
    this.status = status;
    this.error = error ?? { code: "internal_error", message: this.message, details: [] };
  }
}

/** Unwraps an openapi-fetch result: the data, or a thrown ApiRequestError. */
export async function unwrap<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok || data === undefined) {
    throw new ApiRequestError(response.status, (error as { error?: ApiError } | undefined)?.error);
  }
  return data;
}

/** What each page of a whole list asks for: the most rows a page may have, and the cursor. */
export interface Paging {
  limit: number;
  cursor?: string;
}

/**
 * Every page of a list, merged (docs/api.md, "Paging and sync"): for the screens that show a
 * whole list, so a list longer than a page is never cut short.
 */
export async function allPages<K extends string, T extends { [P in K]: unknown[] } & { nextCursor?: string | null }>(
  key: K,
  page: (paging: Paging) => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let merged: T | undefined;
  let cursor: string | undefined;
  do {
    const next = await unwrap(page({ limit: MAX_PAGE_LIMIT, ...(cursor ? { cursor } : {}) }));
    merged = merged ? { ...next, [key]: [...merged[key], ...next[key]] } : next;
    cursor = next.nextCursor ?? undefined;
  } while (cursor);
  return { ...merged, nextCursor: null };
}

/** A write answered by 204 without a body (a DELETE): a refusal still becomes the thrown ApiRequestError. */
export async function noContent(request: Promise<{ error?: unknown; response: Response }>): Promise<void> {
  const { response, error } = await request;
  if (!response.ok) await unwrap(Promise.resolve({ error, response }));
}

/** The API's paths that delete one record of an organisation, named by its id. */
type DeleteByIdPath = {
  [P in keyof paths]: paths[P] extends { delete: { parameters: { path: { org: string; id: string } } } } ? P : never;
}[keyof paths];

/** Deletes one record of the organisation by its id: nothing on 204, else the thrown refusal. */
export const deleteById = (org: string, path: DeleteByIdPath) => (id: string) =>
  noContent(api.DELETE(path, { params: { path: { org, id } } }));
