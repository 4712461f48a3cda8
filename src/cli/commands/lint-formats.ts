import { type Finding, type Locale, type RuleId, ruleCards, type Severity } from "../../domain/coach/index.ts";

// `grove lint --format sarif|github`: the findings in the shapes CI tools already read (docs/
// okr-as-code.md, "In CI"). SARIF 2.1.0 for code-scanning dashboards; GitHub workflow commands
// for annotations on a pull request's changed lines.

export interface FileFinding extends Finding {
  file: string;
  line: number | null;
}

/** Each rule's section of docs/method.md, by its heading's anchor (lint-formats.test.ts checks them). */
export const methodAnchors: Record<RuleId, string> = {
  M1: "m1-one-objective-per-unit-and-period",
  M2: "m2-three-to-five-key-results-per-objective",
  M4: "m4-no-objective-without-key-results-no-key-results-without-an-objective",
  M8: "m8-okrs-serve-a-vision-and-a-strategy",
  Q1: "q1-achievable-within-the-period",
  Q2: "q2-no-mandated-outputs",
  Q3: "q3-no-feature-parity-with-competitors",
  Q4: "q4-objectives-are-qualitative",
  K1: "k1-metric-current-state-and-target-end-state",
  K2: "k2-smart-key-results",
  K3: "k3-aligned-with-its-objective",
  K4: "k4-stretch-targets-6080-",
  K5: "k5-no-vanity-metrics",
  K6: "k6-customer-value-not-activity",
  K7: "k7-outcomes-not-outputs",
};

export const METHOD_DOC = "docs/method.md";

const sarifLevel: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** A SARIF 2.1.0 log of one run of the coach over the files. */
export function formatSarif(findings: FileFinding[], options: { locale: Locale; version: string }): string {
  const ids = Object.keys(methodAnchors) as RuleId[];
  const rules = ids.map((id) => ({
    id,
    name: ruleCards[id].title.en,
    shortDescription: { text: ruleCards[id].title[options.locale] },
    fullDescription: { text: ruleCards[id].asks[options.locale] },
    helpUri: `${METHOD_DOC}#${methodAnchors[id]}`,
    defaultConfiguration: { level: sarifLevel[ruleCards[id].defaultSeverity] },
  }));
  const results = findings.map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: ids.indexOf(finding.rule),
    level: sarifLevel[finding.severity],
    message: { text: `${finding.message} ${finding.suggestion}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: finding.file.replaceAll("\\", "/") },
          // A finding with no place in the text (an empty file) is about the whole file.
          ...(finding.line === null ? {} : { region: { startLine: finding.line } }),
        },
        logicalLocations: [{ fullyQualifiedName: finding.path }],
      },
    ],
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "grove", version: options.version, rules } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

const command: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** GitHub Actions workflow commands: one annotation per finding, on its file and line. */
export function formatGithub(findings: FileFinding[]): string {
  return findings
    .map((finding) => {
      const properties = [`file=${property(finding.file)}`];
      if (finding.line !== null) properties.push(`line=${finding.line}`);
      properties.push(`title=${property(`${finding.rule} ${ruleCards[finding.rule].title.en}`)}`);
      const text = `${finding.message}\n-> ${finding.suggestion}\n(${METHOD_DOC}#${methodAnchors[finding.rule]})`;
      return `::${command[finding.severity]} ${properties.join(",")}::${data(text)}\n`;
    })
    .join("");
}

// The escaping GitHub's runner undoes (actions/toolkit, command.ts).
const data = (text: string) => text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const property = (text: string) => data(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
