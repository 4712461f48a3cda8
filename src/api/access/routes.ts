import { z } from "@hono/zod-openapi";
import { createApiToken, listApiTokens, revokeApiToken } from "../../services/accounts/api-tokens.ts";
import { createInvitation, listInvitations, revokeInvitation } from "../../services/accounts/invitations.ts";
import type { Api } from "../shared/env.ts";
import { orgRoutes } from "../shared/org-route.ts";
import { EmailAddress, Timestamp, Uuid } from "../shared/schemas.ts";

export const OrgRole = z
  .enum(["admin", "member", "viewer"])
  .openapi({ description: "admin manages the organisation; viewer only reads" });
export const TokenScope = z.enum(["read", "check_ins", "write"]).openapi({
  description:
    "read; check_ins: read and record check-ins; write: also write OKRs (objectives, key results, units, " +
    "periods) as far as the token's person may, never people, roles, tokens or the organisation",
});
const TokenExpiry = Timestamp.nullable().openapi({ description: "When the token stops working; null: until revoked" });

const Invitation = z
  .object({
    id: Uuid,
    email: z.string(),
    name: z.string(),
    role: OrgRole,
    createdAt: Timestamp,
    expiresAt: Timestamp,
    acceptedAt: Timestamp.nullable(),
  })
  .openapi("Invitation");
/** The invitation just made: what the list shows of it, and its link's token this once. */
const NewInvitation = Invitation.pick({ id: true, email: true, role: true, expiresAt: true })
  .extend({
    token: z.string().openapi({ description: "Shown once: the link is /invite/{token}" }),
    mailed: z.boolean().openapi({ description: "True when the link was mailed to the invitee (mail is on)" }),
  })
  .openapi("NewInvitation");
export const ApiToken = z
  .object({
    id: Uuid,
    name: z.string(),
    scope: TokenScope,
    createdAt: Timestamp,
    expiresAt: TokenExpiry,
    lastUsedAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
  })
  .openapi("ApiToken");
/** The token just made: what the list shows of it, and its secret this once. */
const NewApiToken = ApiToken.pick({ id: true, name: true, scope: true, createdAt: true, expiresAt: true })
  .extend({ token: z.string().openapi({ description: "Shown once; send as Authorization: Bearer" }) })
  .openapi("NewApiToken");

export function registerAccessRoutes(api: Api): void {
  const people = orgRoutes(api, ["People"]);
  const tokens = orgRoutes(api, ["API tokens"]);
  people.post("/orgs/{org}/invitations", {
    operationId: "createInvitation",
    description:
      "Admins invite by email with an organisation role (M3: admins run the organisation, members write their units' OKRs, viewers read). The link is mailed and expires; accepting it creates the account.",
    summary: "Invite a person by email with a role in the organisation (M3)",
    body: z
      .strictObject({ email: EmailAddress, name: z.string().trim().max(200).optional(), role: OrgRole })
      .openapi("CreateInvitation"),
    responds: [201, NewInvitation, "Invitation created"],
    serve: createInvitation,
  });
  people.get("/orgs/{org}/invitations", {
    operationId: "listInvitations",
    description: "Admins see who was invited, with which role and until when.",
    summary: "Invitations not yet accepted",
    responds: [200, z.object({ invitations: z.array(Invitation) }), "Invitations"],
    serve: listInvitations,
    field: "invitations",
  });
  people.delete("/orgs/{org}/invitations/{id}", {
    operationId: "withdrawInvitation",
    description: "Admins withdraw an open invitation; its link stops working.",
    summary: "Withdraw an invitation that has not been accepted",
    responds: [204, "Withdrawn"],
    serve: revokeInvitation,
  });
  tokens.post("/orgs/{org}/api-tokens", {
    operationId: "createApiToken",
    description:
      "A token for a script or CI job, bounded to this organisation, with its scopes (read, check-ins, write OKRs) and an optional expiry; the secret is in this answer only. Your own role bounds what it may do (M3).",
    summary: "Create an API token for scripts; its secret is shown once",
    body: z
      .strictObject({
        name: z.string().trim().min(1).max(100),
        scope: TokenScope,
        expiresAt: z.iso
          .datetime({ offset: true })
          .nullable()
          .optional()
          .openapi({ description: "When the token stops working (401 after it); absent or null: until revoked" }),
      })
      .openapi("CreateApiToken"),
    responds: [201, NewApiToken, "Token created; its secret is shown only now"],
    serve: createApiToken,
  });
  tokens.get("/orgs/{org}/api-tokens", {
    operationId: "listApiTokens",
    description: "Yours only, with their scopes, expiry and last use; never their secrets.",
    summary: "Your API tokens in this organisation (never their secrets)",
    responds: [200, z.object({ apiTokens: z.array(ApiToken) }), "Your tokens"],
    serve: listApiTokens,
    field: "apiTokens",
  });
  tokens.delete("/orgs/{org}/api-tokens/{id}", {
    operationId: "revokeApiToken",
    description: "Your own token, or any token of the organisation for an admin; the next request with it gets 401.",
    summary: "Revoke an API token: it stops working at once",
    responds: [204, "Revoked"],
    serve: revokeApiToken,
  });
}
