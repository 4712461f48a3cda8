import type { TFunction } from "i18next";
import { ApiRequestError } from "../../api/client.ts";

/**
 * The wait a 429 gave (`retryAfterSeconds`, the same number as its Retry-After header) in the
 * reader's words: "58 seconds", "42 minutes". Undefined when the answer carries no number.
 */
export function waitWords(t: TFunction, error: ApiRequestError): string | undefined {
  const seconds = (error.error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  if (typeof seconds !== "number" || !Number.isFinite(seconds)) return undefined;
  return seconds < 90
    ? t("signInTrust.waitSeconds", { count: Math.max(1, Math.round(seconds)) })
    : t("signInTrust.waitMinutes", { count: Math.ceil(seconds / 60) });
}

/**
 * What a 429 of the sign-in throttle says, in the reader's language and with the wait the server
 * gave. Nothing for other errors.
 */
export function throttledText(t: TFunction, error: unknown): string | undefined {
  if (!(error instanceof ApiRequestError) || error.status !== 429) return undefined;
  const wait = waitWords(t, error);
  return wait ? t("signInTrust.throttled", { wait }) : error.message;
}
