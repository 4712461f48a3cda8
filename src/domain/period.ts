import { AppError } from "./errors.ts";

export interface DateRange {
  startsOn: string; // YYYY-MM-DD
  endsOn: string;
}

/** A period as OKR files and the coach name it: a name with its dates. */
export interface NamedPeriod extends DateRange {
  name: string;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2027-Q1" -> 2027-01-01 .. 2027-03-31. Returns null for names that are not quarters. */
export function quarterRange(name: string): DateRange | null {
  const match = QUARTER.exec(name);
  if (!match) return null;
  const year = Number(match[1]);
  const quarter = Number(match[2]);
  const startMonth = (quarter - 1) * 3; // 0-based
  const start = new Date(Date.UTC(year, startMonth, 1));
  const end = new Date(Date.UTC(year, startMonth + 3, 0)); // day 0 = last day of previous month
  return { startsOn: isoDate(start), endsOn: isoDate(end) };
}

/** "2027-Q1" with its dates; null when the name is not a calendar quarter. */
export function quarterPeriod(name: string): NamedPeriod | null {
  const range = quarterRange(name);
  return range && { name, ...range };
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2027-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The calendar quarter that contains `at`, e.g. "2026-Q4". */
export function quarterOf(at: Date): string {
  return `${at.getUTCFullYear()}-Q${Math.floor(at.getUTCMonth() / 3) + 1}`;
}

/** The quarter `offset` quarters after `name` (negative for earlier ones). */
export function shiftQuarter(name: string, offset: number): string {
  const match = QUARTER.exec(name);
  if (!match) throw new AppError("validation_failed", `${name} is not a quarter (YYYY-Qn)`);
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 + offset;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (dates or timestamps), negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / 86_400_000);
}

/** ISO dates compare correctly as strings. */
export function isWithin(date: string, range: DateRange): boolean {
  return date >= range.startsOn && date <= range.endsOn;
}
