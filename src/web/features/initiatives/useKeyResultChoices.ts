import { useUnitOkrs } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import type { KeyResultChoice } from "./InitiativeDialog.tsx";

/**
 * The KRs a team's initiative is offered to link: the unit's in the period shown (the team page
 * has them loaded already; the API accepts any readable KR of an open period).
 */
export function useKeyResultChoices(unitId: string): KeyResultChoice[] {
  const { org, period } = useOrg();
  const okrs = useUnitOkrs(org, unitId, period?.id);
  if (period?.status === "closed") return [];
  return (okrs.data?.objectives ?? [])
    .filter((o) => o.status !== "cancelled" && o.status !== "closed")
    .flatMap((o) => o.keyResults.map((kr) => ({ id: kr.id, title: kr.title })));
}
