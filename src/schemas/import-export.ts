import { z } from "@hono/zod-openapi";
import { OKR_TABLE_COLUMNS } from "../domain/okr-table.ts";
import { Uuid } from "./scalars.ts";

// The web app's import and export of a period's OKRs (docs/import-export.md): a CSV or XLSX table
// (the template, or another tool's spreadsheet through a column mapping) or an OKR file.

/** The file's bytes at most: 512 KiB (an XLSX is sent base64, a third larger, under the 1 MiB body limit). */
export const MAX_IMPORT_BYTES = 512 * 1024;

export const ImportFormat = z.enum(["csv", "xlsx", "yaml"]).openapi({
  description:
    "csv or xlsx: a table of the template's columns (or mapped ones); yaml: an OKR file (docs/okr-as-code.md)",
});

/** Which header of the file holds each of Grove's columns (unnamed: a plan's mapping may be null). */
export const columnMappingShape = z.partialRecord(z.enum(OKR_TABLE_COLUMNS), z.string().trim().min(1).max(200));

export const ColumnMapping = columnMappingShape.openapi("ColumnMapping", {
  description:
    "Which header of the file holds each of Grove's columns; period, unit, objective and keyResult are required",
});

export const ImportOkrs = z
  .strictObject({
    format: ImportFormat,
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .default("okrs")
      .openapi({ description: "The file's name, for messages and the default reason" }),
    content: z
      .string()
      .min(1)
      .openapi({
        description: `The file: its text for csv and yaml, base64 for xlsx; at most ${MAX_IMPORT_BYTES} bytes (512 KiB) decoded, else 413`,
      }),
    mappingId: Uuid.optional().openapi({ description: "A saved column mapping to read the table through" }),
    mapping: ColumnMapping.optional(),
    reason: z.string().trim().max(500).optional().openapi({
      description: "Why (S7), kept in the history of every changed objective and key result",
    }),
  })
  .openapi("ImportOkrs");
export type ImportOkrsInput = z.output<typeof ImportOkrs>;

export const ExportFormat = z
  .enum(["xlsx", "csv", "yaml"])
  .default("xlsx")
  .openapi({ description: "The file's format (default xlsx)" });

export const SaveImportMapping = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .openapi({ description: "The tool or file it reads, e.g. 'Our planning sheet'" }),
    columns: ColumnMapping,
  })
  .openapi("SaveImportMapping");
export type SaveImportMappingInput = z.output<typeof SaveImportMapping>;
