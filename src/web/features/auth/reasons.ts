import type { TFunction } from "i18next";

/**
 * The policy's refusals (src/domain/policies.ts) are English sentences; the server sends the same
 * words in a 403. Each known sentence has a catalog entry so the reader sees it in their language;
 * anything else is shown as the server wrote it. `reasons.test.ts` fails when the policy gains a
 * sentence this table does not know.
 */
export const reasonKeys: Record<string, string> = {
  "This unit's OKRs are private to its members.": "why.privateUnit",
  "This API token may only read.": "why.tokenRead",
  "This API token may only read and record check-ins.": "why.tokenCheckIns",
  "API tokens never manage people, roles, tokens or the organisation: sign in to do that.":
    "why.tokenNotForAdministration",
  "Viewers can read the organisation's OKRs but not change them.": "why.viewer",
  "Only organisation admins manage units, people and periods.": "why.adminOnly",
  "Only the unit's lead sets its objective (M3); ask them, or an admin.": "why.editObjective",
  "Only the unit's lead and members write its key results (M3).": "why.editKeyResults",
  "Only the unit's lead and members check in on its key results.": "why.checkIn",
  "Members record their own readings; the unit's lead or an admin may record one for someone else.":
    "readingRecorder.why",
  "Only the person who recorded a reading, the unit's lead or an admin may correct or withdraw it (S7).":
    "krHistory.why.authorOrLead",
  "Viewers and API tokens read discussions but do not comment.": "krHistory.why.viewersDoNotComment",
  "Only a comment's author may edit it; its author or an admin may delete it.": "krHistory.why.ownComment",
  "Only the unit's lead and members hold its reviews and write its learnings (S4).": "reviews.why",
  "Only the unit's lead and members write its initiatives (M6).": "initiatives.why",
  "Only the unit's lead and members look after its health metrics (M6).": "health.why",
  "Only the unit's lead and members plan its sprints (M6).": "sprints.why",
  "Only the unit's lead and members record its decisions (P4, M6).": "decisions.why",
  "Only the unit's lead and members run its experiments; they need no approval (M6).": "experiments.why",
  // Not the policy's but the account's (src/services/accounts/email-verification.ts, REFUSAL).
  "Verify your email address before inviting people: follow the link mailed to you, or send a new one":
    "emailVerification.refused.invite",
  "Verify your email address before creating API tokens: follow the link mailed to you, or send a new one":
    "emailVerification.refused.createApiToken",
};

export function reasonText(t: TFunction, reason: string): string {
  const key = reasonKeys[reason];
  return key ? t(key) : reason;
}
