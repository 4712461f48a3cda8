import { readFile } from "node:fs/promises";
import { Command, Option } from "commander";
import { type Locale, reviewOkrSet, type Severity } from "../../domain/coach/index.ts";
import { formatFileError, parseOkrFile } from "../../okr-file/index.ts";
import { packageVersion } from "../../version.ts";
import { type Print, stderr, stdout } from "../print.ts";
import { type FileFinding, formatGithub, formatSarif } from "./lint-formats.ts";

export interface LintOptions {
  format: "text" | "json" | "sarif" | "github";
  locale: Locale;
}

/**
 * `grove lint FILE...`: the coach over OKR files, with no database and no server, so a team can
 * run it in its own CI. Exit 0 without errors, 1 with error findings, 2 when a file cannot be
 * read or is not a valid OKR file.
 */
export function lintCommand(): Command {
  return new Command("lint")
    .description("check OKR files (docs/okr-as-code.md) against the method's rules; needs no database")
    .argument("<files...>", "OKR files in YAML")
    .addOption(
      new Option("--format <format>", "output format").choices(["text", "json", "sarif", "github"]).default("text"),
    )
    .addOption(new Option("--locale <locale>", "language of messages").choices(["en", "zh"]).default("en"))
    .exitOverride()
    .action(async (files: string[], options: LintOptions) => {
      process.exitCode = await runLint(files, options);
    });
}

export async function runLint(
  files: string[],
  options: LintOptions,
  out: Print = stdout,
  err: Print = stderr,
): Promise<number> {
  const findings: FileFinding[] = [];
  let unusable = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      err(`${file}: cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      unusable = true;
      continue;
    }
    const result = parseOkrFile(text, file);
    if (!result.ok) {
      for (const error of result.errors) err(`${formatFileError(error)}\n`);
      unusable = true;
      continue;
    }
    for (const finding of reviewOkrSet(result.set, { locale: options.locale })) {
      findings.push({ ...finding, file, line: result.lineOf(finding.path) });
    }
  }
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) summary[finding.severity] += 1;

  const formats: Record<LintOptions["format"], () => string> = {
    text: () => formatText(findings, summary, files.length),
    json: () => formatJson(findings, summary),
    sarif: () => formatSarif(findings, { locale: options.locale, version: packageVersion() }),
    github: () => formatGithub(findings),
  };
  out(formats[options.format]());
  if (unusable) return 2;
  return summary.error > 0 ? 1 : 0;
}

function formatJson(findings: FileFinding[], summary: Record<Severity, number>): string {
  const rows = findings.map(({ file, rule, severity, path, message, suggestion }) => ({
    file,
    rule,
    severity,
    path,
    message,
    suggestion,
  }));
  return `${JSON.stringify({ findings: rows, summary }, null, 2)}\n`;
}

function formatText(findings: FileFinding[], summary: Record<Severity, number>, fileCount: number): string {
  const lines = findings.map((f) => {
    const where = f.line === null ? f.file : `${f.file}:${f.line}`;
    return `${where}  ${f.severity}  ${f.rule}  ${f.path}\n  ${f.message}\n  -> ${f.suggestion}\n`;
  });
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  lines.push(
    `${plural(summary.error, "error")}, ${plural(summary.warning, "warning")}, ${summary.info} info in ${plural(fileCount, "file")}\n`,
  );
  return lines.join("\n");
}
