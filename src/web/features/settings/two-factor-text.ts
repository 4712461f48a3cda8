import type { TFunction } from "i18next";
import { refusalOf } from "../../api/failure.ts";

/** The refusal of a typed code (its rule on `code`) in the reader's language, or nothing. */
export function codeErrorText(t: TFunction, error: unknown): string | undefined {
  const detail = refusalOf(error)?.details.find((d) => d.field === "code" || d.field === "twoFactor");
  if (!detail) return undefined;
  return t(`twoFactor.rules.${detail.rule}`, { defaultValue: detail.message });
}

/** The recovery codes as a text file to keep (one a line, with what they are for). */
export function recoveryFile(intro: string, codes: string[]): string {
  return `${intro}\n\n${codes.join("\n")}\n`;
}
