/**
 * English sentence shape for the wording rules (issue 17): each word's lemma and part of speech,
 * from compromise's tagger (MIT, its lexicon ships inside the npm package: no download, no I/O).
 * Rules match lemmas, so one entry covers "ship", "shipped" and "shipping", and read the shape of
 * the sentence (a leading verb and its object, the noun a number counts) instead of phrase lists
 * that grow one rephrasing at a time.
 */
import { createRequire } from "node:module";
import type nlpType from "compromise/two";
import { keptBy } from "./kept.ts";

/**
 * The tagger, loaded on the first sentence that needs it, not when the coach is imported: loading
 * it costs about 0.4 s of CPU (its lexicon is unpacked at load), which a process that reviews only
 * Chinese text, or English titles the rules' prefilters let pass (`mayHold`), never pays. `require`
 * is synchronous, as the rules are, and resolves the package's single-file build, which loads in
 * about 60 % of the time of its ES-module source tree (docs/okr-as-code.md, "Speed").
 */
let tagger: typeof nlpType | undefined;
let taggerLoads = 0;
const nlp = (text: string) => {
  if (!tagger) {
    tagger = createRequire(import.meta.url)("compromise/two") as typeof nlpType;
    taggerLoads++;
  }
  return tagger(text);
};

let taggedSentences = 0;
let requests = 0;

/**
 * What the tagger cost this process so far, for the tests that guard `grove lint`'s speed without
 * a clock: how often it was loaded, how many sentences the rules asked for (`requests`, cached
 * ones too) and how many it tagged (`sentences`, each distinct text once).
 */
export const taggerUse = () => ({
  loaded: tagger !== undefined,
  loads: taggerLoads,
  requests,
  sentences: taggedSentences,
});

export interface Word {
  /** As the writer typed it, for quoting. */
  raw: string;
  /** As written, NFKC-folded and lower-cased; "" for a number's punctuation. */
  text: string;
  /** The dictionary form: "shipped" -> "ship", "articles" -> "article". */
  lemma: string;
  verb: boolean;
  noun: boolean;
  adjective: boolean;
  preposition: boolean;
  number: boolean;
  /** Capitalised where the sentence does not ask for it, or tagged as a name: "Zoom", "QuickBooks". */
  properNoun: boolean;
  /** A country, region, city or people: "Germany", "Europe", "Brazilian". */
  place: boolean;
  /** The punctuation after the word ("," ";" ":"), which ends a phrase. */
  after: string;
}

interface Term {
  text: string;
  normal?: string;
  pre?: string;
  root?: string;
  post?: string;
  tags: string[];
}

/** The words of an English sentence with lemma and part of speech, cached: several rules read one title. */
export function englishWords(text: string): Word[] {
  requests++;
  return taggedOnce(text);
}
const taggedOnce = keptBy(
  (text: string) => text,
  (text: string) => tag(text),
);

function tag(text: string): Word[] {
  taggedSentences++;
  const doc = nlp(text.normalize("NFKC"));
  doc.compute("root");
  const words: Word[] = [];
  for (const sentence of doc.json() as Array<{ terms: Term[] }>) {
    sentence.terms.forEach((term, index) => {
      const tags = new Set(term.tags);
      const lower = (term.normal ?? term.text).toLowerCase();
      const capitalised = /^[A-Z]/.test(term.text) && (index > 0 || tags.has("ProperNoun"));
      words.push({
        raw: term.text,
        text: lower,
        lemma: (term.root ?? lower).toLowerCase(),
        verb: tags.has("Verb") && !tags.has("Gerund"),
        noun: tags.has("Noun") || tags.has("Gerund"),
        adjective: tags.has("Adjective") || tags.has("Comparative") || tags.has("Superlative"),
        preposition: tags.has("Preposition") || lower === "to",
        number: tags.has("Value") || /\d/.test(term.text),
        properNoun: tags.has("ProperNoun") || tags.has("Organization") || (capitalised && !tags.has("Acronym")),
        place: tags.has("Place") || tags.has("Demonym"),
        after: (term.post ?? "").trim(),
      });
    });
  }
  return words;
}

/** Whether any of the lemmas appear, in order, as consecutive words starting at `at`. */
export function lemmasAt(words: readonly Word[], at: number, lemmas: readonly string[]): boolean {
  return lemmas.every((lemma, i) => words[at + i]?.lemma === lemma || words[at + i]?.text === lemma);
}
