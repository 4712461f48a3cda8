import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { LOCK_FILE } from "../../src/db/data-dir-lock.ts";
import { runGrove } from "../ops/grove-process.ts";

// A brand-new embedded data directory costs a `grove` process seconds of CPU before it does
// anything else: PGlite runs initdb, then every migration runs. The process tests need that once
// per kind of directory, not once per test: the global setup of the ops project makes a migrated
// directory and one with the demo loaded, each by the real `grove` command, and a test that does
// not test a first start works on its own copy. The first start itself stays tested on empty
// directories (serve.test.ts, cli.test.ts `grove demo`, apply.ops.test.ts).

declare module "vitest" {
  export interface ProvidedContext {
    /** Data directories made once per run by `grove migrate` and `grove demo`; tests copy them. */
    dataDirTemplates: { migrated: string; demo: string };
  }
}

/** The ops project's global setup: the two template directories, deleted after the run. */
export default async function setup(project: TestProject): Promise<() => void> {
  const root = mkdtempSync(join(tmpdir(), "grove-data-templates-"));
  const migrated = join(root, "migrated");
  const demo = join(root, "demo");
  await grove(["migrate", "--data-dir", migrated]);
  cpSync(migrated, demo, { recursive: true });
  await grove(["demo", "--data-dir", demo]);
  for (const dir of [migrated, demo]) {
    if (existsSync(join(dir, LOCK_FILE))) throw new Error(`${dir} still holds a lock after grove exited`);
  }
  project.provide("dataDirTemplates", { migrated, demo });
  return () => rmSync(root, { recursive: true, force: true });
}

async function grove(args: string[]): Promise<void> {
  const proc = runGrove(args);
  const code = await proc.exited;
  if (code !== 0) throw new Error(`grove ${args.join(" ")} exited ${code}:\n${proc.output()}`);
}
