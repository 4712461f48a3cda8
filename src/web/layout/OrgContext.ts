import { createContext, useContext } from "react";
import type { Period } from "../api/types.ts";

export interface OrgContextValue {
  org: string;
  orgName: string;
  periods: Period[];
  /** The period every page shows, from `?period=` or the active one. */
  period: Period | undefined;
  /** A path inside the organisation that keeps the chosen period. */
  link: (path: string, periodName?: string) => string;
}

export const OrgContext = createContext<OrgContextValue | null>(null);

export function useOrg(): OrgContextValue {
  const value = useContext(OrgContext);
  if (!value) throw new Error("useOrg outside OrgLayout");
  return value;
}

/**
 * Without `?period=`, show the active period; while none is active, the one in review (its
 * teams are closing it out); else the latest one.
 */
export function pickPeriod(periods: Period[], requested: string | null): Period | undefined {
  if (requested) {
    const match = periods.find((p) => p.name === requested || p.id === requested);
    if (match) return match;
  }
  return periods.find((p) => p.status === "active") ?? periods.find((p) => p.status === "in_review") ?? periods.at(-1);
}
