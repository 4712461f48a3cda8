import type { TFunction } from "i18next";
import type { DependencySide } from "./queries.ts";

/** "behind" / "at risk" in the reader's language, for the risk's words (the pace rule's own words). */
export function paceText(t: TFunction, side: DependencySide): string {
  return side.pace ? t(`pace.${side.pace}`).toLocaleLowerCase() : t("pace.notMeasured").toLocaleLowerCase();
}
