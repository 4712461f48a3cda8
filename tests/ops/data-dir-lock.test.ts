import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/db/data-dir-lock.ts";
import { dataDirFrom } from "../support/data-dirs.ts";
import { tempDirsOfFile } from "../support/temp-dirs.ts";
import {
  checkIn,
  currentQuarter,
  demoSession,
  firstKeyResult,
  type GroveProcess,
  runGrove,
  waitForStart,
} from "./grove-process.ts";

// Issue 12, defect 2: two processes on one embedded database lost acknowledged writes and
// corrupted an index. One process opens a data directory; every other one is refused, naming it.

const tempDir = tempDirsOfFile("grove-lock-");
const running: GroveProcess[] = [];
afterEach(async () => {
  for (const proc of running.splice(0)) {
    if (proc.child.exitCode === null) {
      proc.child.kill("SIGTERM");
      await proc.exited;
    }
  }
});

// A start on a busy machine can take a minute or more.
const START_MS = 150_000;

/** A `grove serve` on a port the system picks; `up` waits for it and fills in its address. */
async function serve(dataDir: string, ...flags: string[]) {
  const proc = runGrove(["serve", "--port", "0", "--host", "127.0.0.1", "--data-dir", dataDir, ...flags]);
  running.push(proc);
  return { proc, port: 0, base: "" };
}

async function up(server: { proc: GroveProcess; port: number; base: string }): Promise<void> {
  server.base = await waitForStart(server.proc, START_MS);
  server.port = Number(new URL(server.base).port);
}

/** A running server on a new copy of the demo as a first start loads it (that first start is serve.test.ts's). */
async function serveDemoCopy() {
  const dataDir = dataDirFrom("demo", join(tempDir(), "data"));
  const server = await serve(dataDir);
  await up(server);
  return { dataDir, server };
}

/** The exit code, or "still running" after the timeout (a second server that started anyway). */
async function exitWithin(proc: GroveProcess, ms: number): Promise<number | null | "still running"> {
  const timer = new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), ms));
  return Promise.race([proc.exited, timer]);
}

async function storedValues(base: string, auth: Record<string, string>, kr: string): Promise<number[]> {
  const body = await (await fetch(`${base}/api/v1/orgs/demo/key-results/${kr}/check-ins`, { headers: auth })).json();
  return body.checkIns.map((c: { value: number }) => c.value);
}

describe("one process per embedded database", () => {
  it("refuses a second grove serve on the same data directory; the first keeps every write", {
    timeout: 420_000,
  }, async () => {
    const { dataDir, server: first } = await serveDemoCopy();
    const auth = await demoSession(first.base);
    const kr = await firstKeyResult(first.base, auth);
    const written = [7001, 7002, 7003, 7004, 7005];
    for (const value of written) expect(await checkIn(first.base, auth, kr, value)).toBe(201);

    const second = await serve(dataDir);
    const code = await exitWithin(second.proc, 120_000);
    expect(code, second.proc.output()).toBe(1);
    const message = second.proc.output();
    expect(message).toContain(`The data directory ${dataDir} is in use by another Grove process`);
    expect(message).toContain(`pid ${first.proc.child.pid} (grove serve --port 0`);
    expect(message).toMatch(/since \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    expect(message).toContain(`serving http://localhost:${first.port}`);
    expect(message).toContain("use PostgreSQL (DATABASE_URL)");

    // The first server still has every write and takes new ones.
    for (const value of [7006, 7007]) expect(await checkIn(first.base, auth, kr, value)).toBe(201);
    const stored = await storedValues(first.base, auth, kr);
    expect([...written, 7006, 7007].filter((v) => !stored.includes(v))).toEqual([]);

    // A clean stop removes the lock, and the directory opens again with the writes in it.
    first.proc.child.kill("SIGTERM");
    expect(await first.proc.exited).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    const third = await serve(dataDir);
    await up(third);
    const stored3 = await storedValues(third.base, await demoSession(third.base), kr);
    expect([...written, 7006, 7007].filter((v) => !stored3.includes(v))).toEqual([]);
  });

  it("tells grove export, apply and rescore that a server holds the directory, and writes nothing", {
    timeout: 420_000,
  }, async () => {
    const { dataDir, server } = await serveDemoCopy();
    const pid = server.proc.child.pid;
    const file = join(tempDir(), "okrs.yaml");
    writeFileSync(
      file,
      [
        "period: 2027-Q1",
        "units:",
        "  - name: Lock test unit",
        "    objectives:",
        "      - title: Delight first-time buyers so they come back",
        "        key_results:",
        "          - title: Raise the repeat purchase rate from 20% to 30%",
        "            baseline: 20",
        "            target: 30",
        "            deadline: 2027-03-31",
        "",
      ].join("\n"),
    );
    const commands = {
      export: ["export", "--period", currentQuarter(), "--org", "demo", "--data-dir", dataDir],
      apply: ["apply", file, "--org", "demo", "--data-dir", dataDir],
      rescore: ["rescore", "--data-dir", dataDir],
    };
    for (const [name, args] of Object.entries(commands)) {
      const proc = runGrove(args);
      expect(await exitWithin(proc, 120_000), `${name}: ${proc.output()}`).toBe(1);
      const out = proc.output();
      expect(out).toContain(`the data directory ${dataDir} is held by a running Grove server (pid ${pid} (grove serve`);
      expect(out).toContain(`Stop the server (Ctrl-C or kill -TERM ${pid}`);
      expect(out).toContain(`run grove ${name} again`);
      if (name !== "rescore") expect(out).toContain(`its API at http://localhost:${server.port}/api/v1`);
    }
    // Nothing was applied, and the server is still serving the same database.
    const auth = await demoSession(server.base);
    const units = await fetch(`${server.base}/api/v1/orgs/demo/units`, { headers: auth });
    expect(units.status).toBe(200);
    expect(await units.text()).not.toContain("Lock test unit");
    expect((await (await fetch(`${server.base}/api/health`)).json()).status).toBe("ok");
  });

  it("takes over a lock left by a process that is gone, with a log line", { timeout: 300_000 }, async () => {
    // A killed server leaves its lock in a directory it had made: a migrated one.
    const dataDir = dataDirFrom("migrated", join(tempDir(), "data"));
    // A pid that existed and is gone: a process that ran and exited.
    const dead = spawnSync(process.execPath, ["-e", "process.pid"]).pid as number;
    const stale = {
      pid: dead,
      command: "grove serve --port 3999",
      since: "2026-12-01T08:00:00.000Z",
      hostname: hostname(),
      token: "left-by-a-killed-server",
    };
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify(stale));
    const server = await serve(dataDir, "--no-demo");
    await up(server);
    expect(server.proc.output()).toContain(
      `took over the data directory's lock left by pid ${dead} (grove serve --port 3999), since 2026-12-01T08:00:00.000Z, which is no longer running`,
    );
    const lock = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), "utf8"));
    expect(lock.pid).toBe(server.proc.child.pid);
    expect(lock.url).toBe(`http://localhost:${server.port}`);
  });
});
