import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

// A PostgreSQL server that lives for one test run: initdb into a temp dir, start on a free
// loopback port, stop and delete on exit. As root it runs as the `postgres` user (initdb
// refuses root); otherwise as the current user.

export interface ThrowawayPostgres {
  url: string;
  stop(): Promise<void>;
}

/** The directory of initdb/pg_ctl: PG_BIN, Debian's /usr/lib/postgresql/N/bin, or PATH. */
export function findPostgresBin(): string | null {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, "initdb"))) return process.env.PG_BIN;
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const versions = readdirSync(debian).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const bin = join(debian, version, "bin");
      if (existsSync(join(bin, "initdb"))) return bin;
    }
  }
  try {
    const initdb = execFileSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).trim();
    return initdb ? initdb.replace(/\/initdb$/, "") : null;
  } catch {
    return null;
  }
}

export async function startThrowawayPostgres(bin: string): Promise<ThrowawayPostgres> {
  const { dir, dataDir, run } = serverDirectory(bin);
  // wal_level=replica (PostgreSQL 15's default, said here because a standby needs it) and
  // initdb's pg_hba.conf, which trusts replication connections from loopback: a standby can
  // be made from any throw-away server (startThrowawayStandby).
  run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  return start(dir, dataDir, run, "-c wal_level=replica");
}

/** A new empty database `name` on the server; its URL. */
export async function createDatabase(server: ThrowawayPostgres, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return server.url.replace(/\/postgres$/, `/${name}`);
}

/**
 * A hot standby of `primary` in streaming replication, for a test of the read replica: a base
 * backup of the running primary (`pg_basebackup -R` writes primary_conninfo and standby.signal),
 * started on a port of its own. It replays what the primary writes as it arrives.
 */
export async function startThrowawayStandby(bin: string, primary: ThrowawayPostgres): Promise<ThrowawayPostgres> {
  const { dir, dataDir, run } = serverDirectory(bin);
  const { port } = new URL(primary.url);
  run("pg_basebackup", [
    "-h",
    "127.0.0.1",
    "-p",
    port,
    "-U",
    "postgres",
    "-D",
    dataDir,
    "-R",
    "-X",
    "stream",
    "-c",
    "fast",
  ]);
  return start(dir, dataDir, run, "-c hot_standby=on");
}

type Run = (program: string, args: string[]) => void;

function serverDirectory(bin: string): { dir: string; dataDir: string; run: Run } {
  const dir = mkdtempSync(join(tmpdir(), "grove-pg-"));
  chmodSync(dir, 0o777);
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) => {
    if (asRoot) execFileSync("runuser", ["-u", "postgres", "--", join(bin, program), ...args], { stdio: "pipe" });
    else execFileSync(join(bin, program), args, { stdio: "pipe" });
  };
  return { dir, dataDir: join(dir, "data"), run };
}

async function start(dir: string, dataDir: string, run: Run, settings: string): Promise<ThrowawayPostgres> {
  // PostgreSQL cannot bind port 0 and report it, so a port found free may be taken by another
  // process before the server binds it: then it tries the next free port.
  const log = join(dir, "server.log");
  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 ${settings}`;
    try {
      run("pg_ctl", ["-D", dataDir, "-o", options, "-w", "-t", "60", "-l", log, "start"]);
      break;
    } catch (error) {
      const portTaken = existsSync(log) && readFileSync(log, "utf8").includes("Address already in use");
      if (!portTaken || attempt === 5) throw error;
      rmSync(log, { force: true });
    }
  }
  let stopped: Promise<void> | undefined;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    // Once: a test may stop a server (a standby, to see reads survive it) before its cleanup does.
    stop() {
      stopped ??= (async () => {
        try {
          run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      })();
      return stopped;
    },
  };
}

/** A port nothing listens on right now, on loopback (it may be taken a moment later: retry). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Runs a command with a throw-away server's URL in DATABASE_URL (used by `npm run pg`). */
export async function main(): Promise<void> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("No PostgreSQL server programs found (install postgresql-15 or set PG_BIN)");
  const pg = await startThrowawayPostgres(bin);
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    process.stdout.write(`${pg.url}\n`);
    await pg.stop();
    return;
  }
  const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: pg.url } });
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  await pg.stop();
  process.exitCode = code;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
