import type { TFunction } from "i18next";
import type { DashboardKeyResult } from "../../api/types.ts";
import type { Format } from "../../i18n/format.ts";

/** What the team page and the dashboard both know of a KR's pace (src/domain/pace.ts). */
export type PaceFacts = Pick<
  DashboardKeyResult,
  "pace" | "progress" | "expectedProgress" | "confidence" | "forecast" | "unit" | "kind"
> & { reasons: DashboardKeyResult["reasons"] };

/** The pace in one word: "On track", "Behind", "At risk", or "Not measured yet". */
export function paceWord(t: TFunction, pace: PaceFacts["pace"]): string {
  if (pace === null) return t("pace.notMeasured");
  return t(`pace.${pace}`);
}

/**
 * Why, in the same words on every page: "62 % done, 70 % expected by now, forecast 71-80 by
 * 31 Mar", with the team's low confidence or a guardrail out of its range first.
 */
export function paceReason(t: TFunction, format: Format, kr: PaceFacts): string {
  if (kr.pace === null) return t("pace.notMeasuredHint");
  const parts: string[] = [];
  if (kr.reasons.includes("low_confidence"))
    parts.push(t("pace.lowConfidence", { value: format.percent(kr.confidence) }));
  if (kr.reasons.includes("outside_range")) parts.push(t("pace.outsideRange"));
  if (kr.kind === "metric" && kr.expectedProgress !== null) {
    parts.push(
      t("pace.done", {
        // S1: shown clamped to 0-100 %, as the progress bar shows it.
        progress: format.progress(kr.progress),
        expected: format.percent(kr.expectedProgress),
      }),
    );
  }
  if (kr.forecast && kr.kind === "metric") {
    const low = Math.min(kr.forecast.low, kr.forecast.high);
    const high = Math.max(kr.forecast.low, kr.forecast.high);
    parts.push(
      t("pace.forecast", {
        low: format.value(low, ""),
        high: format.value(high, kr.unit),
        date: format.shortDate(kr.forecast.on),
      }),
    );
  }
  return parts.join(t("pace.separator"));
}
