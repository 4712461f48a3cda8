import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearch } from "wouter";
import { useOrganisation, usePeriods } from "../api/queries.ts";
import { EmptyState } from "../ui/EmptyState.tsx";
import { OrgContext, type OrgContextValue, pickPeriod } from "./OrgContext.ts";
import { Sidebar } from "./Sidebar.tsx";

export function OrgLayout({ org, children }: { org: string; children: ReactNode }) {
  const { t } = useTranslation();
  const organisation = useOrganisation(org);
  const periods = usePeriods(org);
  const search = useSearch();
  const requested = new URLSearchParams(search).get("period");
  const value = useMemo<OrgContextValue>(() => {
    const list = periods.data ?? [];
    const period = pickPeriod(list, requested);
    return {
      org,
      orgName: organisation.data?.name ?? "",
      periods: list,
      period,
      link: (path, periodName = period?.name) =>
        periodName ? `${path}?period=${encodeURIComponent(periodName)}` : path,
    };
  }, [org, organisation.data, periods.data, requested]);

  return (
    <OrgContext.Provider value={value}>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <div className="shell">
        <Sidebar />
        <main id="main" className="shell__main" tabIndex={-1}>
          {organisation.isError ? <EmptyState title={t("errors.orgNotFound", { org })} /> : children}
        </main>
      </div>
    </OrgContext.Provider>
  );
}
