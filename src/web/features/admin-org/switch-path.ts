/**
 * Pages every organisation has: switching keeps the page (dashboard to dashboard). A unit, an
 * objective or a review belongs to one organisation, so switching from one opens the map.
 * The period is not kept either: each organisation names its own.
 */
const samePageEverywhere = [
  "/map",
  "/dashboard",
  "/my",
  "/people",
  "/strategy",
  "/learnings",
  "/coach/report",
  "/settings",
  "/settings/coach",
  "/settings/notifications",
];

/** Where the switcher takes the person: `page` is the path inside the current organisation. */
export function switchPath(slug: string, page: string): string {
  const path = page.split(/[?#]/)[0]?.replace(/\/+$/, "") ?? "";
  return `/orgs/${encodeURIComponent(slug)}${samePageEverywhere.includes(path) ? path : "/map"}`;
}
