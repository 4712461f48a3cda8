import { createRoute, z } from "@hono/zod-openapi";
import {
  confirmEmailVerification,
  LINKS_PER_HOUR,
  resendVerificationLink,
  VERIFICATION_VALID_MS,
} from "../../services/accounts/email-verification.ts";
import { errorsOf, securityOf } from "../shared/contract.ts";
import type { Api } from "../shared/env.ts";
import { reply } from "../shared/reply.ts";
import { jsonBody, jsonResponse, LinkToken } from "../shared/schemas.ts";
import { requireUser } from "./authenticate.ts";
import { answerThrottled, ThrottledResponse } from "./throttled.ts";

// Email verification (docs/accounts-and-access.md, "Email verification"): a signed-in account asks
// for a new link; anyone holding a link follows it (the link is the credential, as a reset's is).

const tags = ["Accounts"];
const Verified = z.object({ email: z.string() }).openapi("EmailVerified");

export function registerEmailVerificationRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/email-verification",
      operationId: "sendEmailVerification",
      security: securityOf("session", "post"),
      tags,
      summary: "Mail a new verification link to your own address",
      description:
        `One link a minute and ${LINKS_PER_HOUR} an hour per account (429 with Retry-After beyond). ` +
        "409 when the address is verified already (rule already_verified) or the server does not ask for " +
        "verification (rule verification_off). Only for the signed-in account's own address.",
      responses: {
        ...errorsOf(400, 401, 403, 409),
        202: jsonResponse(
          z.object({ email: z.string(), validHours: z.number().int() }).openapi("VerificationSent"),
          "A new link is on its way",
        ),
        429: {
          description: "A link was sent less than a minute ago, or too many in the last hour",
          headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" as const } } },
          content: { "application/json": { schema: ThrottledResponse } },
        },
      },
    }),
    async (c) =>
      answerThrottled(c, async () => {
        const sent = await resendVerificationLink(c.get("services"), requireUser(c));
        return reply(c, { email: sent.email, validHours: VERIFICATION_VALID_MS / 3_600_000 }, 202);
      }),
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/email-verification/confirm",
      operationId: "confirmEmailVerification",
      security: securityOf("public", "post"),
      tags,
      summary: "Verify an address with the link mailed to it",
      description:
        "Works once, for 24 hours, signed in or not. A used link answers 410 (token/used: the address is " +
        "verified by then), an expired one 410 (token/expired), one Grove never made 400 (token/unknown).",
      request: { body: jsonBody(z.strictObject({ token: LinkToken }).openapi("EmailVerificationConfirm")) },
      responses: {
        ...errorsOf(400, 410, 413, 415),
        200: jsonResponse(Verified, "The address is verified"),
      },
    }),
    async (c) => reply(c, await confirmEmailVerification(c.get("services"), c.req.valid("json").token)),
  );
}
