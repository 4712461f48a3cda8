import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import {
  clientPackageSources,
  currentDocument,
  documentFile,
  schemaFile,
  typesFor,
  writeClientPackageSources,
} from "./generate.ts";

/** Every file under `dir`, by its path inside it, with its text. */
function filesUnder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    files[relative(dir, file)] = readFileSync(file, "utf8");
  }
  return files;
}

// The web app's types and @grove-okr/client come from these committed files; they must match
// what the server serves, one source (the contract) to each.
describe("generated API client", () => {
  it("openapi.json matches the document the server serves (run `npm run generate:client`)", async () => {
    expect(await currentDocument()).toBe(readFileSync(documentFile, "utf8"));
  }, 60_000);

  it("schema.gen.ts matches openapi-typescript's output for openapi.json (run `npm run generate:client`)", () => {
    const dir = mkdtempSync(join(tmpdir(), "grove-client-"));
    const copy = join(dir, "openapi.json");
    writeFileSync(copy, readFileSync(documentFile));
    expect(typesFor(copy)).toBe(readFileSync(schemaFile, "utf8"));
  }, 180_000);

  it("packages/client/src matches @hey-api/openapi-ts's output for openapi.json (run `npm run generate:client`)", () => {
    const dir = mkdtempSync(join(tmpdir(), "grove-client-package-"));
    writeClientPackageSources(documentFile, join(dir, "src"));
    const generated = filesUnder(join(dir, "src"));
    const committed = filesUnder(clientPackageSources);
    expect(Object.keys(committed).sort()).toEqual(Object.keys(generated).sort());
    for (const [path, text] of Object.entries(generated)) expect(committed[path], path).toBe(text);
    expect(committed["sdk.gen.ts"]).toMatch(/export const recordCheckIn = /);
  }, 180_000);

  it("@grove-okr/client has Grove's version", () => {
    const version = (path: string) => (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
    const root = new URL("../../../", import.meta.url);
    expect(version(new URL("packages/client/package.json", root).pathname)).toBe(
      version(new URL("package.json", root).pathname),
    );
  });
});
