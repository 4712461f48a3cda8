/**
 * Trains the coach's learned reading (src/domain/coach/learned) on the tuning collections and
 * writes src/domain/coach/learned/model.json. Run `npm run coach:train` after a tuning collection
 * changes (tests/coach-corpus/learned-model.test.ts fails until you do). Never reads `unseen` or a
 * blind set.
 *
 * For each rule it first estimates, writer by writer, what the reading adds: trained without one
 * collection-language part, tried on it, counting the key results it flags that no metric rule
 * flagged. The threshold is the lowest (0.50 to 0.95) at which those tries raised at most one
 * false alarm in 400 key results and found at least one miss; a rule with no such threshold gets
 * no learned reading. Then it trains on everything at that threshold. The tries undercount what
 * the reading finds for a new writer (the rules were tuned on these very sets, so few misses are
 * left to find) but count its false alarms fairly: the budget is set on those.
 *
 * Weights under 0.1 are dropped (in the tries too): they move no decision much and would make
 * the model several times larger.
 *
 * Logistic regression by stochastic gradient descent over sparse features: about forty lines, and
 * the npm libraries for it take dense matrices (thousands of key results × tens of thousands of
 * n-grams) or are unmaintained.
 */
import { writeFileSync } from "node:fs";
import { type DraftObjective, reviewObjective } from "../src/domain/coach/index.ts";
import { keyResultFeatures } from "../src/domain/coach/learned/features.ts";
import type { LearnedModel, LearnedRule, LearnedRuleId } from "../src/domain/coach/learned/reading.ts";
import { probability } from "../src/domain/coach/learned/reading.ts";
import { inLanguage } from "../tests/coach-corpus/accuracy.ts";
import { tuningCollections, tuningFingerprint } from "../tests/coach-corpus/collections.ts";
import { seededRandom } from "../tests/support/seeded-random.ts";

const LEARNED: LearnedRuleId[] = ["K5", "K6", "K7"];
const METRIC_RULES = new Set(["K3", "K5", "K6", "K7"]);
const THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
const FALSE_ALARMS_PER_KR = 1 / 400;

interface Row {
  part: string;
  features: string[];
  labels: Set<string>;
  /** Whether a metric rule already flags it: the reading speaks only where none did. */
  ruled: boolean;
}

function rows(): Row[] {
  const out: Row[] = [];
  const rulesOnly: LearnedModel = { rules: {} };
  for (const collection of tuningCollections) {
    for (const language of ["en", "zh"] as const) {
      const part = inLanguage(collection, language);
      for (const objective of part.units.flatMap((u) => u.objectives)) {
        const draft: DraftObjective = { ...objective, keyResults: objective.keyResults };
        const ruled = new Set(
          reviewObjective(draft, { learnedModel: rulesOnly })
            .filter((f) => METRIC_RULES.has(f.rule))
            .map((f) => f.path),
        );
        objective.keyResults.forEach((kr, k) => {
          out.push({
            part: part.name,
            features: keyResultFeatures(kr, draft),
            labels: new Set(kr.expect),
            ruled: ruled.has(`key_results[${k}]`),
          });
        });
      }
    }
  }
  return out;
}

function train(data: Row[], rule: LearnedRuleId, epochs = 30, rate = 0.2, decay = 1e-4): LearnedRule {
  const model: LearnedRule = { threshold: 1, bias: 0, weights: {} };
  const order = data.map((_, i) => i);
  const random = seededRandom(1);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const row = data[i] as Row;
      const gradient = probability(model, row.features) - (row.labels.has(rule) ? 1 : 0);
      model.bias -= rate * gradient;
      for (const f of row.features) {
        const w = model.weights[f] ?? 0;
        model.weights[f] = w - rate * (gradient + decay * w);
      }
    }
  }
  return model;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The model without its small weights, rounded: what model.json keeps. */
function pruned({ threshold, bias, weights }: LearnedRule): LearnedRule {
  const kept = Object.entries(weights)
    .filter(([, w]) => Math.abs(w) >= 0.1)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([f, w]) => [f, round(w)]);
  return { threshold, bias: round(bias), weights: Object.fromEntries(kept) };
}

/** Added true and false findings per threshold, each part tried by a model trained without it. */
function writerByWriter(data: Row[], rule: LearnedRuleId) {
  const added = THRESHOLDS.map(() => ({ found: 0, falseAlarms: 0 }));
  for (const part of new Set(data.map((r) => r.part))) {
    const model = pruned(
      train(
        data.filter((r) => r.part !== part),
        rule,
      ),
    );
    for (const row of data.filter((r) => r.part === part && !r.ruled)) {
      const p = probability(model, row.features);
      THRESHOLDS.forEach((t, i) => {
        if (p < t) return;
        const tally = added[i] as { found: number; falseAlarms: number };
        if (row.labels.has(rule)) tally.found++;
        else tally.falseAlarms++;
      });
    }
  }
  return added;
}

function main() {
  const data = rows();
  const model: LearnedModel = { trainedOn: tuningFingerprint(), rules: {} };
  for (const rule of LEARNED) {
    const added = writerByWriter(data, rule);
    THRESHOLDS.forEach((t, i) => {
      const { found, falseAlarms } = added[i] as { found: number; falseAlarms: number };
      console.log(`${rule} ≥ ${t.toFixed(2)}: adds ${found} found, ${falseAlarms} false alarms (${data.length} KRs)`);
    });
    const i = added.findIndex((a) => a.falseAlarms <= data.length * FALSE_ALARMS_PER_KR && a.found > 0);
    if (i === -1) continue;
    const full = pruned({ ...train(data, rule), threshold: THRESHOLDS[i] as number });
    model.rules[rule] = full;
    console.log(`${rule}: threshold ${full.threshold}, ${Object.keys(full.weights).length} weights`);
  }
  const out = new URL("../src/domain/coach/learned/model.json", import.meta.url);
  writeFileSync(out, `${JSON.stringify(model)}\n`);
}

main();
