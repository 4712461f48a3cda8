import { z } from "@hono/zod-openapi";
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from "../domain/paging.ts";

// The paging and sync query parameters every list takes, defined once (docs/api.md, "Paging and
// sync"): every list's route takes these schemas, so each parameter has one rule and one
// description wherever the document lists it.

const limit = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_PAGE_LIMIT)
  .default(DEFAULT_PAGE_LIMIT)
  .openapi({
    description: `Rows per page, 1 to ${MAX_PAGE_LIMIT} (default ${DEFAULT_PAGE_LIMIT})`,
  });

const cursor = z.string().min(1).max(1000).optional().openapi({
  description: "The `nextCursor` of the page before, unchanged (opaque); absent for the first page",
});

/** ?limit=&cursor=: one page of a list. */
export const PageQuery = z.object({ limit, cursor });

/** ?updatedSince=: only rows changed at or after this time (the lists an integration polls). */
export const UpdatedSinceQuery = z.object({
  updatedSince: z.iso.datetime({ offset: true }).optional().openapi({
    description: "Only rows changed at or after this time (ISO 8601 with offset); see docs/api.md for what counts",
  }),
});

export type PageParams = z.output<typeof PageQuery>;
