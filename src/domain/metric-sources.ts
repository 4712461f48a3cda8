// Metric sources (docs/metric-sources.md): where a KR's number comes from when no person takes it
// (K1, K2: a KR is measured, not remembered). The pure parts: when a source is due, where the
// number is in a JSON answer or a CSV file, and what counts as a number.

export const SOURCE_KINDS = ["http_json", "csv", "sql"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SCHEDULES = ["hourly", "daily", "weekly"] as const;
export type ScheduleEvery = (typeof SCHEDULES)[number];

/** A source's schedule in UTC: hourly at a minute past, daily at a time, weekly on an ISO weekday (1 = Monday). */
export interface SourceSchedule {
  every: ScheduleEvery;
  atHour: number;
  atMinute: number;
  weekday: number;
}

const HOUR_MS = 3_600_000;

/** The scheduled job's slot: one per UTC hour ("2026-12-06T03"). */
export function hourSlot(now: Date): string {
  return now.toISOString().slice(0, 13);
}

export function slotStart(slot: string): Date {
  return new Date(`${slot}:00:00.000Z`);
}

/** The times in the hour from `hourStart` at which a source is due: none or one. */
export function dueTimesInHour(schedule: SourceSchedule, hourStart: Date): Date[] {
  const at = new Date(hourStart.getTime() + schedule.atMinute * 60_000);
  if (schedule.every === "hourly") return [at];
  if (hourStart.getUTCHours() !== schedule.atHour) return [];
  if (schedule.every === "weekly" && isoWeekday(hourStart) !== schedule.weekday) return [];
  return [at];
}

export function isoWeekday(at: Date): number {
  return ((at.getUTCDay() + 6) % 7) + 1;
}

/**
 * How long a "sync now" stands for: two clicks (or a retried request) within these ten seconds
 * are one reading, while a person who fixes a source and asks again soon after gets a new one.
 */
export const SYNC_NOW_WINDOW_MS = 10_000;

/** The reading time of a "sync now": the start of its ten seconds (SYNC_NOW_WINDOW_MS). */
export function syncNowTime(now: Date): Date {
  return new Date(Math.floor(now.getTime() / SYNC_NOW_WINDOW_MS) * SYNC_NOW_WINDOW_MS);
}

/** The next time a schedule is due after `now` (for the KR page: "next sync"). */
export function nextDue(schedule: SourceSchedule, now: Date): Date {
  const hour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  for (let h = 0; h <= 24 * 8; h++) {
    const [due] = dueTimesInHour(schedule, new Date(hour + h * HOUR_MS));
    if (due && due.getTime() > now.getTime()) return due;
  }
  throw new Error("a schedule is due at least once a week");
}

// JSON paths: a documented subset, not a library. `$` or nothing for the root, `.name` or
// `name` for a key, `[0]` for an index (negative from the end: `[-1]` is the last item),
// `["a key"]` for a key with other characters. Examples: `data.total`, `$.series[-1].value`.
export type PathSegment = string | number;

const SEGMENT = /\.?([A-Za-z_$][\w$-]*)|\[(-?\d+)\]|\["((?:[^"\\]|\\.)*)"\]/y;

/** The path's segments, or null with no segments when it is not one (the schema refuses it). */
export function parseJsonPath(path: string): PathSegment[] | null {
  const rest = path.startsWith("$") ? path.slice(1) : path;
  const segments: PathSegment[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < rest.length) {
    const start = SEGMENT.lastIndex;
    const match = SEGMENT.exec(rest);
    if (!match || (start > 0 && match[1] !== undefined && rest[start] !== ".")) return null;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(`"${match[3]}"`) as string);
  }
  return segments;
}

/** What the path points at in a parsed JSON document; undefined when nothing is there. */
export function readJsonPath(document: unknown, segments: PathSegment[]): unknown {
  let at: unknown = document;
  for (const segment of segments) {
    if (typeof segment === "number") {
      if (!Array.isArray(at)) return undefined;
      at = at[segment < 0 ? at.length + segment : segment];
    } else {
      if (at === null || typeof at !== "object" || Array.isArray(at) || !Object.hasOwn(at, segment)) return undefined;
      at = (at as Record<string, unknown>)[segment];
    }
  }
  return at;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A finite number, or a string that is one ("42", " 3.5 ", "1e3"); anything else is not a reading. */
export function asReading(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || !NUMBER.test(value.trim())) return null;
  const number = Number(value.trim());
  return Number.isFinite(number) ? number : null;
}

/** Which row of a CSV file holds the reading: the last one, or the one whose date column holds the reading's date. */
export interface CsvRowRule {
  column: string;
  row: "last" | "date";
  dateColumn: string;
}

/**
 * The cell of a CSV file (its header row first) that holds the reading, or why there is none.
 * A date cell matches when it starts with the date (YYYY-MM-DD), so "2026-12-06T00:00Z" does too.
 */
export function pickCsvCell(
  rows: string[][],
  rule: CsvRowRule,
  date: string,
): { cell: string; error?: undefined } | { error: string } {
  const [header, ...body] = rows;
  if (!header) return { error: "the file is empty" };
  const names = header.map((name) => name.trim());
  const column = names.indexOf(rule.column);
  if (column < 0) return { error: `no column "${rule.column}" (the columns are ${names.join(", ")})` };
  let row: string[] | undefined;
  if (rule.row === "last") {
    row = body.filter((cells) => cells.some((cell) => cell.trim() !== "")).at(-1);
    if (!row) return { error: "the file has no rows under its header" };
  } else {
    const dateColumn = names.indexOf(rule.dateColumn);
    if (dateColumn < 0) return { error: `no date column "${rule.dateColumn}"` };
    row = body.findLast((cells) => (cells[dateColumn] ?? "").trim().startsWith(date));
    if (!row) return { error: `no row dated ${date} in column "${rule.dateColumn}"` };
  }
  return { cell: row[column] ?? "" };
}
