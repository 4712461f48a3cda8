import { useTranslation } from "react-i18next";
import { clampForDisplay } from "../../domain/progress.ts";
import type { Band } from "../api/types.ts";
import { useFormat } from "../i18n/format.ts";

interface Props {
  progress: number | null;
  band: Band | null;
  label: string;
  /** Hide the number when a neighbouring element already says it. */
  showValue?: boolean;
}

/**
 * A progress bar (S1): bar and number are shown between 0 and 100 %; a real figure past the
 * target or below the baseline is kept in the tooltip and for screen readers, since it tells the
 * team something, but a reading typed in the wrong unit must not print "-17,333 %" on the card.
 */
export function Progress({ progress, band, label, showValue = true }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = progress == null ? 0 : clampForDisplay(progress);
  const outside = progress != null && progress !== shown;
  const text = format.progress(progress);
  const actual = outside ? t("common.progressActual", { shown: text, actual: format.percent(progress) }) : undefined;
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(shown * 100)}
        aria-valuetext={actual ?? text}
      >
        <div className={`progress__fill progress__fill--${band ?? "none"}`} style={{ width: `${shown * 100}%` }} />
      </div>
      {showValue && (
        <span className="progress__value" title={actual}>
          {text}
        </span>
      )}
    </div>
  );
}
