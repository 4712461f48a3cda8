import { createRoute, z } from "@hono/zod-openapi";
import { createApiToken, listApiTokens, revokeApiToken } from "../../services/accounts/api-tokens.ts";
import { createInvitation, listInvitations, revokeInvitation } from "../../services/accounts/invitations.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { noContent, reply } from "../shared/reply.ts";
import {
  EmailAddress,
  errorResponses,
  jsonBody,
  jsonResponse,
  OrgIdParams,
  OrgParams,
  Timestamp,
  Uuid,
} from "../shared/schemas.ts";

const OrgRole = z
  .enum(["admin", "member", "viewer"])
  .openapi({ description: "admin manages the organisation; viewer only reads" });
const TokenScope = z.enum(["read", "check_ins"]).openapi({ description: "read, or read and record check-ins" });

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
const NewInvitation = z
  .object({
    id: Uuid,
    email: z.string(),
    role: OrgRole,
    expiresAt: Timestamp,
    token: z.string().openapi({ description: "Shown once: the link is /invite/{token}" }),
    mailed: z.boolean().openapi({ description: "True when the link was mailed to the invitee (mail is on)" }),
  })
  .openapi("NewInvitation");
const ApiToken = z
  .object({
    id: Uuid,
    name: z.string(),
    scope: TokenScope,
    createdAt: Timestamp,
    lastUsedAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
  })
  .openapi("ApiToken");
const NewApiToken = z
  .object({
    id: Uuid,
    name: z.string(),
    scope: TokenScope,
    createdAt: Timestamp,
    token: z.string().openapi({ description: "Shown once; send as Authorization: Bearer" }),
  })
  .openapi("NewApiToken");

export function registerAccessRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/invitations",
      tags: ["People"],
      request: {
        params: OrgParams,
        body: jsonBody(
          z
            .strictObject({ email: EmailAddress, name: z.string().trim().max(200).optional(), role: OrgRole })
            .openapi("CreateInvitation"),
        ),
      },
      responses: { 201: jsonResponse(NewInvitation, "Invitation created"), ...errorResponses },
    }),
    async (c) =>
      reply(
        c,
        await createInvitation(c.get("services"), await scopeOf(c, c.req.valid("param").org), c.req.valid("json")),
        201,
      ),
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/invitations",
      tags: ["People"],
      request: { params: OrgParams },
      responses: {
        200: jsonResponse(z.object({ invitations: z.array(Invitation) }), "Invitations"),
        ...errorResponses,
      },
    }),
    async (c) =>
      reply(c, { invitations: await listInvitations(c.get("services"), await scopeOf(c, c.req.valid("param").org)) }),
  );
  api.openapi(
    createRoute({
      method: "delete",
      path: "/orgs/{org}/invitations/{id}",
      tags: ["People"],
      summary: "Withdraw an invitation that has not been accepted",
      request: { params: OrgIdParams },
      responses: { 204: { description: "Withdrawn" }, ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      await revokeInvitation(c.get("services"), await scopeOf(c, org), id);
      return noContent(c);
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/api-tokens",
      tags: ["API tokens"],
      request: {
        params: OrgParams,
        body: jsonBody(
          z.strictObject({ name: z.string().trim().min(1).max(100), scope: TokenScope }).openapi("CreateApiToken"),
        ),
      },
      responses: { 201: jsonResponse(NewApiToken, "Token created; its secret is shown only now"), ...errorResponses },
    }),
    async (c) =>
      reply(
        c,
        await createApiToken(c.get("services"), await scopeOf(c, c.req.valid("param").org), c.req.valid("json")),
        201,
      ),
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/api-tokens",
      tags: ["API tokens"],
      request: { params: OrgParams },
      responses: { 200: jsonResponse(z.object({ apiTokens: z.array(ApiToken) }), "Your tokens"), ...errorResponses },
    }),
    async (c) =>
      reply(c, { apiTokens: await listApiTokens(c.get("services"), await scopeOf(c, c.req.valid("param").org)) }),
  );
  api.openapi(
    createRoute({
      method: "delete",
      path: "/orgs/{org}/api-tokens/{id}",
      tags: ["API tokens"],
      request: { params: OrgIdParams },
      responses: { 204: { description: "Revoked" }, ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      await revokeApiToken(c.get("services"), await scopeOf(c, org), id);
      return noContent(c);
    },
  );
}
