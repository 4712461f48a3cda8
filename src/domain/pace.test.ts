import { describe, expect, it } from "vitest";
import {
  expectedProgress,
  FORECAST_AT_RISK_BELOW,
  LOW_CONFIDENCE,
  outcomeBand,
  PACE_TOLERANCE,
  type PacedKeyResult,
  paceOf,
} from "./pace.ts";

const quarter = { startsOn: "2027-01-01", endsOn: "2027-03-31" };
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
/** 2027-02-15 12:00: the straight line stands at 45.5 / 90 of the way. */
const midQuarter = at("2027-02-15");
const line = expectedProgress(quarter.startsOn, quarter.endsOn, midQuarter);

function kr(overrides: Partial<PacedKeyResult> = {}): PacedKeyResult {
  return {
    kind: "metric",
    progress: line,
    confidence: 0.8,
    deadline: "2027-03-31",
    lastCheckInAt: at("2027-02-10"),
    rolledUp: false,
    forecastProgress: 0.9,
    finalProgress: null,
    ...overrides,
  };
}

describe("the stated constants", () => {
  it("tolerate 10 progress points under the line; low confidence below 0.5; a forecast under 60 % is at risk (S2)", () => {
    expect([PACE_TOLERANCE, LOW_CONFIDENCE, FORECAST_AT_RISK_BELOW]).toEqual([0.1, 0.5, 0.6]);
  });
});

describe("paceOf: labelled KRs in the middle of a quarter", () => {
  it.each<[string, Partial<PacedKeyResult>, ReturnType<typeof paceOf>["pace"], string[]]>([
    ["on its line", {}, "on_track", []],
    ["70 % done, 70 % expected (the demo's case)", { progress: 0.7, deadline: "2027-03-04" }, "on_track", []],
    ["ahead of its line", { progress: 0.8 }, "on_track", []],
    ["5 points under the line, within tolerance", { progress: line - 0.05 }, "on_track", []],
    ["exactly at the tolerance", { progress: line - PACE_TOLERANCE }, "on_track", []],
    ["a hair beyond the tolerance", { progress: line - PACE_TOLERANCE - 1e-9 }, "behind", ["behind_pace"]],
    ["far under the line", { progress: 0.2 }, "behind", ["behind_pace"]],
    ["on its line but the team has low confidence", { confidence: 0.4 }, "at_risk", ["low_confidence"]],
    ["confidence of exactly 0.5", { confidence: 0.5 }, "on_track", []],
    ["on its line but forecast to end under 60 %", { forecastProgress: 0.55 }, "at_risk", ["forecast_short"]],
    ["forecast exactly 60 %", { forecastProgress: 0.6 }, "on_track", []],
    [
      "far under, unconfident and forecast short",
      { progress: 0.1, confidence: 0.2, forecastProgress: 0.3 },
      "at_risk",
      ["low_confidence", "forecast_short", "behind_pace"],
    ],
    ["without a forecast (one reading), on its line", { forecastProgress: null }, "on_track", []],
    [
      "without a deadline: the period's end stands in",
      { deadline: null, progress: line - 0.11 },
      "behind",
      ["behind_pace"],
    ],
    ["over-achieving (S1 unclamped)", { progress: 1.4 }, "on_track", []],
    ["a guardrail inside its range", { kind: "range", progress: 1, forecastProgress: 0 }, "on_track", []],
    ["a guardrail outside its range", { kind: "range", progress: 0 }, "at_risk", ["outside_range"]],
    ["rolled up (M5): its own forecast does not count", { rolledUp: true, forecastProgress: 0.1 }, "on_track", []],
    [
      "rolled up and never read itself: measured by its roll-up",
      { rolledUp: true, lastCheckInAt: null },
      "on_track",
      [],
    ],
  ])("%s -> %s", (_, overrides, pace, reasons) => {
    const assessed = paceOf(kr(overrides), quarter, midQuarter);
    expect(assessed.pace).toBe(pace);
    expect(assessed.reasons).toEqual(reasons);
  });

  it.each<[string, Partial<PacedKeyResult>]>([
    ["no reading yet", { lastCheckInAt: null, progress: 0 }],
    ["no baseline or target", { progress: null }],
    ["a guardrail never read", { kind: "range", progress: null, lastCheckInAt: null }],
  ])("%s: not measured yet, never at risk by default", (_, overrides) => {
    expect(paceOf(kr({ ...overrides, confidence: 0.1 }), quarter, midQuarter)).toMatchObject({
      pace: null,
      reasons: [],
    });
  });

  it("gives the straight line for metric KRs only", () => {
    expect(paceOf(kr(), quarter, midQuarter).expectedProgress).toBeCloseTo(45.5 / 90, 12);
    expect(paceOf(kr({ kind: "range", progress: 1 }), quarter, midQuarter).expectedProgress).toBeNull();
  });

  it("moves the line once a minute, so a view read twice in one minute is the same (ETag, 304)", () => {
    const within = (iso: string) => expectedProgress(quarter.startsOn, quarter.endsOn, new Date(iso));
    expect(within("2027-02-15T12:00:59.999Z")).toBe(line);
    expect(within("2027-02-15T12:00:00.001Z")).toBe(line);
    expect(within("2027-02-15T11:59:59.999Z")).toBeLessThan(line);
    expect(within("2027-02-15T12:01:00.000Z") - line).toBeCloseTo(60_000 / (90 * 86_400_000), 15);
  });

  it.each([
    ["before the period starts", "2026-12-15", "on_track"],
    ["on the first day, nothing done", "2027-01-01", "on_track"],
    ["ten days in, nothing done: 11 % expected", "2027-01-10", "behind"],
    ["after the deadline at 95 %", "2027-04-10", "on_track"],
  ] as const)("%s -> %s", (_, now, pace) => {
    const progress = now === "2027-04-10" ? 0.95 : 0;
    expect(paceOf(kr({ progress }), quarter, at(now)).pace).toBe(pace);
  });
});

describe("outcomeBand (S2): forecast while the period runs, final after its review", () => {
  it.each<[string, Partial<PacedKeyResult>, ReturnType<typeof outcomeBand>]>([
    ["no readings, no forecast: no band (never 'not achieved' for a new KR)", { forecastProgress: null }, null],
    ["forecast 0.7", { forecastProgress: 0.7 }, { band: "met", basis: "forecast" }],
    ["forecast 0.5", { forecastProgress: 0.5 }, { band: "not_achieved", basis: "forecast" }],
    ["forecast 0.85", { forecastProgress: 0.85 }, { band: "exceeded", basis: "forecast" }],
    [
      "a final score recorded wins over the forecast",
      { forecastProgress: 0.9, finalProgress: 0.4 },
      { band: "not_achieved", basis: "final" },
    ],
    ["final without a forecast", { forecastProgress: null, finalProgress: 0.75 }, { band: "met", basis: "final" }],
    ["rolled up (M5): no forecast of its own", { rolledUp: true, forecastProgress: 0.9 }, null],
  ])("%s", (_, overrides, band) => {
    expect(outcomeBand(kr(overrides))).toEqual(band);
  });
});
