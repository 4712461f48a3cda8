import type { ReactNode } from "react";
import { PeriodPicker } from "./PeriodPicker.tsx";

/** Every page starts the same way: title, what it is for, and the period it shows. */
export function PageHeader({
  title,
  subtitle,
  actions,
  showPeriod = true,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  /** Pages about the organisation rather than a period's OKRs leave the period picker out. */
  showPeriod?: boolean;
}) {
  return (
    <div className="page-header">
      <div className="page-header__text stack stack--1">
        <h1>{title}</h1>
        {subtitle && <p className="muted">{subtitle}</p>}
      </div>
      <div className="page-header__actions">
        {actions}
        {showPeriod && <PeriodPicker />}
      </div>
    </div>
  );
}
