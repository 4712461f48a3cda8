import { z } from "@hono/zod-openapi";
import { renderSVG } from "uqr";
import { GivenPassword } from "../../schemas/accounts.ts";
import {
  confirmTwoFactor,
  disableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorSetup,
  twoFactorStatus,
} from "../../services/accounts/two-factor.ts";
import type { Api } from "../shared/env.ts";
import { Timestamp } from "../shared/schemas.ts";
import { accountRoutes } from "./account-routes.ts";
import { clientAddress } from "./client-address.ts";

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
  const routes = accountRoutes(api, tags);
  const from = (c: Parameters<typeof clientAddress>[0]) => clientAddress(c, options.trustProxy);
  routes.get("/auth/two-factor", {
    operationId: "getTwoFactorStatus",
    summary: "Whether your two-factor sign-in is on, and how many recovery codes are left",
    description: "Whether two-factor sign-in is on for you, and how many unused recovery codes you have left.",
    responds: [200, TwoFactorStatus, "Your two-factor sign-in"],
    run: async ({ services, session }) => twoFactorStatus(services, session.userId),
  });
  routes.post("/auth/two-factor/setup", {
    operationId: "startTwoFactorSetup",
    summary: "Start setting up two-factor sign-in: a new secret for your authenticator app",
    description:
      "Takes your password (a wrong one: sign-in's 401, counted in the sign-in throttle). Sign-in does not " +
      "ask for a code until it is confirmed (POST /auth/two-factor/confirm). Starting again replaces an " +
      "unconfirmed secret; while two-factor sign-in is on the answer is 409 already_on.",
    body: z.strictObject({ password: GivenPassword }).openapi("StartTwoFactor"),
    responds: [201, TwoFactorSetup, "The secret, as a QR code and as text"],
    refusals: [409],
    throttled: true,
    run: async ({ c, services, session, json: { password } }) => {
      const { secret, uri } = await startTwoFactorSetup(services, { userId: session.userId, password }, from(c));
      const svg = renderSVG(uri, { border: 2, pixelSize: 6 });
      return { secret, uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
    },
  });
  routes.post("/auth/two-factor/confirm", {
    operationId: "confirmTwoFactor",
    summary: "Turn two-factor sign-in on with a current code of the new secret; get recovery codes once",
    description:
      "Two-factor sign-in is on once a current code of the new secret is given; the recovery codes are in this answer only.",
    body: z.strictObject({ code: Code }).openapi("ConfirmTwoFactor"),
    responds: [200, RecoveryCodes, "On; the recovery codes, shown this once"],
    refusals: [409],
    run: async ({ services, session, json: { code } }) => confirmTwoFactor(services, session.userId, code),
  });
  routes.post("/auth/two-factor/disable", {
    operationId: "disableTwoFactor",
    summary: "Turn two-factor sign-in off, with your password or a current code",
    description:
      "A wrong password gets sign-in's 401; a wrong or used code 401 with the rule wrong_code or code_replayed " +
      "on code. Both count in the sign-in throttle (429 when used up).",
    body: z
      .strictObject({ password: GivenPassword.optional(), code: Code.optional() })
      .refine((body) => (body.password === undefined) !== (body.code === undefined), {
        message: "send your password or a current code, one of the two",
        path: ["password"],
      })
      .openapi("DisableTwoFactor"),
    responds: [204, "Off; the recovery codes are void"],
    refusals: [409],
    throttled: true,
    run: async ({ c, services, session, json }) =>
      disableTwoFactor(services, { userId: session.userId, ...json }, from(c)),
  });
  routes.post("/auth/two-factor/recovery-codes", {
    operationId: "renewRecoveryCodes",
    summary: "New recovery codes for the old ones, with a current code",
    description: "A wrong or used code is 401 naming its rule on code, counted in the sign-in throttle.",
    body: z.strictObject({ code: Code }).openapi("RegenerateRecoveryCodes"),
    responds: [200, RecoveryCodes, "The new recovery codes, shown this once; the old ones are void"],
    refusals: [409],
    throttled: true,
    run: async ({ c, services, session, json: { code } }) =>
      regenerateRecoveryCodes(services, { userId: session.userId, code }, from(c)),
  });
}
