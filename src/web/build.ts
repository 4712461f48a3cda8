import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { writeApiReference } from "./api-reference.ts";
import { precompress } from "./precompress.ts";

// Builds the web app into dist/web, adds the API reference page (api-reference.ts), writes brotli
// and gzip copies of its files for the server to send (src/api/static.ts), and prints the
// initial JavaScript size, gzipped.
// `--if-needed` (used by `npm install`) skips the build when nothing it depends on changed.

const root = fileURLToPath(new URL("../..", import.meta.url));
const outDir = join(root, "dist/web");
const stampFile = join(outDir, ".build-stamp");
const BUDGET_KB = 300;
const inputs = ["src/web", "src/domain", "src/api/client", "package-lock.json"];

function filesUnder(path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.includes(".test."))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function sourceHash(): string {
  const hash = createHash("sha256");
  for (const file of inputs.flatMap(filesUnder)) {
    hash.update(relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

/** The scripts index.html loads at once: the entry module and the chunks it preloads. */
function initialJsKb(): { files: number; kb: number } {
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  const urls = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1] as string);
  const bytes = urls.reduce((sum, url) => sum + gzipSync(readFileSync(join(outDir, url)), { level: 9 }).length, 0);
  return { files: urls.length, kb: bytes / 1024 };
}

function report(): void {
  const { files, kb } = initialJsKb();
  process.stdout.write(`web: initial JS ${kb.toFixed(1)} KB gzipped in ${files} file(s) (budget ${BUDGET_KB} KB)\n`);
  if (kb > BUDGET_KB) {
    process.stderr.write(`web: initial JS is over the ${BUDGET_KB} KB budget\n`);
    process.exitCode = 1;
  }
}

// Callers such as the e2e tests run under NODE_ENV=test, which would bundle React's dev build.
process.env.NODE_ENV = "production";

const hash = sourceHash();
const upToDate = existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash;
if (process.argv.includes("--if-needed") && upToDate) {
  process.stdout.write("web: dist/web is up to date\n");
} else {
  await build({ configFile: join(root, "src/web/vite.config.ts"), mode: "production", logLevel: "warn" });
  // After Vite, which empties dist/web; before precompress, which then packs the reference too.
  const reference = writeApiReference(outDir);
  const packed = precompress(outDir);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  process.stdout.write(
    `web: ${packed.files} files precompressed: ${kb(packed.raw)} -> brotli ${kb(packed.brotli)}, gzip ${kb(packed.gzip)}\n`,
  );
  const referenceBytes = readFileSync(join(outDir, `${reference.script}.br`)).length;
  process.stdout.write(
    `web: API reference ${reference.script}, brotli ${kb(referenceBytes)} (loaded by /api/docs only)\n`,
  );
  writeFileSync(stampFile, hash);
  report();
}
