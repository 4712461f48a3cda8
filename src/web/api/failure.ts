import { ApiRequestError } from "./client.ts";
import type { ApiError } from "./types.ts";

/**
 * Why a request failed, in the terms a person can act on:
 * - unreachable: no answer from Grove (offline, server down, a gateway saying so); trying again
 *   later will work, and what was typed is kept;
 * - server: Grove answered with a fault of its own (5xx); trying again may work;
 * - conflict: someone saved the same thing first (409 version_conflict, the editor's dialog);
 * - refused: Grove said no for a reason (400/403/404/409/422); the reason, and the fields it
 *   names, say what to change. Trying the same again will not help.
 */
export type Failure =
  | { kind: "unreachable" }
  | { kind: "server"; status: number }
  | { kind: "conflict"; error: ApiError }
  | { kind: "refused"; status: number; error: ApiError };

// A gateway in front of Grove answers these when Grove itself does not.
const gatewayStatuses = new Set([502, 503, 504]);

export function failureOf(error: unknown): Failure | undefined {
  if (error == null) return undefined;
  // fetch rejects (a TypeError) when no response came back at all.
  if (!(error instanceof ApiRequestError)) return { kind: "unreachable" };
  if (error.status === 0 || gatewayStatuses.has(error.status)) return { kind: "unreachable" };
  if (error.status >= 500) return { kind: "server", status: error.status };
  if (error.error.code === "version_conflict") return { kind: "conflict", error: error.error };
  return { kind: "refused", status: error.status, error: error.error };
}

/** Whether trying the same request again can succeed: worth a retry button and retrying on its own. */
export const isTransient = (failure: Failure | undefined) =>
  failure?.kind === "unreachable" || failure?.kind === "server";

/** The API's refusal, when Grove gave one (for field errors and the refusal's own words). */
export const refusalOf = (error: unknown): ApiError | undefined => {
  const failure = failureOf(error);
  return failure?.kind === "refused" || failure?.kind === "conflict" ? failure.error : undefined;
};
