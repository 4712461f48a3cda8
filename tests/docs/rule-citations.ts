import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";

/**
 * Finding the method's rule IDs (M1, K5, S2, ...) that code and documents cite, so that
 * tests/docs/method-citations.test.ts can check each one is defined in docs/method.md.
 *
 * A citation is an uppercase letter of M, Q, K, S, P and one digit 1-9, standing alone as a word.
 * Two kinds of text look like citations and are not, so they are blanked out before matching:
 * - period names: "2027-Q1", and the malformed "27-Q1" or "2027-Q5" that tests feed the parser;
 * - SVG path data in a string literal: "M9 6l6 6-6 6" draws a chevron (src/web/ui/Icon.tsx).
 * A quarter named without its year ("Churn data from Q4", "Help Q1 hires ...") still reads as a
 * citation. That is harmless while it spells a rule the page defines: it cannot hide an
 * undefined citation, only add a defined one. Ranges such as "S1-S7" or "K5–K7" cite every rule
 * in between.
 */

const PERIOD_NAME = /\b\d{2,4}-Q\d\b/g;
// A string literal that starts with a moveto and two coordinates and holds only path syntax.
const SVG_PATH = /(["'`])[Mm]-?[\d.]+[ ,]-?[\d.]+[\d.\s,MmLlHhVvCcSsQqTtAaZz-]*\1/g;
const RANGE = /\b([MQKSP])([1-9])\s*[-–—]\s*([MQKSP])?([1-9])\b/g;
const SINGLE = /\b[MQKSP][1-9]\b/g;

const blank = (text: string) => text.replace(/[^\n]/g, " ");

/** The rule IDs one line cites, in order, with ranges expanded. */
export function citationsIn(line: string): string[] {
  const found: { at: number; id: string }[] = [];
  let text = line.replace(PERIOD_NAME, blank).replace(SVG_PATH, blank);
  text = text.replace(
    RANGE,
    (match, letter: string, from: string, toLetter: string | undefined, to: string, at: number) => {
      if (toLetter !== undefined && toLetter !== letter) return match; // "M1-K1" is two citations
      for (let n = Number(from); n <= Number(to); n++) found.push({ at, id: `${letter}${n}` });
      return blank(match);
    },
  );
  for (const match of text.matchAll(SINGLE)) found.push({ at: match.index, id: match[0] });
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}

export interface Citation {
  id: string;
  file: string;
  line: number;
}

const TEXT_FILES = new Set([".ts", ".tsx", ".sql", ".css", ".md", ".json", ".html", ".yaml", ".yml"]);

/**
 * Every citation in the text files at `paths` (files or folders, relative to `root`), except
 * those at or under a path in `skip`.
 */
export function citationsUnder(root: string, paths: string[], skip: readonly string[] = []): Citation[] {
  const citations: Citation[] = [];
  const skipped = (file: string) => skip.some((s) => file === s || file.startsWith(`${s}/`));
  const visit = (file: string) => {
    if (skipped(file)) return;
    const path = join(root, file);
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(file, name));
    } else if (TEXT_FILES.has(extname(file))) {
      readFileSync(path, "utf8")
        .split("\n")
        .forEach((text, index) => {
          for (const id of citationsIn(text)) citations.push({ id, file, line: index + 1 });
        });
    }
  };
  for (const path of paths) visit(path);
  return citations;
}

/** The rules a method page defines: its headings "### S2 Outcome bands". */
export function definedRules(markdown: string): string[] {
  return [...markdown.matchAll(/^### ([MQKSP][1-9]) \S.*$/gm)].map((m) => m[1] as string);
}

/** Citations of rules the page does not define. */
export function undefinedCitations(citations: Citation[], defined: Iterable<string>): Citation[] {
  const known = new Set(defined);
  return citations.filter((c) => !known.has(c.id));
}
