/**
 * The coach's learned reading (issue 17, "Generalise"): a second opinion on a key result for the
 * rules that did not flag it: K3, K5, K6 and K7 where none of these metric rules did, K2 and K4
 * where that rule did not (each only when the training gave it a threshold). The rules read sentence shapes;
 * people write outputs and activity counts in more ways than any shape list holds, and the
 * labelled collections now hold thousands of key results from nine writers. A logistic model per
 * rule over the key result's words (features.ts), trained on those collections by
 * scripts/coach-train.ts, catches the phrasings the shapes miss. Its threshold per rule is the
 * lowest at which, trained without one writer and tried on that writer, it raised at most one
 * false alarm per 400 of that writer's key results for every writer: precision first, on the
 * writer least like the rest too (docs/coach.md, "The learned reading").
 *
 * One weakness, one finding: it speaks only where no metric rule did, and names one rule.
 *
 * K7's reading also weighs the English title's word vectors (features.ts, keyResultVector;
 * embeddings.ts), so a verb of delivery it has not seen reads like the ones it has: it reads
 * English titles only.
 */
import type { DraftKeyResult, DraftObjective, Hit, RuleId } from "../types.ts";
import { isChinese, keyResultFeatures, keyResultVector } from "./features.ts";
import trained from "./model.json" with { type: "json" };

export type LearnedRuleId = Extract<RuleId, "K2" | "K3" | "K4" | "K5" | "K6" | "K7">;

/** The rules about what a KR's metric measures: one weakness, one finding among them (review.ts). */
const METRIC_RULES: readonly RuleId[] = ["K3", "K5", "K6", "K7"];

/**
 * The rules whose finding silences a reading: a metric reading (K3, K5, K6, K7) speaks only where
 * no metric rule did, a K2 or K4 reading only where that rule did not. A reading of each family
 * at most: the most probable metric reading, and K2 and K4 on their own.
 */
export const SILENCED_BY: Record<LearnedRuleId, readonly RuleId[]> = {
  K2: ["K2"],
  K3: METRIC_RULES,
  K4: ["K4"],
  K5: METRIC_RULES,
  K6: METRIC_RULES,
  K7: METRIC_RULES,
};

/** A reading's rules that no rule of their family (SILENCED_BY) already raised. */
export const unsilenced = <T>(
  rules: Partial<Record<LearnedRuleId, T>>,
  fired: ReadonlySet<RuleId>,
): [LearnedRuleId, T][] =>
  (Object.entries(rules) as [LearnedRuleId, T][]).filter(([id]) => !SILENCED_BY[id].some((r) => fired.has(r)));

export interface LearnedRule {
  /** The probability from which the reading speaks. */
  threshold: number;
  bias: number;
  weights: Record<string, number>;
  /** Weights of the English title's word vectors (features.ts, keyResultVector), for a rule trained on them. */
  vector?: number[];
}

export type Language = "en" | "zh";

/** One labelled key result: its language, writer (an index), the rules it carries, title, metric and direction. */
/** The nearest-neighbour reading's table (neighbours.ts, neighbours.json). */
export type NeighbourCase = [
  language: Language,
  writer: number,
  rules: string,
  title: string,
  metric: string,
  dir: string,
];

export interface NeighbourTable {
  /** The collections the cases come from and their fingerprint (coach-neighbours.ts). */
  trainedOn?: { collections: string[]; sha256: string };
  /** How many neighbours vote. */
  k: number;
  /** The share of the k neighbours that must carry a rule for the reading to raise it. */
  rules: Partial<Record<LearnedRuleId, number>>;
  writers: string[];
  cases: NeighbourCase[];
  /**
   * Per language, the cases' features as written by the script, so that a process need not derive
   * them again (neighbours.ts, encodeFeatures): the features, most frequent first, one a line, and
   * per case in the table's order its count of features and their numbers, as unsigned varints in
   * base64. A table without it derives them (ownFeatures).
   */
  features?: Partial<Record<Language, { names: string; cases: string }>>;
}

export interface LearnedModel {
  /** The collections it was trained on and their fingerprint (a test checks it is current). */
  trainedOn?: { collections: string[]; sha256: string };
  rules: Partial<Record<LearnedRuleId, LearnedRule>>;
  /**
   * The nearest-neighbour reading's table for a model other than the shipped one (tests, held-out
   * tries); the shipped model reads the shipped neighbours.json (neighbours.ts).
   */
  neighbours?: NeighbourTable;
}

export const trainedModel: LearnedModel = trained as LearnedModel;

