import type { TFunction } from "i18next";
import { failureOf } from "../../api/failure.ts";
import { detailText } from "../editor/errors.ts";

/**
 * A refused administration save, in the reader's language: the rules these dialogs meet have
 * their own words in the `admin.rules` section (a unit's name, a cycle, the last admin), keyed by
 * rule and field; anything else falls back to the shared wording.
 */
export function adminDetailText(t: TFunction, error: unknown, field: string): string | undefined {
  const failure = failureOf(error);
  if (failure?.kind !== "refused") return undefined;
  const detail = failure.error.details.find((d) => d.field === field);
  if (!detail) return undefined;
  return t(`admin.rules.${detail.rule}.${field}`, { defaultValue: detailText(t, detail) });
}

/** The API refuses to delete a unit that still has child units or objectives (409 without a field). */
export function refusedDelete(error: unknown): boolean {
  const failure = failureOf(error);
  return failure?.kind === "refused" && failure.error.code === "conflict" && failure.error.details.length === 0;
}
