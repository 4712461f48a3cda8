/**
 * Prints the coach's precision and recall per rule on the labelled collection in
 * tests/coach-corpus, per set and overall. Run with `npx tsx scripts/coach-accuracy.ts`.
 */
import { formatTable, measure } from "../tests/coach-corpus/accuracy.ts";
import { collections } from "../tests/coach-corpus/collections.ts";

for (const collection of collections) {
  console.log(`== ${collection.name}`);
  console.log(formatTable(measure([collection])));
  console.log();
}
console.log("== all sets");
console.log(formatTable(measure(collections)));
