import { z } from "@hono/zod-openapi";
import { LongText, Title } from "./scalars.ts";

// M8: a vision or strategy statement as an admin writes it: the API validates it, the services
// take its type.

export const StrategyKind = z.enum(["vision", "strategy"]);

/** M8: what is going on, that the strategy answers. Null or blank: not written yet. */
const Diagnosis = LongText.nullable().openapi({
  description: "M8: the diagnosis, what is going on that the strategy answers",
});
/** M8: what we will not do while following the strategy. */
const Guardrails = LongText.nullable().openapi({ description: "M8: the guardrails, what we will not do" });

export const CreateStrategy = z
  .strictObject({
    kind: StrategyKind,
    title: Title,
    body: LongText.optional(),
    diagnosis: Diagnosis.optional(),
    guardrails: Guardrails.optional(),
  })
  .openapi("CreateStrategy");
export const UpdateStrategy = z
  .strictObject({
    kind: StrategyKind.optional(),
    title: Title.optional(),
    body: LongText.optional(),
    diagnosis: Diagnosis.optional(),
    guardrails: Guardrails.optional(),
  })
  .openapi("UpdateStrategy");

export type CreateStrategy = z.infer<typeof CreateStrategy>;
