import { z } from "@hono/zod-openapi";
import { Timestamp, Uuid } from "../shared/schemas.ts";

export const Slug = z
  .string()
  .min(2)
  .max(63)
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: "use lowercase letters, digits and dashes" });

export const CreateOrganisation = z
  .strictObject({ slug: Slug, name: z.string().trim().min(1).max(200) })
  .openapi("CreateOrganisation");
export const UpdateOrganisation = z
  .strictObject({ name: z.string().trim().min(1).max(200) })
  .openapi("UpdateOrganisation");

export const Organisation = z
  .object({ id: Uuid, slug: z.string(), name: z.string(), createdAt: Timestamp })
  .openapi("Organisation");
