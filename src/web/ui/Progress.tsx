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

/** A progress bar: the bar is clamped for display, the number shows the real value (S1). */
export function Progress({ progress, band, label, showValue = true }: Props) {
  const format = useFormat();
  const shown = progress == null ? 0 : clampForDisplay(progress);
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(shown * 100)}
        aria-valuetext={format.percent(progress)}
      >
        <div className={`progress__fill progress__fill--${band ?? "none"}`} style={{ width: `${shown * 100}%` }} />
      </div>
      {showValue && <span className="progress__value">{format.percent(progress)}</span>}
    </div>
  );
}
