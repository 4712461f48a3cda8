import { readFile } from "node:fs/promises";
import { Command } from "commander";
import { loadConfig, UsageError } from "../../config.ts";
import { AppError } from "../../domain/errors.ts";
import { systemActor } from "../../domain/policies.ts";
import { formatFileError, parseOkrFile } from "../../okr-file/index.ts";
import { defaultContext } from "../../services/context.ts";
import { upgradeDatabase } from "../../services/database.ts";
import { applyOkrFile, refusedStep } from "../../services/okrs-as-code/apply-okr-file.ts";
import type { PlanStep } from "../../services/okrs-as-code/plan-apply.ts";
import { openDatabase } from "../open-database.ts";
import { chooseOrganisation, dataDirFlag, orgFlag } from "../organisation.ts";

interface ApplyFlags {
  dryRun?: boolean;
  org?: string;
  dataDir?: string;
  reason?: string;
}

/**
 * `grove apply FILE`: brings a period's OKRs from a file into an organisation, in one
 * transaction (docs/okr-as-code.md). Exit 0 when applied or nothing changed, 1 when a method
 * rule refused a step (nothing is written), 2 when the file or the command line is invalid.
 */
export function applyCommand(): Command {
  return new Command("apply")
    .description("bring a period's OKRs from an OKR file into an organisation (units, objectives, key results)")
    .argument("<file>", "OKR file in YAML (docs/okr-as-code.md)")
    .option("--dry-run", "print the plan and the refusals a real run would meet; write nothing")
    .option(...orgFlag)
    .option("--reason <text>", "why, kept in the history of every changed objective and key result (S7)")
    .option(...dataDirFlag)
    .action(async (file: string, flags: ApplyFlags) => {
      process.exitCode = await runApply(file, flags);
    });
}

export async function runApply(
  file: string,
  flags: ApplyFlags,
  out: (text: string) => void = (text) => process.stdout.write(text),
  err: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    err(`${file}: cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 2;
  }
  const parsed = parseOkrFile(text, file);
  if (!parsed.ok) {
    for (const error of parsed.errors) err(`${formatFileError(error)}\n`);
    err(`${file}: not applied: the file is not valid\n`);
    return 2;
  }
  // Every organisation's slug has this form, so a flag without it can only be a new, invalid one.
  if (flags.org !== undefined && !/^[a-z0-9][a-z0-9-]{1,62}$/.test(flags.org)) {
    throw new UsageError(`--org "${flags.org}" is not an organisation slug: use lowercase letters, digits and dashes`);
  }
  const db = await openDatabase(loadConfig(flags).db, "apply");
  try {
    await upgradeDatabase(db.kysely);
    const ctx = defaultContext(db.kysely);
    const org = await chooseOrganisation(ctx, flags.org);
    const target = org
      ? { orgId: org.id, actor: systemActor }
      : { actor: systemActor, newOrganisation: { slug: flags.org as string, name: flags.org as string } };
    const result = await applyOkrFile(ctx, target, parsed.set, {
      dryRun: Boolean(flags.dryRun),
      reason: flags.reason?.trim() || `grove apply ${file}`,
    });
    out(`${file} -> organisation "${org?.slug ?? flags.org}", period ${parsed.set.period?.name}\n`);
    out(formatPlan(result.steps));
    out(`${summary(result.steps, Boolean(flags.dryRun))}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    err(`${file}: not applied, nothing was written: ${error.message}\n`);
    const step = refusedStep(error);
    if (step) err(`  refused: ${formatPlan([step])}`);
    for (const detail of error.details) err(`  ${detail.field}: ${detail.message}\n`);
    return error.code === "validation_failed" ? 2 : 1;
  } finally {
    await db.close();
  }
}

/** One line per step: + creates, ~ changes. */
export function formatPlan(steps: PlanStep[]): string {
  return steps.map((step) => `${describeStep(step)}\n`).join("");
}

const q = (text: string) => JSON.stringify(text);
const value = (v: string | number | null) =>
  v === null || v === "" ? "(none)" : typeof v === "string" ? q(v) : String(v);

function describeStep(step: PlanStep): string {
  switch (step.kind) {
    case "createOrganisation":
      return `+ organisation ${step.slug}`;
    case "createPeriod":
      return `+ period ${step.name}`;
    case "createUnit":
      return `+ unit ${q(step.name)}${step.parent ? ` under ${q(step.parent)}` : ""}`;
    case "moveUnit":
      return `~ unit ${q(step.name)}: moves from ${step.from ? `under ${q(step.from)}` : "the top level"} to under ${q(step.to)}`;
    case "createObjective": {
      const krs = `${step.keyResults.length} key result${step.keyResults.length === 1 ? "" : "s"}`;
      const status = step.status === "active" ? "active" : `draft, ${step.why}`;
      return `+ objective ${q(step.unit)} / ${q(step.title)} (${status}; ${krs})`;
    }
    case "updateObjective":
      return `~ objective ${q(step.unit)} / ${q(step.title)}: description ${value(step.description.before)} -> ${value(step.description.after)}`;
    case "createKeyResult":
      return `+ key result ${q(step.unit)} / ${q(step.objective)} / ${q(step.keyResult.title)}`;
    case "updateKeyResult": {
      const changes = Object.entries(step.changes)
        .map(([field, change]) => `${field} ${value(change.before)} -> ${value(change.after)}`)
        .join(", ");
      return `~ key result ${q(step.unit)} / ${q(step.objective)} / ${q(step.title)}: ${changes}`;
    }
  }
}

function summary(steps: PlanStep[], dryRun: boolean): string {
  if (steps.length === 0) return "No changes: the organisation already matches the file.";
  const created = steps.filter((step) => step.kind.startsWith("create")).length;
  const changed = steps.length - created;
  return dryRun
    ? `Dry run: would create ${created} and change ${changed}; nothing was written.`
    : `Applied: created ${created}, changed ${changed}.`;
}
