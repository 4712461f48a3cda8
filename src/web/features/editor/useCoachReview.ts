import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, unwrap } from "../../api/client.ts";
import { currentLanguage } from "../../i18n/index.ts";
import { parseNumber } from "../../ui/parse-number.ts";
import { useDebounced } from "../../ui/useDebounced.ts";
import type { CoachFix, Dismissal } from "../coach/dismissals.ts";
import type { ObjectiveDraft } from "./draft.ts";

export interface CoachFinding {
  rule: string;
  severity: "error" | "warning" | "info";
  path: string;
  message: string;
  suggestion: string;
  /** A one-click fix (issue 17): new values for fields of what the finding is about. */
  fix?: CoachFix;
  /** Set aside by the team for this text (only when the draft edits a stored objective). */
  dismissal?: Dismissal | null;
}

const DEBOUNCE_MS = 400;

// The same reading as the save (52,5 is 52.5); what does not read yet is left out.
const numberOrNull = (text: string) => {
  const parsed = parseNumber(text);
  return parsed.ok ? parsed.value : null;
};

/** The draft as the coach reads it: text trimmed to the API's limits, half-typed numbers left out. */
export function coachDraftOf(draft: ObjectiveDraft, unitId?: string) {
  return {
    // M8 asks a company objective to serve a strategy: the coach needs its unit and strategy.
    ...(unitId ? { unitId } : {}),
    strategyId: draft.strategyId || null,
    title: draft.title.slice(0, 300),
    description: draft.description.slice(0, 10_000),
    keyResults: draft.keyResults.slice(0, 50).map((kr) => ({
      title: kr.title.slice(0, 300),
      metric: kr.metric.slice(0, 200) || null,
      unit: kr.unit.slice(0, 40) || null,
      baseline: numberOrNull(kr.baseline),
      target: numberOrNull(kr.target),
      deadline: kr.deadline.slice(0, 40) || null,
    })),
  };
}

/** The KR index a finding concerns ("key_results[k]..."), or null for the objective itself. */
export function keyResultIndexOf(path: string): number | null {
  const match = /^key_results\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : null;
}

/**
 * The coach's findings on the draft as the user types: reviewed ~400 ms after the last keystroke,
 * in the UI language; the previous findings stay while a new review runs.
 */
export function useCoachReview(
  org: string,
  draft: ObjectiveDraft,
  period: string | undefined,
  unitId?: string,
  /** The stored objective being edited: its dismissed findings show as such while unchanged. */
  objectiveId?: string,
) {
  const { i18n } = useTranslation();
  const locale = currentLanguage(i18n.language) === "zh-CN" ? "zh" : "en";
  const stored = objectiveId
    ? { editing: { objectiveId, keyResultIds: draft.keyResults.slice(0, 50).map((kr) => kr.id ?? null) } }
    : {};
  const body = JSON.stringify({ objective: coachDraftOf(draft, unitId), ...(period ? { period } : {}), ...stored });
  const debounced = useDebounced(body, DEBOUNCE_MS);
  const empty = draft.title.trim() === "" && draft.keyResults.every((kr) => kr.title.trim() === "");
  const query = useQuery({
    queryKey: ["coach-review", org, locale, debounced],
    queryFn: ({ signal }) =>
      unwrap(
        api.POST("/api/v1/orgs/{org}/coach/review", {
          params: { path: { org }, query: { locale } },
          body: JSON.parse(debounced),
          signal,
        }),
      ),
    enabled: !empty,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const findings: CoachFinding[] = empty ? [] : ((query.data?.findings as CoachFinding[] | undefined) ?? []);
  return { findings, reviewing: query.isFetching };
}
