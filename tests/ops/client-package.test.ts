import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDirFrom } from "../support/data-dirs.ts";
import { type GroveServer, startGroveServer } from "../support/grove-server.ts";
import { demoSession, firstKeyResult } from "./grove-process.ts";
import { compileStrict, writeStrictTsconfig } from "./strict-project.ts";

// Issue 13, point 6: @grove-okr/client (packages/client) is a package others install. It is
// packed as npm would publish it, installed into a plain TypeScript project outside this
// repository (offline: it has no dependencies), and the example of docs/api.md
// (docs/examples/record-check-in.ts), copied as it is, compiles with `tsc --strict` and records
// a check-in with an API token against a real `grove serve`.
const root = fileURLToPath(new URL("../../", import.meta.url));
const example = join(root, "docs/examples/record-check-in.ts");
const work = mkdtempSync(join(tmpdir(), "grove-client-package-"));
const project = join(work, "integration");
const dataDir = join(work, "data");
let grove: GroveServer | undefined;
let base = "";
let tarball = "";

beforeAll(async () => {
  // The server starts from a copy of the run's demo directory while the package is packed and installed.
  const starting = startGroveServer(["--data-dir", dataDirFrom("demo", dataDir)], {}, 400_000);
  try {
    packAndInstall();
  } finally {
    grove = await starting;
  }
  base = grove.base;
}, 480_000);

afterAll(async () => {
  await grove?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Packs @grove-okr/client and installs the tarball, with the documented example, into a project of its own. */
function packAndInstall(): void {
  // `npm pack` runs the package's prepack, which compiles its sources to dist/ with tsc.
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--workspace", "packages/client", "--pack-destination", work, "--json"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }),
  ) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, packed[0]?.filename ?? "");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "integration", private: true, type: "module" }));
  execFileSync("npm", ["install", tarball, "--offline", "--no-audit", "--no-fund", "--ignore-scripts"], {
    cwd: project,
    stdio: "pipe",
  });
  copyFileSync(example, join(project, "record-check-in.ts"));
  writeStrictTsconfig(project, ["record-check-in.ts"], {
    // Node's types for process.env, from this repository rather than installed into the project.
    typeRoots: [join(root, "node_modules/@types")],
    types: ["node"],
  });
}

/** Runs the compiled example with its settings; returns what it printed and its exit code. */
function runExample(env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(project, "dist", "record-check-in.js")], {
    cwd: project,
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("@grove-okr/client, installed from its tarball into a project of its own (issue 13)", () => {
  it("ships compiled JavaScript with its types and depends on nothing", () => {
    const installed = join(project, "node_modules", "@grove-okr", "client");
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest.dependencies).toBeUndefined();
    expect(readdirSync(join(installed, "dist"))).toEqual(
      expect.arrayContaining(["index.js", "index.d.ts", "sdk.gen.js", "sdk.gen.d.ts", "types.gen.d.ts"]),
    );
    // The functions are named by operationId.
    const sdk = readFileSync(join(installed, "dist", "sdk.gen.d.ts"), "utf8");
    for (const name of ["listObjectives", "getObjective", "recordCheckIn", "recordCheckInBatch", "getMe"]) {
      expect(sdk).toMatch(new RegExp(`export declare const ${name}: `));
    }
    expect(readdirSync(installed)).not.toContain("src");
  });

  it("compiles the documented example as it is with tsc --strict", () => {
    expect(compileStrict(project)).toEqual({ output: "", status: 0 });
  }, 180_000);

  it("records a check-in with an API token (S1), and says why when the token is refused", async () => {
    const session = await demoSession(base);
    const keyResult = await firstKeyResult(base, session);
    const made = await fetch(`${base}/api/v1/orgs/demo/api-tokens`, {
      method: "POST",
      headers: { ...session, "content-type": "application/json" },
      body: JSON.stringify({ name: "client package test", scope: "check_ins" }),
    });
    expect(made.status).toBe(201);
    const { token } = (await made.json()) as { token: string };
    const settings = { GROVE_SERVER: base, GROVE_ORG: "demo", KEY_RESULT_ID: keyResult, VALUE: "61.5" };

    const run = runExample({ ...settings, GROVE_TOKEN: token, COMMENT: "from the documented example" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const id = /^recorded check-in ([0-9a-f-]{36}): 61\.5 on /.exec(run.stdout)?.[1];
    expect(id, run.stdout).toBeDefined();

    const listed = await fetch(`${base}/api/v1/orgs/demo/key-results/${keyResult}/check-ins`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const { checkIns } = (await listed.json()) as { checkIns: { id: string; value: number; comment: string }[] };
    expect(checkIns.find((reading) => reading.id === id)).toMatchObject({
      value: 61.5,
      comment: "from the documented example",
    });

    const refused = runExample({ ...settings, GROVE_TOKEN: "not-a-token" });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^401 unauthenticated: /);
  }, 60_000);
});
