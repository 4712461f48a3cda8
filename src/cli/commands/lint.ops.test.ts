import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compiledGrove } from "../../../tests/ops/grove-process.ts";

const ROOT = new URL("../../../", import.meta.url).pathname;

/**
 * Runs the real `grove` as a team's CI would: a child process, no database, no server (compiled
 * once per run, tests/support/ops-global-setup.ts).
 */
function grove(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [compiledGrove(), ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const BAD_EXPECTED = [
  "M1 error units[3]",
  "Q1 warning units[0].objectives[0]",
  "K5 warning units[0].objectives[0].key_results[0]",
  "K5 warning units[0].objectives[0].key_results[1]",
  "K6 warning units[0].objectives[0].key_results[2]",
  "Q2 warning units[1].objectives[0]",
  "K7 warning units[1].objectives[0].key_results[2]",
  "Q3 warning units[2].objectives[0]",
  "K1 error units[2].objectives[0].key_results[0]",
  "K7 warning units[2].objectives[0].key_results[0]",
  "K2 warning units[2].objectives[0].key_results[1]",
  "K1 error units[2].objectives[0].key_results[2]",
  "M2 warning units[4].objectives[0]",
  "Q4 info units[4].objectives[0]",
  "M4 error units[5].objectives[0]",
  "K3 warning units[6].objectives[0].key_results[1]",
];

describe("grove lint", { timeout: 30_000 }, () => {
  it.each(["en", "zh"])("finds nothing in the guide's good examples (%s)", async (language) => {
    const result = await grove("lint", "--format", "json", `examples/okrs/guide-good.${language}.yaml`);
    expect(result.stdout).toBe(
      '{\n  "findings": [],\n  "summary": {\n    "error": 0,\n    "warning": 0,\n    "info": 0\n  }\n}\n',
    );
    expect(result.code).toBe(0);
  });

  it.each([
    ["en", /^[^\u4e00-\u9fff]+$/],
    ["zh", /[\u4e00-\u9fff]/],
  ])("reports each expected rule at its path in the guide's bad examples (%s)", async (language, script) => {
    const file = `examples/okrs/guide-bad.${language}.yaml`;
    const result = await grove("lint", "--format", "json", "--locale", language, file);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(["findings", "summary"]);
    expect(output.summary).toEqual({ error: 4, warning: 11, info: 1 });
    for (const finding of output.findings) {
      expect(Object.keys(finding)).toEqual(["file", "rule", "severity", "path", "message", "suggestion"]);
      expect(finding.file).toBe(file);
      expect(finding.message).toMatch(script);
      expect(finding.suggestion).toMatch(script);
    }
    expect(
      output.findings.map((f: { rule: string; severity: string; path: string }) => `${f.rule} ${f.severity} ${f.path}`),
    ).toEqual(BAD_EXPECTED);
    expect(result.code).toBe(1);
  });

  it("writes one finding exactly as documented (M4)", async () => {
    const result = await grove("lint", "--format", "json", "examples/okrs/guide-bad.en.yaml");
    const findings: { rule: string }[] = JSON.parse(result.stdout).findings;
    expect(findings.find((f) => f.rule === "M4")).toEqual({
      file: "examples/okrs/guide-bad.en.yaml",
      rule: "M4",
      severity: "error",
      path: "units[5].objectives[0]",
      message: "This objective has no key results: nobody can see progress or agree what success means.",
      suggestion:
        'Add 3 to 5 key results, each a metric with a baseline and a target, e.g. "Raise repeat purchase rate from 5% to 15%".',
    });
  });

  it("prints file:line, severity, rule, path, message and suggestion for people", async () => {
    const result = await grove("lint", "examples/okrs/guide-bad.en.yaml", "examples/okrs/guide-good.en.yaml");
    expect(result.stdout).toContain(
      'examples/okrs/guide-bad.en.yaml:7  warning  Q1  units[0].objectives[0]\n  "market leader" is not something',
    );
    expect(result.stdout).toContain("\n  -> Scope it to what this quarter can learn or change");
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("4 errors, 11 warnings, 1 info in 2 files");
    expect(result.code).toBe(1);
  });

  it("exits 2 and names file, line and field when a file is not valid", async () => {
    const dir = await mkdtemp(join(tmpdir(), "grove-lint-"));
    const file = join(dir, "typo.yaml");
    await writeFile(file, "period: 2027-Q1\nunits:\n  - name: Growth\n    objectivs: []\n");
    const result = await grove("lint", "--format", "json", file, "examples/okrs/guide-good.en.yaml");
    expect(result.stderr).toBe(
      `${file}:4: units[0].objectivs: unknown field (allowed fields are listed in docs/okr-as-code.md)\n`,
    );
    expect(JSON.parse(result.stdout).summary).toEqual({ error: 0, warning: 0, info: 0 });
    expect(result.code).toBe(2);
  });

  it("exits 2 when a file cannot be read", async () => {
    const result = await grove("lint", "examples/okrs/no-such-file.yaml");
    expect(result.stderr).toBe("examples/okrs/no-such-file.yaml: cannot read file: ENOENT\n");
    expect(result.code).toBe(2);
  });

  it("exits 2 on an unknown output format", async () => {
    const result = await grove("lint", "--format", "xml", "examples/okrs/guide-good.en.yaml");
    expect(result.stderr).toContain("xml");
    expect(result.code).toBe(2);
  });
});
