import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Finding, reviewOkrSet } from "../../domain/coach/index.ts";
import { parseOkrFile } from "../../okr-file/index.ts";
import { type FileFinding, formatGithub, formatSarif, methodAnchors } from "./lint-formats.ts";

const FILE = "examples/okrs/guide-bad.en.yaml";

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
}

function findingsOf(file: string): FileFinding[] {
  const parsed = parseOkrFile(readFileSync(file, "utf8"), file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return reviewOkrSet(parsed.set, { locale: "en" }).map((f) => ({ ...f, file, line: parsed.lineOf(f.path) }));
}

/** GitHub's heading anchors (github-slugger): lower case, punctuation dropped, spaces to dashes. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/ /g, "-");

describe("grove lint --format sarif", () => {
  const findings = findingsOf(FILE);
  const log = JSON.parse(formatSarif(findings, { locale: "en", version: "1.2.3" }));

  it("finds something to report in the bad example (the test has findings to check)", () => {
    expect(findings.length).toBeGreaterThan(3);
    expect(new Set(findings.map((f) => f.severity)).size).toBeGreaterThan(1);
  });

  it("writes a SARIF 2.1.0 log with the required fields", () => {
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run.tool.driver).toMatchObject({ name: "grove", version: "1.2.3" });
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toEqual(Object.keys(methodAnchors));
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(5);
      expect(rule.helpUri).toBe(`docs/method.md#${methodAnchors[rule.id as Finding["rule"]]}`);
      expect(["error", "warning", "note"]).toContain(rule.defaultConfiguration.level);
    }
    expect(run.results).toHaveLength(findings.length);
    run.results.forEach((result: SarifResult, i: number) => {
      const finding = findings[i] as FileFinding;
      expect(result.ruleId).toBe(finding.rule);
      expect(ruleIds[result.ruleIndex]).toBe(finding.rule);
      expect(result.level).toBe({ error: "error", warning: "warning", info: "note" }[finding.severity]);
      expect(result.message.text).toContain(finding.message);
      const location = result.locations[0]?.physicalLocation;
      expect(location?.artifactLocation.uri).toBe(FILE);
      expect(location?.region.startLine).toBeGreaterThanOrEqual(1);
      expect(location?.region.startLine).toBe(finding.line);
    });
  });

  it("links each rule to its section of docs/method.md", () => {
    const headings = readFileSync("docs/method.md", "utf8")
      .split("\n")
      .filter((line) => line.startsWith("### "))
      .map((line) => slug(line.slice(4)));
    const missing = Object.entries(methodAnchors).filter(([, anchor]) => !headings.includes(anchor));
    expect(missing).toEqual([]);
  });

  it("leaves out the region of a finding that has no line", () => {
    const [first] = findings as [FileFinding];
    const whole = JSON.parse(formatSarif([{ ...first, line: null }], { locale: "zh", version: "0" }));
    expect(whole.runs[0].results[0].locations[0].physicalLocation.region).toBeUndefined();
  });
});

describe("grove lint --format github", () => {
  it("writes one workflow command per finding, on its file and line", () => {
    const findings = findingsOf(FILE);
    const lines = formatGithub(findings).trimEnd().split("\n");
    expect(lines).toHaveLength(findings.length);
    lines.forEach((line, i) => {
      const finding = findings[i] as FileFinding;
      const level = { error: "error", warning: "warning", info: "notice" }[finding.severity];
      expect(line.startsWith(`::${level} file=${FILE},line=${finding.line},title=${finding.rule} `)).toBe(true);
    });
  });

  it("escapes what the runner would read as syntax", () => {
    const finding: FileFinding = {
      rule: "K1",
      severity: "warning",
      path: "units[0]",
      message: "Reach 100% by: Q3\nnow",
      suggestion: "Name a metric",
      file: "okrs/a,b:c.yaml",
      line: 4,
    };
    expect(formatGithub([finding])).toBe(
      "::warning file=okrs/a%2Cb%3Ac.yaml,line=4,title=K1 Metric%2C current state%2C target end state::" +
        "Reach 100%25 by: Q3%0Anow%0A-> Name a metric%0A(docs/method.md#k1-metric-current-state-and-target-end-state)\n",
    );
  });
});
