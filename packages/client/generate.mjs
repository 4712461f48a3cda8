// Writes @grove-okr/client's sources (src/) from Grove's committed OpenAPI document, when the
// package is packed or built: a function per operation named by its operationId, its types, and a
// fetch client with no dependencies. They are not committed: the document is the one source
// (`npm run generate:client` keeps it current, and its drift test checks it).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
// @hey-api/openapi-ts prints with TypeScript 5's compiler API, which lives in the tools workspace
// beside the repository's own TypeScript, reached through that workspace's import hook.
const fromTools = createRequire(here("../../tools/openapi-typescript/package.json"));
const generator = join(dirname(fromTools.resolve("@hey-api/openapi-ts/package.json")), "dist", "run.mjs");

rmSync(here("src"), { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    "--import",
    here("../../tools/openapi-typescript/typescript-5.mjs"),
    generator,
    "-f",
    here("openapi-ts.config.mjs"),
    "--input",
    here("../../src/api/client/openapi.json"),
    "--output",
    here("src"),
    "--silent",
  ],
  { stdio: ["ignore", "inherit", "inherit"] },
);
