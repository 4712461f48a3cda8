import { Command, CommanderError } from "commander";
import { UsageError } from "../config.ts";
import { packageVersion } from "../version.ts";
import { applyCommand } from "./commands/apply.ts";
import { backupCommand, restoreCommand } from "./commands/backup.ts";
import { demoCommand, migrateCommand, rescoreCommand } from "./commands/database.ts";
import { exportCommand } from "./commands/export.ts";
import { lintCommand } from "./commands/lint.ts";
import { mcpCommand } from "./commands/mcp.ts";
import { moveCommand } from "./commands/move.ts";
import { resetLinkCommand } from "./commands/reset-link.ts";
import { serveCommand } from "./commands/serve.ts";

/** Builds the `grove` command line. Each sub-command lives in its own file under ./commands. */
export function buildProgram(): Command {
  const program = new Command("grove")
    .description("Grove: OKRs that coach teams to write good objectives and key results.")
    .version(packageVersion(), "-v, --version")
    .exitOverride()
    .showHelpAfterError();
  program.addCommand(serveCommand());
  program.addCommand(migrateCommand());
  program.addCommand(demoCommand());
  program.addCommand(rescoreCommand());
  program.addCommand(lintCommand());
  program.addCommand(applyCommand());
  program.addCommand(exportCommand());
  program.addCommand(resetLinkCommand());
  program.addCommand(mcpCommand());
  program.addCommand(moveCommand());
  program.addCommand(backupCommand());
  program.addCommand(restoreCommand());
  // addCommand does not pass these settings down: usage errors must exit 2 everywhere.
  for (const command of program.commands) command.exitOverride().showHelpAfterError();
  return program;
}

/** Runs the CLI and returns the process exit code (0 ok, 1 findings or failure, 2 bad usage). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`grove: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`grove: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
