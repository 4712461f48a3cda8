/**
 * Prints the coach's precision and recall per rule on the labelled collections in
 * tests/coach-corpus, per set and language and overall. Run with `npx tsx scripts/coach-accuracy.ts`.
 * The misses and false positives are listed only for the sets that may be tuned on
 * (tests/coach-corpus/README.md); `--blind` adds the aggregate figures of the blind sets of
 * December 2026, which are never tuned on. `--rules-only` measures the rules without the learned
 * reading (src/domain/coach/learned): the reading is trained on the tuning sets, so with it their
 * figures hide what the rules themselves miss.
 */
import { formatTable, inLanguage, measure } from "../tests/coach-corpus/accuracy.ts";
import { collectionNamed, collections, tuningCollections } from "../tests/coach-corpus/collections.ts";

const blind = process.argv.includes("--blind")
  ? [
      "blind-2026-12-en",
      "blind-2026-12-zh",
      "blind-2026-12-d-en",
      "blind-2026-12-d-zh",
      "blind-2026-12-e-en",
      "blind-2026-12-e-zh",
      "blind-2026-12-n-en",
      "blind-2026-12-n-zh",
    ].map(collectionNamed)
  : [];
const options = process.argv.includes("--rules-only") ? { learnedModel: { rules: {} } } : {};
for (const collection of [...collections, ...blind]) {
  const cases = tuningCollections.includes(collection);
  for (const language of ["en", "zh"] as const) {
    const part = inLanguage(collection, language);
    if (part.units.length === 0) continue;
    console.log(`== ${part.name}${cases ? "" : " (never tuned on: aggregates only)"}`);
    console.log(formatTable(measure([part], options), { cases }));
    console.log();
  }
}
console.log("== all tuning and measured sets");
console.log(formatTable(measure(collections, options), { cases: false }));
