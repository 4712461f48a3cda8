import { describe, expect, it } from "vitest";
import {
  assessKeyResult,
  daysWithoutCheckIn,
  expectedProgress,
  reviewSchedule,
  riskReasons,
  type TrackedKeyResult,
} from "./dashboard.ts";

const quarter = { startsOn: "2027-01-01", endsOn: "2027-03-31" };
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

function kr(overrides: Partial<TrackedKeyResult> = {}): TrackedKeyResult {
  return {
    kind: "metric",
    progress: 0.5,
    confidence: 0.8,
    deadline: "2027-03-31",
    lastCheckInAt: at("2027-02-10"),
    ...overrides,
  };
}

describe("expectedProgress: the straight line from baseline at period start to target at deadline", () => {
  it.each([
    ["before the period starts", "2026-12-15", 0],
    ["on the first day", "2027-01-01", 0.5 / 90],
    ["half way", "2027-02-15", 45.5 / 90],
    ["after the deadline", "2027-04-10", 1],
  ])("%s", (_, now, expected) => {
    expect(expectedProgress("2027-01-01", "2027-03-31", at(now))).toBeCloseTo(expected, 5);
  });

  it("uses the KR's own earlier deadline", () => {
    expect(expectedProgress("2027-01-01", "2027-01-30", at("2027-01-30"))).toBeCloseTo(29.5 / 30, 5);
  });
});

describe("riskReasons: KRs at risk (S5)", () => {
  it("flags a KR whose team has low confidence (< 0.5)", () => {
    expect(riskReasons(kr({ confidence: 0.4, progress: 0.9 }), quarter, at("2027-02-15"))).toEqual(["low_confidence"]);
  });

  it("does not flag confidence of exactly 0.5", () => {
    expect(riskReasons(kr({ confidence: 0.5, progress: 0.9 }), quarter, at("2027-02-15"))).toEqual([]);
  });

  it("flags a KR behind the straight-line pace", () => {
    expect(riskReasons(kr({ progress: 0.3 }), quarter, at("2027-02-15"))).toEqual(["behind_pace"]);
  });

  it("does not flag a KR on or ahead of the pace", () => {
    expect(riskReasons(kr({ progress: 0.6 }), quarter, at("2027-02-15"))).toEqual([]);
  });

  it("gives both reasons when both hold", () => {
    expect(riskReasons(kr({ progress: 0.1, confidence: 0.2 }), quarter, at("2027-03-01"))).toEqual([
      "low_confidence",
      "behind_pace",
    ]);
  });

  it("counts over-achievement as ahead (S1 progress is unclamped)", () => {
    expect(riskReasons(kr({ progress: 1.4 }), quarter, at("2027-04-20"))).toEqual([]);
  });

  it("leaves an unmeasurable KR out of the pace check", () => {
    expect(riskReasons(kr({ progress: null }), quarter, at("2027-03-01"))).toEqual([]);
  });

  it("falls back to the period's end when the KR has no deadline", () => {
    expect(riskReasons(kr({ deadline: null, progress: 0.45 }), quarter, at("2027-02-15"))).toEqual(["behind_pace"]);
  });

  it("flags a guardrail (range KR) only while it is outside its range", () => {
    expect(riskReasons(kr({ kind: "range", progress: 0 }), quarter, at("2027-01-05"))).toEqual(["behind_pace"]);
    expect(riskReasons(kr({ kind: "range", progress: 1 }), quarter, at("2027-03-30"))).toEqual([]);
  });
});

describe("stale KRs: no check-in for 14 days or more", () => {
  it("counts days since the last check-in", () => {
    expect(daysWithoutCheckIn(kr({ lastCheckInAt: at("2027-02-01") }), quarter, at("2027-02-15"))).toBe(14);
  });

  it("counts from the period's start when the KR was never checked in", () => {
    expect(daysWithoutCheckIn(kr({ lastCheckInAt: null }), quarter, at("2027-01-20"))).toBe(19);
  });

  it("counts from when the KR was added, if that was after the period started", () => {
    expect(
      daysWithoutCheckIn(kr({ lastCheckInAt: null, createdAt: at("2027-02-10") }), quarter, at("2027-02-15")),
    ).toBe(5);
    expect(
      daysWithoutCheckIn(kr({ lastCheckInAt: null, createdAt: at("2026-12-01") }), quarter, at("2027-01-20")),
    ).toBe(19);
  });

  it("has no count before the period starts", () => {
    expect(daysWithoutCheckIn(kr({ lastCheckInAt: null }), quarter, at("2026-12-20"))).toBeNull();
  });

  it.each([
    ["2027-02-14", false],
    ["2027-02-15", true],
  ])("on %s after a check-in on 2027-02-01: stale %s", (now, stale) => {
    expect(assessKeyResult(kr({ lastCheckInAt: at("2027-02-01") }), quarter, at(now)).stale).toBe(stale);
  });

  it("accepts ISO timestamps as the API sends them", () => {
    expect(daysWithoutCheckIn(kr({ lastCheckInAt: "2027-02-01T08:00:00.000Z" }), quarter, at("2027-02-03"))).toBe(2);
  });
});

describe("reviewSchedule (S4)", () => {
  it("puts a quarter's reviews every 6 weeks and at its end, with none a week before another", () => {
    expect(reviewSchedule(quarter)).toEqual([
      { on: "2027-02-12", kind: "checkpoint" },
      { on: "2027-03-31", kind: "period_end" },
    ]);
  });

  it("follows a 4-week cadence", () => {
    expect(reviewSchedule(quarter, 4).map((r) => r.on)).toEqual(["2027-01-29", "2027-02-26", "2027-03-31"]);
  });
});
