import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Issue 13, point 1: every operation of the API has a description beyond its summary, citing the
// method's rule where one applies (docs/api.md, "Operations and their names"). Read from the
// committed document, which src/api/client/drift.ops.test.ts keeps equal to the routes'.

const root = fileURLToPath(new URL("../..", import.meta.url));
const doc = JSON.parse(readFileSync(`${root}src/api/client/openapi.json`, "utf8")) as {
  paths: Record<string, Record<string, { operationId?: string; summary?: string; description?: string }>>;
};
const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).flatMap(([method, op]) =>
    typeof op === "object" && op.operationId ? [{ path, method, ...op }] : [],
  ),
);

describe("the API document's words (issue 13)", () => {
  it("gives every operation a description of its own, not its summary again", () => {
    const without = operations
      .filter((op) => !op.description?.trim() || op.description.trim() === op.summary?.trim())
      .map((op) => `${op.method.toUpperCase()} ${op.path} ${op.operationId}`);
    expect(without).toEqual([]);
    expect(operations.length).toBeGreaterThan(150);
  });
});
