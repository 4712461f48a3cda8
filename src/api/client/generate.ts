import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "../../db/create-db.ts";
import { createLogger } from "../../logger.ts";
import { defaultContext } from "../../services/context.ts";
import { createApp } from "../app.ts";

// openapi-typescript needs TypeScript 5's compiler API, which the project's TypeScript 7 no
// longer ships, so both are pinned in the lockfile inside their own workspace
// (tools/openapi-typescript), where openapi-typescript finds its TypeScript 5. Nothing is
// fetched when the generator or its drift test runs.
const fromTools = createRequire(new URL("../../../tools/openapi-typescript/package.json", import.meta.url));
const GENERATOR = join(dirname(fromTools.resolve("openapi-typescript/package.json")), "bin", "cli.js");

/** The document passed node's default 1 MiB of child output once every list took the paging parameters. */
const OUTPUT_LIMIT = 64 * 1024 * 1024;

export const documentFile = fileURLToPath(new URL("./openapi.json", import.meta.url));
export const schemaFile = fileURLToPath(new URL("./schema.gen.ts", import.meta.url));

/** The OpenAPI document exactly as the server serves it, formatted as `npm run format` would. */
export async function currentDocument(): Promise<string> {
  const db = await createDb({ kind: "pglite", dataDir: "memory://" });
  try {
    const app = createApp({ services: defaultContext(db.kysely), logger: createLogger("silent") });
    const response = await app.request("/api/openapi.json");
    return biomeFormat(JSON.stringify(await response.json()), documentFile);
  } finally {
    await db.close();
  }
}

/**
 * Besides `components`, every schema is exported under its own name (`Webhook`), so the web app
 * imports the shapes it reads instead of re-declaring an alias for each.
 */
const ROOT_TYPES = ["--root-types", "--root-types-no-schema-prefix"];

/** TypeScript types for a document (biome.json leaves *.gen.ts as generated). */
export function typesFor(documentPath: string): string {
  const raw = execFileSync(process.execPath, [GENERATOR, documentPath, ...ROOT_TYPES], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: OUTPUT_LIMIT,
  });
  return `// Generated from openapi.json by \`npm run generate:client\`. Do not edit by hand.\n${raw}`;
}

function biomeFormat(text: string, asFile: string): string {
  return execFileSync("npx", ["biome", "format", `--stdin-file-path=${asFile}`], {
    input: text,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "ignore"],
    maxBuffer: OUTPUT_LIMIT,
  });
}

async function main(): Promise<void> {
  writeFileSync(documentFile, await currentDocument());
  writeFileSync(schemaFile, typesFor(documentFile));
  process.stdout.write(
    `wrote ${documentFile}\nwrote ${schemaFile} (${readFileSync(schemaFile, "utf8").length} chars)\n`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
