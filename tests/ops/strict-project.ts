import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const tsc = fileURLToPath(new URL("../../node_modules/typescript/bin/tsc", import.meta.url));

/**
 * The tsconfig of a plain TypeScript project outside this repository, as an integrator sets it
 * up: ES modules for Node, strict, `files` compiled into dist/. `compilerOptions` adds to it.
 */
export function writeStrictTsconfig(dir: string, include: string[], compilerOptions: Record<string, unknown> = {}) {
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "es2022",
        module: "nodenext",
        moduleResolution: "nodenext",
        lib: ["es2022", "dom"],
        strict: true,
        noUncheckedIndexedAccess: true,
        types: [],
        rootDir: ".",
        outDir: "dist",
        ...compilerOptions,
      },
      include,
    }),
  );
}

/** Compiles the project in `dir` with the repository's tsc in strict mode; what it printed, and its exit code. */
export function compileStrict(dir: string): { output: string; status: number | null } {
  const compiled = spawnSync(process.execPath, [tsc, "--strict", "-p", dir], { cwd: dir, encoding: "utf8" });
  return { output: compiled.stdout + compiled.stderr, status: compiled.status };
}
