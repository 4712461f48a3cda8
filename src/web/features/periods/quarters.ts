import { quarterOf, shiftQuarter } from "../../../domain/period.ts";
import type { Period } from "../../api/types.ts";

export interface QuarterSuggestion {
  name: string;
  which: "current" | "next";
  /** The current quarter starts active when nothing else is; the next one is planned. */
  status: "planning" | "active";
}

/** The current and the next calendar quarter, unless the organisation has them already. */
export function suggestedQuarters(now: Date, periods: Pick<Period, "name" | "status">[]): QuarterSuggestion[] {
  const taken = new Set(periods.map((p) => p.name));
  const anyActive = periods.some((p) => p.status === "active");
  const current = quarterOf(now);
  const suggestions: QuarterSuggestion[] = [
    { name: current, which: "current", status: anyActive ? "planning" : "active" },
    { name: shiftQuarter(current, 1), which: "next", status: "planning" },
  ];
  return suggestions.filter((s) => !taken.has(s.name));
}
