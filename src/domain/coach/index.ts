/** The OKR coach: docs/method.md's quality rules as a pure linter over draft OKRs. */
export { isIsoDate, quarterPeriod } from "../period.ts";
export { draftKeyResultOf, type HasDraftKeyResultFields } from "./draft-key-result.ts";
export {
  type Band,
  bandOf,
  type PracticePeriod,
  type PracticePeriodInput,
  type PracticeTrend,
  type PracticeTrendKind,
  practiceOverTime,
  practiceSentence,
} from "./practice.ts";
export {
  type ObjectiveReviewOptions,
  type ReviewOptions,
  reviewObjective,
  reviewOkrSet,
} from "./review.ts";
export { type RuleCard, ruleCards } from "./rule-cards.ts";
export type { PastKeyResult, UnitHistory } from "./rules/k4-stretch-calibration.ts";
export type { StrategyContext } from "./rules/m8-serves-strategy.ts";
export type {
  Bilingual,
  DraftKeyResult,
  DraftObjective,
  DraftOkrSet,
  DraftUnit,
  Finding,
  Locale,
  Period,
  RuleId,
  RuleSetting,
  RuleSettings,
  Severity,
} from "./types.ts";
