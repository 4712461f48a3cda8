import { type ReactNode, useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useSearch } from "wouter";
import { failureOf } from "../api/failure.ts";
import { useOrganisation, usePeriods } from "../api/queries.ts";
import { VerifyEmailBanner } from "../features/email-verification/VerifyEmailBanner.tsx";
import { NoPeriodState } from "../features/periods/NoPeriodState.tsx";
import { EmptyState } from "../ui/EmptyState.tsx";
import { LoadError, loadFailed } from "../ui/LoadError.tsx";
import { OrgContext, type OrgContextValue, pickPeriod } from "./OrgContext.ts";
import { Sidebar } from "./Sidebar.tsx";

/** Pages about the organisation itself, which need no period (a new organisation has none yet). */
const aboutTheOrganisation = (path: string) =>
  ["/people", "/settings", "/getting-started", "/audit-log", "/strategy", "/decisions", "/import-export"].some((page) =>
    path.startsWith(page),
  );

export function OrgLayout({ org, children }: { org: string; children: ReactNode }) {
  const { t } = useTranslation();
  const organisation = useOrganisation(org);
  const periods = usePeriods(org);
  const search = useSearch();
  const requested = new URLSearchParams(search).get("period");
  const [pathname] = useLocation();
  const firstPath = useRef(pathname);
  useEffect(() => {
    // A new page, not a new period: start at its top and move focus there, as a page load would.
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    window.scrollTo(0, 0);
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [pathname]);
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
          <VerifyEmailBanner />
          {failureOf(organisation.error)?.kind === "refused" ? (
            <EmptyState title={t("errors.orgNotFound", { org })} />
          ) : loadFailed(organisation, periods) ? (
            // Without its periods no page can choose what to show: say so, and recover on its own.
            <LoadError queries={[organisation, periods]} />
          ) : periods.isSuccess && periods.data.length === 0 && !aboutTheOrganisation(pathname) ? (
            <NoPeriodState />
          ) : (
            children
          )}
        </main>
      </div>
    </OrgContext.Provider>
  );
}
