import { describe, expect, it } from "vitest";
import { itMaps } from "../../tests/support/table-cases.ts";
import { daysBetween, isIsoDate, isWithin, quarterOf, quarterPeriod, quarterRange, shiftQuarter } from "./period.ts";

describe("quarters", () => {
  it.each([
    ["2027-Q1", "2027-01-01", "2027-03-31"],
    ["2027-Q2", "2027-04-01", "2027-06-30"],
    ["2028-Q1", "2028-01-01", "2028-03-31"],
    ["2026-Q4", "2026-10-01", "2026-12-31"],
  ])("%s runs from %s to %s", (name, startsOn, endsOn) => {
    expect(quarterRange(name)).toEqual({ startsOn, endsOn });
  });

  it("is null for names that are not quarters", () => {
    expect(quarterRange("2027-Q5")).toBeNull();
    expect(quarterRange("H1 2027")).toBeNull();
  });

  it("finds the quarter of a date and its neighbours", () => {
    expect(quarterOf(new Date("2026-11-27T10:00:00Z"))).toBe("2026-Q4");
    expect(shiftQuarter("2026-Q4", 1)).toBe("2027-Q1");
    expect(shiftQuarter("2027-Q1", -1)).toBe("2026-Q4");
    expect(shiftQuarter("2027-Q1", 5)).toBe("2028-Q2");
  });

  it("counts whole days", () => {
    expect(daysBetween(new Date("2027-01-01T00:00:00Z"), new Date("2027-01-15T12:00:00Z"))).toBe(14);
  });
});

describe("quarterPeriod", () => {
  it("names a quarter with its dates, as OKR files and the coach use it", () => {
    expect(quarterPeriod("2027-Q2")).toEqual({ name: "2027-Q2", startsOn: "2027-04-01", endsOn: "2027-06-30" });
  });

  it.each(["2027-Q5", "2027-Q0", "27-Q1", "2027Q1", "2027-q1", ""])("is null for %j", (name) => {
    expect(quarterPeriod(name)).toBeNull();
  });
});

describe("isIsoDate", () => {
  itMaps("%s -> %s", isIsoDate, [
    ["2027-03-31", true],
    ["2028-02-29", true],
    ["2027-02-29", false],
    ["2027-13-01", false],
    ["2027-3-1", false],
    ["31.03.2027", false],
    // Year 0 is no date PostgreSQL stores (a sprint import's cell, say).
    ["0000-01-01", false],
    ["", false],
  ]);
});

describe("isWithin", () => {
  const q1 = { startsOn: "2027-01-01", endsOn: "2027-03-31" };
  it.each([
    ["2027-01-01", true],
    ["2027-03-31", true],
    ["2026-12-31", false],
    ["2027-04-01", false],
  ])("%s in 2027-Q1 -> %s", (date, expected) => {
    expect(isWithin(date, q1)).toBe(expected);
  });
});
