import { describe, expect, it } from "vitest";
import {
  assessKeyResult,
  daysWithoutCheckIn,
  expectedProgress,
  needsAttention,
  reviewSchedule,
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

describe("assessKeyResult: the pace rule (pace.ts) with the quiet count (S5)", () => {
  it("gives the pace and its reasons", () => {
    const assessed = assessKeyResult(kr({ progress: 0.1, confidence: 0.2 }), quarter, at("2027-03-01"));
    expect(assessed.pace).toBe("at_risk");
    expect(assessed.reasons).toEqual(["low_confidence", "behind_pace"]);
  });

  it("lists behind and at-risk KRs, not on-track or unmeasured ones", () => {
    expect([null, "on_track", "behind", "at_risk"].map((p) => needsAttention(p as never))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});

describe("stale KRs: no check-in for 14 days or more", () => {
  it("counts days since the last check-in", () => {
    expect(daysWithoutCheckIn(kr({ lastCheckInAt: at("2027-02-01") }), quarter, at("2027-02-15"))).toBe(14);
  });

  it("counts from the period's start when the KR was never checked in", () => {
    expect(daysWithoutCheckIn(kr({ lastCheckInAt: null }), quarter, at("2027-01-20"))).toBe(19);
  });

  it("counts a KR never checked in from the period's start, even one added later: quiet once the period is two weeks old", () => {
    const added = { lastCheckInAt: null, createdAt: at("2027-02-10") } as const;
    expect(daysWithoutCheckIn(kr(added), quarter, at("2027-02-15"))).toBe(45);
    expect(assessKeyResult(kr({ lastCheckInAt: null }), quarter, at("2027-01-14")).stale).toBe(false);
    expect(assessKeyResult(kr({ lastCheckInAt: null }), quarter, at("2027-01-15")).stale).toBe(true);
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
