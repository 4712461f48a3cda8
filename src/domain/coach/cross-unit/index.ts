import type { Bilingual, Locale } from "../types.ts";
import { type CrossUnitCard, crossUnitCards } from "./cards.ts";
import { type CrossUnitKeyResult, metricOf } from "./metrics.ts";
import { type OppositePullKind, oppositePull } from "./opposite-pulls.ts";
import { cascadeLink } from "./unlinked-cascade.ts";

// M7 across the units of one period: the findings the coach shows for a period, in both languages.

export { type CrossUnitCard, crossUnitCards } from "./cards.ts";
export type { CrossUnitKeyResult } from "./metrics.ts";
export { oppositePull } from "./opposite-pulls.ts";
export { cascadeLink } from "./unlinked-cascade.ts";

export interface PeriodKeyResult extends CrossUnitKeyResult {
  id: string;
  objectiveId: string;
  /** The unit's display name, for the finding's words. */
  unitName: string;
}

export interface PeriodObjective {
  id: string;
  unit: string;
  unitName: string;
  title: string;
  /** The KR it was cascaded from (objectives.parent_key_result_id). */
  parentKeyResultId: string | null;
}

/** The KRs and objectives of one period, and the dependencies declared between its KRs. */
export interface PeriodOkrs {
  keyResults: PeriodKeyResult[];
  objectives: PeriodObjective[];
  /** [dependent KR, KR it depends on]: a declared link between two KRs. */
  dependencies?: [string, string][];
}

export type CrossUnitRule = "opposite_pulls" | "unlinked_cascade";

export interface CrossUnitFinding {
  rule: CrossUnitRule;
  /** Always M7: conflicts between units are negotiated through the OKRs. */
  ruleId: "M7";
  kind: OppositePullKind | "unlinked_cascade";
  /** The units involved, by id; the finding names units, never people (S3). */
  unitIds: string[];
  keyResultIds: string[];
  objectiveId: string | null;
  message: string;
  suggestion: string;
}

/** Every cross-unit finding of a period, in a stable order (the KRs' order as given). */
export function findCrossUnitConflicts(okrs: PeriodOkrs, locale: Locale): CrossUnitFinding[] {
  return [...oppositePullFindings(okrs.keyResults, locale), ...cascadeFindings(okrs, locale)];
}

/**
 * Pairs are compared only inside a bucket of KRs whose metric could match (same concept family,
 * or same fallback words), plus the acquisition-versus-retention tension, so a large period is
 * not compared pair by pair.
 */
function oppositePullFindings(keyResults: PeriodKeyResult[], locale: Locale): CrossUnitFinding[] {
  const buckets = new Map<string, PeriodKeyResult[]>();
  for (const kr of keyResults) {
    const metric = metricOf(kr);
    // Without a concept the words decide, pair by pair: those KRs share one bucket.
    const family = metric.concept?.family ?? "words";
    const bucket = family === "acquisition" ? "retention" : family;
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), kr]);
  }
  const findings: CrossUnitFinding[] = [];
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i += 1) {
      for (let j = i + 1; j < bucket.length; j += 1) {
        const a = bucket[i] as PeriodKeyResult;
        const b = bucket[j] as PeriodKeyResult;
        const hit = oppositePull(a, b);
        if (hit) findings.push(oppositeFinding(a, b, hit.kind, locale));
      }
    }
  }
  return findings;
}

function oppositeFinding(
  a: PeriodKeyResult,
  b: PeriodKeyResult,
  kind: OppositePullKind,
  locale: Locale,
): CrossUnitFinding {
  const text = OPPOSITE_TEXT[kind](a, b);
  return {
    rule: "opposite_pulls",
    ruleId: "M7",
    kind,
    unitIds: [a.unit, b.unit],
    keyResultIds: [a.id, b.id],
    objectiveId: null,
    message: text[locale],
    suggestion: crossUnitCards.opposite_pulls.fix[locale],
  };
}

const OPPOSITE_TEXT: Record<OppositePullKind, (a: PeriodKeyResult, b: PeriodKeyResult) => Bilingual> = {
  opposite_directions: (a, b) => ({
    en: `${a.unitName}'s "${a.title}" and ${b.unitName}'s "${b.title}" measure the same metric but pull it in opposite directions.`,
    zh: `${a.unitName}的“${a.title}”与${b.unitName}的“${b.title}”衡量同一指标，却把它往相反方向拉。`,
  }),
  range_pushed: (a, b) => ({
    en: `${a.unitName}'s "${a.title}" keeps a metric in a range that ${b.unitName}'s "${b.title}" pushes it out of.`,
    zh: `${a.unitName}的“${a.title}”要把指标保持在一个范围内，而${b.unitName}的“${b.title}”会把它推出这个范围。`,
  }),
  acquisition_vs_churn: (a, b) => ({
    en: `${a.unitName}'s "${a.title}" and ${b.unitName}'s "${b.title}" pull against each other: customers won without qualifying them churn later, as in the guide's sales and customer-success example.`,
    zh: `${a.unitName}的“${a.title}”与${b.unitName}的“${b.title}”相互牵制：未经资格认证赢得的客户随后会流失，正如指南中销售与客户成功团队的例子。`,
  }),
};

function cascadeFindings(okrs: PeriodOkrs, locale: Locale): CrossUnitFinding[] {
  const byId = new Map(okrs.keyResults.map((kr) => [kr.id, kr]));
  const linked = new Set((okrs.dependencies ?? []).flatMap(([x, y]) => [`${x}/${y}`, `${y}/${x}`]));
  const findings: CrossUnitFinding[] = [];
  for (const objective of okrs.objectives) {
    const parent = objective.parentKeyResultId ? byId.get(objective.parentKeyResultId) : undefined;
    if (!parent) continue;
    const children = okrs.keyResults.filter((kr) => kr.objectiveId === objective.id);
    const explicitLink = children.some((kr) => linked.has(`${kr.id}/${parent.id}`));
    if (
      cascadeLink({ parentKeyResult: parent, childObjective: objective.title, childKeyResults: children, explicitLink })
    ) {
      continue;
    }
    const text: Bilingual = {
      en: `${objective.unitName}'s objective "${objective.title}" is cascaded from ${parent.unitName}'s "${parent.title}", but none of its key results shares a metric, a word or a declared link with it.`,
      zh: `${objective.unitName}的目标“${objective.title}”是从${parent.unitName}的“${parent.title}”分解而来，但它的关键结果与之没有共同的指标、词语或声明的关联。`,
    };
    findings.push({
      rule: "unlinked_cascade",
      ruleId: "M7",
      kind: "unlinked_cascade",
      unitIds: [parent.unit, objective.unit],
      keyResultIds: [parent.id, ...children.map((kr) => kr.id)],
      objectiveId: objective.id,
      message: text[locale],
      suggestion: crossUnitCards.unlinked_cascade.fix[locale],
    });
  }
  return findings;
}

export function crossUnitCard(rule: CrossUnitRule): CrossUnitCard {
  return crossUnitCards[rule];
}
