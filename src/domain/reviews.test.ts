import { describe, expect, it } from "vitest";
import { itMaps } from "../../tests/support/table-cases.ts";
import { reviewSchedule } from "./dashboard.ts";
import type { MetricKeyResult } from "./key-result-kinds.ts";
import {
  isDue,
  previousReviewDate,
  progressAt,
  progressBefore,
  questionsFor,
  questionsForBand,
  reviewBandOf,
  reviewSessionsOf,
  type ScheduledReview,
  startRefusal,
} from "./reviews.ts";

const quarter = { startsOn: "2027-01-01", endsOn: "2027-03-31" };

describe("reviewSessionsOf: a unit's sessions from the cadence and the period's dates (S4)", () => {
  it("every 6 weeks by default, and the end-of-period review", () => {
    expect(reviewSessionsOf(quarter, 6, [], "2026-12-01").map((r) => [r.on, r.kind, r.state])).toEqual([
      ["2027-02-12", "checkpoint", "upcoming"],
      ["2027-03-31", "period_end", "upcoming"],
    ]);
  });

  it("every 4 weeks when the organisation says so", () => {
    expect(reviewSessionsOf(quarter, 4, [], "2026-12-01").map((r) => r.on)).toEqual([
      "2027-01-29",
      "2027-02-26",
      "2027-03-31",
    ]);
  });

  it.each([
    ["the day before its date", "2027-02-11", [], "upcoming"],
    ["on its date", "2027-02-12", [], "due"],
    ["weeks after its date, never started", "2027-03-05", [], "due"],
    ["started by the team", "2027-03-05", [{ id: "s1", dueOn: "2027-02-12", state: "in_progress" }], "in_progress"],
    ["held", "2027-03-05", [{ id: "s1", dueOn: "2027-02-12", state: "held" }], "held"],
    ["never started when the next date has come", "2027-03-31", [], "missed"],
    [
      "started, when the next date has come",
      "2027-03-31",
      [{ id: "s1", dueOn: "2027-02-12", state: "in_progress" }],
      "in_progress",
    ],
  ] as const)("a checkpoint %s is %s", (_, today, stored, state) => {
    const [checkpoint] = reviewSessionsOf(quarter, 6, stored, today);
    expect(checkpoint?.state).toBe(state);
  });

  it("is due from its date until it is held", () => {
    const states = ["upcoming", "due", "in_progress", "held", "missed"] as const;
    expect(states.map((state) => isDue({ state }))).toEqual([false, true, true, false, false]);
  });
});

describe("startRefusal: when a session may start", () => {
  const [checkpoint, end] = reviewSessionsOf(quarter, 6, [], "2027-04-02") as [ScheduledReview, ScheduledReview];
  it.each([
    ["a checkpoint whose date has come", checkpoint, "active", "2027-02-12", null],
    ["a checkpoint before its date", checkpoint, "active", "2027-02-11", "not_yet_due"],
    ["the end-of-period review while the period is active", end, "active", "2027-04-02", "period_not_in_review"],
    ["the end-of-period review once the period is in review", end, "in_review", "2027-04-02", null],
    ["a date that is not in the schedule", undefined, "active", "2027-02-12", "not_scheduled"],
  ] as const)("%s", (_, review, status, today, refusal) => {
    expect(startRefusal(review, status, today)).toBe(refusal);
  });
});

describe("questionsFor: the reflection questions of each band (S2)", () => {
  itMaps("%s", questionsFor, [
    ["met", ["what_worked", "could_be_better", "what_surprised_us"]],
    ["exceeded", ["ambitious_enough", "what_made_it_easy", "raise_the_bar"]],
    ["not_achieved", ["what_blocked_us", "target_realistic", "what_we_change"]],
  ]);

  it("asks an unmeasured KR why it did not move", () => {
    expect(questionsForBand(null)).toEqual(questionsFor("not_achieved"));
  });
});

describe("reviewBandOf: forecast while the period runs, final once recorded (S2)", () => {
  itMaps("%o", reviewBandOf, [
    [
      { progress: 0.7, finalProgress: null },
      { band: "met", basis: "forecast" },
    ],
    [
      { progress: 0.2, finalProgress: null },
      { band: "not_achieved", basis: "forecast" },
    ],
    [
      { progress: null, finalProgress: null },
      { band: null, basis: "forecast" },
    ],
    [
      { progress: 0.2, finalProgress: 0.95 },
      { band: "exceeded", basis: "final" },
    ],
    [
      { progress: 0.7, finalProgress: null, forecastProgress: 0.9 },
      { band: "exceeded", basis: "forecast" },
    ],
    [
      { progress: 0.7, finalProgress: null, forecastProgress: 0.9, rolledUp: true },
      { band: "met", basis: "forecast" },
    ],
  ]);
});

describe("progressAt: progress at the review date and at the one before (trend)", () => {
  const spec: MetricKeyResult = { kind: "metric", metric: "activation", baseline: 30, target: 40, deadline: null };
  const readings = [
    { value: 32, at: "2027-01-20T09:00:00.000Z" },
    { value: 35, at: "2027-02-12T18:00:00.000Z" },
    { value: 39, at: "2027-02-20T09:00:00.000Z" },
  ];
  it.each([
    ["before any reading", "2027-01-10", null],
    ["after the first reading", "2027-02-01", 0.2],
    ["on the review date itself, late in the day", "2027-02-12", 0.5],
    ["later", "2027-03-31", 0.9],
  ] as const)("%s", (_, date, expected) => {
    const progress = progressAt(spec, readings, date);
    if (expected === null) expect(progress).toBeNull();
    else expect(progress).toBeCloseTo(expected, 9);
  });

  it("starts the trend at the baseline (0 %) on the period's first day, before any reading", () => {
    expect(progressBefore(spec, readings, "2027-01-01", "2027-01-01")).toBe(0);
    expect(progressBefore(spec, [], "2027-02-12", "2027-01-01")).toBeNull();
    expect(progressBefore(spec, readings, "2027-02-12", "2027-01-01")).toBeCloseTo(0.5, 9);
  });

  it("compares a review with the one before, or with the period's start", () => {
    const schedule = reviewSchedule(quarter, 6);
    expect(previousReviewDate(schedule, "2027-02-12", quarter)).toBe("2027-01-01");
    expect(previousReviewDate(schedule, "2027-03-31", quarter)).toBe("2027-02-12");
  });
});
