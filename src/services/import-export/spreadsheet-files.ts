import { CsvError } from "csv-parse";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { AppError } from "../../domain/errors.ts";

// The bytes of a CSV or XLSX file as rows of text cells, and back (docs/import-export.md). XLSX
// goes through exceljs, never by hand: dates typed as dates become YYYY-MM-DD, formulas their
// result, rich text its plain text.

export type TableFormat = "csv" | "xlsx";

/** At most this many rows under the header: a quarter of a large company fits well inside it. */
export const MAX_TABLE_ROWS = 5000;

export async function readTable(format: TableFormat, bytes: Buffer): Promise<string[][]> {
  const rows = format === "csv" ? readCsv(bytes.toString("utf8")) : await readXlsx(bytes);
  while (rows.length > 0 && (rows.at(-1) ?? []).every((cell) => cell.trim() === "")) rows.pop();
  if (rows.length === 0) {
    throw new AppError("validation_failed", "The file is empty", [
      { field: "content", rule: "rows", message: "the first row names the columns, one key result a row under it" },
    ]);
  }
  if (rows.length - 1 > MAX_TABLE_ROWS) {
    throw new AppError("validation_failed", `At most ${MAX_TABLE_ROWS} rows at a time`, [
      { field: "content", rule: "rows", message: `split the file: at most ${MAX_TABLE_ROWS} rows under the header` },
    ]);
  }
  return rows;
}

function readCsv(text: string): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const line = error instanceof CsvError && typeof error.lines === "number" ? error.lines : null;
    throw new AppError("validation_failed", "The file is not CSV Grove can read", [
      {
        field: line === null ? "content" : `row.${line}`,
        rule: "csv",
        message:
          error instanceof CsvError && error.code === "CSV_QUOTE_NOT_CLOSED"
            ? "a quote opened here is never closed"
            : "this line is not CSV Grove can read",
      },
    ]);
  }
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError("validation_failed", "The file is not an XLSX workbook Grove can read", [
      { field: "content", rule: "xlsx", message: "save it from your spreadsheet as Excel Workbook (.xlsx), or as CSV" },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(cellText(row.getCell(column).value));
    rows[number - 1] = cells;
  });
  return Array.from(rows, (row) => row ?? []);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
  }
  return String(value);
}

export function writeCsv(rows: (string | number)[][]): string {
  const quote = (cell: string | number) => {
    const text = String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${rows.map((row) => row.map(quote).join(",")).join("\r\n")}\r\n`;
}

/** One sheet, the header bold and frozen; numbers stay numbers, dates stay YYYY-MM-DD text. */
export async function writeXlsx(rows: (string | number)[][], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Grove";
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, index) => {
    const widest = Math.max(...rows.map((row) => String(row[index] ?? "").length));
    column.width = Math.min(60, Math.max(10, widest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
