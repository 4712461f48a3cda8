import { Command } from "commander";
import { dataDirFlag } from "./organisation.ts";

/** The flag of every command that opens Grove's data (DATABASE_URL names a PostgreSQL database instead). */
export interface DataDirFlags {
  dataDir?: string;
}

/**
 * A command that works on Grove's data: its name, what it does, `--data-dir`, and its run, whose
 * answer becomes the exit code (0 done, 1 refused, 2 a bad file or command line). The command's own
 * arguments and options follow; the run gets the arguments, then the options (and prints to the
 * terminal: its further parameters are a test's).
 */
export function dataCommand<A extends unknown[]>(
  name: string,
  description: string,
  run: (...args: A) => Promise<number>,
): Command {
  return new Command(name)
    .description(description)
    .option(...dataDirFlag)
    .action(async (...args: unknown[]) => {
      // Commander passes the command itself last.
      process.exitCode = await run(...(args.slice(0, -1) as A));
    });
}
