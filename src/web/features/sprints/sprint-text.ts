import type { TFunction } from "i18next";
import type { KrMovement } from "../../../domain/sprints.ts";
import type { Format } from "../../i18n/format.ts";

const OWN_RULES = [
  "after_start",
  "no_overlap",
  "exists",
  "ambiguous",
  "date",
  "required",
  "length",
  "csv",
  "columns",
  "rows",
];

/** An import issue or a field error of a sprint, in the reader's language (the API's words otherwise). */
export function sprintIssueText(t: TFunction, issue: { rule: string; message: string }): string {
  return OWN_RULES.includes(issue.rule) ? t(`sprints.rules.${issue.rule}`) : issue.message;
}

/** "4.2% → 4.6% (+0.4)": the KR's movement during a sprint (P3). */
export function movementText(t: TFunction, format: Format, movement: KrMovement, unit: string): string {
  if (movement.startValue === null && movement.endValue === null) return t("sprints.movement.notYet");
  const change =
    movement.change === null ? "" : ` (${movement.change > 0 ? "+" : ""}${format.number(movement.change)})`;
  return `${format.value(movement.startValue, unit)} → ${format.value(movement.endValue, unit)}${change}`;
}
