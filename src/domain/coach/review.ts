import { fromToHint, keyResultFix } from "./fixes.ts";
import { neighbourHit, neighbourReadings } from "./learned/neighbours.ts";
import { type LearnedModel, learnedHit, learnedReadings } from "./learned/reading.ts";
import { ruleCards } from "./rule-cards.ts";
import { checkMetricValues } from "./rules/k1-metric-values.ts";
import { checkMeasurable } from "./rules/k2-measurable.ts";
import { checkTimeBound } from "./rules/k2-time-bound.ts";
import { checkActivityOffAim, checkAlignedMetric, checkTotalOffAim } from "./rules/k3-aligned-metric.ts";
import {
  checkStretchHistory,
  checkStretchTarget,
  checkStretchText,
  type UnitHistory,
} from "./rules/k4-stretch-calibration.ts";
import { checkVanityMetric } from "./rules/k5-vanity-metric.ts";
import { checkCustomerValue } from "./rules/k6-customer-value.ts";
import { checkOutcomeNotOutput } from "./rules/k7-outcome-not-output.ts";
import { checkOneObjectivePerUnit } from "./rules/m1-one-objective.ts";
import { checkKeyResultCount } from "./rules/m2-kr-count.ts";
import { checkBothHalves } from "./rules/m4-both-halves.ts";
import { checkServesStrategy, type StrategyContext } from "./rules/m8-serves-strategy.ts";
import { checkAchievable } from "./rules/q1-achievable.ts";
import { checkNoMandatedOutput } from "./rules/q2-no-mandated-output.ts";
import { checkNoFeatureParity } from "./rules/q3-no-feature-parity.ts";
import { checkQualitative } from "./rules/q4-qualitative.ts";
import type {
  DraftKeyResult,
  DraftObjective,
  DraftOkrSet,
  Finding,
  Hit,
  Locale,
  Period,
  RuleId,
  RuleSettings,
} from "./types.ts";

export interface ReviewOptions {
  locale?: Locale;
  settings?: RuleSettings;
  /**
   * Also give hints: advice that is no breach of a rule, shown as info beside the draft being
   * edited (K1: state "from X to Y" in the wording). Only the editor asks for them: the quality
   * report, activation and `grove lint` report what breaks a rule.
   */
  hints?: boolean;
  /**
   * The learned reading's model (learned/reading.ts); the trained one unless given. Training
   * passes one with no rules, to see what the rules alone find.
   */
  learnedModel?: LearnedModel;
}

export interface ObjectiveReviewOptions extends ReviewOptions {
  /** The period the objective belongs to, for the deadline check (K2). */
  period?: Period | null;
  /**
   * Where the objective sits and whether the organisation has a strategy, for M8. Without it
   * (a draft in an OKR file, a unit not known yet) M8 is not checked.
   */
  strategy?: StrategyContext | null;
  /**
   * The unit's key results of its last closed periods with their final scores, for K4. Without
   * it (an OKR file, a unit not known yet) K4 reads only the KR's own numbers (checkStretchText).
   */
  history?: UnitHistory | null;
}

const OBJECTIVE_RULES: ReadonlyArray<[RuleId, (objective: DraftObjective) => Hit[]]> = [
  ["M4", checkBothHalves],
  ["M2", checkKeyResultCount],
  ["Q1", checkAchievable],
  ["Q2", checkNoMandatedOutput],
  ["Q3", checkNoFeatureParity],
  ["Q4", checkQualitative],
];

/** What a KR rule may read besides the KR: its objective (K3), the period (K2), the unit's past (K4). */
interface KeyResultContext {
  objective: DraftObjective;
  period: Period | null;
  history: UnitHistory | null;
}

