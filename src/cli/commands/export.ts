import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { AppError } from "../../domain/errors.ts";
import { systemActor } from "../../domain/policies.ts";
import { toYaml } from "../../okr-file/index.ts";
import { defaultContext } from "../../services/context.ts";
import { exportOkrSet } from "../../services/okrs-as-code/export-okr-file.ts";
import { UsageError } from "../../usage-error.ts";
import { dataCommand } from "../data-command.ts";
import { withDatabase } from "../open-database.ts";
import { chooseOrganisation, orgFlag } from "../organisation.ts";
import { type Print, stderr, stdout } from "../print.ts";
import * as server from "../remote.ts";

interface ExportFlags extends server.RemoteFlags {
  period: string;
  unit?: string;
  org?: string;
  output?: string;
}

/** `grove export --period 2027-Q1`: a period's OKRs as an OKR file, the format `grove apply` reads. */
export function exportCommand(): Command {
  return dataCommand("export", "write a period's OKRs as an OKR file (docs/okr-as-code.md)", runExport)
    .requiredOption("--period <name>", "the period, e.g. 2027-Q1")
    .option("--unit <name>", "only this unit and the units below it")
    .option(...orgFlag)
    .option("-o, --output <file>", "write to a file instead of standard output")
    .option(...server.serverFlag)
    .option(...server.tokenFlag);
}

export async function runExport(flags: ExportFlags, out: Print = stdout, err: Print = stderr): Promise<number> {
  const remote = server.remoteOf(flags);
  if (remote) return exportThroughServer(remote, flags, out, err);
  try {
    return await withDatabase(flags, "export", async (db) => {
      const ctx = defaultContext(db);
      const org = await chooseOrganisation(ctx, flags.org);
      if (!org) throw new UsageError(`there is no organisation "${flags.org}"`);
      const { set, notes } = await exportOkrSet(ctx, { orgId: org.id, actor: systemActor }, flags);
      await write(flags, toYaml(set), notes, out, err);
      return 0;
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    err(`grove export: ${error.message}\n`);
    return 1;
  }
}

/** The same file, read through the server's API (GET okr-file) with any token that reads. */
async function exportThroughServer(remote: server.Remote, flags: ExportFlags, out: Print, err: Print): Promise<number> {
  const org = await server.remoteOrganisation(remote, flags.org);
  const query = { period: flags.period, unit: flags.unit };
  const answer =
    typeof org === "string"
      ? await server.reach(remote, (client) =>
          client.GET("/api/v1/orgs/{org}/okr-file", { params: { path: { org }, query } }),
        )
      : null;
  if (!answer?.data) {
    err(`grove export: ${(typeof org === "string" ? server.errorOf(answer?.error) : org).message}\n`);
    return 1;
  }
  await write(flags, answer.data.yaml, answer.data.notes, out, err);
  return 0;
}

async function write(flags: ExportFlags, yaml: string, notes: string[], out: Print, err: Print): Promise<void> {
  for (const note of notes) err(`note: ${note}\n`);
  if (flags.output) await writeFile(flags.output, yaml);
  else out(yaml);
}
