import { describe, expect, it } from "vitest";
import {
  checkSprintRow,
  currentSprint,
  type KrReading,
  krMovement,
  overlaps,
  overlapsWithin,
  type SprintImportCells,
  sprintState,
} from "./sprints.ts";

const sprint = { startsOn: "2027-01-04", endsOn: "2027-01-15" };
const at = (iso: string) => `${iso}Z`;

describe("P3: the KR's movement during a sprint", () => {
  const readings: KrReading[] = [
    { value: 30, at: at("2027-01-02T10:00:00") },
    { value: 31, at: at("2027-01-03T23:59:59") }, // the evening before: still the start value
    { value: 34, at: at("2027-01-04T00:00:00") }, // the first minute of the first day: during
    { value: 38, at: at("2027-01-15T23:00:00") }, // the last day counts
    { value: 41, at: at("2027-01-16T00:00:00") }, // the day after does not
  ];
  const done = "2027-02-01"; // a day after the sprint, so it is done
  /** The KR moved from `startValue` to `endValue`, read this many times during the sprint. */
  const moved = (startValue: number, endValue: number, readingsDuring: number) => ({
    startValue,
    endValue,
    change: endValue - startValue,
    readingsDuring,
  });
  const noMovementKnown = { startValue: null, endValue: null, change: null, readingsDuring: 0 };
  it.each([
    ["last reading before the first day, last on or before the last day", readings, 30, done, moved(31, 38, 2)],
    ["no reading before: the baseline is the start", readings.slice(2), 25, done, moved(25, 38, 2)],
    ["no reading during: nothing moved", readings.slice(0, 2), 30, done, moved(31, 31, 0)],
    ["neither readings nor baseline: unknown", [], null, done, noMovementKnown],
    ["a running sprint: its latest reading so far", readings.slice(0, 3), 30, "2027-01-08", moved(31, 34, 1)],
    ["a planned sprint has moved nothing yet", readings, 30, "2027-01-03", noMovementKnown],
    ["readings out of order are put in order", [...readings].reverse(), 30, done, moved(31, 38, 2)],
    [
      "a KR going down (fewer tickets) moves by a negative change",
      [
        { value: 120, at: new Date("2027-01-01T09:00:00Z") },
        { value: 95, at: new Date("2027-01-10T09:00:00Z") },
      ],
      null,
      done,
      moved(120, 95, 1),
    ],
  ])("%s", (_case, given, baseline, today, expected) => {
    expect(krMovement(given, sprint, baseline, today)).toEqual(expected);
  });
});

describe("sprint dates", () => {
  it.each([
    [{ startsOn: "2027-01-18", endsOn: "2027-01-29" }, false, "the next sprint starts after the last day"],
    [{ startsOn: "2027-01-15", endsOn: "2027-01-29" }, true, "sharing the last day is an overlap"],
    [{ startsOn: "2026-12-20", endsOn: "2027-01-04" }, true, "ending on the first day is one too"],
    [{ startsOn: "2027-01-06", endsOn: "2027-01-08" }, true, "inside"],
    [{ startsOn: "2026-12-01", endsOn: "2027-02-01" }, true, "around"],
  ])("%o overlaps: %s (%s)", (other, expected) => {
    expect(overlaps(sprint, other)).toBe(expected);
    expect(overlaps(other, sprint)).toBe(expected);
  });

  it.each([
    ["2027-01-03", "planned"],
    ["2027-01-04", "running"],
    ["2027-01-15", "running"],
    ["2027-01-16", "done"],
  ])("on %s the sprint is %s", (today, state) => {
    expect(sprintState(sprint, today)).toBe(state);
  });

  const sprints = [
    { name: "one", startsOn: "2027-01-04", endsOn: "2027-01-15" },
    { name: "two", startsOn: "2027-01-18", endsOn: "2027-01-29" },
  ];
  it.each([
    ["2027-01-10", "one", "the running one"],
    ["2027-01-16", "two", "between sprints: the next"],
    ["2027-01-01", "one", "before all: the first"],
    ["2027-03-01", "two", "after all: the last"],
  ])("on %s the current sprint is %s (%s)", (today, name) => {
    expect(currentSprint([...sprints].reverse(), today)?.name).toBe(name);
  });
  it("no sprints, no current one", () => {
    expect(currentSprint([], "2027-01-01")).toBeNull();
  });
});

describe("one import row's own checks", () => {
  const good: SprintImportCells = {
    name: " Sprint 1 ",
    start: "2027-01-04",
    end: "2027-01-15",
    goal: "Ship one-step sign-up",
    key_result: " Raise activation ",
  };
  it("a good row is trimmed and has no issues", () => {
    expect(checkSprintRow(good)).toEqual({
      row: {
        name: "Sprint 1",
        startsOn: "2027-01-04",
        endsOn: "2027-01-15",
        goal: "Ship one-step sign-up",
        keyResult: "Raise activation",
      },
      issues: [],
    });
  });
  it.each([
    [{ name: "" }, [["name", "required"]]],
    [{ name: "x".repeat(101) }, [["name", "length"]]],
    [{ start: "" }, [["start", "required"]]],
    [{ start: "2027-02-30" }, [["start", "date"]]],
    [{ end: "15/01/2027" }, [["end", "date"]]],
    [{ end: "2027-01-04" }, [["end", "after_start"]]],
    [{ end: "2027-01-01" }, [["end", "after_start"]]],
    [{ goal: "g".repeat(2001) }, [["goal", "length"]]],
    [
      { name: " ", start: "soon", end: "" },
      [
        ["name", "required"],
        ["start", "date"],
        ["end", "required"],
      ],
    ],
  ])("%o: every issue by column and rule", (change, expected) => {
    const { issues } = checkSprintRow({ ...good, ...change });
    expect(issues.map((i) => [i.column, i.rule])).toEqual(expected);
  });

  it("rows of one file that overlap name the earlier row", () => {
    expect(
      overlapsWithin([
        { index: 0, startsOn: "2027-01-04", endsOn: "2027-01-15" },
        { index: 1, startsOn: "2027-01-18", endsOn: "2027-01-29" },
        { index: 2, startsOn: "2027-01-29", endsOn: "2027-02-05" },
        { index: 3, startsOn: "2027-01-10", endsOn: "2027-01-12" },
      ]),
    ).toEqual([
      { index: 2, other: 1 },
      { index: 3, other: 0 },
    ]);
  });
});
