import { describe, expect, it } from "vitest";
import { itMaps } from "../../tests/support/table-cases.ts";
import {
  asReading,
  dueTimesInHour,
  hourSlot,
  nextDue,
  parseJsonPath,
  pickCsvCell,
  readJsonPath,
  type SourceSchedule,
  slotStart,
  syncNowTime,
} from "./metric-sources.ts";

// Metric sources (K1, K2: a KR that is measured, not remembered): when a source is due, where
// its number is, and what counts as one.

const at = (iso: string) => new Date(iso);
const schedule = (over: Partial<SourceSchedule>): SourceSchedule => ({
  every: "hourly",
  atHour: 0,
  atMinute: 0,
  weekday: 1,
  ...over,
});

describe("when a source is due", () => {
  it.each([
    ["hourly at :15, any hour", schedule({ atMinute: 15 }), "2026-12-06T03:00:00Z", ["2026-12-06T03:15:00.000Z"]],
    [
      "daily at 06:30, in its hour",
      schedule({ every: "daily", atHour: 6, atMinute: 30 }),
      "2026-12-06T06:00:00Z",
      ["2026-12-06T06:30:00.000Z"],
    ],
    ["daily at 06:30, another hour", schedule({ every: "daily", atHour: 6, atMinute: 30 }), "2026-12-06T07:00:00Z", []],
    // 2026-12-07 is a Monday
    [
      "weekly on Monday 09:00, on Monday",
      schedule({ every: "weekly", atHour: 9, weekday: 1 }),
      "2026-12-07T09:00:00Z",
      ["2026-12-07T09:00:00.000Z"],
    ],
    [
      "weekly on Monday 09:00, on Sunday",
      schedule({ every: "weekly", atHour: 9, weekday: 1 }),
      "2026-12-06T09:00:00Z",
      [],
    ],
    [
      "weekly on Sunday 09:00, on Sunday",
      schedule({ every: "weekly", atHour: 9, weekday: 7 }),
      "2026-12-06T09:00:00Z",
      ["2026-12-06T09:00:00.000Z"],
    ],
  ])("%s", (_name, rule, hour, due) => {
    expect(dueTimesInHour(rule, at(hour)).map((d) => d.toISOString())).toEqual(due);
  });

  it("names one slot per UTC hour and finds its start again", () => {
    expect(hourSlot(at("2026-12-06T03:59:59Z"))).toBe("2026-12-06T03");
    expect(slotStart("2026-12-06T03").toISOString()).toBe("2026-12-06T03:00:00.000Z");
  });

  it("dates a sync-now at the start of its ten seconds, so two clicks within them are one reading", () => {
    expect(syncNowTime(at("2026-12-06T03:07:42.5Z")).toISOString()).toBe("2026-12-06T03:07:40.000Z");
    expect(syncNowTime(at("2026-12-06T03:07:49.999Z")).toISOString()).toBe("2026-12-06T03:07:40.000Z");
    expect(syncNowTime(at("2026-12-06T03:07:50Z")).toISOString()).toBe("2026-12-06T03:07:50.000Z");
  });

  it("finds the next due time after now", () => {
    expect(nextDue(schedule({ every: "daily", atHour: 6 }), at("2026-12-06T06:00:00Z")).toISOString()).toBe(
      "2026-12-07T06:00:00.000Z",
    );
    expect(
      nextDue(schedule({ every: "weekly", atHour: 9, weekday: 1 }), at("2026-12-06T10:00:00Z")).toISOString(),
    ).toBe("2026-12-07T09:00:00.000Z");
  });
});

describe("JSON paths (the documented subset)", () => {
  const document = { data: { total: 42, series: [{ value: 1 }, { value: "7.5" }] }, "a key": { n: 3 } };
  it.each([
    ["data.total", 42],
    ["$.data.total", 42],
    ["data.series[0].value", 1],
    ["data.series[-1].value", "7.5"],
    ['["a key"].n', 3],
    ["$", document],
    ["data.missing", undefined],
    ["data.total.deeper", undefined],
    ["data.series[5].value", undefined],
    ["data.toString", undefined],
  ])("%s", (path, expected) => {
    const segments = parseJsonPath(path);
    expect(segments).not.toBeNull();
    expect(readJsonPath(document, segments ?? [])).toEqual(expected);
  });

  it.each(["data..total", "data total", "data[x]", "data[0]total", "data.", '["open'])("refuses %j", (path) => {
    expect(parseJsonPath(path)).toBeNull();
  });
});

describe("what counts as a reading", () => {
  itMaps("%j -> %j", asReading, [
    [42, 42],
    [-1.5, -1.5],
    [" 3.5 ", 3.5],
    ["1e3", 1000],
    [".5", 0.5],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    ["", null],
    ["12%", null],
    ["1,234", null],
    [true, null],
    [null, null],
    [{ value: 1 }, null],
  ]);
});

describe("the CSV cell of a reading", () => {
  const rows = [
    ["date", "signups", "note"],
    ["2026-12-04", "10", ""],
    ["2026-12-05T00:00:00Z", "12", ""],
    ["2026-12-06", "15", "today"],
    ["", "", ""],
  ];
  it("takes the last row that has cells", () => {
    expect(pickCsvCell(rows, { column: "signups", row: "last", dateColumn: "" }, "2026-12-06")).toEqual({ cell: "15" });
  });
  it("takes the row of the reading's date", () => {
    expect(pickCsvCell(rows, { column: "signups", row: "date", dateColumn: "date" }, "2026-12-05")).toEqual({
      cell: "12",
    });
  });
  it.each([
    [
      { column: "visits", row: "last" as const, dateColumn: "" },
      "2026-12-06",
      'no column "visits" (the columns are date, signups, note)',
    ],
    [{ column: "signups", row: "date" as const, dateColumn: "day" }, "2026-12-06", 'no date column "day"'],
    [
      { column: "signups", row: "date" as const, dateColumn: "date" },
      "2026-12-07",
      'no row dated 2026-12-07 in column "date"',
    ],
  ])("says why there is none: %j", (rule, date, error) => {
    expect(pickCsvCell(rows, rule, date)).toEqual({ error });
  });
  it("says an empty file has none", () => {
    expect(pickCsvCell([], { column: "x", row: "last", dateColumn: "" }, "2026-12-06")).toEqual({
      error: "the file is empty",
    });
    expect(pickCsvCell([["x"]], { column: "x", row: "last", dateColumn: "" }, "2026-12-06")).toEqual({
      error: "the file has no rows under its header",
    });
  });
});
