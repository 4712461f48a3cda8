import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useOrg } from "../../layout/OrgContext.ts";
import { Icon } from "../../ui/Icon.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { useStrategies } from "../admin-org/queries.ts";
import "./strategy.css";

/**
 * The strategy statement an objective serves (M8), linking to it on the strategy page. An
 * objective that serves none says so only where it matters: a company objective (`company`),
 * which the coach also notes (M8); a team's objective serves through its parent KR (M5).
 */
export function ServesStrategy({ strategyId, company = false }: { strategyId: string | null; company?: boolean }) {
  const { t } = useTranslation();
  const { org, link } = useOrg();
  const strategies = useStrategies(org);
  const strategy = strategyId ? strategies.data?.find((s) => s.id === strategyId) : undefined;
  if (strategy)
    return (
      <p className="serves-strategy cluster">
        <Icon name="path" size={13} />
        <span>{t("strategy.serves")}</span>
        <Link href={`${link("/strategy")}#statement-${strategy.id}`} className="user-text">
          {strategy.title}
        </Link>
      </p>
    );
  if (!company || strategyId || !strategies.data?.some((s) => s.kind === "strategy")) return null;
  return (
    <p className="serves-strategy serves-strategy--none cluster">
      <RuleId id="M8" />
      <span>{t("strategy.servesNone")}</span>
      <Link href={link("/strategy")}>{t("strategy.openPage")}</Link>
    </p>
  );
}
