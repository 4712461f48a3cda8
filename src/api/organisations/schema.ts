import { z } from "@hono/zod-openapi";
import { Slug } from "../../schemas/accounts.ts";
import { Timestamp, Uuid } from "../shared/schemas.ts";

export const CreateOrganisation = z
  .strictObject({ slug: Slug, name: z.string().trim().min(1).max(200) })
  .openapi("CreateOrganisation");
export const UpdateOrganisation = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    reviewCadenceWeeks: z.number().int().optional().openapi({
      description: "S4: weeks between formal reviews, 4 to 13 (6 by default); shorter is refused with 422 S4",
    }),
  })
  .openapi("UpdateOrganisation");

export const Organisation = z
  .object({
    id: Uuid,
    slug: z.string(),
    name: z.string(),
    reviewCadenceWeeks: z.number().int().openapi({ description: "S4: weeks between formal reviews" }),
    createdAt: Timestamp,
  })
  .openapi("Organisation");
