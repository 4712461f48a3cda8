import { z } from "@hono/zod-openapi";
import { Uuid } from "./scalars.ts";

// A comment as a person writes or edits it: the API validates it, the services take its type.

export const WriteComment = z
  .strictObject({
    body: z.string().trim().min(1).max(5000),
    mentionIds: z
      .array(Uuid)
      .max(50)
      .optional()
      .openapi({ description: "People picked in the UI; @Full Name in the body is found as well" }),
  })
  .openapi("WriteComment");

export type WriteComment = z.infer<typeof WriteComment>;