const KEY_RESULT_RULES: ReadonlyArray<[RuleId, (kr: DraftKeyResult, context: KeyResultContext) => Hit | null]> = [
  ["K1", checkMetricValues],
  // One K2 finding per KR: the deadline (T of SMART) first, then whether it can be measured (M).
  ["K2", (kr, { period }) => checkTimeBound(kr, period) ?? checkMeasurable(kr)],
  ["K3", (kr, { objective }) => checkAlignedMetric(kr, objective)],
  // K4 from the team's own pace when it has one, else from the KR's numbers alone.
  ["K4", (kr, { history, objective }) => checkStretchTarget(kr, history) ?? checkStretchText(kr, objective)],
  // K5 by its words first, then a running total off the objective's aim (read with K3's lexicon).
  ["K5", (kr, { objective }) => checkVanityMetric(kr) ?? checkTotalOffAim(kr, objective)],
  // K6 by its words first, then activity chased off the objective's aim (read with K3's lexicon).
  ["K6", (kr, { objective }) => checkCustomerValue(kr) ?? checkActivityOffAim(kr, objective)],
  ["K7", checkOutcomeNotOutput],
];

function toFinding(rule: RuleId, hit: Hit, path: string, options: ReviewOptions, hint = false): Finding | null {
  const setting = options.settings?.[rule] ?? ruleCards[rule].defaultSeverity;
  if (setting === "off") return null;
  const locale = options.locale ?? "en";
  return {
    rule,
    severity: hint ? "info" : setting,
    path,
    message: hit.message[locale],
    suggestion: hit.suggestion[locale],
    ...(hit.fix ? { fix: { edits: hit.fix.edits, label: hit.fix.label[locale] } } : {}),
  };
}

const join = (prefix: string, path: string) => (prefix === "" ? path : path === "" ? prefix : `${prefix}.${path}`);

/** Reviews one draft objective and its KRs; paths are relative ("" and "key_results[k]"). */
export function reviewObjective(objective: DraftObjective, options: ObjectiveReviewOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: RuleId, hit: Hit | null, path: string, hint = false) => {
    const finding = hit && toFinding(rule, hit, path, options, hint);
    if (finding) findings.push(finding);
  };
  const period = options.period ?? null;
  for (const [rule, check] of OBJECTIVE_RULES) {
    for (const hit of check(objective)) add(rule, hit, "");
  }
  if (options.strategy) add("M8", checkServesStrategy(objective, options.strategy), "");
  add("K4", checkStretchHistory(objective, options.history), "");
  const context: KeyResultContext = { objective, period: options.period ?? null, history: options.history ?? null };
  objective.keyResults.forEach((kr, k) => {
    const path = `key_results[${k}]`;
    const fired = new Set<RuleId>();
    for (const [rule, check] of KEY_RESULT_RULES) {
      const hit = check(kr, context);
      if (hit === null) continue;
      fired.add(rule);
      const fix = hit.fix ?? keyResultFix(rule, kr, period);
      add(rule, fix ? { ...hit, fix } : hit, path);
    }
    // Where the rules of its family did not read the KR, the learned reading may (learned/reading.ts).
    for (const reading of learnedReadings(kr, objective, fired, options.learnedModel)) {
      fired.add(reading.rule);
      add(reading.rule, learnedHit(reading), path);
    }
    // Then the nearest labelled key results, where neither the rules nor that reading spoke
    // (learned/neighbours.ts): one finding per family still.
    for (const reading of neighbourReadings(kr, objective, fired, options.learnedModel)) {
      add(reading.rule, neighbourHit(reading), path);
    }
    if (options.hints && !fired.has("K1")) add("K1", fromToHint(kr), path, true);
  });
  return findings;
}

/** Reviews a period's OKRs: M1 on units, M2/M4/Q* on objectives, K* on key results. */
export function reviewOkrSet(set: DraftOkrSet, options: ReviewOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const { unitIndex, hit } of checkOneObjectivePerUnit(set.units)) {
    const finding = toFinding("M1", hit, `units[${unitIndex}]`, options);
    if (finding) findings.push(finding);
  }
  set.units.forEach((unit, i) => {
    unit.objectives.forEach((objective, j) => {
      const prefix = `units[${i}].objectives[${j}]`;
      for (const finding of reviewObjective(objective, {
        ...options,
        period: set.period ?? null,
      })) {
        findings.push({ ...finding, path: join(prefix, finding.path) });
      }
    });
  });
  return findings;
}
