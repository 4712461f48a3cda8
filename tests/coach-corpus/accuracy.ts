import { type Finding, type ReviewOptions, type RuleId, reviewOkrSet } from "../../src/domain/coach/index.ts";
import type { Collection } from "../support/labelled-corpus.ts";
import { expectedFindings, toDraft } from "./corpus.ts";

export const RULES: RuleId[] = ["M1", "M2", "M4", "Q1", "Q2", "Q3", "Q4", "K1", "K2", "K3", "K4", "K5", "K6", "K7"];

export interface RuleScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Accuracy {
  perRule: Record<RuleId, RuleScore>;
  overall: RuleScore;
  falsePositives: string[];
  falseNegatives: string[];
  objectives: number;
  keyResults: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
export const precision = (s: RuleScore) => ratio(s.truePositives, s.truePositives + s.falsePositives);
export const recall = (s: RuleScore) => ratio(s.truePositives, s.truePositives + s.falseNegatives);

/**
 * Compares the engine's findings with the labels, as sets of "RULE path" per collection. `options`
 * can give the learned reading another model (scripts/coach-heldout.ts: one trained without the
 * held-out sets).
 */
/**
 * The engine's findings on a collection, with the default options reviewed once per process: the
 * unit project's files share one module cache, and several tests measure the same collections
 * (reviewing all of them takes seconds of CPU).
 */
export function findingsOf(collection: Collection, options: ReviewOptions = {}): Finding[] {
  if (Object.keys(options).length > 0) return reviewOkrSet(toDraft(collection), options);
  const known = reviewed.get(collection);
  if (known) return known;
  const found = reviewOkrSet(toDraft(collection));
  reviewed.set(collection, found);
  return found;
}
const reviewed = new WeakMap<Collection, Finding[]>();

export function measure(collections: Collection[], options: ReviewOptions = {}): Accuracy {
  const empty = (): RuleScore => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });
  const perRule = Object.fromEntries(RULES.map((r) => [r, empty()])) as Record<RuleId, RuleScore>;
  const overall = empty();
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  let objectives = 0;
  let keyResults = 0;
  for (const collection of collections) {
    const expected = new Set(expectedFindings(collection));
    const actual = new Set(findingsOf(collection, options).map((f) => `${f.rule} ${f.path}`));
    for (const key of new Set([...expected, ...actual])) {
      const score = perRule[key.split(" ")[0] as RuleId];
      const field = expected.has(key) ? (actual.has(key) ? "truePositives" : "falseNegatives") : "falsePositives";
      score[field] += 1;
      overall[field] += 1;
      if (field === "falsePositives") falsePositives.push(`${collection.name}: ${key}`);
      if (field === "falseNegatives") falseNegatives.push(`${collection.name}: ${key}`);
    }
    for (const u of collection.units) {
      objectives += u.objectives.length;
      keyResults += u.objectives.reduce((sum, o) => sum + o.keyResults.length, 0);
    }
  }
  return { perRule, overall, falsePositives, falseNegatives, objectives, keyResults };
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);

/**
 * A plain-text table: one row per rule, then the overall figures, then (with `cases`) each false
 * positive and miss. Sets that are never tuned on (README.md) are printed without their cases, so
 * nobody steers a rule by them.
 */
export function formatTable(accuracy: Accuracy, { cases = true }: { cases?: boolean } = {}): string {
  const row = (name: string, s: RuleScore) =>
    `${name.padEnd(8)}${String(s.truePositives).padStart(4)}${String(s.falsePositives).padStart(4)}${String(s.falseNegatives).padStart(4)}${pct(precision(s))}${pct(recall(s))}`;
  return [
    `Coach accuracy on ${accuracy.objectives} objectives / ${accuracy.keyResults} key results`,
    `rule      TP  FP  FN  precis  recall`,
    ...RULES.map((rule) => row(rule, accuracy.perRule[rule])),
    row("overall", accuracy.overall),
    ...(cases ? accuracy.falsePositives.map((f) => `false positive: ${f}`) : []),
    ...(cases ? accuracy.falseNegatives.map((f) => `missed: ${f}`) : []),
  ].join("\n");
}

const CJK = /[\u4e00-\u9fff]/;

/** The collection's units in one language (a unit is Chinese when its objectives are), paths renumbered. */
export function inLanguage(collection: Collection, language: "en" | "zh"): Collection {
  const isChinese = (u: Collection["units"][number]) => CJK.test(u.name + u.objectives.map((o) => o.title).join(""));
  return {
    ...collection,
    name: `${collection.name} (${language})`,
    units: collection.units.filter((u) => isChinese(u) === (language === "zh")),
  };
}
