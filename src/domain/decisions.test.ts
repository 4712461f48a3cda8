import { describe, expect, it } from "vitest";
import { type DecisionStatus, isRevisitDue } from "./decisions.ts";

describe("a decision due for another look (P4)", () => {
  it.each<[string, DecisionStatus, string | null, boolean]>([
    ["no revisit date", "active", null, false],
    ["revisit date still ahead", "active", "2027-03-01", false],
    ["revisit date is today", "active", "2027-02-15", true],
    ["revisit date passed", "active", "2027-01-31", true],
    ["revisited, its new date passed", "revisited", "2027-02-01", true],
    ["revisited, its new date ahead", "revisited", "2027-05-01", false],
    ["reversed: no longer in force", "reversed", "2027-01-31", false],
  ])("%s", (_label, status, revisitOn, due) => {
    expect(isRevisitDue({ status, revisitOn }, "2027-02-15")).toBe(due);
  });
});
