/**
 * Measures the coach on the tuning collections only (tests/coach-corpus/README.md), with one or
 * more of them held out: their per-rule figures are printed, their cases are not, so a rule can
 * be developed on the others and checked once on the held-out ones (issue 17, "Generalise").
 * The coach's learned reading is trained again without the held-out sets (its thresholds kept),
 * so they are as new to it as to the rules. Never reads `unseen` or a blind set. Run: `npx tsx scripts/coach-heldout.ts tuning-2026-12-07-en tuning-2026-12-07-zh`.
 */

import { trainedModel } from "../src/domain/coach/learned/reading.ts";
import { formatTable, inLanguage, measure } from "../tests/coach-corpus/accuracy.ts";
import { tuningCollections } from "../tests/coach-corpus/collections.ts";
import { retrained, rows } from "./coach-learning.ts";

const heldOut = new Set(process.argv.slice(2));
const known = new Set(tuningCollections.map((c) => c.name));
for (const name of heldOut) if (!known.has(name)) throw new Error(`${name} is not a tuning collection`);
const learnedModel = retrained(trainedModel, rows(tuningCollections.filter((c) => !heldOut.has(c.name))));
for (const held of [false, true]) {
  for (const language of ["en", "zh"] as const) {
    const parts = tuningCollections
      .filter((c) => heldOut.has(c.name) === held)
      .map((c) => inLanguage(c, language))
      .filter((c) => c.units.length > 0);
    if (parts.length === 0) continue;
    console.log(`== ${held ? "held out" : "developed on"} (${language}): ${parts.map((p) => p.name).join(", ")}`);
    console.log(formatTable(measure(parts, { learnedModel }), { cases: !held }));
    console.log();
  }
}
