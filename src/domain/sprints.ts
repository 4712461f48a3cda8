import { isIsoDate } from "./period.ts";

// P3 (Scrum): a sprint goal serves a key result, and the sprint review looks at the KR's
// movement during the sprint, not only at what shipped. Pure rules: dates, overlaps, where a
// sprint stands today, the KR's value at a sprint's start and end, and one import row's checks.

export interface SprintDates {
  /** First day of the sprint, YYYY-MM-DD. */
  startsOn: string;
  /** Last day of the sprint, YYYY-MM-DD (inclusive). */
  endsOn: string;
}

export type SprintState = "planned" | "running" | "done";

/** One reading of a KR: its value and when it was taken. */
export interface KrReading {
  value: number;
  at: Date | string;
}

/** What moved on a KR during a sprint (P3). */
export interface KrMovement {
  /** The KR's value when the sprint began: its last reading before the first day, else its baseline. */
  startValue: number | null;
  /** Its value at the end of the last day (while the sprint runs: its latest reading so far). */
  endValue: number | null;
  /** endValue - startValue, when both are known. */
  change: number | null;
  /** Readings taken during the sprint's days. */
  readingsDuring: number;
}

const DAY = 86_400_000;

/** Midnight UTC at the start of a YYYY-MM-DD day; the charts and the readings use UTC days. */
export function dayStart(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** A sprint ends after the day it starts (a one-day sprint is a meeting, not a sprint). */
export function endsAfterStart(dates: SprintDates): boolean {
  return dates.endsOn > dates.startsOn;
}

/** Two sprints overlap when they share a day (both ends are inclusive). */
export function overlaps(a: SprintDates, b: SprintDates): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

export function sprintState(dates: SprintDates, today: string): SprintState {
  if (today < dates.startsOn) return "planned";
  if (today > dates.endsOn) return "done";
  return "running";
}

/**
 * The sprint a team page puts on top: the one running today, else the next planned one, else the
 * last one done. Null without sprints.
 */
export function currentSprint<T extends SprintDates>(sprints: readonly T[], today: string): T | null {
  const byStart = [...sprints].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const running = byStart.find((s) => sprintState(s, today) === "running");
  if (running) return running;
  const next = byStart.find((s) => sprintState(s, today) === "planned");
  if (next) return next;
  return byStart.at(-1) ?? null;
}

/**
 * P3: the KR's value at the sprint's start and end, from its readings (withdrawn ones left out
 * by the caller). A planned sprint has not moved anything yet: both are null.
 */
export function krMovement(
  readings: readonly KrReading[],
  sprint: SprintDates,
  baseline: number | null,
  today: string,
): KrMovement {
  if (sprintState(sprint, today) === "planned") {
    return { startValue: null, endValue: null, change: null, readingsDuring: 0 };
  }
  const start = dayStart(sprint.startsOn);
  const end = dayStart(sprint.endsOn) + DAY;
  const timed = readings
    .map((r) => ({ value: r.value, at: typeof r.at === "string" ? Date.parse(r.at) : r.at.getTime() }))
    .sort((a, b) => a.at - b.at);
  const before = timed.filter((r) => r.at < start);
  const during = timed.filter((r) => r.at >= start && r.at < end);
  const startValue = before.at(-1)?.value ?? baseline;
  const endValue = during.at(-1)?.value ?? startValue;
  const change = startValue !== null && endValue !== null ? endValue - startValue : null;
  return { startValue, endValue, change, readingsDuring: during.length };
}

// ---- CSV import rows --------------------------------------------------------------------------

/** The columns of a sprint import, in the template's order (docs/sprints.md). */
export const SPRINT_CSV_COLUMNS = ["name", "start", "end", "goal", "key_result"] as const;
export type SprintCsvColumn = (typeof SPRINT_CSV_COLUMNS)[number];

/** The downloadable template: the header and one example row. */
export const SPRINT_CSV_TEMPLATE = `${SPRINT_CSV_COLUMNS.join(",")}
Sprint 1,2027-01-04,2027-01-15,Ship one-step sign-up to 20% of new visitors,Raise activation from 30% to 45%
`;

/** One row as it was written, every cell text (a missing cell is empty). */
export type SprintImportCells = Record<SprintCsvColumn, string>;

export interface RowIssue {
  column: SprintCsvColumn;
  rule: string;
  message: string;
}

/** A row whose own cells are right; its key result is still to be found by the service. */
export interface CheckedSprintRow {
  name: string;
  startsOn: string;
  endsOn: string;
  goal: string;
  /** The key_result cell, trimmed: a KR's id or title, or empty for none. */
  keyResult: string;
}

export const SPRINT_NAME_MAX = 100;
export const SPRINT_GOAL_MAX = 2000;

/** The checks of one row that need nothing but the row: every issue, not only the first. */
export function checkSprintRow(cells: SprintImportCells): { row: CheckedSprintRow; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const name = cells.name.trim();
  const startsOn = cells.start.trim();
  const endsOn = cells.end.trim();
  const goal = cells.goal.trim();
  if (name === "") issues.push({ column: "name", rule: "required", message: "give the sprint a name" });
  else if (name.length > SPRINT_NAME_MAX)
    issues.push({ column: "name", rule: "length", message: `at most ${SPRINT_NAME_MAX} characters` });
  for (const [column, value] of [
    ["start", startsOn],
    ["end", endsOn],
  ] as const) {
    if (value === "") issues.push({ column, rule: "required", message: "give a date as YYYY-MM-DD" });
    else if (!isIsoDate(value)) issues.push({ column, rule: "date", message: "a date as YYYY-MM-DD, e.g. 2027-01-04" });
  }
  if (isIsoDate(startsOn) && isIsoDate(endsOn) && !endsAfterStart({ startsOn, endsOn }))
    issues.push({ column: "end", rule: "after_start", message: "the sprint ends after the day it starts" });
  if (goal.length > SPRINT_GOAL_MAX)
    issues.push({ column: "goal", rule: "length", message: `at most ${SPRINT_GOAL_MAX} characters` });
  return { row: { name, startsOn, endsOn, goal, keyResult: cells.key_result.trim() }, issues };
}

/** Rows of one import that overlap each other: each later row names the earlier one it meets. */
export function overlapsWithin(rows: readonly (SprintDates & { index: number })[]): { index: number; other: number }[] {
  const found: { index: number; other: number }[] = [];
  rows.forEach((row, i) => {
    const earlier = rows.slice(0, i).find((other) => overlaps(row, other));
    if (earlier) found.push({ index: row.index, other: earlier.index });
  });
  return found;
}
