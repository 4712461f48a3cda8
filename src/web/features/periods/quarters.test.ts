import { describe, expect, it } from "vitest";
import { suggestedQuarters } from "./quarters.ts";

describe("suggestedQuarters", () => {
  const now = new Date("2026-11-27T12:00:00Z");

  it("suggests the current quarter as active and the next one as planning in a new organisation", () => {
    expect(suggestedQuarters(now, [])).toEqual([
      { name: "2026-Q4", which: "current", status: "active" },
      { name: "2027-Q1", which: "next", status: "planning" },
    ]);
  });

  it("leaves out quarters the organisation has, and plans the current one while another is active", () => {
    expect(suggestedQuarters(now, [{ name: "2026-Q3", status: "active" }])).toEqual([
      { name: "2026-Q4", which: "current", status: "planning" },
      { name: "2027-Q1", which: "next", status: "planning" },
    ]);
    expect(suggestedQuarters(now, [{ name: "2026-Q4", status: "active" }])).toEqual([
      { name: "2027-Q1", which: "next", status: "planning" },
    ]);
  });

  it("rolls over the year after the fourth quarter", () => {
    expect(suggestedQuarters(new Date("2026-12-31T23:59:59Z"), [{ name: "2026-Q4", status: "closed" }])).toEqual([
      { name: "2027-Q1", which: "next", status: "planning" },
    ]);
  });
});
