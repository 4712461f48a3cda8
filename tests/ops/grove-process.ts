import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

/** bin/grove: in this checkout it runs the TypeScript sources through tsx (the development path). */
export const groveBin = fileURLToPath(new URL("../../bin/grove", import.meta.url));

/**
 * The `grove` the process tests run: the sources compiled once per run by the ops project's
 * global setup (tests/support/ops-global-setup.ts), as production runs them. Loading the sources
 * through tsx costs each process about two seconds of CPU more, and the tests start dozens.
 */
export const compiledGrove = (): string => inject("compiledGrove");

export interface GroveProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Runs `grove ARGS` as a real process, collecting stdout and stderr. `script` is the compiled
 * grove unless a test asks for bin/grove (`groveBin`).
 */
export function runGrove(args: string[], env: Record<string, string> = {}, script = compiledGrove()): GroveProcess {
  const child = spawn(process.execPath, [script, ...args], {
    // One server process unless a test asks for workers (tests/ops/workers.test.ts does): on
    // PostgreSQL the default is one per core, and forking on a shared 2-core machine only slows
    // the start of tests that are about something else.
    env: { ...process.env, LOG_LEVEL: "warn", GROVE_WORKERS: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Whether a process of that id is still running (signal 0 only asks). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Waits until a server started with `--port 0 --host 127.0.0.1` prints that it is running (or
 * fails), and returns its address. The server binds a port the system picks and reports it,
 * so no two tests can race for a port found free a moment earlier.
 */
export async function waitForStart(proc: GroveProcess, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const port = /Grove is running at http:\/\/[^:/]+:(\d+)/.exec(proc.output())?.[1];
    if (port) return `http://127.0.0.1:${port}`;
    if (proc.child.exitCode !== null) throw new Error(`grove exited early:\n${proc.output()}`);
    if (Date.now() > deadline) throw new Error(`grove did not start in time:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The sign-up of a new organisation's first admin, for tests that start on an empty database. */
export const ACME_SIGN_UP = {
  organisationName: "Acme",
  organisationSlug: "acme",
  name: "Ada Admin",
  email: "ada@acme.example",
  password: "correct horse battery staple",
};

/** Signs in to a running server as the demo admin; returns the headers of a signed-in browser. */
export async function demoSession(base: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "amara@demo.grove.dev", password: "grove-demo-okrs" }),
  });
  if (res.status !== 200) throw new Error(`demo sign-in failed: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0] as string);
  const csrf = cookies.find((c) => c.startsWith("grove_csrf="))?.slice("grove_csrf=".length) ?? "";
  return { cookie: cookies.join("; "), "x-csrf-token": csrf };
}

export function currentQuarter(): string {
  const now = new Date();
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}

/** The first key result of the demo's Cookware team this quarter. */
export async function firstKeyResult(base: string, auth: Record<string, string>): Promise<string> {
  const tree = await (
    await fetch(`${base}/api/v1/orgs/demo/tree?period=${currentQuarter()}`, { headers: auth })
  ).json();
  return tree.units.find((u: { name: string }) => u.name === "Cookware").objectives[0].keyResults[0].id;
}

/** Records a reading on a demo key result; returns the HTTP status. */
export async function checkIn(base: string, auth: Record<string, string>, kr: string, value: number): Promise<number> {
  const res = await fetch(`${base}/api/v1/orgs/demo/key-results/${kr}/check-ins`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify({ value }),
  });
  return res.status;
}

/** The JSON log lines a server printed (a primary and its workers share its stdout). */
export function logLines<T extends { msg: string }>(proc: GroveProcess): T[] {
  return proc
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as T);
}

/**
 * Waits for `promise`, or fails naming what it waited for once `timeoutMs` pass: a step that hangs
 * says which one it is, instead of the test's own timeout saying nothing.
 */
export function within<T>(what: string, promise: Promise<T>, timeoutMs = 20_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Polls `probe` until it returns a value (100 ms apart); fails with `what` after the timeout. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 120_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
