/**
 * The words the coach's learned reading (reading.ts) weighs: what a key result's title and metric
 * say, what its objective says, and which way its numbers go. Plain n-grams on purpose: the
 * reading is there to catch the many ways people write an output or an activity count that the
 * rules' sentence shapes do not yet know (issue 17), and it is trained and checked on the labelled
 * collections' writers (scripts/coach-train.ts), not on a list someone keeps.
 */
import { isChinese as inChinese } from "../language/shape.ts";
import type { DraftKeyResult, DraftObjective } from "../types.ts";

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
function direction({ baseline, target }: DraftKeyResult): string {
  if (baseline == null || target == null) return "none";
  return target > baseline ? "up" : target < baseline ? "down" : "eq";
}

/** The key result's features, each once: t: title, m: metric, o: objective. */
export function keyResultFeatures(kr: DraftKeyResult, objective: DraftObjective): string[] {
  const chinese = isChinese(kr, objective);
  return [
    ...new Set([
      ...grams(kr.title, chinese, "t:"),
      ...grams(kr.metric, chinese, "m:"),
      ...grams(objective.title, chinese, "o:"),
      `lang:${chinese ? "zh" : "en"}`,
      `dir:${direction(kr)}`,
    ]),
  ];
}
