import { z } from "@hono/zod-openapi";
import { FiniteNumber, Uuid } from "./scalars.ts";

// A review's decision on a key result (S7) as the team sends it: the API validates it, the
// services take its type.

export const Decision = z.enum(["keep", "revise", "drop"]);

export const DecideKeyResult = z
  .strictObject({
    keyResultId: Uuid,
    decision: Decision,
    target: FiniteNumber.optional().openapi({ description: "revise: the new target" }),
    reason: z.string().max(2000).optional().openapi({ description: "Required to revise or drop (S7)" }),
  })
  .openapi("DecideKeyResult");

export type DecideKeyResult = z.infer<typeof DecideKeyResult>;
