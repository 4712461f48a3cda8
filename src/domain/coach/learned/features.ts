/**
 * The words the coach's learned reading (reading.ts) weighs: what a key result's title and metric
 * say, what its objective says, and which way its numbers go. Plain n-grams on purpose: the
 * reading is there to catch the many ways people write an output or an activity count that the
 * rules' sentence shapes do not yet know (issue 17), and it is trained and checked on the labelled
 * collections' writers (scripts/coach-train.ts), not on a list someone keeps.
 */
import { METRIC_FAMILIES, outcomesAsked } from "../language/metric-families.ts";
import { isChinese as inChinese } from "../language/shape.ts";
import { keyResultText, normalize } from "../text.ts";
import type { DraftKeyResult, DraftObjective } from "../types.ts";
import { DIMENSIONS, englishWordsOf, meanVector, wordVector } from "./embeddings.ts";

/** A light English stem ("launches", "launched", "launching" → "launch"): enough for n-grams. */
function stem(word: string): string {
  for (const suffix of ["ing", "ed", "es", "s"]) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** English: stems and pairs of stems. Chinese, which has no spaces: runs of two and three characters. */
function grams(text: string | null | undefined, chinese: boolean, prefix: string): string[] {
  const lower = (text ?? "").toLowerCase();
  if (!chinese) {
    const words = (lower.match(/[a-z]+|%|\$|€|£/g) ?? []).map(stem);
    return [...words, ...words.slice(1).map((w, i) => `${words[i]}_${w}`)].map((g) => prefix + g);
  }
  const chars = Array.from(lower.replace(/\s+/g, ""));
  const pairs = chars.slice(1).map((c, i) => `${chars[i]}${c}`);
  const triples = chars.slice(2).map((c, i) => `${chars[i]}${chars[i + 1]}${c}`);
  return [...pairs, ...triples, ...(lower.match(/[a-z]+/g) ?? [])].map((g) => prefix + g);
}

/** Whether the key result is written in Chinese (its title or its objective's). */
export const isChinese = (kr: DraftKeyResult, objective: DraftObjective): boolean =>
  inChinese(kr.title) || inChinese(objective.title);

/** The direction of the numbers: a count pushed up reads differently from one cut. */
export function direction({ baseline, target }: Pick<DraftKeyResult, "baseline" | "target">): string {
  if (baseline == null || target == null) return "none";
  return target > baseline ? "up" : target < baseline ? "down" : "eq";
}

/**
 * K3 reads a key result against its objective, which words of each alone do not: what the
 * objective asks for (aim:, the outcomes of K3's lexicon, language/metric-families.ts), what kind
 * of quantity the key result counts (fam:, its metric families), and each pair of them (x:), so
 * the weights can learn which kinds of metric show which aims, for families the rule itself
 * does not judge against an aim and aims it reads only in part.
 */
function aimAndMetric(kr: DraftKeyResult, objective: DraftObjective): string[] {
  const aims = outcomesAsked(normalize(`${objective.title} ${objective.description ?? ""}`)).map((a) => a.outcome);
  const text = keyResultText(kr);
  const families = METRIC_FAMILIES.filter((f) => f.pattern.test(text) && !f.unless?.test(text)).map((f) => f.name);
  const kinds = families.length > 0 ? families : ["none"];
  return [
    ...aims.map((a) => `aim:${a}`),
    ...kinds.map((f) => `fam:${f}`),
    ...(aims.length > 0 ? aims : ["none"]).flatMap((a) => kinds.map((f) => `x:${a}|${f}`)),
  ];
}

/** The ratio of target to baseline, in bands: K4 reads a stretch from the numbers. */
function stretch({ baseline, target }: DraftKeyResult): string[] {
  if (baseline == null || target == null) return [];
  const bands = [0.25, 0.5, 0.8, 0.95, 1, 1.05, 1.25, 1.5, 2, 3, 5];
  const features = [
    ...(target === 0 ? ["tgt:0"] : []),
    ...(target === 100 ? ["tgt:100"] : []),
    ...(baseline === 0 ? ["base:0"] : []),
  ];
  if (baseline <= 0 || target < 0) return features;
  const ratio = target / baseline;
  const band = bands.findIndex((b) => ratio < b);
  return [...features, `ratio:${band === -1 ? bands.length : band}`];
}

/** What the key result states beside its words (K2: a deadline, a unit, a metric named). */
const stated = (kr: DraftKeyResult): string[] =>
  (["deadline", "unit", "metric"] as const).filter((field) => !kr[field]).map((field) => `no:${field}`);

/**
 * What a key result itself says: its title's and metric's n-grams (t:, m:) and its numbers'
 * direction (dir:, from direction), each once. The nearest-neighbour reading (neighbours.ts)
 * compares key results by these alone.
 */
export const ownFeatures = (
  title: string,
  metric: string | null | undefined,
  dir: string,
  chinese: boolean,
): string[] => [...new Set([...grams(title, chinese, "t:"), ...grams(metric, chinese, "m:"), `dir:${dir}`])];

/**
 * The key result's features, each once: t: title, m: metric, o: objective, and the classes above.
 */
export function keyResultFeatures(kr: DraftKeyResult, objective: DraftObjective): string[] {
  const chinese = isChinese(kr, objective);
  return [
    ...new Set([
      ...grams(kr.title, chinese, "t:"),
      ...grams(kr.metric, chinese, "m:"),
      ...grams(objective.title, chinese, "o:"),
      `lang:${chinese ? "zh" : "en"}`,
      `dir:${direction(kr)}`,
      ...aimAndMetric(kr, objective),
      ...stretch(kr),
      ...stated(kr),
    ]),
  ];
}

/** Words that say nothing of what a key result measures: left out of its mean vector. */
const FUNCTION_WORDS = new Set(
  "a an the of to for in on at by with from into per and or our their its we all each every this that these those is are be as than up".split(
    " ",
  ),
);

/** The length of keyResultVector's vectors: the title's mean, then its first word. */
export const VECTOR_LENGTH = 2 * DIMENSIONS;

/**
 * The length each half is scaled by. A unit vector's hundred dimensions are each about 0.1, and
 * the training's rate and decay were set for n-grams worth 1 (coach-learning.ts): at unit length
 * the vectors hardly move the model beside its thousands of n-grams. Tried at 0 (the control: the
 * same English-only reading without vectors), 1, 4 and 8 for K7 by the writer-held-out tries
 * (coach-train.ts): 4 found the most at the threshold the rule allowed, 8 raised too many false
 * alarms for one writer (docs in scripts/coach-embeddings.ts).
 */
export const VECTOR_SCALE = 4;

/**
 * What an English title means, in word vectors (embeddings.ts), for the rules that read what a
 * key result delivers or counts (K7, an output instead of an outcome; K6 and K3 may use it too):
 * the mean vector of its content words, so "roll out", "deploy" and "go live with" land near one
 * another where their n-grams share nothing, and the vector of its first word, where an English
 * key result puts its verb when it has one ("Launch …", "Ship …", "Grow …"). The first word
 * stands for the verb without the tagger: tagging every title would cost `grove lint` what the
 * rules' prefilters save (language/english-cost.test.ts). Undefined for Chinese, which the table
 * does not hold, and for a title none of whose words it holds.
 */
export function keyResultVector(kr: DraftKeyResult, objective: DraftObjective): Float32Array | undefined {
  if (isChinese(kr, objective)) return undefined;
  const words = englishWordsOf(kr.title);
  const mean = meanVector(words.filter((w) => !FUNCTION_WORDS.has(w)));
  if (!mean) return undefined;
  const vector = new Float32Array(VECTOR_LENGTH);
  vector.set(mean);
  const first = wordVector(words[0] ?? "");
  if (first) vector.set(first, DIMENSIONS);
  return vector.map((x) => x * VECTOR_SCALE);
}
