import { randomUUID } from "node:crypto";
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { basename, join } from "node:path";

/**
 * One process at a time on an embedded database. PGlite keeps its own buffers and WAL position
 * in the process that opened the directory; a second process writing the same files loses
 * acknowledged writes and corrupts indexes. So whoever opens a data directory first leaves a
 * lock file in it naming itself, and everyone else is refused with that name.
 *
 * Written here rather than with proper-lockfile: that package decides staleness by the lock's
 * age, refreshed by a timer. PGlite runs its queries on the main thread, so a long migration or
 * `grove rescore` would stop the refresh and let a second process in on a live database; it
 * also keeps nothing in the lock to say who holds it. Here a lock is stale only when the process
 * it names is gone.
 */
export const LOCK_FILE = "grove.lock";

export interface LockHolder {
  pid: number;
  /** The command line, e.g. `grove serve --port 3000`. */
  command: string;
  /** When the lock was taken (ISO 8601). */
  since: string;
  hostname: string;
  /** Where a server answers, once it listens: data commands point there instead. */
  url?: string;
  /** Linux: the boot and the process's start tick, so a pid reused after a restart is not taken for the holder. */
  bootId?: string;
  startTicks?: string;
  /** Tells this lock from a later one at the same path. */
  token: string;
}

/** The data directory is held by another live process. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    const elsewhere =
      holder.hostname === hostname()
        ? ""
        : ` If no Grove process runs on ${holder.hostname} any more, delete ${join(dataDir, LOCK_FILE)}.`;
    super(
      `The data directory ${dataDir} is in use by another Grove process: ${describeHolder(holder)}. ` +
        "The embedded database can be opened by one process at a time: stop that process first or choose " +
        `another --data-dir. To run several servers on one database, use PostgreSQL (DATABASE_URL).${elsewhere}`,
    );
  }
}

export interface DataDirLock {
  /** Adds what a later process should know (a server's URL) to the lock. */
  annotate(extra: Pick<LockHolder, "url">): void;
  /** Removes the lock if it is still this process's. Safe to call twice. */
  release(): void;
}

export interface LockOptions {
  command?: string;
  /** Told when a lock left by a process that is gone is taken over. */
  onStale?: (stale: LockHolder) => void;
}

export function describeHolder(holder: LockHolder): string {
  const where = holder.hostname === hostname() ? "" : ` on ${holder.hostname}`;
  const url = holder.url ? `, serving ${holder.url}` : "";
  return `pid ${holder.pid}${where} (${holder.command}), since ${holder.since}${url}`;
}

/** How a log line names a lock whose process is gone. */
export function gone(stale: LockHolder): string {
  return `${describeHolder(stale)}, which is no longer running`;
}

/** Paths this process holds: its own pid in a lock it does not hold is a previous life of it. */
const heldHere = new Set<string>();

/** Takes the data directory's lock or throws DataDirInUseError naming the process that holds it. */
export function lockDataDir(dataDir: string, options: LockOptions = {}): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    command: options.command ?? currentCommand(),
    since: new Date().toISOString(),
    hostname: hostname(),
    ...identityOf(process.pid),
    token: randomUUID(),
  };
  // Retried only after removing a stale lock; a process that took the path in between wins,
  // and this one then reads it as the holder.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path, me)) return heldLock(path, me);
    const holder = readHolder(path);
    if (holder === undefined) continue; // released between our link and our read
    if (holderAlive(holder, heldHere.has(path))) throw new DataDirInUseError(dataDir, holder);
    if (removeIfUnchanged(path, holder)) options.onStale?.(holder);
  }
  throw new Error(`Could not take the lock ${path}: other processes keep taking and releasing it`);
}

/**
 * Atomic and exclusive like O_EXCL, but the file appears with its content: written under a
 * private name, then hard-linked to the lock's name, which fails if the name exists. A file
 * system without hard links gets O_EXCL itself (`wx`); readers wait out its moment of emptiness.
 */
