import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { useOrg } from "./OrgContext.ts";

export function PeriodPicker() {
  const { t } = useTranslation();
  const { periods, period, link } = useOrg();
  const [location, navigate] = useLocation();
  const id = useId();
  return (
    <div className="period-picker">
      <label htmlFor={id} className="visually-hidden">
        {t("period.label")}
      </label>
      <select
        id={id}
        className="select period-picker__select"
        value={period?.name ?? ""}
        onChange={(event) => navigate(link(location, event.target.value))}
      >
        {periods.length === 0 && <option value="">{t("common.loading")}</option>}
        {periods.map((p) => (
          <option key={p.id} value={p.name}>
            {p.name} · {t(`period.status.${p.status}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
