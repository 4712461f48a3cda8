import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { API_REFERENCE_PAGE } from "../api/static.ts";

// The API reference at /api/docs (docs/api.md, "Reference"): Redoc's prebuilt standalone bundle
// (redoc, MIT, a devDependency) copied into the web build as a hashed asset, and a small page
// that points it at /api/openapi.json. Nothing of Redoc passes through Vite, so its React copy,
// styled-components and mobx never enter the web app's bundle; nothing is fetched from a CDN.

const require = createRequire(import.meta.url);

/** Copies the renderer into `outDir/assets/` under a content hash and writes the page. */
export function writeApiReference(outDir: string): { script: string; bytes: number } {
  const bundle = require.resolve("redoc/bundles/redoc.standalone.js");
  const bytes = readFileSync(bundle);
  const hash = createHash("sha256").update(bytes).digest("base64url").slice(0, 10);
  // assets/<name>-<hash>.js: the server caches it for a year as immutable, like Vite's assets.
  const script = `assets/redoc.standalone-${hash}.js`;
  mkdirSync(join(outDir, "assets"), { recursive: true });
  copyFileSync(bundle, join(outDir, script));
  // The bundle's third-party licence notices travel with it.
  copyFileSync(`${bundle}.LICENSE.txt`, join(outDir, `${script}.LICENSE.txt`));
  mkdirSync(join(outDir, "api"), { recursive: true });
  writeFileSync(join(outDir, API_REFERENCE_PAGE), page(`/${script}`));
  return { script, bytes: bytes.length };
}

/**
 * The page: no inline script (the route's CSP allows none), Redoc configured by attributes.
 * Responses a reader looks for first are open; the sidebar's "API docs by Redocly" logo is an
 * image on Redocly's CDN that the CSP blocks and Redoc then leaves out.
 */
function page(script: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Grove API reference</title>
    <style>
      body { margin: 0; }
    </style>
  </head>
  <body>
    <noscript>The reference needs JavaScript. The document itself is at <a href="/api/openapi.json">/api/openapi.json</a>.</noscript>
    <redoc spec-url="/api/openapi.json" expand-responses="200,201" sort-required-props-first="true"></redoc>
    <script src="${script}"></script>
  </body>
</html>
`;
}
