import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/**
 * The test file's temporary directories: each call makes a new one named `prefix` and a random
 * suffix, and all of them are removed after the file's tests.
 */
/**
 * The test file's temporary directory (`prefix` and a random suffix) and what to undo after its
 * tests (servers to stop): after them the cleanups run, last first, and then the directory goes.
 */
export function workspaceOfFile(prefix: string): { dir: string; cleanups: (() => Promise<unknown>)[] } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir, cleanups };
}

export function tempDirsOfFile(prefix: string): () => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}
