import { z } from "@hono/zod-openapi";
import { ColumnMapping, columnMappingShape } from "../../schemas/import-export.ts";
import { Timestamp, Uuid } from "../shared/schemas.ts";

const StepKind = z.enum([
  "createOrganisation",
  "createPeriod",
  "createUnit",
  "moveUnit",
  "createObjective",
  "updateObjective",
  "createKeyResult",
  "updateKeyResult",
  "setOwner",
  "recordReadings",
]);

export const PlanSteps = z.array(
  z.object({ kind: StepKind, description: z.string().openapi({ description: "+ creates, ~ changes" }) }),
);

export const ImportPlan = z
  .object({
    headers: z.array(z.string()).openapi({ description: "The table's first row (empty for a YAML file)" }),
    mapping: columnMappingShape.nullable().openapi({ description: "The mapping the table was read through" }),
    needsMapping: z.boolean().openapi({ description: "True when no mapping fits the headers: choose the columns" }),
    period: z.string(),
    steps: PlanSteps,
    summary: z.string(),
    findings: z.array(
      z.object({
        rule: z.string(),
        severity: z.string(),
        row: z.number().int().nullable().openapi({ description: "The spreadsheet row it is about" }),
        path: z.string(),
        message: z.string(),
        suggestion: z.string(),
      }),
    ),
    written: z.boolean().openapi({ description: "False for the preview and when nothing had to change" }),
  })
  .openapi("ImportPlan");

export const DownloadFile = z
  .object({
    fileName: z.string(),
    contentType: z.string(),
    encoding: z.enum(["utf8", "base64"]).openapi({ description: "base64 for xlsx, the text itself otherwise" }),
    content: z.string(),
    notes: z.array(z.string()).openapi({ description: "What the format cannot hold, said once per case" }),
  })
  .openapi("DownloadFile");

export const ImportMapping = z
  .object({
    id: Uuid,
    name: z.string(),
    columns: ColumnMapping,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi("ImportMapping");
