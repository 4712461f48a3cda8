import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useOrg } from "../../layout/OrgContext.ts";
import { Icon } from "../../ui/Icon.tsx";
import { QueryList } from "../../ui/QueryList.tsx";
import { paceText } from "./dependency-text.ts";
import { useDependencies } from "./queries.ts";
import { RuleCard } from "./RuleCard.tsx";
import "./dependencies.css";

/**
 * M7 on the dashboard: dependencies whose other side is behind or at risk by the pace rule, a
 * risk for the team that depends on it. Units are named, never people (S3), in the order they
 * were declared: no ranking.
 */
export function DependencyRisks() {
  const { t } = useTranslation();
  const { org, period, link } = useOrg();
  const risks = useDependencies(org, { period: period?.id, atRisk: true }, Boolean(period));
  const list = { ...risks, data: risks.data?.dependencies };
  return (
    <RuleCard id="dependency-risks" title={t("dependencies.risksTitle")} rule="M7" hint={t("dependencies.risksHint")}>
      <QueryList query={list} none={t("dependencies.risksEmpty")} height={48} className="dependency-risks">
        {(d) => (
          <li key={d.id} className="dependency-risks__item">
            <Icon name="alert" size={14} />
            <div>
              <p>
                <Link href={link(`/units/${d.keyResult.unitId}`)} className="user-text">
                  {t("dependencies.riskItem", { dependent: d.keyResult.unitName, other: d.dependsOn.unitName })}
                </Link>
              </p>
              <p className="user-text">
                {t("dependencies.riskOf", {
                  other: d.dependsOn.unitName,
                  title: d.dependsOn.title,
                  pace: paceText(t, d.dependsOn),
                })}
              </p>
              <p className="subtle user-text">
                {t("dependencies.riskFor", { dependent: d.keyResult.unitName, title: d.keyResult.title })}
              </p>
            </div>
          </li>
        )}
      </QueryList>
    </RuleCard>
  );
}
