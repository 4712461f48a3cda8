import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dataDirFrom } from "../support/data-dirs.ts";
import { startGroveServer } from "../support/grove-server.ts";
import { findPostgresBin, startThrowawayPostgres } from "../support/throwaway-postgres.ts";
import { runGrove } from "./grove-process.ts";

// OKRs as code in CI (docs/okr-as-code.md, "In CI"): `grove apply --server --token` against a
// real `grove serve` gives the same plan and the same organisation as the local apply, and a
// read-only token is refused. On the embedded database, and on PostgreSQL where it is installed.

const FILE = "examples/okrs/guide-good.en.yaml";
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "grove-apply-server-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function grove(args: string[], env: Record<string, string> = {}) {
  const proc = runGrove(args, env);
  const code = await proc.exited;
  return { code, output: proc.output() };
}

async function startServer(env: Record<string, string>): Promise<string> {
  const server = await startGroveServer([], { GROVE_DEMO: "false", ...env });
  cleanups.push(async () => {
    await server.stop();
  });
  return server.base;
}

/** Signs up an organisation on the server and makes its admin's tokens of each scope. */
async function tokensOn(base: string, slug: string): Promise<Record<"read" | "write", string>> {
  const signUp = await fetch(`${base}/api/v1/auth/sign-up`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      organisationName: "Acme",
      organisationSlug: slug,
      name: "Ada Admin",
      email: `ada@${slug}.example`,
      password: "correct horse battery staple",
    }),
  });
  expect(signUp.status).toBe(201);
  const cookies = signUp.headers.getSetCookie().map((c) => c.split(";")[0] as string);
  const csrf = cookies.find((c) => c.startsWith("grove_csrf="))?.slice("grove_csrf=".length) ?? "";
  const token = async (scope: string) => {
    const res = await fetch(`${base}/api/v1/orgs/${slug}/api-tokens`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookies.join("; "), "x-csrf-token": csrf },
      body: JSON.stringify({ name: `ci ${scope}`, scope }),
    });
    expect(res.status).toBe(201);
    return (await res.json()).token as string;
  };
  return { read: await token("read"), write: await token("write") };
}

/** The plan's lines, without the organisation the local apply creates (the server's exists). */
const planOf = (output: string) =>
  output
    .split("\n")
    .filter((line) => /^[+~] /.test(line) && !line.startsWith("+ organisation "))
    .join("\n");

const postgresBin = findPostgresBin();
const backends: [string, () => Promise<Record<string, string>>][] = [
  // A migrated directory (the first start of a data directory is serve.test.ts's).
  ["the embedded database", async () => ({ GROVE_DATA_DIR: dataDirFrom("migrated", join(tempDir(), "data")) })],
];
if (postgresBin) {
  backends.push([
    "PostgreSQL",
    async () => {
      const postgres = await startThrowawayPostgres(postgresBin);
      cleanups.push(() => postgres.stop());
      return { DATABASE_URL: postgres.url };
    },
  ]);
}

describe("grove apply --server", { timeout: 600_000 }, () => {
  it.skipIf(!postgresBin)("runs on PostgreSQL too (skipped: no PostgreSQL installed)", () => {
    expect(backends.map(([name]) => name)).toContain("PostgreSQL");
  });

  it.each(backends)("gives the same plan and result as the local apply, on %s", async (_name, backend) => {
    const base = await startServer(await backend());
    const tokens = await tokensOn(base, "acme");
    const local = dataDirFrom("migrated", join(tempDir(), "local"));
    const [localDry, localRun] = [
      await grove(["apply", FILE, "--org", "acme", "--dry-run", "-d", local]),
      await grove(["apply", FILE, "--org", "acme", "-d", local]),
    ];
    expect([localDry.code, localRun.code]).toEqual([0, 0]);

    // A read-only token is refused and nothing is written.
    const refused = await grove(["apply", FILE, "--server", base, "--token", tokens.read]);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`${FILE}: not applied, nothing was written: This API token may only read.`);
    expect(refused.output).toContain("needs an admin's API token with the write scope");

    const dry = await grove(["apply", FILE, "--dry-run", "--server", base, "--token", tokens.write]);
    expect(dry.code).toBe(0);
    expect(dry.output).toContain(`${FILE} -> organisation "acme", period 2027-Q1\n+ period 2027-Q1\n`);
    expect(planOf(dry.output)).toBe(planOf(localDry.output));
    expect(dry.output).toMatch(/Dry run: would create \d+ and change 0; nothing was written\.\n$/);
    const nothingYet = await grove(["export", "--period", "2027-Q1", "--server", base, "--token", tokens.read]);
    expect(nothingYet.code).toBe(1);

    // GROVE_SERVER and GROVE_TOKEN stand for the flags, as a CI job sets them.
    const applied = await grove(["apply", FILE], { GROVE_SERVER: base, GROVE_TOKEN: tokens.write });
    expect(applied.code).toBe(0);
    expect(planOf(applied.output)).toBe(planOf(localRun.output));
    expect(applied.output).toMatch(/Applied: created \d+, changed 0\.\n$/);
    const again = await grove(["apply", FILE, "--server", base, "--token", tokens.write]);
    expect(again.output).toContain("No changes: the organisation already matches the file.");

    // The same organisation: both export the same file (a read token may export).
    const exported = join(tempDir(), "server.yaml");
    const remote = await grove([
      "export",
      "--period",
      "2027-Q1",
      "--server",
      base,
      "--token",
      tokens.read,
      "-o",
      exported,
    ]);
    const localFile = join(tempDir(), "local.yaml");
    const fromLocal = await grove(["export", "--period", "2027-Q1", "-d", local, "-o", localFile]);
    expect([remote.code, fromLocal.code]).toEqual([0, 0]);
    expect(await readFile(exported, "utf8")).toBe(await readFile(localFile, "utf8"));
  });

  it("says what is missing on the command line, with exit 2", async () => {
    const noToken = await grove(["apply", FILE, "--server", "http://127.0.0.1:9"], { GROVE_TOKEN: "" });
    expect(noToken.code).toBe(2);
    expect(noToken.output).toContain("--server needs an API token: pass --token or set GROVE_TOKEN");
    const both = await grove(["export", "--period", "2027-Q1", "--server", "http://127.0.0.1:9", "-d", "x"]);
    expect(both.code).toBe(2);
    expect(both.output).toContain("use --server or --data-dir, not both");
  });
});
