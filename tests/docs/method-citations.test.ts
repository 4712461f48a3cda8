import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { en } from "../../src/web/i18n/en.ts";
import { zhCN } from "../../src/web/i18n/zh-CN.ts";
import { type Citation, citationsIn, citationsUnder, definedRules, undefinedCitations } from "./rule-citations.ts";

// The method belongs to the project (issue 19): every rule ID the code cites is defined in
// docs/method.md, under a heading "### <ID> <name>".

const root = fileURLToPath(new URL("../..", import.meta.url));
const methodPage = readFileSync(`${root}docs/method.md`, "utf8");
const defined = definedRules(methodPage);

// The code first, then what explains or exercises it. tests/docs holds this check's own
// examples of undefined citations; docs/method.md is the definition, not a citation; the coach's
// word vectors and neighbour table are base64 data, where "P7" is a chance run of letters.
const scanned = ["src", "tests", "scripts", "bench", "examples", "docs", "README.md", "CONTRIBUTING.md"];
const skipped = [
  "tests/docs",
  "docs/method.md",
  "src/domain/coach/learned/word-vectors.json",
  "src/domain/coach/learned/neighbours.json",
];

const where = (c: Citation) => `${c.file}:${c.line} cites ${c.id}`;

describe("rule citations (issue 19)", () => {
  it.each([
    ["a rule in parentheses", "refused: one active objective per unit (M1)", ["M1"]],
    ["several rules", "An active result must satisfy M1, M4 and K1,", ["M1", "M4", "K1"]],
    ["a rule as a string", '["Q1", checkAchievable],', ["Q1"]],
    ["a range", "Read S1-S7 and M1", ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "M1"]],
    ["a range with an en dash and no second letter", "K5–7 and Q1–Q3", ["K5", "K6", "K7", "Q1", "Q2", "Q3"]],
    ["rules in Chinese punctuation", "在本周期内可以取得实质进展（Q1）。", ["Q1"]],
    ["a rule next to a slash", "K3/K4 not checked", ["K3", "K4"]],
    ["a period name", 'quarterRange("2027-Q1") and "2027-Q5", "27-Q1"', []],
    ["a period name next to a citation", "deadline outside 2027-Q1 (K2)", ["K2"]],
    ["SVG path data", 'chevronRight: "M9 6l6 6-6 6", map: "M3 6l6-3 6 3 6-3v15"', []],
    ["a quoted rule is not SVG path data", '"M1", "M2"', ["M1", "M2"]],
    ["longer codes and words", "M10, K12, S1a, xM1, k1-metric-values.ts, M0, Q0, K8s", []],
  ])("reads %s", (_label, line, ids) => {
    expect(citationsIn(line)).toEqual(ids);
  });

  it("finds the rules docs/method.md defines by their headings, each once", () => {
    expect(definedRules("## S Scoring\n### S2 Outcome bands\n#### S3 not a rule heading\n### S4\n")).toEqual(["S2"]);
    expect(defined.length).toBeGreaterThanOrEqual(20);
    expect(defined.filter((id, i) => defined.indexOf(id) !== i)).toEqual([]);
  });

  it("reports a citation with no definition", () => {
    const citations: Citation[] = [
      { id: "M1", file: "src/a.ts", line: 1 },
      { id: "M9", file: "src/b.ts", line: 7 },
    ];
    expect(undefinedCitations(citations, ["M1"]).map(where)).toEqual(["src/b.ts:7 cites M9"]);
  });

  // The scans read every source file: seconds on a machine busy with other tests.
  it("finds the code's citations (a scan that finds nothing proves nothing)", { timeout: 30_000 }, () => {
    const inSrc = citationsUnder(root, ["src"]);
    expect(inSrc.length).toBeGreaterThan(500);
    expect(new Set(inSrc.map((c) => c.id)).size).toBeGreaterThanOrEqual(15);
  });

  it("names every rule in both languages, under the heading's own name (the UI's RuleId shows it)", () => {
    expect(Object.keys(en.methodRules).sort()).toEqual([...defined].sort());
    expect(Object.keys(zhCN.methodRules).sort()).toEqual([...defined].sort());
    for (const id of defined) {
      const heading = new RegExp(`^### ${id} (.+)$`, "m").exec(methodPage)?.[1];
      expect([id, en.methodRules[id as keyof typeof en.methodRules]]).toEqual([id, heading]);
    }
  });

  it("points only at files and folders that exist", () => {
    // Each rule says where the code acts on it; a path that no longer exists is a claim gone stale.
    const paths = [...methodPage.matchAll(/`((?:src|tests|docs|examples|scripts|bench)\/[^`\s]*)`/g)].map((m) => m[1]);
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.filter((path) => !existsSync(`${root}${path}`))).toEqual([]);
  });

  it("defines in docs/method.md every rule the code, tests and docs cite", { timeout: 30_000 }, () => {
    const citations = citationsUnder(root, scanned, skipped);
    expect(undefinedCitations(citations, defined).map(where)).toEqual([]);
  });
});