function tryCreate(path: string, me: LockHolder): boolean {
  const temp = `${path}.${me.token}`;
  writeFileSync(temp, JSON.stringify(me), { flag: "wx" });
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw error;
    return createExclusive(path, me);
  } finally {
    unlinkSync(temp);
  }
}

function createExclusive(path: string, me: LockHolder): boolean {
  try {
    writeFileSync(path, JSON.stringify(me), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

function heldLock(path: string, me: LockHolder): DataDirLock {
  let current = me;
  let held = true;
  heldHere.add(path);
  const release = () => {
    if (!held) return;
    held = false;
    heldHere.delete(path);
    process.off("exit", release);
    const holder = readHolder(path);
    if (holder?.token === current.token) unlinkQuietly(path);
  };
  // A clean exit that skipped close() (an uncaught error) still leaves the directory free.
  process.on("exit", release);
  return {
    annotate(extra) {
      if (!held) return;
      current = { ...current, ...extra };
      const temp = `${path}.${current.token}`;
      writeFileSync(temp, JSON.stringify(current));
      renameSync(temp, path); // atomic: a reader sees the old content or the new, never half
    },
    release,
  };
}

function readHolder(path: string, retry = true): LockHolder | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as LockHolder;
    if (Number.isInteger(parsed.pid) && parsed.pid > 0) return parsed;
  } catch {
    // fall through: unreadable
  }
  if (retry) {
    // Perhaps caught between `wx` creating the file and writing it: look once more.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    return readHolder(path, false);
  }
  // Not written by this code (or damaged): nobody can be named, so nobody holds it.
  return { pid: 0, command: "unknown (an unreadable lock file)", since: "unknown", hostname: hostname(), token: text };
}

/**
 * Whether the process a lock names still runs. `heldHere`: this process holds that path itself.
 * A holder on another machine (a shared disk) cannot be checked: it counts as alive.
 */
export function holderAlive(holder: LockHolder, heldHere = false): boolean {
  const local = processIdentity(process.pid);
  if (holder.hostname !== hostname() && (!holder.bootId || holder.bootId !== local.bootId)) return true;
  if (holder.pid <= 0) return false;
  // Our own pid in a lock we do not hold: left by an earlier process given the same pid (in a
  // container the server is pid 1 after every restart).
  if (holder.pid === process.pid) return heldHere;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // The pid lives; on Linux, check it is the same process and not a later one given that pid.
  const now = processIdentity(holder.pid);
  if (now.state === "Z") return false; // exited, not yet reaped by its parent
  if (holder.bootId && now.bootId && holder.bootId !== now.bootId) return false;
  if (holder.startTicks && now.startTicks && holder.startTicks !== now.startTicks) return false;
  return true;
}

/** What a lock records of a process: its boot and start tick (Linux). */
function identityOf(pid: number): Pick<LockHolder, "bootId" | "startTicks"> {
  const { bootId, startTicks } = processIdentity(pid);
  return { bootId, startTicks };
}

function processIdentity(pid: number): { bootId?: string; startTicks?: string; state?: string } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name in parentheses may hold spaces: the fields after it are plain.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const bootId = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    return { bootId, state: fields[0], startTicks: fields[19] };
  } catch {
    return {};
  }
}

/**
 * Removes a stale lock unless another process took it over first: the lock is moved aside
 * (atomic), and put back if what was moved is not the stale lock that was read.
 */
function removeIfUnchanged(path: string, stale: LockHolder): boolean {
  const aside = `${path}.stale-${randomUUID()}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
  if (readHolder(aside)?.token === stale.token) {
    unlinkQuietly(aside);
    return true;
  }
  try {
    linkSync(aside, path);
  } catch {
    // The path was taken again meanwhile: that process holds it now.
  }
  unlinkQuietly(aside);
  return false;
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

function currentCommand(): string {
  const [, script = "", ...args] = process.argv;
  const name = basename(script) === "grove" ? "grove" : basename(script) || "node";
  return [name, ...args].join(" ");
}
