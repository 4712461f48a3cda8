import { AppError, type FieldIssue } from "./errors.ts";
import { type DateRange, type NamedPeriod, quarterRange } from "./period.ts";

/**
 * The dates a period has after it is created (`current` null) or edited. A quarter's dates
 * follow from its name ("2027-Q1" is 2027-01-01 to 2027-03-31): other dates are refused, since a
 * quarter that is not the quarter misleads every page and file that names it; rename it to give
 * it other dates. A quarter keeps the dates it has when an edit gives none (periods written
 * before this rule). Other periods need both dates, the end on or after the start.
 */
export function resolvePeriodDates(name: string, given: Partial<DateRange>, current: NamedPeriod | null): DateRange {
  const quarter = quarterRange(name);
  if (quarter) {
    const issues = (["startsOn", "endsOn"] as const).flatMap((field): FieldIssue[] =>
      given[field] !== undefined && given[field] !== quarter[field]
        ? [
            {
              field,
              rule: "quarter",
              message: `${name} runs from ${quarter.startsOn} to ${quarter.endsOn}; give the period another name for other dates`,
            },
          ]
        : [],
    );
    if (issues.length > 0) throw new AppError("validation_failed", "A quarter's dates follow from its name", issues);
    const unchanged = current?.name === name && given.startsOn === undefined && given.endsOn === undefined;
    return unchanged ? { startsOn: current.startsOn, endsOn: current.endsOn } : quarter;
  }
  const startsOn = given.startsOn ?? current?.startsOn;
  const endsOn = given.endsOn ?? current?.endsOn;
  if (!startsOn || !endsOn) {
    throw new AppError("validation_failed", "A period that is not a quarter (YYYY-Qn) needs start and end dates", [
      ...(startsOn ? [] : [{ field: "startsOn", rule: "required", message: "give the first day of the period" }]),
      ...(endsOn ? [] : [{ field: "endsOn", rule: "required", message: "give the last day of the period" }]),
    ]);
  }
  if (endsOn < startsOn) {
    throw new AppError("validation_failed", "A period must end on or after its first day", [
      { field: "endsOn", rule: "after_start", message: "the end date is before the start date" },
    ]);
  }
  return { startsOn, endsOn };
}
