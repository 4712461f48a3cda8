import { useTranslation } from "react-i18next";
import { useOrg } from "../../layout/OrgContext.ts";
import { RuleId } from "../../ui/RuleId.tsx";
import { SelectField } from "../../ui/SelectField.tsx";
import { useStrategies } from "../admin-org/queries.ts";

/** The strategy statement an objective serves (M8), chosen in the editor; "" is none. */
export function StrategyField({
  value,
  onChange,
  disabled,
  error,
}: {
  value: string;
  onChange: (strategyId: string) => void;
  disabled?: boolean;
  error?: string;
}) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const strategies = (useStrategies(org).data ?? []).filter((s) => s.kind === "strategy");
  // Offered once the organisation has written a strategy, or while the objective still names one.
  if (strategies.length === 0 && !value) return null;
  return (
    <SelectField
      label={t("strategy.field")}
      hint={
        <>
          <RuleId id="M8" /> {t("strategy.fieldHint")}
        </>
      }
      error={error}
      value={value}
      disabled={disabled}
      onChange={onChange}
      none={t("strategy.fieldNone")}
      options={strategies.map((s) => ({ value: s.id, label: s.title }))}
    />
  );
}
