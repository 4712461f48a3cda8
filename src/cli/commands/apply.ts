import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { AppError } from "../../domain/errors.ts";
import { systemActor } from "../../domain/policies.ts";
import { formatFileError, parseOkrFile } from "../../okr-file/index.ts";
import { defaultContext } from "../../services/context.ts";
import { applyOkrFile, refusedStep } from "../../services/okrs-as-code/apply-okr-file.ts";
import { describeStep, formatPlan, summarisePlan } from "../../services/okrs-as-code/describe-plan.ts";
import { UsageError } from "../../usage-error.ts";
import { dataCommand } from "../data-command.ts";
import { withDatabase } from "../open-database.ts";
import { chooseOrganisation, orgFlag } from "../organisation.ts";
import { type Print, stderr, stdout } from "../print.ts";
import {
  errorOf,
  type Remote,
  type RemoteFlags,
  reach,
  remoteOf,
  remoteOrganisation,
  serverFlag,
  tokenFlag,
} from "../remote.ts";

interface ApplyFlags extends RemoteFlags {
  dryRun?: boolean;
  org?: string;
  reason?: string;
}

/**
 * `grove apply FILE`: brings a period's OKRs from a file into an organisation, in one
 * transaction (docs/okr-as-code.md). Exit 0 when applied or nothing changed, 1 when a method
 * rule refused a step (nothing is written), 2 when the file or the command line is invalid.
 */
export function applyCommand(): Command {
  return dataCommand(
    "apply",
    "bring a period's OKRs from an OKR file into an organisation (units, objectives, key results)",
    runApply,
  )
    .argument("<file>", "OKR file in YAML (docs/okr-as-code.md)")
    .option("--dry-run", "print the plan and the refusals a real run would meet; write nothing")
    .option(...orgFlag)
    .option("--reason <text>", "why, kept in the history of every changed objective and key result (S7)")
    .option(...serverFlag)
    .option(...tokenFlag);
}

export async function runApply(
  file: string,
  flags: ApplyFlags,
  out: Print = stdout,
  err: Print = stderr,
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
  const remote = remoteOf(flags);
  if (remote) return applyThroughServer(remote, file, text, flags, out, err);
  try {
    return await withDatabase(flags, "apply", async (db) => {
      const ctx = defaultContext(db);
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
      out(`${summarisePlan(result.steps, Boolean(flags.dryRun))}\n`);
      return 0;
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const step = refusedStep(error);
    const details = step ? [{ field: "step", message: describeStep(step) }, ...error.details] : error.details;
    return notApplied(file, { code: error.code, message: error.message, details }, err);
  }
}

/**
 * The same plan, dry run and one-transaction apply, done by the server (POST okr-file/apply):
 * the file was checked here already, so what comes back is the plan or a refusal.
 */
async function applyThroughServer(
  remote: Remote,
  file: string,
  yaml: string,
  flags: ApplyFlags,
  out: Print,
  err: Print,
): Promise<number> {
  const org = await remoteOrganisation(remote, flags.org);
  if (typeof org !== "string") return notApplied(file, org, err);
  const body = { file, yaml, dryRun: Boolean(flags.dryRun), reason: flags.reason?.trim() || undefined };
  const { data, error } = await reach(remote, (client) =>
    client.POST("/api/v1/orgs/{org}/okr-file/apply", { params: { path: { org } }, body }),
  );
  if (!data) return notApplied(file, errorOf(error), err);
  out(`${file} -> organisation "${data.organisation}", period ${data.period}\n`);
  out(data.steps.map((step) => `${step.description}\n`).join(""));
  out(`${data.summary}\n`);
  return 0;
}

/** Why nothing was written; the refused step (field `step`) first. Exit 2 for a bad file, else 1. */
function notApplied(
  file: string,
  error: { code: string; message: string; details: { field: string; message: string }[] },
  err: Print,
): number {
  err(`${file}: not applied, nothing was written: ${error.message}\n`);
  for (const { field, message } of error.details) {
    err(field === "step" ? `  refused: ${message}\n` : `  ${field}: ${message}\n`);
  }
  if (error.code === "forbidden" && /token/i.test(error.message)) {
    err("  grove apply --server needs an admin's API token with the write scope\n");
  }
  return error.code === "validation_failed" ? 2 : 1;
}
