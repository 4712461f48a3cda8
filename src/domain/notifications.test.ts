import { describe, expect, it } from "vitest";
import { channelOf, dailySlot, isoWeek, isQuiet, weeklySlot } from "./notifications.ts";

describe("isoWeek", () => {
  it.each([
    ["2026-12-04T12:00:00Z", "2026-W49"],
    ["2026-11-30T00:00:00Z", "2026-W49"], // Monday
    ["2026-12-06T23:59:59Z", "2026-W49"], // Sunday
    ["2027-01-01T12:00:00Z", "2026-W53"], // 2026 has 53 weeks
    ["2027-01-04T12:00:00Z", "2027-W01"],
    ["2024-12-30T12:00:00Z", "2025-W01"],
  ])("%s is %s", (at, week) => expect(isoWeek(new Date(at))).toBe(week));
});

describe("the jobs' slots", () => {
  it.each([
    ["2026-11-30T08:59:59Z", null, null], // Monday before nine
    ["2026-11-30T09:00:00Z", "2026-W49", "2026-11-30"],
    ["2026-12-02T03:00:00Z", "2026-W49", null], // Wednesday night: the week's slot, not yet the day's
    ["2026-12-06T22:00:00Z", "2026-W49", "2026-12-06"],
  ])("at %s: weekly %s, daily %s", (at, weekly, daily) => {
    expect(weeklySlot(new Date(at))).toBe(weekly);
    expect(dailySlot(new Date(at))).toBe(daily);
  });
});

describe("channelOf", () => {
  it.each([
    ["checkin_reminder", undefined, false, "mail"],
    ["mention", "chat", false, "chat"],
    ["review_due", "off", true, "off"],
    ["digest", undefined, true, "mail"],
    ["digest", undefined, false, "off"], // the digest is for unit leads
    ["digest", "chat", false, "off"],
  ] as const)("%s chosen %s, lead %s: %s", (kind, chosen, lead, want) => {
    expect(channelOf(kind, chosen, lead)).toBe(want);
  });
});

describe("isQuiet", () => {
  const now = new Date("2026-12-07T09:00:00Z");
  it.each([
    ["read 6 days ago", "2026-12-01T10:00:00Z", "2026-10-01T00:00:00Z", "2026-10-01", false],
    ["read 7 days ago", "2026-11-30T09:00:00Z", "2026-10-01T00:00:00Z", "2026-10-01", true],
    ["never read, period started long ago", null, "2026-10-01T00:00:00Z", "2026-10-01", true],
    ["never read, period started 3 days ago", null, "2026-09-01T00:00:00Z", "2026-12-04", false],
    ["never read, added 2 days ago", null, "2026-12-05T00:00:00Z", "2026-10-01", false],
  ])("%s", (_name, last, created, start, want) => {
    expect(isQuiet({ lastCheckInAt: last, createdAt: created }, start, now)).toBe(want);
  });
});
