import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { isCurrent, sourceHash, stamp, WEB_BUILD } from "../../scripts/build-stamp.ts";
import { writeApiReference } from "./api-reference.ts";
import { precompress } from "./precompress.ts";

// Builds the web app into dist/web, adds the API reference page (api-reference.ts), writes brotli
// and gzip copies of its files for the server to send (src/api/static.ts), and prints the
// initial JavaScript size, gzipped.
// `--if-needed` (used by `npm install`) skips the build when nothing it depends on changed.

const root = fileURLToPath(new URL("../..", import.meta.url));
const outDir = join(root, WEB_BUILD.outDir);
const BUDGET_KB = 300;

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

const hash = sourceHash(WEB_BUILD);
if (process.argv.includes("--if-needed") && isCurrent(WEB_BUILD, hash)) {
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
  stamp(WEB_BUILD, hash);
  report();
}
