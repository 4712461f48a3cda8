import { z } from "@hono/zod-openapi";
import { Uuid } from "./scalars.ts";

// The query parameters several lists share, defined once. A parameter's name and place come from
// its key in the route's `request.query` object, so these carry only the rule and the words a
// reader of the OpenAPI document needs. Absent means the service's default (said in `description`).

/** ?limit=: how many at the most, a whole number from 1 to `max`. */
export const LimitQuery = (max: number, description: string) =>
  z.coerce.number().int().min(1).max(max).optional().openapi({ description });

/** ?offset=: how many to skip, for the next page of a list. */
export const OffsetQuery = (description?: string) => {
  const offset = z.coerce.number().int().min(0).optional();
  return description === undefined ? offset : offset.openapi({ description });
};

/** ?depth=: levels of units below the top one, 0 to 50. */
export const DepthQuery = (description: string) =>
  z.coerce.number().int().min(0).max(50).optional().openapi({ description });

/** ?unit=, ?root=, ?parentKeyResultId=: only what belongs to this one row (a unit, a key result). */
export const IdQuery = (description: string) => Uuid.optional().openapi({ description });

/** ?q=: text to look for, up to 200 characters. */
export const SearchTextQuery = (description: string) => z.string().max(200).openapi({ description });

/** ?period=: a period by id or name. */
export const PeriodQuery = z.object({
  period: z.string().min(1).max(100).openapi({ description: "A period id or name, e.g. 2027-Q1", example: "2027-Q1" }),
});

/** ?period= as a filter that may be left out: only what belongs to this period (by id or name). */
export const PeriodFilterQuery = (description: string) => PeriodQuery.shape.period.optional().openapi({ description });
