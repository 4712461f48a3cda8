import { normalize } from "../text.ts";

// M7: a metric outside the concept lexicon, identified by its noun phrase. Two teams rarely name
// one metric in the same words ("free trial length" / "trial length", "password rotation
// interval" / "password expiry period", "免费试用期" / "试用期时长"), so comparing the whole
// wording misses most of them. A noun phrase has a head, the thing measured, and what narrows
// it: in English the head is the last noun before a complement ("of", "per", "on" ...), with its
// modifiers before it; in Chinese the head comes last and what narrows it before. So:
//
// - English: one metric when the heads are the same noun (synonyms folded: length, duration,
//   term, period and interval are one "duration"; limit, quota and cap one "limit") and they
//   share one more content word ("API rate limit" and "API request quota"). A head that only
//   says how something is measured (rate, time, duration, score) is read with the word before
//   it: "free trial length" is "trial length", but "email open rate" is not "email click rate",
//   nor "phone wait time" "in-store dwell time".
// - Both: a "per X" denominator is part of the metric. "Calls per new account" and "calls per
//   rep" are two metrics; a metric without a denominator can still be the other's total.
// - Chinese: one metric when, measure suffix aside (时间/时长, 次数, 率 ...), one core ends with
//   the other ("免费试用期" ends with "试用期") and the measure suffixes are of one kind, or one
//   has none (a rate is never a count: "推送打开率" and "推送次数" are two metrics).

const FUNCTION_WORDS = new Set(
  (
    "a an the of to for from in on at by with and or our their its into than as is are be each every all " +
    "increase raise grow boost improve reduce decrease lower cut keep maintain hold extend shorten " +
    "average avg mean median typical standard overall total monthly weekly daily quarterly annual yearly " +
    "number count volume amount first new current"
  ).split(" "),
);

/** One name for the measure nouns teams use interchangeably. */
const SYNONYMS: ReadonlyArray<[RegExp, string]> = [
  [/^(length|duration|term|period|interval|lifetime)$/, "duration"],
  [/^(limit|quota|cap|ceiling|allowance)$/, "limit"],
  [/^(fee|charge|price|pricing)$/, "price"],
  [/^(reply|response|answer)$/, "response"],
  [/^(sends?|emails?|mails?|messages?)$/, "email"],
  [/^(notification|push|alert)$/, "notification"],
];

/** Heads that say how a thing is measured, not what: the word before them names the metric. */
const MEASURE_HEADS = new Set(
  "rate ratio share percentage percent proportion time duration score index cost value size frequency level".split(" "),
);

const COMPLEMENT = /\s(of|per|for|on|at|across|within|over|during|after|among|in|by|with)\s/;

export interface MetricPhrase {
  /** The head noun (English), after synonyms; null when the text has no English words. */
  head: string | null;
  /** The word just before the head: what a measure head ("rate", "time") is of. */
  beforeHead: string | null;
  /** The head phrase's content words, the head among them. */
  words: Set<string>;
  /** The words of its "per X" denominators. */
  per: Set<string>;
  /** Chinese: the core before a measure suffix, and that suffix's kind. */
  zhCore: string | null;
  zhMeasure: string | null;
}

/** A light lemma: plurals, -ing and -ed go, so "engineering" meets "engineers". */
export function lemma(word: string): string {
  const w = word.replace(/'s$/, "");
  if (w.length > 5 && w.endsWith("ing")) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /[^aeiou]ed$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && /[^s]s$/.test(w)) return w.slice(0, -1);
  return w;
}

function canonical(word: string): string {
  const base = lemma(word);
  for (const [pattern, name] of SYNONYMS) if (pattern.test(base) || pattern.test(word)) return name;
  return base;
}

