import { useTranslation } from "react-i18next";
import type { Band } from "../../api/types.ts";
import { Progress } from "../../ui/Progress.tsx";
import "./pace.css";
import { OutcomeBadge } from "./OutcomeBadge.tsx";

interface Props {
  /** A scored objective or KR: its progress (S1) and the outcome band it stands at (S2). */
  scored: { title: string; progress: number | null; band: Band | null; bandBasis: "forecast" | "final" | null };
  /** The place's class: its --score-line-bar says how wide the bar may grow (1fr unless set). */
  className?: string;
}

/** An objective's or KR's progress bar with its outcome band beside it, as the cards show them. */
export function ScoreLine({ scored, className }: Props) {
  const { t } = useTranslation();
  return (
    <div className={className ? `score-line ${className}` : "score-line"}>
      <Progress progress={scored.progress} band={scored.band} label={t("common.progressOf", { title: scored.title })} />
      <OutcomeBadge band={scored.band} basis={scored.bandBasis} />
    </div>
  );
}
