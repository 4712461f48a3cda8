// P4: a product decision is weighed against the OKRs and looked at again on the date the team
// set. These are the decision log's rules that need no database.

export type DecisionStatus = "active" | "revisited" | "reversed";

/**
 * A decision is due for another look from its revisit date on (`today` and the date are
 * YYYY-MM-DD, so they compare as text). A reversed decision is no longer in force: nothing to
 * revisit. A revisited one that was given a new date is due again once that date comes.
 */
export function isRevisitDue(decision: { status: DecisionStatus; revisitOn: string | null }, today: string): boolean {
  return decision.status !== "reversed" && decision.revisitOn !== null && decision.revisitOn <= today;
}
