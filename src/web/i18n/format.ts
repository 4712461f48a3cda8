import { useTranslation } from "react-i18next";
import { clampForDisplay } from "../../domain/progress.ts";
import { currentLanguage } from "./index.ts";

const DAY = 86_400_000;

/** Number, date and time formatting for the active language, all through Intl. */
export function makeFormat(locale: string) {
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const shortDate = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  return {
    locale,
    percent: (fraction: number | null | undefined) => (fraction == null ? "–" : percent.format(fraction)),
    /** S1: a KR's or objective's progress, shown between 0 and 100 % (stored unclamped). */
    progress: (fraction: number | null | undefined) =>
      fraction == null ? "–" : percent.format(clampForDisplay(fraction)),
    number: (value: number | null | undefined) => (value == null ? "–" : decimal.format(value)),
    /** A KR value with its unit as the team wrote it; "%" sticks to the number. */
    value: (value: number | null | undefined, unit: string) => {
      if (value == null) return "–";
      const text = decimal.format(value);
      if (!unit) return text;
      return unit === "%" ? `${text}%` : `${text} ${unit}`;
    },
    /** Dates are ISO days ('YYYY-MM-DD') or timestamps; both are shown in UTC days. */
    date: (iso: string | Date | null | undefined) => (iso == null ? "–" : date.format(toDate(iso))),
    shortDate: (iso: string | Date) => shortDate.format(toDate(iso)),
    /** A moment in the reader's own time zone ("12 Mar 2027, 14:05"). */
    dateTime: (iso: string | Date) => dateTime.format(toDate(iso)),
    /** "3 days ago", "today", "3天前". */
    daysAgo: (iso: string | Date, now: Date) => {
      const days = Math.floor((now.getTime() - toDate(iso).getTime()) / DAY);
      return relative.format(-Math.max(0, days), "day");
    },
  };
}

export type Format = ReturnType<typeof makeFormat>;

function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
}

const cache = new Map<string, Format>();

export function useFormat(): Format {
  const { i18n } = useTranslation();
  const locale = currentLanguage(i18n.language);
  let format = cache.get(locale);
  if (!format) {
    format = makeFormat(locale);
    cache.set(locale, format);
  }
  return format;
}
