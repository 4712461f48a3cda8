import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

// A build writes a stamp into what it made: a hash of the sources it was made from. While the
// sources hash the same, the output is theirs: `npm run build:web -- --if-needed` skips itself
// then, and the production-install test (tests/ops/production-install.test.ts) installs the
// dist/ a build of this very tree made instead of building it a second time.

const root = fileURLToPath(new URL("..", import.meta.url));

/** What a build makes (relative to the checkout), from which sources (files or folders). */
export interface Build {
  outDir: string;
  inputs: string[];
}

/** `npm run build:web` (src/web/build.ts). */
export const WEB_BUILD: Build = {
  outDir: "dist/web",
  inputs: ["src/web", "src/domain", "src/api/client", "package-lock.json"],
};

/** `npm run build:server` (scripts/build-server.ts): tsconfig.build.json compiles src but the web app. */
export const SERVER_BUILD: Build = {
  outDir: "dist/server",
  inputs: ["src", "tsconfig.json", "tsconfig.build.json", "package-lock.json"],
};

const STAMP = ".build-stamp";

function filesUnder(path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.includes(".test."))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The hash of a build's sources: every file's path and content, test files left out. */
export function sourceHash(build: Build): string {
  const hash = createHash("sha256");
  for (const file of build.inputs.flatMap(filesUnder)) {
    hash.update(relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

/** Whether the build's output was made from the sources as they are now. */
export function isCurrent(build: Build, hash = sourceHash(build)): boolean {
  const stamp = join(root, build.outDir, STAMP);
  return existsSync(stamp) && readFileSync(stamp, "utf8") === hash;
}

/** Marks the build's output as made from the sources that hash to `hash`. */
export function stamp(build: Build, hash: string): void {
  writeFileSync(join(root, build.outDir, STAMP), hash);
}
