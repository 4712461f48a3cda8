import { useTranslation } from "react-i18next";
import { useOrg } from "../../layout/OrgContext.ts";
import { Icon } from "../../ui/Icon.tsx";
import { paceText } from "./dependency-text.ts";
import { useDependencies } from "./queries.ts";

/**
 * M7 on a KR's card: what it depends on and who depends on it, one line each. It reads the
 * unit's dependencies (one request for the whole team page, shared with its card).
 */
export function KeyResultDependencies({ keyResultId, unitId }: { keyResultId: string; unitId: string }) {
  const { t } = useTranslation();
  const { org, period } = useOrg();
  const list = useDependencies(org, { period: period?.id, unit: unitId }, Boolean(period));
  const all = list.data?.dependencies ?? [];
  const on = all.filter((d) => d.keyResult.keyResultId === keyResultId);
  const by = all.filter((d) => d.dependsOn.keyResultId === keyResultId);
  if (on.length === 0 && by.length === 0) return null;
  return (
    <ul className="kr-dependencies">
      {on.map((d) => (
        <li key={d.id} className={d.atRisk ? "kr-dependencies__risk" : undefined}>
          <Icon name={d.atRisk ? "alert" : "link"} size={13} />
          <span className="user-text">
            {t("dependencies.krLine", { unit: d.dependsOn.unitName, title: d.dependsOn.title })}
          </span>
          {d.atRisk && <span className="subtle"> · {paceText(t, d.dependsOn)}</span>}
        </li>
      ))}
      {by.map((d) => (
        <li key={d.id}>
          <Icon name="link" size={13} />
          <span className="user-text">
            {t("dependencies.krLineBy", { unit: d.keyResult.unitName, title: d.keyResult.title })}
          </span>
        </li>
      ))}
    </ul>
  );
}
