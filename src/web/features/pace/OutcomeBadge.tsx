import { useTranslation } from "react-i18next";
import "./pace.css";
import type { Band } from "../../api/types.ts";
import { BandBadge } from "../../ui/BandBadge.tsx";

interface Props {
  band: Band | null;
  basis: "forecast" | "final" | null;
}

/**
 * S2's outcome band as it stands: the forecast's while the period runs, the final one after its
 * review, each saying which; no band at all before there is a forecast (never "not achieved").
 */
export function OutcomeBadge({ band, basis }: Props) {
  const { t } = useTranslation();
  if (!band || !basis) {
    return (
      <span className="badge badge--outline" title={t("pace.noBandHelp")}>
        {t("pace.noBand")}
      </span>
    );
  }
  return (
    <span className="outcome" title={t(`pace.basisHelp.${basis}`)}>
      <BandBadge band={band} />
      <span className="outcome__basis subtle">{t(`pace.basis.${basis}`)}</span>
    </span>
  );
}
