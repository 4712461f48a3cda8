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
 * The training itself is coach-learning.ts.
 */
import { writeFileSync } from "node:fs";
import type { LearnedModel, LearnedRuleId } from "../src/domain/coach/learned/reading.ts";
import { probability } from "../src/domain/coach/learned/reading.ts";
import { tuningCollections, tuningFingerprint } from "../tests/coach-corpus/collections.ts";
import { pruned, type Row, rows, train } from "./coach-learning.ts";

const LEARNED: LearnedRuleId[] = ["K5", "K6", "K7"];
const THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
const FALSE_ALARMS_PER_KR = 1 / 400;

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
  const data = rows(tuningCollections);
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
