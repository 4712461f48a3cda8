/**
 * How far a second careful coach agrees with the writers of the labelled collections (issue 17):
 * `npx tsx scripts/coach-agreement.ts`. tests/coach-corpus/second-coach holds a random sample of
 * objectives from sets G, H and I, labelled again by someone who saw neither the code nor the
 * writers' labels, and for each objective where it comes from. The second coach's labels are scored
 * against the writers' as the coach's findings are (precision: of the second coach's labels, how
 * many the writer gave too), on objectives and key results; M1 is left out, as each sampled unit
 * holds one objective. docs/coach.md reads the result beside the coach's own figures.
 */
import { readFileSync } from "node:fs";
import { collectionNamed } from "../tests/coach-corpus/collections.ts";
import { type Collection, loadCollection } from "../tests/support/labelled-corpus.ts";

type Place = { set: string; unit: number; objective: number };
type Tally = { both: number; writerOnly: number; secondOnly: number };

const folder = new URL("../tests/coach-corpus/second-coach/", import.meta.url);
const percent = (n: number, d: number) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)} %`);

/** Each objective's and key result's labels, objective first, in the file's order. */
function labelsOf(objective: Collection["units"][number]["objectives"][number]): Set<string>[] {
  return [new Set(objective.expect.filter((r) => r !== "M1")), ...objective.keyResults.map((k) => new Set(k.expect))];
}

function agreement(language: "en" | "zh"): Map<string, Tally> {
  const places: Place[] = JSON.parse(readFileSync(new URL(`key-${language}.json`, folder), "utf8"));
  const second = loadCollection(new URL(`second-${language}.json`, folder));
  const tallies = new Map<string, Tally>();
  places.forEach((place, i) => {
    const writer = collectionNamed(`tuning-2026-12-${place.set}-${language}`);
    const written = writer.units[place.unit]?.objectives[place.objective];
    const again = second.units[i]?.objectives[0];
    if (!written || !again || written.title !== again.title)
      throw new Error(`sample ${language} #${i} is not ${place.set}`);
    const [writerLabels, secondLabels] = [labelsOf(written), labelsOf(again)];
    writerLabels.forEach((labels, j) => {
      const others = secondLabels[j] ?? new Set<string>();
      for (const rule of new Set([...labels, ...others])) {
        const tally = tallies.get(rule) ?? { both: 0, writerOnly: 0, secondOnly: 0 };
        if (labels.has(rule) && others.has(rule)) tally.both++;
        else if (labels.has(rule)) tally.writerOnly++;
        else tally.secondOnly++;
        tallies.set(rule, tally);
      }
    });
  });
  return tallies;
}

for (const language of ["en", "zh"] as const) {
  const tallies = agreement(language);
  console.log(`== ${language}: rule, both, writer only, second coach only, precision, recall`);
  const all: Tally = { both: 0, writerOnly: 0, secondOnly: 0 };
  for (const [rule, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `${rule.padEnd(4)} ${t.both} ${t.writerOnly} ${t.secondOnly}  ${percent(t.both, t.both + t.secondOnly)}  ${percent(t.both, t.both + t.writerOnly)}`,
    );
    all.both += t.both;
    all.writerOnly += t.writerOnly;
    all.secondOnly += t.secondOnly;
  }
  console.log(
    `all  ${all.both} ${all.writerOnly} ${all.secondOnly}  ${percent(all.both, all.both + all.secondOnly)}  ${percent(all.both, all.both + all.writerOnly)}`,
  );
}
