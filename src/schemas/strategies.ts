import { z } from "@hono/zod-openapi";
import { LongText, Title } from "./scalars.ts";

// M8: a vision or strategy statement as an admin writes it: the API validates it, the services
// take its type.

export const StrategyKind = z.enum(["vision", "strategy"]);

export const CreateStrategy = z
  .strictObject({ kind: StrategyKind, title: Title, body: LongText.optional() })
  .openapi("CreateStrategy");
export const UpdateStrategy = z
  .strictObject({ kind: StrategyKind.optional(), title: Title.optional(), body: LongText.optional() })
  .openapi("UpdateStrategy");

export type CreateStrategy = z.infer<typeof CreateStrategy>;
