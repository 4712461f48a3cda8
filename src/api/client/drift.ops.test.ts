import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { currentDocument, documentFile, schemaFile, typesFor } from "./generate.ts";

// The web app's types and @grove-okr/client (generated from openapi.json when it is packed,
// packages/client/generate.mjs) come from these committed files; they must match what the server
// serves, one source (the contract) to each.
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

  it("@grove-okr/client has Grove's version", () => {
    const version = (path: string) => (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
    const root = new URL("../../../", import.meta.url);
    expect(version(new URL("packages/client/package.json", root).pathname)).toBe(
      version(new URL("package.json", root).pathname),
    );
  });
});
