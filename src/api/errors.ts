import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ZodError } from "zod";
import { constraintRefusal } from "../db/constraints.ts";
import { AppError, type FieldIssue } from "../domain/errors.ts";
import type { Logger } from "../logger.ts";

/** The error body of every failed request: a stable code, a safe message, per-field details. */
export function errorBody(error: AppError) {
  return {
    error: {
      code: error.code,
      message: error.message,
      details: error.details,
      ...(error.current ? { current: error.current } : {}),
      ...(error.reason ? { reason: error.reason } : {}),
    },
  };
}

/** Turns zod issues into field details that name the field and the broken rule. */
export function validationError(error: ZodError, where: string): AppError {
  const details: FieldIssue[] = error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join(".") : where,
    rule: issue.code,
    message: issue.message,
  }));
  return new AppError("validation_failed", `The request ${where} is not valid`, details);
}

/** Maps anything thrown in a request to a JSON response; internals never reach the client. */
export function handleError(error: unknown, c: Context, logger: Logger): Response {
  const appError = toAppError(error);
  if (appError.status >= 500) {
    logger.error({ err: error, requestId: c.get("requestId") }, "request failed");
  }
  return c.json(errorBody(appError), appError.status as 400, headersOf(appError));
}

/** When no refusal says how long to wait: long enough not to hammer, short enough to recover. */
export const DEFAULT_RETRY_AFTER_SECONDS = 5;

function headersOf(error: AppError): Record<string, string> {
  // A 429 or 503 says when to come back (RFC 9110 10.2.3), whichever limiter or outage it was.
  if (error.status === 429 || error.status === 503) {
    return { "Retry-After": String(error.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS) };
  }
  // The body limit answers before the body is read: the rest of it is still on the socket, so the
  // connection cannot carry another request. Say so, rather than say keep-alive and drop it.
  if (error.status === 413) return { Connection: "close" };
  return {};
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 413) return new AppError("payload_too_large", "The request body is too large");
    if (error.status === 400)
      return new AppError("validation_failed", "The request body is not valid JSON", [
        { field: "body", rule: "json", message: "send a JSON object" },
      ]);
    if (error.status === 404) return new AppError("not_found", "Not found");
  }
  // Unique keys, references and checks (M1's partial unique index among them, the floor under
  // the service check for two racing activations): 409 or 422 naming the field.
  const refused = constraintRefusal(error);
  if (refused) return refused;
  const pgError = error as { code?: string };
  if (pgError?.code === "40001" || pgError?.code === "40P01") {
    return new AppError("conflict", "The change collided with another one; try again");
  }
  return new AppError("internal_error", "Something went wrong on our side; the change was not saved");
}
