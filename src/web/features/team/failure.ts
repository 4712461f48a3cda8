import type { TFunction } from "i18next";
import { ApiRequestError } from "../../api/client.ts";
import { reasonText } from "../auth/reasons.ts";

/** Why a write failed, in the reader's language: the API's refusal, or that the server is out of reach. */
export function failureText(t: TFunction, error: Error): string {
  return error instanceof ApiRequestError ? reasonText(t, error.message) : t("krHistory.unreachable");
}
