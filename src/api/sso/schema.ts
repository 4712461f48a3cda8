import { z } from "@hono/zod-openapi";
import { Timestamp } from "../shared/schemas.ts";

const Role = z.enum(["member", "viewer"]).openapi({
  description: "The organisation role of a just-in-time account; never admin (an admin promotes people)",
});

export const SsoSettings = z
  .object({
    configured: z.boolean(),
    enabled: z.boolean(),
    issuer: z.string(),
    clientId: z.string(),
    clientSecretSet: z.boolean().openapi({ description: "The secret itself is never returned" }),
    defaultRole: Role,
    allowedDomains: z.array(z.string()),
    requireSso: z.boolean(),
    callbackUrl: z.string().openapi({ description: "Register this as the redirect URI at the provider" }),
    changedAt: Timestamp.nullable(),
  })
  .openapi("SsoSettings");

export const PutSsoSettings = z
  .strictObject({
    enabled: z.boolean(),
    issuer: z.string().trim().min(1).max(500).openapi({ description: "https://..., the provider's issuer" }),
    clientId: z.string().trim().min(1).max(500),
    clientSecret: z
      .string()
      .min(1)
      .max(2000)
      .optional()
      .openapi({ description: "Write-only; leave it out to keep the stored secret" }),
    defaultRole: Role.default("member"),
    allowedDomains: z
      .array(z.string().max(253))
      .max(50)
      .default([])
      .openapi({ description: "Email domains the provider may sign in (exact match); empty: any" }),
    requireSso: z
      .boolean()
      .default(false)
      .openapi({ description: "Refuse password sign-in to members and viewers (admins keep it)" }),
  })
  .openapi("PutSsoSettings");
