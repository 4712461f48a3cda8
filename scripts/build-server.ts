import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// Compiles the server and CLI (src/, without the web app and the tests) to JavaScript in
// dist/server, so production runs plain Node with no TypeScript loader (docs/operations.md).
// tsc keeps the file tree, so each module's neighbours are where they were in src/; the SQL
// migrations, read from next to migrate.ts, are copied along.

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(root, "dist/server");
const started = performance.now();

rmSync(outDir, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
  cwd: root,
  stdio: "inherit",
});
const migrations = join(root, "src/db/migrations");
for (const file of readdirSync(migrations).filter((name) => name.endsWith(".sql"))) {
  cpSync(join(migrations, file), join(outDir, "db/migrations", file));
}
process.stdout.write(`server: compiled to dist/server in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
