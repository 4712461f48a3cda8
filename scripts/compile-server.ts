import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * Compiles the server and CLI (src/, without the web app and the tests) to JavaScript in
 * `outDir` with tsc. tsc keeps the file tree, so each module's neighbours are where they were in
 * src/; the SQL migrations, read from next to migrate.ts, and the coach's word vectors and neighbours,
 * read from next to embeddings.ts and neighbours.ts, are copied along. `check: false` skips type checking (`tsc --noEmit`
 * checks the same sources): the ops tests compile this way.
 */
export function compileServer(outDir: string, options: { check?: boolean } = {}): void {
  rmSync(outDir, { recursive: true, force: true });
  const tsc = [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", outDir];
  if (options.check === false) tsc.push("--noCheck");
  execFileSync(process.execPath, tsc, { cwd: root, stdio: "inherit" });
  const migrations = join(root, "src/db/migrations");
  for (const file of readdirSync(migrations).filter((name) => name.endsWith(".sql"))) {
    cpSync(join(migrations, file), join(outDir, "db/migrations", file));
  }
  // The coach's word vectors and labelled neighbours are required lazily (embeddings.ts,
  // neighbours.ts), so tsc does not emit them.
  for (const table of ["word-vectors.json", "neighbours.json"]) {
    cpSync(join(root, "src/domain/coach/learned", table), join(outDir, "domain/coach/learned", table));
  }
}
