/**
 * The coach's second learned reading (issue 17, thirteenth round): nearest neighbours. Rules tuned
 * on one writer's misses reach the next writer's words only in part, and the logistic reading
 * (reading.ts) seldom passes its threshold rule; this one reasons from the labelled cases instead.
 * For a key result that no rule of a reading's family flagged (SILENCED_BY, as the logistic
 * reading), it finds the k most alike labelled key results of the tuning collections in its
 * language (the cosine of the title's and metric's n-grams and the numbers' direction,
 * features.ts ownFeatures, weighted by how rare each n-gram is) and raises a rule when at least the
 * rule's share of them carry it, and those that do were written by at least two writers: a
 * phrasing one writer labelled is that writer's habit, not a shape.
 *
 * The table (neighbours.json: the cases, k and each rule's share) is written by
 * scripts/coach-neighbours.ts, which sets the shares by the threshold rule of coach-train.ts,
 * each writer held out in turn (docs/coach.md, "The learned reading"). It is loaded on the first
 * key result the reading reads, once per process, and indexed per language on first use: a
 * process that reviews no silent key result never loads it.
 */
import { createRequire } from "node:module";
import type { DraftKeyResult, DraftObjective, Hit, RuleId } from "../types.ts";
import { direction, isChinese, ownFeatures } from "./features.ts";
import {
  type Language,
  type LearnedModel,
  type LearnedRuleId,
  type NeighbourCase,
  type NeighbourTable,
  READS,
  SILENCED_BY,
  trainedModel,
  unsilenced,
} from "./reading.ts";

export interface NeighbourReading {
  rule: LearnedRuleId;
  /** The share of the k neighbours that carry the rule. */
  share: number;
  /** How many of the k neighbours carry it, and the title of the nearest that does. */
  carrying: number;
  k: number;
  example: string;
}

/**
 * One language's cases, indexed: each feature an id, and per id the cases holding it and its
 * weight in their unit vectors, in flat arrays (offsets[id] to offsets[id + 1]): a map of small
 * arrays per feature cost `grove lint` a third of a second to build.
 */
interface Index {
  /** The table's number of each case of the language. */
  cases: Int32Array;
  writers: Int32Array;
  ids: Map<string, number>;
  idf: Float64Array;
  offsets: Int32Array;
  at: Int32Array;
  weight: Float64Array;
  scores: Float64Array;
}

const indexes = new WeakMap<NeighbourTable, Partial<Record<Language, Index>>>();
let shipped: NeighbourTable | undefined;
let loads = 0;

/** How often neighbours.json was read this process (a test checks it is read once at most). */
export const neighbourLoads = () => loads;

/** The shipped table (neighbours.json), read on first use. */
export function shippedNeighbours(): NeighbourTable {
  if (!shipped) {
    loads++;
    shipped = createRequire(import.meta.url)("./neighbours.json") as NeighbourTable;
  }
  return shipped;
}

const varint = (out: number[], n: number) => {
  let rest = n;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  out.push(rest);
};

/**
 * The cases' features in the compact form a table ships (NeighbourTable.features): deriving
 * them from 7,000 titles cost `grove lint` a fifth of a second, reading them a few milliseconds.
 */
export function encodeFeatures(features: readonly (readonly string[])[]): { names: string; cases: string } {
  const counts = new Map<string, number>();
  for (const fs of features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number));
  const id = new Map(names.map((f, i) => [f, i]));
  const bytes: number[] = [];
  for (const fs of features) {
    varint(bytes, fs.length);
    for (const f of fs) varint(bytes, id.get(f) as number);
  }
  return { names: names.join("\n"), cases: Buffer.from(bytes).toString("base64") };
}

