import { useTranslation } from "react-i18next";
import { BandBadge } from "../../ui/BandBadge.tsx";
import { RuleId } from "../../ui/RuleId.tsx";

/** What the colours mean (S2), and that they lead to reflection, not to judgement. */
export function BandLegend() {
  const { t } = useTranslation();
  return (
    <aside className="legend" aria-label={t("band.legend")}>
      <RuleId id="S2" />
      <BandBadge band="not_achieved" />
      <span className="subtle">{t("band.notAchievedRange")}</span>
      <BandBadge band="met" />
      <span className="subtle">{t("band.metRange")}</span>
      <BandBadge band="exceeded" />
      <span className="subtle">{t("band.exceededRange")}</span>
      <span className="legend__note subtle">{t("band.reflection")}</span>
    </aside>
  );
}
