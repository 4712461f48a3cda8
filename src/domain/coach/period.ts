import type { Period } from "./types.ts";

const QUARTER = /^(\d{4})-Q([1-4])$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2027-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2027-Q1" -> 2027-01-01..2027-03-31; null when the name is not a calendar quarter. */
export function quarterPeriod(name: string): Period | null {
  const match = QUARTER.exec(name);
  if (!match) return null;
  const year = Number(match[1]);
  const quarter = Number(match[2]);
  const firstMonth = (quarter - 1) * 3 + 1;
  // Day 0 of the month after the quarter is the quarter's last day.
  const lastDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    name,
    startsOn: `${year}-${pad(firstMonth)}-01`,
    endsOn: `${year}-${pad(firstMonth + 2)}-${pad(lastDay)}`,
  };
}

/** ISO dates compare correctly as strings. */
export function isWithin(date: string, period: Period): boolean {
  return date >= period.startsOn && date <= period.endsOn;
}
