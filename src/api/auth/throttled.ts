import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { SignInThrottled } from "../../services/accounts/sign-in-throttle.ts";
import { errorBody } from "../errors.ts";
import { ErrorResponse } from "../shared/schemas.ts";

/** The 429 of the sign-in throttle: the error body with the wait, and the same wait as Retry-After. */
export const ThrottledResponse = z
  .object({
    error: ErrorResponse.shape.error.extend({
      retryAfterSeconds: z.number().int().positive().openapi({ description: "The Retry-After header's value" }),
    }),
  })
  .openapi("SignInThrottled");

export const throttledResponses = {
  429: {
    description:
      "Too many failed sign-ins for this email from this client address, or from this address for any email; " +
      "try again after Retry-After seconds",
    headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" as const } } },
    content: { "application/json": { schema: ThrottledResponse } },
  },
} as const;

/**
 * Runs a sign-in, sign-up or invitation acceptance; a throttled one answers 429 with Retry-After
 * (the shared error handler knows no headers). Everything else goes to the shared handler.
 */
export async function answerThrottled<R>(c: Context, work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof SignInThrottled)) throw error;
    const { code, message, details } = errorBody(error).error;
    // Typed as the work's answer: the route's own responses stay checked, this one is by the tests.
    return c.json({ error: { code, message, details, retryAfterSeconds: error.retryAfterSeconds } }, 429, {
      "Retry-After": String(error.retryAfterSeconds),
    }) as never;
  }
}