function englishWords(text: string): string[] {
  return [...text.matchAll(/[a-z][a-z0-9'-]*/g)]
    .map((m) => m[0])
    .filter((w) => !FUNCTION_WORDS.has(w))
    .map(canonical);
}

const ZH_MEASURES: ReadonlyArray<[RegExp, string]> = [
  [/(时间|时长|耗时|天数|周期)$/, "time"],
  [/(率|比例|占比|比率)$/, "share"],
  [/(次数|人数|个数|数量|总数|数|量)$/, "count"],
  [/(金额|费用|成本|额)$/, "money"],
];
const ZH_SYNONYMS: ReadonlyArray<[RegExp, string]> = [[/时长/g, "时间"]];
const ZH_FILLER = /平均|每月|每周|每日|每天|每位用户|每个用户|每用户|用户的|的|中位数/g;

function chineseCore(text: string): { core: string | null; measure: string | null } {
  let run = [...text.matchAll(/[\u4e00-\u9fff]+/g)].map((m) => m[0]).join("");
  for (const [pattern, name] of ZH_SYNONYMS) run = run.replace(pattern, name);
  run = run.replace(ZH_FILLER, "");
  if (run === "") return { core: null, measure: null };
  for (const [pattern, measure] of ZH_MEASURES) {
    const stripped = run.replace(pattern, "");
    if (stripped !== run) return { core: stripped.length >= 2 ? stripped : null, measure };
  }
  return { core: run.length >= 2 ? run : null, measure: null };
}

/**
 * One word order and one word for what teams say two ways, before any matching: "time to first
 * response" is "first response time", "days to close" is "close time"; 回复 (reply) is 响应.
 */
export function rephrase(text: string): string {
  return normalize(text)
    .replace(/\b(time|days|hours|minutes) to ([a-z-]+(?: [a-z-]+)?)/g, "$2 time")
    .replace(/回复/g, "响应");
}

/** The noun phrase of a metric's name (its metric field, or its title when it has none). */
export function metricPhrase(text: string): MetricPhrase {
  const normalized = rephrase(text)
    .replace(/\d+([.,]\d+)?/g, " ")
    .replace(/\s+/g, " ");
  const parts = normalized.split(/\bper\b/);
  const main = (parts[0] ?? "").split(COMPLEMENT)[0] ?? "";
  const words = englishWords(main);
  const per = new Set(parts.slice(1).flatMap((part) => englishWords(part.split(COMPLEMENT)[0] ?? "")));
  const zh = chineseCore(normalized);
  return {
    head: words.at(-1) ?? null,
    beforeHead: words.at(-2) ?? null,
    words: new Set(words),
    per,
    zhCore: zh.core,
    zhMeasure: zh.measure,
  };
}

/** Both metrics are "per" something, and not per the same thing: two metrics. */
export function disjointDenominators(a: MetricPhrase, b: MetricPhrase): boolean {
  return a.per.size > 0 && b.per.size > 0 && ![...a.per].some((w) => b.per.has(w));
}

/** Two metric phrases name one metric (see the rules above); false when either says too little. */
export function samePhrase(a: MetricPhrase, b: MetricPhrase): boolean {
  if (disjointDenominators(a, b)) return false;
  if (a.head !== null && a.head === b.head) {
    // A measure head ("rate", "time") is read with the word before it: "email open rate" and
    // "email click rate" share "email" but are two rates; "free trial length" is "trial length".
    if (MEASURE_HEADS.has(a.head)) {
      if (a.beforeHead !== null && a.beforeHead === b.beforeHead) return true;
    } else if ([...a.words].some((w) => w !== a.head && b.words.has(w))) {
      // Another head ("limit", "slot") with one more word in common: "API rate limit" and "API quota".
      return true;
    }
  }
  // A suffix of one kind, or none on one side ("免费试用期" and "试用期时长").
  const measures = a.zhMeasure === b.zhMeasure || a.zhMeasure === null || b.zhMeasure === null;
  if (a.zhCore !== null && b.zhCore !== null && measures) {
    const [short, long] = a.zhCore.length <= b.zhCore.length ? [a.zhCore, b.zhCore] : [b.zhCore, a.zhCore];
    if (long.endsWith(short)) return true;
  }
  return false;
}
