import { describe, expect, it } from "vitest";
import type { AppError } from "./errors.ts";
import type { DateRange, NamedPeriod } from "./period.ts";
import { resolvePeriodDates } from "./period-dates.ts";

const q3: NamedPeriod = { name: "2026-Q3", startsOn: "2026-07-01", endsOn: "2026-09-30" };
const bent: NamedPeriod = { name: "2026-Q4", startsOn: "2026-10-01", endsOn: "2027-01-15" };
const sprint: NamedPeriod = { name: "Sprint 4", startsOn: "2027-01-01", endsOn: "2027-01-14" };

describe("a period's dates", () => {
  it.each<[string, string, Partial<DateRange>, NamedPeriod | null, DateRange]>([
    [
      "a new quarter takes its dates from its name",
      "2027-Q1",
      {},
      null,
      { startsOn: "2027-01-01", endsOn: "2027-03-31" },
    ],
    [
      "its own dates may be sent",
      "2027-Q1",
      { endsOn: "2027-03-31" },
      null,
      { startsOn: "2027-01-01", endsOn: "2027-03-31" },
    ],
    ["a quarter edited without dates keeps them", "2026-Q3", {}, q3, q3],
    ["a quarter written before the rule keeps its dates", "2026-Q4", {}, bent, bent],
    [
      "renamed to a quarter, a period takes its dates",
      "2027-Q1",
      {},
      sprint,
      { startsOn: "2027-01-01", endsOn: "2027-03-31" },
    ],
    ["renamed from a quarter, a period keeps its dates", "Summer", {}, q3, q3],
    [
      "a custom period moves freely",
      "Sprint 4",
      { endsOn: "2027-01-21" },
      sprint,
      { startsOn: "2027-01-01", endsOn: "2027-01-21" },
    ],
  ])("%s", (_, name, given, current, expected) => {
    expect(resolvePeriodDates(name, given, current)).toEqual({ startsOn: expected.startsOn, endsOn: expected.endsOn });
  });

  it.each<[string, string, Partial<DateRange>, NamedPeriod | null, string[], string]>([
    [
      "a quarter cannot be bent to one day",
      "2026-Q3",
      { startsOn: "2027-03-31", endsOn: "2027-03-31" },
      q3,
      ["startsOn", "endsOn"],
      "quarter",
    ],
    ["nor created with other dates", "2027-Q2", { endsOn: "2027-07-15" }, null, ["endsOn"], "quarter"],
    ["a custom period needs both dates", "Launch", {}, null, ["startsOn", "endsOn"], "required"],
    ["and ends on or after its start", "Sprint 4", { endsOn: "2026-12-31" }, sprint, ["endsOn"], "after_start"],
  ])("refuses: %s", (_, name, given, current, fields, rule) => {
    let error: AppError | undefined;
    try {
      resolvePeriodDates(name, given, current);
    } catch (thrown) {
      error = thrown as AppError;
    }
    expect(error?.status).toBe(400);
    expect(error?.details.map((d) => d.field)).toEqual(fields);
    expect(error?.details.every((d) => d.rule === rule)).toBe(true);
  });
});
