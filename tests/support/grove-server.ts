import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { type GroveProcess, runGrove, waitForStart } from "../ops/grove-process.ts";
import { dataDirFrom } from "./data-dirs.ts";

export interface GroveServer {
  proc: GroveProcess;
  /** http://127.0.0.1:PORT */
  base: string;
  /** SIGTERM, then its exit code once it has stopped (a clean stop is 0). */
  stop(): Promise<number | null>;
}

/**
 * A real `grove serve` on loopback, on a port the system picks (so no two tests race for one),
 * once it says it is running. `args` are the database's flags (`--data-dir DIR`, `--no-demo`);
 * `env` adds to the environment (DATABASE_URL, GROVE_DEMO, ...).
 */
export async function startGroveServer(
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 170_000,
): Promise<GroveServer> {
  const proc = runGrove(["serve", "--port", "0", "--host", "127.0.0.1", ...args], env);
  const stop = async () => {
    if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill("SIGTERM");
    return proc.exited;
  };
  try {
    return { proc, base: await waitForStart(proc, timeoutMs), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The test file's `grove serve` on a copy of the demo data directory, in a temporary directory
 * of the file's own (`dir`, named `prefix` and a random suffix): started before the file's tests,
 * once `before` has run (it may build what the tests need into `dir`), within `timeoutMs` for
 * both; stopped, and `dir` removed, after them.
 */
export function demoServerOfFile(
  prefix: string,
  { env = {}, before, timeoutMs }: { env?: Record<string, string>; before?: () => unknown; timeoutMs?: number } = {},
): { readonly dir: string; readonly server: GroveServer; readonly base: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let server: GroveServer | undefined;
  beforeAll(async () => {
    await before?.();
    server = await startGroveServer(["--data-dir", dataDirFrom("demo", join(dir, "data"))], env);
  }, timeoutMs);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir,
    get server() {
      if (!server) throw new Error("the demo server starts in beforeAll");
      return server;
    },
    get base() {
      return this.server.base;
    },
  };
}
