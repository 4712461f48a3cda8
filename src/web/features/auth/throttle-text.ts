import type { TFunction } from "i18next";
import { ApiRequestError } from "../../api/client.ts";

/**
 * What a 429 of the sign-in throttle says, in the reader's language and with the wait the server
 * gave (`retryAfterSeconds`, the same number as its Retry-After header). Nothing for other errors.
 */
export function throttledText(t: TFunction, error: unknown): string | undefined {
  if (!(error instanceof ApiRequestError) || error.status !== 429) return undefined;
  const seconds = (error.error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  if (typeof seconds !== "number" || !Number.isFinite(seconds)) return error.message;
  const wait =
    seconds < 90
      ? t("signInTrust.waitSeconds", { count: Math.max(1, Math.round(seconds)) })
      : t("signInTrust.waitMinutes", { count: Math.ceil(seconds / 60) });
  return t("signInTrust.throttled", { wait });
}
