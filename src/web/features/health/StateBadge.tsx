import { useTranslation } from "react-i18next";

/** A health metric's state in a badge: in range, below, above or no reading yet (S5). */
export function StateBadge({ state }: { state: "in_range" | "below" | "above" | "no_reading" }) {
  const { t } = useTranslation();
  return <span className={`badge health__state health__state--${state}`}>{t(`health.state.${state}`)}</span>;
}
