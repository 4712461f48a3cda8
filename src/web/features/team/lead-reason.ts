import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { refusalReasons } from "../../../domain/policies.ts";
import { useMembers } from "../../api/queries.ts";
import { reasonText } from "../auth/reasons.ts";

/** The names of a unit's leads, as one phrase in the reader's language ("Ana and Bo", "Ana和Bo"). */
export function useUnitLeads(org: string, unitId: string): { names: string[]; phrase: string; known: boolean } {
  const { i18n } = useTranslation();
  const members = useMembers(org, unitId);
  const names = (members.data?.members ?? []).filter((m) => m.role === "lead").map((m) => m.name);
  const phrase = new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(names);
  return { names, phrase, known: members.data !== undefined };
}

/**
 * A refusal in the reader's language, with "ask them" naming who (issue 12 point 10): the lead
 * sets the objective (M3), so the reason says which person that is, or that the unit has none yet.
 */
export function namedReason(t: TFunction, reason: string, leads: { names: string[]; phrase: string; known: boolean }) {
  if (reason !== refusalReasons.lead_only || !leads.known) return reasonText(t, reason);
  return leads.names.length === 0
    ? t("admin.team.noLead")
    : t("admin.team.askLead", { count: leads.names.length, names: leads.phrase });
}
