import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { currentDocument, documentFile, schemaFile, typesFor } from "./generate.ts";

// The web app's types come from these committed files; they must match what the server serves.
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
});
