import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDirsOfFile } from "../../tests/support/temp-dirs.ts";
import { DataDirInUseError, LOCK_FILE, type LockHolder, lockDataDir } from "./data-dir-lock.ts";

// The lock that keeps a second process off an embedded database (issue 12, defect 2). The
// process-level tests (two real servers, CLI next to a server) are in tests/ops/data-dir-lock.test.ts.

const dir = tempDirsOfFile("grove-lockfile-");

const deadPid = () => spawnSync(process.execPath, ["-e", "0"]).pid as number;
const readLock = (d: string): LockHolder => JSON.parse(readFileSync(join(d, LOCK_FILE), "utf8"));
const writeLock = (d: string, holder: Partial<LockHolder>) =>
  writeFileSync(
    join(d, LOCK_FILE),
    JSON.stringify({ command: "grove serve", since: "2026-12-01T08:00:00.000Z", hostname: hostname(), ...holder }),
  );

describe("the data directory lock", () => {
  it("names its holder: pid, command, since when", () => {
    const d = dir();
    const lock = lockDataDir(d, { command: "grove serve --port 3000" });
    const holder = readLock(d);
    expect(holder).toMatchObject({ pid: process.pid, command: "grove serve --port 3000", hostname: hostname() });
    expect(Date.now() - Date.parse(holder.since)).toBeLessThan(60_000);
    expect(Object.keys(holder)).not.toContain("state"); // what it was doing then says nothing later
    lock.release();
    expect(existsSync(join(d, LOCK_FILE))).toBe(false);
    expect(readdirSync(d)).toEqual([]); // no temporary file left behind
  });

  it("refuses a second holder while the first lives, even in the same process", () => {
    const d = dir();
    const lock = lockDataDir(d, { command: "grove serve" });
    lock.annotate({ url: "http://localhost:3000" });
    let refused: unknown;
    try {
      lockDataDir(d, { command: "grove apply okrs.yaml" });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirInUseError);
    expect((refused as Error).message).toContain(
      `The data directory ${d} is in use by another Grove process: pid ${process.pid} (grove serve), since `,
    );
    expect((refused as Error).message).toContain("serving http://localhost:3000");
    expect(readLock(d).command).toBe("grove serve"); // the refused one changed nothing
    lock.release();
    lockDataDir(d).release(); // free again
  });

  it("takes over a lock whose process is gone, and says so", () => {
    const d = dir();
    const pid = deadPid();
    writeLock(d, { pid, token: "stale" });
    const told: LockHolder[] = [];
    const lock = lockDataDir(d, { command: "grove migrate", onStale: (stale) => told.push(stale) });
    expect(told.map((h) => h.pid)).toEqual([pid]);
    expect(readLock(d)).toMatchObject({ pid: process.pid, command: "grove migrate" });
    lock.release();
  });

  it("takes over a lock with this process's pid that this process does not hold (a restarted container's pid 1)", () => {
    const d = dir();
    writeLock(d, { pid: process.pid, token: "earlier-life" });
    const told: LockHolder[] = [];
    lockDataDir(d, { onStale: (stale) => told.push(stale) }).release();
    expect(told).toHaveLength(1);
  });

  // Start times come from /proc: a declared skip where there is none.
  it.skipIf(!existsSync("/proc/self/stat"))(
    "takes over a live pid that is a later process than the one that locked (Linux start time)",
    () => {
      const d = dir();
      // Our parent lives, but it started at another tick than the lock records.
      writeLock(d, { pid: process.ppid, token: "reused-pid", startTicks: "1", bootId: readLock0().bootId });
      const told: LockHolder[] = [];
      lockDataDir(d, { onStale: (stale) => told.push(stale) }).release();
      expect(told).toHaveLength(1);
    },
  );

  it("cannot check a holder on another machine: refuses and says which file to delete", () => {
    const d = dir();
    writeLock(d, { pid: deadPid(), hostname: "other-host", bootId: "another-boot", token: "remote" });
    expect(() => lockDataDir(d)).toThrow(
      `If no Grove process runs on other-host any more, delete ${join(d, LOCK_FILE)}.`,
    );
  });

  it("release leaves alone a lock that is no longer its own", () => {
    const d = dir();
    const lock = lockDataDir(d);
    writeLock(d, { pid: process.ppid, token: "someone-else" });
    lock.release();
    expect(readLock(d).token).toBe("someone-else");
  });

  it("takes over an unreadable lock file", () => {
    const d = dir();
    writeFileSync(join(d, LOCK_FILE), "");
    lockDataDir(d).release();
    expect(existsSync(join(d, LOCK_FILE))).toBe(false);
  });
});

/** This process's own identity as the lock records it. */
function readLock0(): LockHolder {
  const d = dir();
  const lock = lockDataDir(d);
  const holder = readLock(d);
  lock.release();
  return holder;
}