/** Each case's feature numbers, one after another (starts[n] to starts[n + 1]). */
function featuresOf(
  table: NeighbourTable,
  language: Language,
  cases: readonly number[],
): { ids: Map<string, number>; held: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(cases.length + 1);
  const shipped = table.features?.[language];
  if (shipped) {
    const ids = new Map(shipped.names.split("\n").map((f, i) => [f, i]));
    const bytes = Buffer.from(shipped.cases, "base64");
    const held = new Int32Array(bytes.length);
    let read = 0;
    let size = 0;
    const next = () => {
      let n = 0;
      for (let shift = 0; ; shift += 7) {
        const byte = bytes[read++] as number;
        n += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return n;
      }
    };
    for (let n = 0; n < cases.length; n++) {
      const count = next();
      for (let c = 0; c < count; c++) held[size++] = next();
      starts[n + 1] = size;
    }
    return { ids, held: held.subarray(0, size), starts };
  }
  const ids = new Map<string, number>();
  const held: number[] = [];
  cases.forEach((i, n) => {
    const [, , , title, metric, dir] = table.cases[i] as NeighbourCase;
    for (const f of ownFeatures(title, metric, dir, language === "zh")) {
      const id = ids.get(f) ?? ids.size;
      ids.set(f, id);
      held.push(id);
    }
    starts[n + 1] = held.length;
  });
  return { ids, held: Int32Array.from(held), starts };
}

/**
 * The language's cases as unit vectors of their features' weights: the rarer a feature among the
 * language's cases, the more it weighs (tf-idf). Built on first use, per language.
 */
function indexOf(table: NeighbourTable, language: Language): Index {
  const built = indexes.get(table) ?? {};
  indexes.set(table, built);
  const known = built[language];
  if (known) return known;
  const cases = table.cases.flatMap((c, i) => (c[0] === language ? [i] : []));
  const { ids, held, starts } = featuresOf(table, language, cases);
  const counts = new Int32Array(ids.size);
  for (const id of held) counts[id] = (counts[id] as number) + 1;
  const idf = Float64Array.from(counts, (n) => Math.log(cases.length / n));
  const offsets = new Int32Array(ids.size + 1);
  for (let id = 0; id < ids.size; id++) offsets[id + 1] = (offsets[id] as number) + (counts[id] as number);
  const fill = offsets.slice(0, ids.size);
  const at = new Int32Array(held.length);
  const weight = new Float64Array(held.length);
  for (let n = 0; n < cases.length; n++) {
    let squares = 0;
    for (let h = starts[n] as number; h < (starts[n + 1] as number); h++)
      squares += (idf[held[h] as number] as number) ** 2;
    const norm = Math.sqrt(squares) || 1;
    for (let h = starts[n] as number; h < (starts[n + 1] as number); h++) {
      const id = held[h] as number;
      const slot = fill[id] as number;
      fill[id] = slot + 1;
      at[slot] = n;
      weight[slot] = (idf[id] as number) / norm;
    }
  }
  const index: Index = {
    cases: Int32Array.from(cases),
    writers: Int32Array.from(cases, (i) => (table.cases[i] as NeighbourCase)[1]),
    ids,
    idf,
    offsets,
    at,
    weight,
    scores: new Float64Array(cases.length),
  };
  built[language] = index;
  return index;
}

/**
 * The table's k cases of the language most alike these features (ownFeatures), nearest first, ties
 * to the earlier case; none of `exceptWriter`'s (the tries hold a writer out this way).
 */
export function nearest(
  table: NeighbourTable,
  features: readonly string[],
  language: Language,
  exceptWriter = -1,
): number[] {
  const { cases, writers, ids, idf, offsets, at, weight, scores } = indexOf(table, language);
  const touched: number[] = [];
  for (const f of new Set(features)) {
    const id = ids.get(f);
    if (id === undefined || !idf[id]) continue;
    const q = idf[id] as number;
    for (let p = offsets[id] as number; p < (offsets[id + 1] as number); p++) {
      const n = at[p] as number;
      if (scores[n] === 0) touched.push(n);
      scores[n] = (scores[n] as number) + q * (weight[p] as number);
    }
  }
  const top: number[] = [];
  for (const at of touched.sort((a, b) => a - b)) {
    if (writers[at] === exceptWriter || (scores[at] as number) <= 0) continue;
    if (top.length === table.k && (scores[at] as number) <= (scores[top[table.k - 1] as number] as number)) continue;
    let place = top.length;
    while (place > 0 && (scores[top[place - 1] as number] as number) < (scores[at] as number)) place--;
    top.splice(place, 0, at);
    if (top.length > table.k) top.pop();
  }
  const found = top.map((at) => cases[at] as number);
  for (const at of touched) scores[at] = 0;
  return found;
}

