import type { TFunction } from "i18next";
import { failureOf } from "../../api/failure.ts";
import type { ApiError } from "../../api/types.ts";
import { reasonText } from "../auth/reasons.ts";

type Detail = ApiError["details"][number];

/**
 * The API's messages are English; a refusal by a method rule is shown in the reader's language
 * from the catalog, keyed by rule and field, and falls back to the API's own words.
 */
export function detailText(t: TFunction, detail: Detail): string {
  const leaf = detail.field.split(".").at(-1) ?? "";
  // Rules of input the database cannot take (issue 12) have their own catalog section.
  const inputRule = t(`badInput.rules.${detail.rule}`, { defaultValue: detail.message });
  return t(`apiErrors.${detail.rule}.${leaf}`, {
    defaultValue: t(`apiErrors.${detail.rule}.default`, { defaultValue: inputRule }),
  });
}

export function errorText(t: TFunction, error: ApiError): string {
  // A refusal (403) says why in the policy's words, shown in the reader's language (M3).
  if (error.code === "forbidden") return reasonText(t, error.message);
  return t(`apiErrors.${error.code}.summary`, { defaultValue: error.message });
}

/** Field errors by form path ("title", "keyResults.1.target"). */
export function fieldErrors(t: TFunction, error: ApiError | undefined, offset = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const detail of error?.details ?? []) out.set(offset + detail.field, detailText(t, detail));
  return out;
}

/**
 * What a failed request says where it failed: a save ("your entry is kept; try again") or a page
 * load ("it loads again on its own"). Nothing for a version conflict (the editor's dialog asks)
 * nor for a save refused with field details where the form shows them under its fields.
 */
export function failureText(
  t: TFunction,
  error: unknown,
  purpose: "save" | "load",
  fieldsShown = true,
): string | undefined {
  const failure = failureOf(error);
  switch (failure?.kind) {
    case undefined:
      return undefined;
    case "unreachable":
      return purpose === "save" ? t("failure.unreachableSave") : t("failure.unreachableLoad");
    case "server":
      return t(purpose === "save" ? "failure.serverSave" : "failure.serverLoad", { status: failure.status });
    case "conflict":
      return purpose === "save" ? undefined : errorText(t, failure.error);
    case "refused":
      return purpose === "save" && fieldsShown && failure.error.details.length
        ? undefined
        : errorText(t, failure.error);
  }
}
