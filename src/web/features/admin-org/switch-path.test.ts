import { describe, expect, it } from "vitest";
import { switchPath } from "./switch-path.ts";

describe("switchPath: where switching organisation lands", () => {
  it.each([
    ["/dashboard", "/orgs/acme/dashboard"],
    ["/settings/coach", "/orgs/acme/settings/coach"],
    ["/strategy", "/orgs/acme/strategy"],
    ["/people/", "/orgs/acme/people"],
    // A period name belongs to the organisation it came from.
    ["/map?period=2026-Q4", "/orgs/acme/map"],
    // Units and objectives are one organisation's: the other opens on its map.
    ["/units/7b0c/review", "/orgs/acme/map"],
    ["/objectives/9f1e/edit", "/orgs/acme/map"],
    ["/", "/orgs/acme/map"],
    ["", "/orgs/acme/map"],
  ])("from %s", (page, expected) => {
    expect(switchPath("acme", page)).toBe(expected);
  });
});