/** The same key result as written: its title (in any case), metric and direction. */
const twins = (a: NeighbourCase, b: NeighbourCase) =>
  a[0] === b[0] && a[3].trim().toLowerCase() === b[3].trim().toLowerCase() && a[4] === b[4] && a[5] === b[5];

/**
 * The vote for a rule: those of the k nearest that carry it, or none when they come from fewer
 * than two writers (one writer's habit is not a shape) or when a labelled twin of the key result
 * (the same title, metric and direction) does not carry it: a case labelled as written decides for
 * itself. The tries (scripts/coach-neighbours.ts) vote with this same function.
 */
export function carriers(
  table: NeighbourTable,
  near: readonly number[],
  k: number,
  rule: LearnedRuleId,
  query: NeighbourCase,
): number[] {
  const first = near.slice(0, k);
  const carries = (i: number) => (table.cases[i] as NeighbourCase)[2].split(",").includes(rule);
  if (first.some((i) => twins(table.cases[i] as NeighbourCase, query) && !carries(i))) return [];
  const carrying = first.filter(carries);
  return new Set(carrying.map((i) => (table.cases[i] as NeighbourCase)[1])).size < 2 ? [] : carrying;
}

/**
 * The neighbour readings of a key result that pass their shares and that no rule of their family
 * (SILENCED_BY) already raised: the strongest metric reading, and a K2 or K4 one beside it. `model`
 * says which table: the shipped one with the shipped model, the model's own `neighbours` with
 * another (none for the rules alone: `{ rules: {} }`, as coach-accuracy.ts --rules-only and the
 * tries pass).
 */
export function neighbourReadings(
  kr: DraftKeyResult,
  objective: DraftObjective,
  fired: ReadonlySet<RuleId> = new Set(),
  model: LearnedModel = trainedModel,
): NeighbourReading[] {
  const shares = (table: NeighbourTable | undefined) => unsilenced(table?.rules ?? {}, fired);
  // Nothing to read for: the shipped table is not even loaded.
  if (model !== trainedModel && shares(model.neighbours).length === 0) return [];
  const table = model === trainedModel ? shippedNeighbours() : (model.neighbours as NeighbourTable);
  const rules = shares(table);
  if (rules.length === 0) return [];
  const chinese = isChinese(kr, objective);
  const language: Language = chinese ? "zh" : "en";
  const dir = direction(kr);
  const near = nearest(table, ownFeatures(kr.title, kr.metric, dir, chinese), language);
  const query: NeighbourCase = [language, -1, "", kr.title, kr.metric ?? "", dir];
  const best = new Map<RuleId, NeighbourReading>();
  for (const [rule, threshold] of rules) {
    const carrying = carriers(table, near, table.k, rule, query);
    const share = carrying.length / table.k;
    const family = SILENCED_BY[rule][0] as RuleId;
    if (share < threshold || (best.get(family)?.share ?? 0) >= share) continue;
    const example = (table.cases[carrying[0] as number] as NeighbourCase)[3];
    best.set(family, { rule, share, carrying: carrying.length, k: table.k, example });
  }
  return [...best.values()];
}

/** The finding of a neighbour reading: what it reads, and like which labelled key results. */
export function neighbourHit({ rule, carrying, k, example }: NeighbourReading): Hit {
  const read = READS[rule];
  return {
    message: {
      en: `This reads as ${read.en}: it is like ${carrying} of the ${k} most similar labelled key results in the coach's examples, such as "${example}".`,
      zh: `这条关键结果读起来像${read.zh}：教练的标注样例中与它最相近的 ${k} 条里，有 ${carrying} 条属于这种情况，例如“${example}”。`,
    },
    suggestion: read.suggestion,
  };
}
