import type { BrowserContext } from "playwright-core";

/**
 * Calls the Grove API as the person signed in to a browser context (its cookies, and the CSRF
 * header the server asks of cookie-authenticated writes). For setup the UI does not cover yet.
 */
export async function apiAs<T = unknown>(
  context: BrowserContext,
  baseUrl: string,
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  body?: unknown,
): Promise<T> {
  const csrf = (await context.cookies(baseUrl)).find((c) => c.name === "grove_csrf")?.value ?? "";
  const response = await context.request.fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { "x-csrf-token": decodeURIComponent(csrf), "content-type": "application/json" },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

/** The calendar quarter of a date as Grove names periods ("2026-Q4"), with its last day. */
export function quarterOf(date: Date): { name: string; endsOn: string } {
  const year = date.getUTCFullYear();
  const quarter = Math.floor(date.getUTCMonth() / 3) + 1;
  const end = new Date(Date.UTC(year, quarter * 3, 0));
  return { name: `${year}-Q${quarter}`, endsOn: end.toISOString().slice(0, 10) };
}

export interface UnitRow {
  id: string;
  name: string;
  parentId: string | null;
}

/** The organisation's units, as the person signed in to `context` reads them. */
export async function unitsOf(context: BrowserContext, baseUrl: string, org: string): Promise<UnitRow[]> {
  return (await apiAs<{ units: UnitRow[] }>(context, baseUrl, "GET", `/orgs/${org}/units`)).units;
}

/** The id of the organisation's unit called `name` (fails, naming it, when there is none). */
export async function unitIdOf(context: BrowserContext, baseUrl: string, org: string, name: string): Promise<string> {
  const unit = (await unitsOf(context, baseUrl, org)).find((u) => u.name === name);
  if (!unit) throw new Error(`no unit called ${name} in ${org}`);
  return unit.id;
}
