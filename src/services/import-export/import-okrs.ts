import { type DraftOkrSet, type Finding, type Locale, reviewOkrSet } from "../../domain/coach/index.ts";
import { AppError } from "../../domain/errors.ts";
import {
  type ColumnMapping,
  type KeyResultExtras,
  mappingIssues,
  type OkrTable,
  readOkrTable,
  templateMapping,
} from "../../domain/okr-table.ts";
import { authorize } from "../../domain/policies.ts";
import { ruleSettingsOf } from "../coach/coach-settings.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { applyOkrFile, refusedStep } from "../okrs-as-code/apply-okr-file.ts";
import { describeStep, summarisePlan } from "../okrs-as-code/describe-plan.ts";
import type { PlanStep } from "../okrs-as-code/plan-apply.ts";
import type { Scope } from "../write.ts";
import { findImportMapping } from "./import-mappings.ts";
import { readTable, type TableFormat } from "./spreadsheet-files.ts";

/** What was uploaded: an OKR file the API has parsed, or a table's bytes to read through a mapping. */
export type ImportSource =
  | { kind: "okrFile"; set: DraftOkrSet; fileName: string }
  | {
      kind: "table";
      format: TableFormat;
      bytes: Buffer;
      fileName: string;
      mapping?: ColumnMapping;
      mappingId?: string;
    };

/** A coach finding on the imported OKRs, without its one-click fix, and the row it is about. */
export interface ImportFinding extends Omit<Finding, "fix"> {
  /** The spreadsheet row it is about (the first row of its objective for an objective's); null for a YAML file. */
  row: number | null;
}

export interface ImportPlan {
  headers: string[];
  /** The mapping the table was read through; null for a YAML file, or when none fits the headers. */
  mapping: ColumnMapping | null;
  needsMapping: boolean;
  period: string;
  steps: { kind: PlanStep["kind"]; description: string }[];
  summary: string;
  findings: ImportFinding[];
  written: boolean;
}

/**
 * Reads an uploaded file and plans, or applies, it with `grove apply`'s service (docs/import-export.md):
 * the same plan, the same checks, one transaction, all or nothing. A table's cell that breaks a rule
 * refuses the whole file with its row and column named; the coach's findings come with the plan.
 */
export async function importOkrs(
  ctx: ServiceContext,
  scope: Scope,
  source: ImportSource,
  options: { dryRun: boolean; locale: Locale; reason?: string },
): Promise<ImportPlan> {
  authorize(scope.actor, { do: "manageOkrStructure" });
  let read: { set: DraftOkrSet; table: OkrTable | null; headers: string[]; mapping: ColumnMapping | null };
  if (source.kind === "okrFile") {
    read = { set: source.set, table: null, headers: [], mapping: null };
  } else {
    const rows = await readTable(source.format, source.bytes);
    const headers = (rows[0] ?? []).map((cell) => cell.trim());
    const mapping =
      source.mapping ??
      (source.mappingId ? await findImportMapping(ctx, scope, source.mappingId) : null) ??
      templateMapping(headers);
    if (!mapping) {
      if (!options.dryRun) {
        throw new AppError("validation_failed", "Choose which column holds what: the first row is not the template's", [
          {
            field: "mapping",
            rule: "required",
            message: "the file's columns are not the template's: send a mapping or a mappingId",
          },
        ]);
      }
      return {
        headers,
        mapping: null,
        needsMapping: true,
        period: "",
        steps: [],
        summary: "",
        findings: [],
        written: false,
      };
    }
    const issues = mappingIssues(mapping, headers);
    if (issues.length > 0)
      throw new AppError("validation_failed", "The mapping does not fit the file's columns", issues);
    const result = readOkrTable(rows, mapping, ctx.now().toISOString().slice(0, 10));
    if (!result.ok) {
      const first = result.errors[0];
      throw new AppError(
        "validation_failed",
        `Nothing was imported: ${first?.message ?? "the file has errors"}`,
        result.errors,
      );
    }
    await requireOwners(ctx, scope.orgId, result.table);
    read = { set: result.table.set, table: result.table, headers, mapping };
  }
  const findings = await coachFindings(ctx, scope.orgId, read.set, read.table, options.locale);
  try {
    const applied = await applyOkrFile(ctx, scope, read.set, {
      dryRun: options.dryRun,
      reason: options.reason || `import ${source.fileName}`,
      extras: read.table?.extras,
    });
    return {
      headers: read.headers,
      mapping: read.mapping,
      needsMapping: false,
      period: read.set.period?.name ?? "",
      steps: applied.steps.map((step) => ({ kind: step.kind, description: describeStep(step) })),
      summary: summarisePlan(applied.steps, options.dryRun),
      findings,
      written: applied.written,
    };
  } catch (error) {
    const step = error instanceof AppError ? refusedStep(error) : null;
    if (step) (error as AppError).details.unshift({ field: "step", rule: "refused", message: describeStep(step) });
    throw error;
  }
}

/** Owners are people of the organisation, by email: a row naming anyone else refuses the file. */
async function requireOwners(ctx: ServiceContext, orgId: string, table: OkrTable): Promise<void> {
  if (table.extras.every((extra) => !extra.owner)) return;
  const people = await readTenant(ctx, orgId, (tx) =>
    tx.selectFrom("people").select("email").where("orgId", "=", orgId).execute(),
  );
  const known = new Set(people.map((person) => person.email.toLowerCase()));
  const unknown = table.extras.filter((extra) => extra.owner && !known.has(extra.owner));
  if (unknown.length === 0) return;
  const issues = unknown.map((extra) => {
    const row = table.rowOf.get(extra) ?? 0;
    return {
      field: `row.${row}.owner`,
      rule: "person",
      message: `row ${row}, owner: no person with the email ${extra.owner} in the organisation (invite them first)`,
    };
  });
  throw new AppError("validation_failed", `Nothing was imported: ${issues[0]?.message}`, issues);
}

/** The coach on the file as the organisation's rule settings have it, each finding with its row. */
async function coachFindings(
  ctx: ServiceContext,
  orgId: string,
  set: DraftOkrSet,
  table: OkrTable | null,
  locale: Locale,
): Promise<ImportFinding[]> {
  const settings = await readTenant(ctx, orgId, (tx) => ruleSettingsOf(tx, orgId));
  return reviewOkrSet(set, { locale, settings }).map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    row: table ? rowOfPath(set, table, finding.path) : null,
    path: finding.path,
    message: finding.message,
    suggestion: finding.suggestion,
  }));
}

function rowOfPath(set: DraftOkrSet, table: OkrTable, path: string): number | null {
  const [unitIndex, objectiveIndex, krIndex] = [...path.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
  const unit = set.units[unitIndex ?? -1];
  const objective = unit?.objectives[objectiveIndex ?? -1];
  if (!unit || !objective) return null;
  const kr = objective.keyResults[krIndex ?? 0];
  const extra: KeyResultExtras | undefined = table.extras.find(
    (e) => e.unit === unit.name && e.objective === objective.title && e.keyResult === kr?.title,
  );
  return extra ? (table.rowOf.get(extra) ?? null) : null;
}
