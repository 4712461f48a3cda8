import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { compileServer } from "../../scripts/compile-server.ts";
import { LOCK_FILE } from "../../src/db/data-dir-lock.ts";
import { processAlive, runGrove } from "../ops/grove-process.ts";

// A brand-new embedded data directory costs a `grove` process seconds of CPU before it does
// anything else: PGlite runs initdb, then every migration runs. The process tests need that once
// per kind of directory, not once per test: the global setup of the ops project makes a migrated
// directory and one with the demo loaded, each by the real `grove` command, and a test that does
// not test a first start works on its own copy. The first start itself stays tested on empty
// directories (serve.test.ts, cli.test.ts `grove demo`, apply.ops.test.ts).
//
// The processes run the server and CLI compiled to JavaScript once per run, as production runs
// them (docs/operations.md), not the sources through tsx: that loader costs every process about
// two seconds of CPU. bin/grove's own path through tsx stays tested (tests/ops/cli.test.ts).

declare module "vitest" {
  export interface ProvidedContext {
    /** Data directories made once per run by `grove migrate` and `grove demo`; tests copy them. */
    dataDirTemplates: { migrated: string; demo: string };
    /** A script that runs the compiled `grove` (what bin/grove runs from dist/server). */
    compiledGrove: string;
  }
}

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The ops project's global setup: the compiled grove and the two template directories. */
export default async function setup(project: TestProject): Promise<() => void> {
  // Inside the checkout (tmp/ is ignored), so the compiled code finds package.json, dist/web and
  // node_modules where bin/grove's dist/server finds them.
  removeStaleBuilds();
  const compiled = join(root, "tmp", `ops-grove-${process.pid}`);
  compileServer(compiled, { check: false });
  // Named `grove` as bin/grove is (an ES module like it, by package.json's "type"): a process
  // describes itself by its script's name, e.g. in the data directory's lock (data-dir-lock.ts).
  const script = join(compiled, "grove");
  writeFileSync(
    script,
    'import { main } from "./cli/main.js";\n\nprocess.exitCode = await main(process.argv.slice(2));\n',
  );
  const templates = mkdtempSync(join(tmpdir(), "grove-data-templates-"));
  const migrated = join(templates, "migrated");
  const demo = join(templates, "demo");
  await grove(script, ["migrate", "--data-dir", migrated]);
  cpSync(migrated, demo, { recursive: true });
  await grove(script, ["demo", "--data-dir", demo]);
  for (const dir of [migrated, demo]) {
    if (existsSync(join(dir, LOCK_FILE))) throw new Error(`${dir} still holds a lock after grove exited`);
  }
  project.provide("dataDirTemplates", { migrated, demo });
  project.provide("compiledGrove", script);
  return () => {
    rmSync(templates, { recursive: true, force: true });
    rmSync(compiled, { recursive: true, force: true });
  };
}

/** Deletes what a run that was killed before its teardown left in tmp/ (its process is gone). */
function removeStaleBuilds(): void {
  const dir = join(root, "tmp");
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const pid = Number(/^ops-grove-(\d+)$/.exec(name)?.[1]);
    if (pid && !processAlive(pid)) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

async function grove(script: string, args: string[]): Promise<void> {
  const proc = runGrove(args, {}, script);
  const code = await proc.exited;
  if (code !== 0) throw new Error(`grove ${args.join(" ")} exited ${code}:\n${proc.output()}`);
}
