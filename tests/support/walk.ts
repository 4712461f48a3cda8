import { expect } from "vitest";
import type { TestApp, TestResponse } from "./test-app.ts";

// Walking a list page by page (docs/api.md, "Paging and sync"), as an integration does: follow
// nextCursor to the last page, checking on each that the Link header names the same next page.

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely
type Json = any;

/** Every page of a list from `path`, following nextCursor (and checking Link agrees with it). */
export async function walkPages(
  get: (path: string) => Promise<TestResponse>,
  path: string,
  key: string,
  between?: (page: number) => Promise<void>,
): Promise<{ rows: Json[]; pages: number }> {
  const rows: Json[] = [];
  let next: string | null = path;
  let page = 0;
  while (next) {
    const res = await get(next);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    rows.push(...res.body[key]);
    const cursor: string | null = res.body.nextCursor;
    const link = res.headers.get("link");
    if (cursor === null) {
      expect(link).toBeNull();
      next = null;
    } else {
      const url = /^<([^>]+)>; rel="next"$/.exec(link ?? "")?.[1];
      expect(new URL(url as string, "http://x").searchParams.get("cursor")).toBe(cursor);
      next = url as string;
    }
    page++;
    if (next && between) await between(page);
  }
  return { rows, pages: page };
}

/**
 * A list walked `size` rows a page gives the same rows, each once, in the same order as the
 * list read in one page of 1000, and in the expected number of pages; returns the rows.
 */
export async function expectWalkMatchesWhole(
  get: (path: string) => Promise<TestResponse>,
  path: string,
  key: string,
  size: number,
  idOf: (row: Json) => string = (row) => row.id,
): Promise<Json[]> {
  const join = path.includes("?") ? "&" : "?";
  const whole = await get(`${path}${join}limit=1000`);
  expect(whole.status, JSON.stringify(whole.body)).toBe(200);
  expect(whole.body.nextCursor).toBeNull();
  const all = (whole.body[key] as Json[]).map(idOf);
  expect(all.length).toBeGreaterThan(size);
  const { rows, pages } = await walkPages(get, `${path}${join}limit=${size}`, key);
  const ids = rows.map(idOf);
  expect(ids).toEqual(all);
  expect(new Set(ids).size).toBe(ids.length);
  expect(pages).toBe(Math.ceil(all.length / size));
  return whole.body[key];
}

/** A bad cursor or limit on a list is a 400 whose details name that field, never a 500. */
export async function expectBadPagingRefused(
  t: Pick<TestApp, "call">,
  path: string,
  get?: (p: string) => Promise<TestResponse>,
) {
  const call = get ?? ((p: string) => t.call("GET", p));
  const join = path.includes("?") ? "&" : "?";
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
  const cases: [string, string][] = [
    ["cursor=garbage", "cursor"],
    [`cursor=${b64(["2027-02-31T00:00:00.000000Z", "0b7f3c9e-4a51-4a8e-9d43-3f6a2c1d5e7f"])}`, "cursor"],
    [`cursor=${b64(["not-a-uuid", 0])}`, "cursor"],
    [`cursor=${b64({ at: 1 })}`, "cursor"],
    ["limit=0", "limit"],
    ["limit=1001", "limit"],
    ["limit=ten", "limit"],
  ];
  for (const [query, field] of cases) {
    const res = await call(`${path}${join}${query}`);
    expect([query, res.status]).toEqual([query, 400]);
    expect(res.body.error.details.map((d: Json) => d.field)).toEqual([field]);
  }
}
