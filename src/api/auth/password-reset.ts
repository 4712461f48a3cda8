import { createRoute, z } from "@hono/zod-openapi";
import { Email, Password } from "../../schemas/accounts.ts";
import {
  confirmPasswordReset,
  describeReset,
  RESET_VALID_MS,
  requestPasswordReset,
} from "../../services/accounts/password-reset.ts";
import { errorsOf, securityOf } from "../shared/contract.ts";
import type { Api } from "../shared/env.ts";
import { noContent, reply } from "../shared/reply.ts";
import { jsonBody, jsonResponse, LinkToken, TokenParams } from "../shared/schemas.ts";

// Password reset (docs/accounts-and-access.md): ask for a link by email, then set a password
// with it. Open to anyone: the person has forgotten how to sign in.

const tags = ["Accounts"];
const ResetRequested = z
  .object({
    mailEnabled: z.boolean().openapi({
      description: "Whether this server sends mail; without it an admin makes the link (grove reset-link)",
    }),
    validMinutes: z.number().int(),
  })
  .openapi("PasswordResetRequested");

export function registerPasswordResetRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/password-reset",
      operationId: "requestPasswordReset",
      security: securityOf("public", "post"),
      tags,
      summary: "Ask for a password reset link by mail",
      description:
        "The answer is the same, in the same time, whether or not the address has an account; with one, a link that works once for an hour is mailed to it.",
      request: { body: jsonBody(z.strictObject({ email: Email }).openapi("PasswordResetRequest")) },
      responses: {
        ...errorsOf(400, 413, 415),
        202: jsonResponse(ResetRequested, "Asked; a mail follows if the address has an account"),
      },
    }),
    async (c) => {
      const services = c.get("services");
      await requestPasswordReset(services, c.req.valid("json").email);
      return reply(c, { mailEnabled: services.messaging.mail, validMinutes: RESET_VALID_MS / 60_000 }, 202);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/auth/password-reset/{token}",
      operationId: "checkPasswordReset",
      description: "Whether a reset link is still valid, without using it (no sign-in).",
      security: securityOf("public", "get"),
      tags,
      summary: "Check a password reset link before typing a new password",
      request: { params: TokenParams },
      responses: {
        ...errorsOf(400, 404, 410),
        200: jsonResponse(z.object({ email: z.string() }), "The link works: the account it resets"),
      },
    }),
    async (c) => reply(c, await describeReset(c.get("services"), c.req.valid("param").token)),
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/password-reset/confirm",
      operationId: "confirmPasswordReset",
      description:
        "Sets the new password and ends every session of the account, so whoever had the old one is out (no sign-in).",
      security: securityOf("public", "post"),
      tags,
      summary: "Set a new password with a reset link; ends every session of the account",
      request: {
        body: jsonBody(z.strictObject({ token: LinkToken, password: Password }).openapi("PasswordResetConfirm")),
      },
      responses: {
        ...errorsOf(400, 404, 410, 413, 415),
        204: { description: "Password set; sign in with it" },
      },
    }),
    async (c) => {
      await confirmPasswordReset(c.get("services"), c.req.valid("json"));
      return noContent(c);
    },
  );
}
