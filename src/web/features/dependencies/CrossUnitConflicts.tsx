import { useTranslation } from "react-i18next";
import { useOrg } from "../../layout/OrgContext.ts";
import { QueryList } from "../../ui/QueryList.tsx";
import { useCrossUnitConflicts } from "./queries.ts";
import { RuleCard } from "./RuleCard.tsx";
import "./dependencies.css";

/**
 * M7: the coach's findings across teams for the period, each with its rule card (what the coach
 * found, why it matters, how to fix it: negotiate through the OKRs, as in the guide's example).
 */
export function CrossUnitConflicts() {
  const { t, i18n } = useTranslation();
  const { org, period } = useOrg();
  const locale = i18n.language.startsWith("zh") ? "zh" : "en";
  const report = useCrossUnitConflicts(org, period?.id, locale);
  const findings = { ...report, data: report.data?.findings };
  return (
    <RuleCard id="cross-unit-conflicts" title={t("crossUnit.title")} rule="M7" hint={t("crossUnit.hint")}>
      <QueryList query={findings} none={t("crossUnit.empty")} height={48} className="cross-unit">
        {(finding) => {
          const card = report.data?.cards[finding.rule];
          return (
            <li key={`${finding.kind}-${finding.keyResultIds.join("-")}`} className="cross-unit__finding">
              <p className="cross-unit__kind">
                <span className="badge badge--warning">{t(`crossUnit.kind.${finding.kind}`)}</span>
              </p>
              <p className="user-text">{finding.message}</p>
              <p className="cross-unit__fix">
                <strong>{t("crossUnit.how")} </strong>
                {finding.suggestion}
              </p>
              {card && (
                <details className="cross-unit__card">
                  <summary>{card.title[locale]}</summary>
                  <p>
                    <strong>{t("crossUnit.what")} </strong>
                    {card.what[locale]}
                  </p>
                  <p>
                    <strong>{t("crossUnit.why")} </strong>
                    {card.why[locale]}
                  </p>
                </details>
              )}
            </li>
          );
        }}
      </QueryList>
    </RuleCard>
  );
}
