import { createRoute, z } from "@hono/zod-openapi";
import { renderSVG } from "uqr";
import { GivenPassword } from "../../schemas/accounts.ts";
import {
  confirmTwoFactor,
  disableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorSetup,
  twoFactorStatus,
} from "../../services/accounts/two-factor.ts";
import { errorsOf, securityOf } from "../shared/contract.ts";
import type { Api } from "../shared/env.ts";
import { noContent, reply } from "../shared/reply.ts";
import { jsonBody, jsonResponse, Timestamp } from "../shared/schemas.ts";
import { clientAddress } from "./client-address.ts";
import { signedIn } from "./password-and-sessions.ts";
import { answerThrottled, throttledResponses } from "./throttled.ts";

// A signed-in person's own two-factor sign-in (services/accounts/two-factor.ts). Like the password,
// only a web session may change it: an API token is a script, not the person.

const tags = ["Accounts"];
const Code = z.string().min(1).max(40).openapi({ description: "The 6-digit code of the authenticator app" });
const RecoveryCodes = z
  .object({
    recoveryCodes: z.array(z.string()).openapi({
      description: "Each signs in once instead of a code. Shown this once: Grove keeps only their hashes.",
    }),
  })
  .openapi("RecoveryCodes");
const TwoFactorStatus = z
  .object({
    enabled: z.boolean(),
    enabledAt: Timestamp.nullable(),
    recoveryCodesLeft: z.number().int(),
  })
  .openapi("TwoFactorStatus");
const TwoFactorSetup = z
  .object({
    secret: z.string().openapi({ description: "The key in base32, to type into the app by hand" }),
    uri: z.string().openapi({ description: "The otpauth:// URI the QR code holds" }),
    qrCode: z.string().openapi({ description: "The QR code of the URI, an SVG image as a data: URL" }),
  })
  .openapi("TwoFactorSetup");

export function registerTwoFactorRoutes(api: Api, options: { trustProxy: number }): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/auth/two-factor",
      operationId: "getTwoFactorStatus",
      description: "Whether two-factor sign-in is on for you, and how many unused recovery codes you have left.",
      security: securityOf("session", "get"),
      tags,
      summary: "Whether your two-factor sign-in is on, and how many recovery codes are left",
      responses: {
        ...errorsOf(400, 401),
        200: jsonResponse(TwoFactorStatus, "Your two-factor sign-in"),
      },
    }),
    async (c) => {
      const status = await twoFactorStatus(c.get("services"), signedIn(c).userId);
      return reply(c, { ...status, enabledAt: status.enabledAt?.toISOString() ?? null });
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/two-factor/setup",
      operationId: "startTwoFactorSetup",
      security: securityOf("session", "post"),
      tags,
      summary: "Start setting up two-factor sign-in: a new secret for your authenticator app",
      request: {
        body: jsonBody(z.strictObject({ password: GivenPassword }).openapi("StartTwoFactor")),
      },
      description:
        "Takes your password (a wrong one: sign-in's 401, counted in the sign-in throttle). Sign-in does not " +
        "ask for a code until it is confirmed (POST /auth/two-factor/confirm). Starting again replaces an " +
        "unconfirmed secret; while two-factor sign-in is on the answer is 409 already_on.",
      responses: {
        ...errorsOf(400, 401, 403, 409, 413, 415),
        201: jsonResponse(TwoFactorSetup, "The secret, as a QR code and as text"),
        ...throttledResponses,
      },
    }),
    async (c) =>
      answerThrottled(c, async () => {
        const { secret, uri } = await startTwoFactorSetup(
          c.get("services"),
          { userId: signedIn(c).userId, password: c.req.valid("json").password },
          clientAddress(c, options.trustProxy),
        );
        const svg = renderSVG(uri, { border: 2, pixelSize: 6 });
        const qrCode = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
        return reply(c, { secret, uri, qrCode }, 201);
      }),
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/two-factor/confirm",
      operationId: "confirmTwoFactor",
      description:
        "Two-factor sign-in is on once a current code of the new secret is given; the recovery codes are in this answer only.",
      security: securityOf("session", "post"),
      tags,
      summary: "Turn two-factor sign-in on with a current code of the new secret; get recovery codes once",
      request: { body: jsonBody(z.strictObject({ code: Code }).openapi("ConfirmTwoFactor")) },
      responses: {
        ...errorsOf(400, 401, 403, 409, 413, 415),
        200: jsonResponse(RecoveryCodes, "On; the recovery codes, shown this once"),
      },
    }),
    async (c) => {
      const result = await confirmTwoFactor(c.get("services"), signedIn(c).userId, c.req.valid("json").code);
      return reply(c, result);
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/two-factor/disable",
      operationId: "disableTwoFactor",
      security: securityOf("session", "post"),
      tags,
      summary: "Turn two-factor sign-in off, with your password or a current code",
      request: {
        body: jsonBody(
          z
            .strictObject({ password: GivenPassword.optional(), code: Code.optional() })
            .refine((body) => (body.password === undefined) !== (body.code === undefined), {
              message: "send your password or a current code, one of the two",
              path: ["password"],
            })
            .openapi("DisableTwoFactor"),
        ),
      },
      description:
        "A wrong password gets sign-in's 401; a wrong or used code 401 with the rule wrong_code or code_replayed " +
        "on code. Both count in the sign-in throttle (429 when used up).",
      responses: {
        ...errorsOf(400, 401, 403, 409, 413, 415),
        204: { description: "Off; the recovery codes are void" },
        ...throttledResponses,
      },
    }),
    async (c) =>
      answerThrottled(c, async () => {
        const body = c.req.valid("json");
        await disableTwoFactor(
          c.get("services"),
          { userId: signedIn(c).userId, ...body },
          clientAddress(c, options.trustProxy),
        );
        return noContent(c);
      }),
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/auth/two-factor/recovery-codes",
      operationId: "renewRecoveryCodes",
      security: securityOf("session", "post"),
      tags,
      summary: "New recovery codes for the old ones, with a current code",
      request: { body: jsonBody(z.strictObject({ code: Code }).openapi("RegenerateRecoveryCodes")) },
      description: "A wrong or used code is 401 naming its rule on code, counted in the sign-in throttle.",
      responses: {
        ...errorsOf(400, 401, 403, 409, 413, 415),
        200: jsonResponse(RecoveryCodes, "The new recovery codes, shown this once; the old ones are void"),
        ...throttledResponses,
      },
    }),
    async (c) =>
      answerThrottled(c, async () => {
        const result = await regenerateRecoveryCodes(
          c.get("services"),
          { userId: signedIn(c).userId, code: c.req.valid("json").code },
          clientAddress(c, options.trustProxy),
        );
        return reply(c, result);
      }),
  );
}
