import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FindingText } from "../coach/FindingText.tsx";
import type { CoachFinding } from "./useCoachReview.ts";

interface Props {
  id: string;
  findings: CoachFinding[];
  /** What the findings concern, for screen readers: "the objective", "key result 2". */
  label: string;
  /** What a person can do about a finding right there (K7: turn the output into an initiative). */
  action?: (finding: CoachFinding) => ReactNode;
}

/** The coach's findings on one part of the draft, next to its field; announced politely as they change. */
export function CoachFindings({ id, findings, label, action }: Props) {
  const { t } = useTranslation();
  return (
    <section id={id} className="coach-findings" aria-live="polite" aria-label={t("coach.findingsOn", { what: label })}>
      {findings.length > 0 && (
        <ul className="coach-findings__list">
          {findings.map((f, i) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id; the same rule may repeat
              key={`${f.rule}-${i}`}
              className={`coach-finding coach-finding--${f.dismissal ? "dismissed" : f.severity}`}
              data-rule={f.rule}
              data-dismissed={f.dismissal ? "true" : undefined}
            >
              <FindingText rule={f.rule} severity={f.severity} message={f.message} dismissal={f.dismissal} />
              {f.suggestion && !f.dismissal && (
                <p className="coach-finding__suggestion">
                  <strong>{t("coach.suggestion")}</strong> {f.suggestion}
                </p>
              )}
              {action?.(f)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
