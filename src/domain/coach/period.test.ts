import { describe, expect, it } from "vitest";
import { isIsoDate, isWithin, quarterPeriod } from "./period.ts";

describe("quarterPeriod", () => {
  it.each([
    ["2027-Q1", "2027-01-01", "2027-03-31"],
    ["2027-Q2", "2027-04-01", "2027-06-30"],
    ["2027-Q3", "2027-07-01", "2027-09-30"],
    ["2027-Q4", "2027-10-01", "2027-12-31"],
  ])("maps %s to %s..%s", (name, startsOn, endsOn) => {
    expect(quarterPeriod(name)).toEqual({ name, startsOn, endsOn });
  });

  it.each(["2027-Q5", "2027-Q0", "27-Q1", "2027Q1", "2027-q1", ""])("rejects %j", (name) => {
    expect(quarterPeriod(name)).toBeNull();
  });
});

describe("isIsoDate", () => {
  it.each([
    ["2027-03-31", true],
    ["2028-02-29", true],
    ["2027-02-29", false],
    ["2027-13-01", false],
    ["2027-3-1", false],
    ["31.03.2027", false],
  ])("%s -> %s", (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe("isWithin", () => {
  const q1 = { name: "2027-Q1", startsOn: "2027-01-01", endsOn: "2027-03-31" };
  it.each([
    ["2027-01-01", true],
    ["2027-03-31", true],
    ["2026-12-31", false],
    ["2027-04-01", false],
  ])("%s in 2027-Q1 -> %s", (date, expected) => {
    expect(isWithin(date, q1)).toBe(expected);
  });
});
