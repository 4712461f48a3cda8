import { Command, CommanderError } from "commander";
import { UsageError } from "../usage-error.ts";
import { packageVersion } from "../version.ts";

/**
 * Each sub-command lives in its own file under ./commands and is imported only when it is needed:
 * `grove lint` must not load the server, the database and the API to read a YAML file (it stays
 * under a second on 100 KRs, issue 17; docs/okr-as-code.md, "Speed"). In file order of `--help`.
 */
const commands: Record<string, () => Promise<Command>> = {
  serve: async () => (await import("./commands/serve.ts")).serveCommand(),
  migrate: async () => (await import("./commands/database.ts")).migrateCommand(),
  demo: async () => (await import("./commands/database.ts")).demoCommand(),
  rescore: async () => (await import("./commands/database.ts")).rescoreCommand(),
  lint: async () => (await import("./commands/lint.ts")).lintCommand(),
  apply: async () => (await import("./commands/apply.ts")).applyCommand(),
  export: async () => (await import("./commands/export.ts")).exportCommand(),
  "reset-link": async () => (await import("./commands/reset-link.ts")).resetLinkCommand(),
  mcp: async () => (await import("./commands/mcp.ts")).mcpCommand(),
  move: async () => (await import("./commands/move.ts")).moveCommand(),
  backup: async () => (await import("./commands/backup.ts")).backupCommand(),
  restore: async () => (await import("./commands/backup.ts")).restoreCommand(),
};

/**
 * Builds the `grove` command line: with `only` a known sub-command, that one alone (what running
 * it needs), none for `--version`; otherwise all of them (`grove --help`, `grove help lint`, a
 * typo to report).
 */
export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command("grove")
    .description("Grove: OKRs that coach teams to write good objectives and key results.")
    .version(packageVersion(), "-v, --version")
    .exitOverride()
    .showHelpAfterError();
  const version = only === "-v" || only === "--version";
  const names = version ? [] : only !== undefined && Object.hasOwn(commands, only) ? [only] : Object.keys(commands);
  for (const name of names) program.addCommand(await (commands[name] as () => Promise<Command>)());
  // addCommand does not pass these settings down: usage errors must exit 2 everywhere.
  for (const command of program.commands) command.exitOverride().showHelpAfterError();
  return program;
}

/** Runs the CLI and returns the process exit code (0 ok, 1 findings or failure, 2 bad usage). */
export async function main(argv: string[]): Promise<number> {
  try {
    const program = await buildProgram(argv[0]);
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
