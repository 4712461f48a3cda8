/**
 * Measures the coach on the tuning collections only (tests/coach-corpus/README.md), with one or
 * more of them held out: their per-rule figures are printed, their cases are not, so a rule can
 * be developed on the others and checked once on the held-out ones (issue 17, "Generalise").
 * The coach's learned reading is trained again without the held-out sets, thresholds and all (the
 * threshold rule of coach-train.ts, run on the writers left: its tries are printed), so they are as
 * new to it as to the rules; `--thresholds-kept` keeps the trained model's thresholds instead and
 * retrains only the weights (the ninth round's way). The held-out sets are measured with the rules
 * alone and with the reading. Hold out both languages of a writer, or the other language still
 * teaches the reading that writer's words. Never reads `unseen` or a blind set.
 * Run: `npx tsx scripts/coach-heldout.ts tuning-2026-12-i-en tuning-2026-12-i-zh`.
 */

import { type LearnedModel, trainedModel } from "../src/domain/coach/learned/reading.ts";
import { formatTable, inLanguage, measure } from "../tests/coach-corpus/accuracy.ts";
import { tuningCollections } from "../tests/coach-corpus/collections.ts";
import { LEARNED_RULES, learnedRules, retrained, rows } from "./coach-learning.ts";

const keepThresholds = process.argv.includes("--thresholds-kept");
const heldOut = new Set(process.argv.slice(2).filter((a) => !a.startsWith("--")));
const known = new Set(tuningCollections.map((c) => c.name));
for (const name of heldOut) if (!known.has(name)) throw new Error(`${name} is not a tuning collection`);
const data = rows(tuningCollections.filter((c) => !heldOut.has(c.name)));
const learnedModel: LearnedModel = keepThresholds
  ? retrained(trainedModel, data)
  : { rules: learnedRules(data, LEARNED_RULES) };
const thresholds = Object.entries(learnedModel.rules).map(([rule, { threshold }]) => `${rule} ${threshold}`);
console.log(`\nThe reading, trained without the held-out sets: ${thresholds.join(", ") || "no rule"}\n`);
for (const held of [false, true]) {
  for (const language of ["en", "zh"] as const) {
    const parts = tuningCollections
      .filter((c) => heldOut.has(c.name) === held)
      .map((c) => inLanguage(c, language))
      .filter((c) => c.units.length > 0);
    if (parts.length === 0) continue;
    const names = parts.map((p) => p.name).join(", ");
    if (held) {
      console.log(`== held out (${language}), rules alone: ${names}`);
      console.log(formatTable(measure(parts, { learnedModel: { rules: {} } }), { cases: false }));
      console.log();
    }
    console.log(`== ${held ? "held out" : "developed on"} (${language})${held ? ", with the reading" : ""}: ${names}`);
    console.log(formatTable(measure(parts, { learnedModel }), { cases: !held }));
    console.log();
  }
}
