import type { TFunction } from "i18next";
import { parseNumber } from "./parse-number.ts";

/**
 * Why a typed number is refused, in the reader's language; nothing when it reads as a number
 * (or, with `optional`, when it is empty). One wording for every number field. The two readings
 * of an ambiguous value are written without separators (1234 or 1.234), so they differ visibly.
 */
export function numberError(t: TFunction, typed: string, optional = false): string | undefined {
  const parsed = parseNumber(typed);
  if (parsed.ok || (optional && parsed.reason === "empty")) return undefined;
  if (parsed.reason === "ambiguous") {
    const [thousands, decimal] = parsed.readings;
    return t("failure.ambiguous", { thousands: String(thousands), decimal: String(decimal) });
  }
  return t("failure.notANumber");
}
