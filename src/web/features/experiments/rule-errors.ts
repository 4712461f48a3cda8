import type { TFunction } from "i18next";
import { refusalOf } from "../../api/failure.ts";
import { detailText } from "../editor/errors.ts";

// The API's field errors for experiments, in this feature's words where a method rule refused
// (S6: a reason, every observed value; K6: who was heard and the pain), else the shared wording.
const ownWords: Record<string, string> = {
  "S6:reason": "experiments.change.reasonRequired",
  "S6:observed": "experiments.end.observedRequired",
  "K6:participants": "experiments.end.interviewRequired",
  "K6:painHeard": "experiments.end.interviewRequired",
};

/** Field errors of a failed write, by the request's field path ("reason", "observed.1", "metrics.0.name"). */
export function experimentErrors(t: TFunction, error: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const detail of refusalOf(error)?.details ?? []) {
    const key = ownWords[`${detail.rule}:${detail.field.split(".")[0]}`];
    out.set(detail.field, key ? t(key) : detailText(t, detail));
  }
  return out;
}
