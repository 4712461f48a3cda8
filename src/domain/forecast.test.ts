import { describe, expect, it } from "vitest";
import { FORECAST_READINGS, forecastKeyResult, type Reading } from "./forecast.ts";
import type { MetricKeyResult } from "./key-result-kinds.ts";

const metric = (baseline: number | null, target: number | null): MetricKeyResult => ({
  kind: "metric",
  metric: "m",
  baseline,
  target,
  deadline: "2027-03-31",
});
/** Day `d` of the quarter starting 2027-01-01 (day 0 = its first midnight). */
const day = (d: number): Date => new Date(Date.parse("2027-01-01T00:00:00Z") + d * 86_400_000);
const readings = (...pairs: [number, number][]): Reading[] => pairs.map(([d, value]) => ({ at: day(d), value }));
const quarter = { periodStartsOn: "2027-01-01", endsOn: "2027-03-31" }; // ends at day 90

describe("forecastKeyResult: a least-squares line through the recent readings and the baseline", () => {
  it("has no forecast with fewer than two readings", () => {
    expect(forecastKeyResult({ spec: metric(0, 100), readings: [], ...quarter })).toBeNull();
    expect(forecastKeyResult({ spec: metric(0, 100), readings: readings([30, 40]), ...quarter })).toBeNull();
  });

  it("extrapolates readings on a straight line to the end of the deadline day, with no spread", () => {
    const forecast = forecastKeyResult({ spec: metric(0, 100), readings: readings([30, 30], [45, 45]), ...quarter });
    expect(forecast?.value).toBeCloseTo(90, 9);
    expect(forecast?.low).toBeCloseTo(90, 9);
    expect(forecast?.high).toBeCloseTo(90, 9);
    expect(forecast?.progress).toBeCloseTo(0.9, 9);
  });

  it("counts the baseline as a reading at the period's start", () => {
    // Without the baseline the two readings alone would say 20 + 0 * days: flat.
    const forecast = forecastKeyResult({ spec: metric(0, 100), readings: readings([40, 20], [50, 20]), ...quarter });
    expect(forecast?.value).toBeGreaterThan(20);
    expect(forecastKeyResult({ spec: metric(null, 100), readings: readings([40, 20], [50, 20]), ...quarter })).toEqual({
      value: 20,
      low: 20,
      high: 20,
      progress: null,
    });
  });

  it("gives a range that widens when readings scatter, and holds the forecast inside it", () => {
    const tight = forecastKeyResult({
      spec: metric(0, 100),
      readings: readings([20, 20], [40, 41], [60, 59]),
      ...quarter,
    });
    const loose = forecastKeyResult({
      spec: metric(0, 100),
      readings: readings([20, 30], [40, 30], [60, 70]),
      ...quarter,
    });
    if (!tight || !loose) throw new Error("expected forecasts");
    expect(tight.low).toBeLessThan(tight.value);
    expect(tight.high).toBeGreaterThan(tight.value);
    expect(loose.high - loose.low).toBeGreaterThan(5 * (tight.high - tight.low));
  });

  it(`uses only the latest ${FORECAST_READINGS} readings`, () => {
    // An early burst, then six flat readings at 50: the trend of the recent readings is flat.
    const early = readings([1, 0], [2, 50]);
    const flat = readings([30, 50], [35, 50], [40, 50], [45, 50], [50, 50], [55, 50]);
    const forecast = forecastKeyResult({ spec: metric(null, 100), readings: [...flat, ...early], ...quarter });
    expect(forecast?.value).toBeCloseTo(50, 9);
  });

  it("follows a decreasing KR: progress of the forecast value (S1)", () => {
    const forecast = forecastKeyResult({ spec: metric(100, 0), readings: readings([30, 70], [60, 40]), ...quarter });
    expect(forecast?.value).toBeCloseTo(10, 9);
    expect(forecast?.progress).toBeCloseTo(0.9, 9);
  });

  it("gives a guardrail's forecast progress as in or out of its range", () => {
    const spec = { kind: "range", metric: "m", rangeLow: 0, rangeHigh: 50, deadline: null } as const;
    expect(forecastKeyResult({ spec, readings: readings([10, 30], [20, 40]), ...quarter })?.progress).toBe(0);
    expect(forecastKeyResult({ spec, readings: readings([10, 30], [20, 30]), ...quarter })?.progress).toBe(1);
  });

  it("stands still when every reading is at one instant", () => {
    const forecast = forecastKeyResult({ spec: metric(null, 100), readings: readings([10, 30], [10, 50]), ...quarter });
    expect(forecast?.value).toBe(40);
  });
});
