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

/**
 * The id of the row of the list at `path` (its field `list`) that has the one field and value of
 * `match`, as the person signed in to `context` reads it; fails, naming it, when there is none.
 */
async function idIn(
  context: BrowserContext,
  baseUrl: string,
  path: string,
  list: string,
  match: Record<string, string>,
): Promise<string> {
  const [[field, value] = []] = Object.entries(match);
  const rows = (await apiAs<Record<string, Record<string, unknown>[]>>(context, baseUrl, "GET", path))[list] ?? [];
  const row = rows.find((r) => field !== undefined && r[field] === value);
  if (!row) throw new Error(`no ${field} ${value} in ${path}`);
  return String(row.id);
}

/** The id of the organisation's unit called `name`. */
export function unitIdOf(context: BrowserContext, baseUrl: string, org: string, name: string): Promise<string> {
  return idIn(context, baseUrl, `/orgs/${org}/units`, "units", { name });
}

/** The id of the organisation's period called `name`. */
export function periodIdOf(context: BrowserContext, baseUrl: string, org: string, name: string): Promise<string> {
  return idIn(context, baseUrl, `/orgs/${org}/periods?limit=1000`, "periods", { name });
}

/** The active objectives of the unit called `unit`, as the person signed in to `context` reads them. */
export async function activeObjectivesOf(
  context: BrowserContext,
  baseUrl: string,
  org: string,
  unit: string,
): Promise<{ id: string; title: string }[]> {
  const unitId = await unitIdOf(context, baseUrl, org, unit);
  const path = `/orgs/${org}/objectives?unitId=${unitId}&status=active`;
  return (await apiAs<{ objectives: { id: string; title: string }[] }>(context, baseUrl, "GET", path)).objectives;
}

/** An organisation a test signs up for itself, and its first admin. */
export interface NewOrganisation {
  name: string;
  slug: string;
  admin: { name: string; email: string };
  password: string;
}

/**
 * Signs up an organisation of the test's own through the API call the sign-up page makes (for a
 * test about what comes after it); `context` is then signed in as its admin.
 */
export async function signUpOrganisation(
  context: BrowserContext,
  baseUrl: string,
  org: NewOrganisation,
): Promise<void> {
  await apiAs(context, baseUrl, "POST", "/auth/sign-up", {
    organisationName: org.name,
    organisationSlug: org.slug,
    name: org.admin.name,
    email: org.admin.email,
    password: org.password,
  });
}

type OrgRole = "admin" | "member" | "viewer";

/** The token of a new invitation of `email` to `org` with an organisation role, made by the admin signed in to `admin`. */
export async function invitationTo(
  admin: BrowserContext,
  baseUrl: string,
  org: string,
  invitee: { email: string; role: OrgRole },
): Promise<string> {
  const { email, role } = invitee;
  return (await apiAs<{ token: string }>(admin, baseUrl, "POST", `/orgs/${org}/invitations`, { email, role })).token;
}

/**
 * Invites `email` to `org` with an organisation role, as the admin signed in to `admin`, and
 * accepts in `invitee` through the API call the invitation page makes; `invitee` is then signed in.
 */
export async function joinByInvitation(
  admin: BrowserContext,
  invitee: BrowserContext,
  baseUrl: string,
  org: string,
  person: { name: string; email: string; password: string; role: OrgRole },
): Promise<void> {
  const token = await invitationTo(admin, baseUrl, org, person);
  await apiAs(invitee, baseUrl, "POST", `/auth/invitations/${token}/accept`, {
    name: person.name,
    password: person.password,
  });
}

/** The id of the person of `org` with `email`. */
export function personIdOf(context: BrowserContext, baseUrl: string, org: string, email: string): Promise<string> {
  return idIn(context, baseUrl, `/orgs/${org}/people`, "people", { email });
}

/** The id of the key result titled `title` on an active objective of the unit called `unit`. */
export async function keyResultIdOf(
  context: BrowserContext,
  baseUrl: string,
  org: string,
  unit: string,
  title: string,
): Promise<string> {
  for (const { id } of await activeObjectivesOf(context, baseUrl, org, unit)) {
    const { keyResults } = await apiAs<{ keyResults: { id: string; title: string }[] }>(
      context,
      baseUrl,
      "GET",
      `/orgs/${org}/objectives/${id}`,
    );
    const found = keyResults.find((kr) => kr.title === title);
    if (found) return found.id;
  }
  throw new Error(`no key result called ${title} on ${unit}'s active objectives in ${org}`);
}
