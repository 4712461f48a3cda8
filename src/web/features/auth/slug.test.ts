import { describe, expect, it } from "vitest";
import { suggestSlug } from "./slug.ts";

describe("organisation address from its name", () => {
  it.each([
    ["Acme Foods GmbH", "acme-foods-gmbh"],
    ["  Café Crème & Co. ", "cafe-creme-co"],
    ["Grove", "grove"],
    ["格罗夫科技", ""],
  ])("%s -> %s", (name, slug) => {
    expect(suggestSlug(name)).toBe(slug);
  });

  it("stays within 63 characters and never ends with a dash", () => {
    const slug = suggestSlug(`${"a".repeat(62)} b`);
    expect(slug.length).toBeLessThanOrEqual(63);
    expect(slug.endsWith("-")).toBe(false);
  });
});
