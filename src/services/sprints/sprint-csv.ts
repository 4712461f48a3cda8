import { CsvError } from "csv-parse";
import { parse } from "csv-parse/sync";
import { AppError } from "../../domain/errors.ts";
import { SPRINT_CSV_COLUMNS } from "../../domain/sprints.ts";
import type { SprintImportRow } from "../../schemas/sprints.ts";

// P3: the sprint import's CSV (docs/sprints.md): a header row naming the columns in any order
// (name, start and end required; goal and key_result optional), then one sprint a row. Parsed by
// csv-parse (quotes, commas and line breaks inside quoted cells, a byte order mark from Excel).

const REQUIRED = ["name", "start", "end"] as const;
export const MAX_IMPORT_ROWS = 500;

/** The file's rows as cells by column; a file Grove cannot read is a 400 naming the line. */
export function parseSprintCsv(text: string): SprintImportRow[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => checkedHeader(header),
      skip_empty_lines: true,
      relax_quotes: false,
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable(error);
  }
  if (records.length === 0) {
    throw new AppError("validation_failed", "The file has a header but no sprints", [
      { field: "csv", rule: "rows", message: "add one sprint a row under the header" },
    ]);
  }
  if (records.length > MAX_IMPORT_ROWS) {
    throw new AppError("validation_failed", `At most ${MAX_IMPORT_ROWS} sprints at a time`, [
      { field: "csv", rule: "rows", message: `split the file: at most ${MAX_IMPORT_ROWS} rows` },
    ]);
  }
  return records.map((record) => ({
    name: record.name ?? "",
    start: record.start ?? "",
    end: record.end ?? "",
    goal: record.goal ?? "",
    key_result: record.key_result ?? "",
  }));
}

function checkedHeader(header: string[]): string[] {
  const columns = header.map((cell) => cell.trim().toLowerCase());
  const unknown = columns.filter((column) => !(SPRINT_CSV_COLUMNS as readonly string[]).includes(column));
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (unknown.length > 0 || missing.length > 0) {
    const said = [
      missing.length > 0 ? `missing ${missing.join(", ")}` : "",
      unknown.length > 0 ? `unknown ${unknown.join(", ")}` : "",
    ].filter(Boolean);
    throw new AppError("validation_failed", "The first row must name the columns", [
      {
        field: "csv.header",
        rule: "columns",
        message: `${said.join("; ")}: use ${SPRINT_CSV_COLUMNS.join(",")} (the template)`,
      },
    ]);
  }
  return columns;
}

function unreadable(error: unknown): AppError {
  const csv = error instanceof CsvError ? error : null;
  const line = typeof csv?.lines === "number" ? csv.lines : null;
  const what =
    csv?.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH"
      ? "this row has a different number of cells than the header"
      : csv?.code === "CSV_QUOTE_NOT_CLOSED"
        ? "a quote opened here is never closed"
        : "this line is not CSV Grove can read";
  return new AppError("validation_failed", "The file is not CSV Grove can read", [
    { field: line === null ? "csv" : `csv.line.${line}`, rule: "csv", message: what },
  ]);
}
