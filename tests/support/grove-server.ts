import { type GroveProcess, runGrove, waitForStart } from "../ops/grove-process.ts";

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
