import type { TFunction } from "i18next";
import { ApiRequestError } from "../../api/client.ts";
import { errorText } from "../editor/errors.ts";
import { throttledText } from "./throttle-text.ts";

/** The API refused an account's password alone: the account signs in with a second step (two-factor). */
export function twoFactorRequired(error: unknown): boolean {
  return error instanceof ApiRequestError && error.error.details.some((d) => d.rule === "two_factor_required");
}

/**
 * What a form that takes an account's password says of a refused save (sign-up, accepting an
 * invitation; issue 19: written once): a second step is needed, the page's own refusal of the
 * password (401), then its own reason if it has one, the throttle's wait or the API's words.
 * Nothing when the save did not fail with an answer from Grove.
 */
export function passwordFailureText(t: TFunction, error: unknown, refused: string, reason?: string) {
  if (!(error instanceof ApiRequestError)) return undefined;
  if (twoFactorRequired(error)) return t("twoFactor.step.required");
  if (error.status === 401) return refused;
  return reason ?? throttledText(t, error) ?? errorText(t, error.error);
}
