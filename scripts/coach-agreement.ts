/**
 * How far a second careful coach agrees with the writers of the labelled collections (issue 17):
 * `npx tsx scripts/coach-agreement.ts`. tests/coach-corpus/second-coach holds two studies, each a
 * random sample of objectives labelled again by someone who saw neither the code nor the writers'
 * labels, with a key saying where each objective comes from: one from the tuning sets G, H and I,
 * one from the blind sets A, D, E and N (the sets issue 17's figures are judged on). The second
 * coach's labels are scored against the writers' as the coach's findings are (precision: of the
 * second coach's labels, how many the writer gave too), on objectives and key results; M1 is left
 * out, as each sampled unit holds one objective. Beside it, the coach's own figures on the same
 * objectives and labels, so the two read side by side. docs/coach.md reads the result.
 */
import { readFileSync } from "node:fs";
import { formatTable, measure } from "../tests/coach-corpus/accuracy.ts";
import { collectionNamed } from "../tests/coach-corpus/collections.ts";
import { type Collection, loadCollection } from "../tests/support/labelled-corpus.ts";

type Language = "en" | "zh";
type Place = { set: string; unit: number; objective: number };
type Tally = { both: number; writerOnly: number; secondOnly: number };
type Objective = Collection["units"][number]["objectives"][number];

interface Study {
  title: string;
  /** The files' prefix in second-coach/: `${prefix}key-en.json`, `${prefix}second-en.json`. */
  prefix: string;
  collectionOf: (set: string, language: Language) => string;
}

const studies: Study[] = [
  { title: "sets G, H and I", prefix: "", collectionOf: (set, language) => `tuning-2026-12-${set}-${language}` },
  {
    title: "blind sets A, D, E and N",
    prefix: "blind-",
    collectionOf: (set, language) => (set === "a" ? `blind-2026-12-${language}` : `blind-2026-12-${set}-${language}`),
  },
];

const folder = new URL("../tests/coach-corpus/second-coach/", import.meta.url);
const percent = (n: number, d: number) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)} %`);

/** Each objective's and key result's labels, objective first, in the file's order. */
function labelsOf(objective: Objective): Set<string>[] {
  return [new Set(objective.expect.filter((r) => r !== "M1")), ...objective.keyResults.map((k) => new Set(k.expect))];
}

function count(tallies: Map<string, Tally>, writer: Set<string>[], other: Set<string>[]) {
  writer.forEach((labels, j) => {
    const others = other[j] ?? new Set<string>();
    for (const rule of new Set([...labels, ...others])) {
      const tally = tallies.get(rule) ?? { both: 0, writerOnly: 0, secondOnly: 0 };
      if (labels.has(rule) && others.has(rule)) tally.both++;
      else if (labels.has(rule)) tally.writerOnly++;
      else tally.secondOnly++;
      tallies.set(rule, tally);
    }
  });
}

function agreement(study: Study, language: Language) {
  const places: Place[] = JSON.parse(readFileSync(new URL(`${study.prefix}key-${language}.json`, folder), "utf8"));
  const second = loadCollection(new URL(`${study.prefix}second-${language}.json`, folder));
  const tallies = new Map<string, Tally>();
  const sampled: Collection["units"] = [];
  places.forEach((place, i) => {
    const unit = collectionNamed(study.collectionOf(place.set, language)).units[place.unit];
    const written = unit?.objectives[place.objective];
    const again = second.units[i]?.objectives[0];
    if (!unit || !written || !again || written.title !== again.title)
      throw new Error(`sample ${language} #${i} is not from set ${place.set}`);
    count(tallies, labelsOf(written), labelsOf(again));
    // Named by place (M1 reads units by name): two sets may both have a "Growth", and a sample may
    // hold two objectives of one unit.
    sampled.push({
      ...unit,
      name: `${place.set}/${place.unit}/${place.objective} ${unit.name}`,
      expect: [],
      objectives: [{ ...written, expect: written.expect.filter((r) => r !== "M1") }],
    });
  });
  // The coach on the same objectives, against the same writers' labels.
  const coach = measure([{ ...second, name: `${study.prefix}sample-${language}`, units: sampled }]);
  return { tallies, coach };
}

function print(tallies: Map<string, Tally>) {
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

for (const study of studies) {
  for (const language of ["en", "zh"] as const) {
    const { tallies, coach } = agreement(study, language);
    console.log(`== ${study.title}, ${language}: rule, both, writer only, second coach only, precision, recall`);
    print(tallies);
    console.log(`-- the coach on the same objectives\n${formatTable(coach, { cases: false })}`);
  }
}