export interface LearnedReading {
  rule: LearnedRuleId;
  probability: number;
  /** The words of an English title that weighed most toward the rule, as written. */
  words: string[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function probability(rule: LearnedRule, features: string[], vector?: Float32Array): number {
  let z = features.reduce((sum, f) => sum + (rule.weights[f] ?? 0), rule.bias);
  if (rule.vector && vector) {
    for (const [d, w] of rule.vector.entries()) z += w * (vector[d] as number);
  }
  return sigmoid(z);
}

/**
 * The English title's words behind its strongest features, as written. Chinese gets none: its
 * features are runs of characters that often straddle two words ("长从"), which explain nothing.
 */
function strongestWords(kr: DraftKeyResult, rule: LearnedRule, features: string[]): string[] {
  const stems = features
    .filter((f) => f.startsWith("t:") && /^[a-z_]+$/.test(f.slice(2)) && (rule.weights[f] ?? 0) > 0)
    .sort((a, b) => (rule.weights[b] ?? 0) - (rule.weights[a] ?? 0))
    .slice(0, 2)
    .flatMap((f) => f.slice(2).split("_"));
  const written = kr.title.match(/[A-Za-z]+/g) ?? [];
  return [...new Set(written.filter((w) => stems.some((s) => w.toLowerCase().startsWith(s))))].slice(0, 3);
}

/**
 * The readings of the key result that pass their thresholds and that no rule of their family
 * (SILENCED_BY) already raised: the most probable metric reading, and a K2 or K4 one beside it.
 */
export function learnedReadings(
  kr: DraftKeyResult,
  objective: DraftObjective,
  fired: ReadonlySet<RuleId> = new Set(),
  model: LearnedModel = trainedModel,
): LearnedReading[] {
  const rules = unsilenced(model.rules, fired);
  if (rules.length === 0) return [];
  const features = keyResultFeatures(kr, objective);
  // The word vectors are read only for a model that weighs them (embeddings.ts loads lazily).
  const vector = rules.some(([, r]) => r.vector) ? keyResultVector(kr, objective) : undefined;
  const best = new Map<RuleId, LearnedReading>();
  for (const [id, rule] of rules) {
    // A reading that weighs word vectors reads English titles only: the table holds no Chinese.
    if (rule.vector && !vector) continue;
    const p = probability(rule, features, vector);
    const family = SILENCED_BY[id][0] as RuleId;
    if (p < rule.threshold || (best.get(family)?.probability ?? 0) >= p) continue;
    const words = isChinese(kr, objective) ? [] : strongestWords(kr, rule, features);
    best.set(family, { rule: id, probability: p, words });
  }
  return [...best.values()];
}

const quote = (words: string[]) => words.map((w) => `"${w}"`).join(", ");

/** What each reading reads as, and its advice (shared by neighbours.ts). */
export const READS: Record<LearnedRuleId, { en: string; zh: string; suggestion: { en: string; zh: string } }> = {
  K2: {
    en: "a key result that cannot be tracked as written, or has no date it is due",
    zh: "按现在的写法无法跟踪进展、或没有截止时间的关键结果",
    suggestion: {
      en: "Name the metric with its unit, its baseline and target, and the date it is due.",
      zh: "写明指标及其单位、基线和目标值，以及截止日期。",
    },
  },
  K3: {
    en: "a metric that may not show progress on this objective",
    zh: "一个未必能体现该目标进展的指标",
    suggestion: {
      en: "Measure what changes when the objective is met, e.g. for deeper use, the share of accounts running the workflow weekly.",
      zh: "改为衡量目标达成时会变化的指标，例如要加深使用，就衡量每周使用该流程的账户占比。",
    },
  },
  K4: {
    en: "a target that may be set too low or out of reach for a quarter",
    zh: "目标可能定得太低，或一个季度内难以达到",
    suggestion: {
      en: "Set a stretch you expect to reach about 70 % of the way: above where you are, within reach of a quarter's work.",
      zh: "把目标定在预计能完成约 70% 的挑战水平：高于现状，又在一个季度的努力范围内。",
    },
  },
  K5: {
    en: "a running total, which only grows and shows no change in what customers do",
    zh: "只增不减的累计总量，看不出客户行为的变化",
    suggestion: {
      en: "Measure a rate or a share over the period instead, e.g. weekly active share of new sign-ups.",
      zh: "改为衡量周期内的比率或占比，例如新注册用户的周活跃占比。",
    },
  },
  K6: {
    en: "a count of activity between us and the customer, which can grow while no customer gets more value",
    zh: "我们与客户之间的活动量，活动增加时客户未必得到更多价值",
    suggestion: {
      en: "Measure what the activity should achieve for the customer, e.g. problems solved or tasks completed.",
      zh: "改为衡量这些活动为客户带来的结果，例如解决的问题或完成的任务。",
    },
  },
  K7: {
    en: "an output (something the team delivers), not an outcome (a change in a metric)",
    zh: "产出（团队交付的东西），而不是成果（指标的变化）",
    suggestion: {
      en: "Name the metric the delivery should move, and track the delivery as an initiative under that key result.",
      zh: "写出这次交付要推动的指标，并把交付作为该关键结果下的举措来跟踪。",
    },
  },
};

/** The finding of a learned reading: what it reads, and the words it read it from. */
export function learnedHit(reading: LearnedReading): Hit {
  const read = READS[reading.rule];
  const { words } = reading;
  return {
    message: {
      en:
        words.length > 0
          ? `This reads as ${read.en}: in the coach's examples, ${quote(words)} mostly appear in such key results.`
          : `This reads as ${read.en}.`,
      zh: `这条关键结果读起来像${read.zh}。`,
    },
    suggestion: read.suggestion,
  };
}
