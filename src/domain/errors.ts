/** Stable error codes. Where a method rule refused an action, the code is the rule's ID. */
export type ErrorCode =
  | "validation_failed"
  | "not_found"
  | "gone"
  | "unauthenticated"
  | "forbidden"
  | "rate_limited"
  | "conflict"
  | "version_conflict"
  /** An update without the version it was made from (docs/api-retries.md). */
  | "precondition_required"
  /** An Idempotency-Key sent again with another request, or while its first request runs. */
  | "idempotency_key_reused"
  | "idempotency_key_in_flight"
  | "method_not_allowed"
  | "payload_too_large"
  | "unsupported_media_type"
  | "internal_error"
  /** The server cannot answer now (its database does not answer); try again after Retry-After. */
  | "unavailable"
  /** The database refused the change by a check or a required value (src/db/constraints.ts). */
  | "constraint_failed"
  | "period_closed"
  | "period_transition"
  | "period_not_ready"
  | "M1"
  | "M4"
  | "K1"
  | "S4"
  | "S6"
  | "S7"
  /** A dependency between KRs that is no dependency across units (M7). */
  | "M7";

export interface FieldIssue {
  /** Dotted path of the field, e.g. "keyResults.1.target". */
  field: string;
  /** The rule it broke: a METHOD ID or a validation keyword such as "required". */
  rule: string;
  message: string;
}

const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  not_found: 404,
  gone: 410,
  unauthenticated: 401,
  forbidden: 403,
  rate_limited: 429,
  conflict: 409,
  version_conflict: 409,
  precondition_required: 428,
  idempotency_key_reused: 422,
  idempotency_key_in_flight: 409,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal_error: 500,
  unavailable: 503,
  constraint_failed: 422,
  period_closed: 409,
  period_transition: 409,
  period_not_ready: 422,
  M1: 409,
  M4: 422,
  K1: 422,
  S4: 422,
  S6: 422,
  S7: 422,
  M7: 422,
};

/** The one error type of Grove: its message is safe to show to users. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: FieldIssue[];
  readonly status: number;
  /** For a stale write (version_conflict): the row as it is now, so the client can reapply. */
  current?: unknown;
  /** For a refusal (forbidden): a stable code of the reason, for clients to translate. */
  reason?: string;
  /** For a 429 or 503: whole seconds until a retry may succeed, sent as Retry-After. */
  retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, details: FieldIssue[] = []) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
    this.status = statusOf[code];
  }
}

export function notFound(what: string): AppError {
  return new AppError("not_found", `${what} not found`);
}
