import { describe, expect, it } from "vitest";
import { checkTimeBound } from "./k2-time-bound.ts";

const q1 = { name: "2027-Q1", startsOn: "2027-01-01", endsOn: "2027-03-31" };
const kr = (deadline: string | null | undefined) => ({
  title: "Raise NPS from 30 to 40",
  deadline,
});

describe("time-bound key results (K2)", () => {
  it.each([
    ["no deadline", undefined, q1, "no deadline"],
    ["a blank deadline", "  ", q1, "no deadline"],
    ["a deadline that is not a date", "end of March", q1, "not a date"],
    ["an impossible date", "2027-02-30", q1, "not a date"],
    ["a deadline after the period", "2027-04-01", q1, "outside the period 2027-Q1"],
    ["a deadline before the period", "2026-12-31", q1, "outside the period"],
    ["no deadline and no period", null, null, "no deadline"],
  ])("flags %s (K2)", (_label, deadline, period, text) => {
    expect(checkTimeBound(kr(deadline), period)?.message.en).toContain(text);
  });

  it.each([
    ["the last day of the period", "2027-03-31", q1],
    ["the first day of the period", "2027-01-01", q1],
    ["any real date when no period is known", "2030-06-30", null],
  ])("accepts %s (K2)", (_label, deadline, period) => {
    expect(checkTimeBound(kr(deadline), period)).toBeNull();
  });
});
