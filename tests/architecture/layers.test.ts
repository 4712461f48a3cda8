import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importCycles, readSources, type SourceFile } from "./imports.ts";

// docs/architecture.md, "Layers", checked: the folders' dependencies point inward, there is no
// import cycle, and SQL is written where the document says.

const root = fileURLToPath(new URL("../..", import.meta.url));
const sources = readSources(root);
const layerOf = (path: string) => path.split("/")[1] ?? "";
const inLayer = (layer: string) => sources.filter((s) => layerOf(s.path) === layer);

/** Each file's imports that leave its layer for one it may not use. */
function crossings(files: SourceFile[], allowed: (target: string, typeOnly: boolean) => boolean): string[] {
  return files.flatMap((file) =>
    file.imports.filter((i) => !allowed(i.path, i.typeOnly)).map((i) => `${file.path} -> ${i.path}`),
  );
}

// The browser app's own build scripts run in Node; the rest of src/web runs in the browser.
const WEB_BUILD_SCRIPTS = [
  "src/web/api-reference.ts",
  "src/web/build.ts",
  "src/web/dev.ts",
  "src/web/precompress.ts",
  "src/web/vite.config.ts",
];

describe("the layers of docs/architecture.md", () => {
  it("has no import cycle in src", () => {
    expect(sources.length).toBeGreaterThan(200);
    expect(importCycles(sources)).toEqual([]);
  });

  // The one package the domain may use: compromise's English tagger, pure computation over a
  // lexicon that ships inside the package (no I/O, no download), read by the coach's wording rules
  // and by nothing else (issue 17, docs/coach.md). english.ts loads it lazily with node:module's
  // createRequire (its types from an `import type`). The coach's English word vectors are data of
  // the same kind, shipped beside the learned model (word-vectors.json, scripts/coach-embeddings.ts):
  // embeddings.ts requires them lazily the same way, and neighbours.ts the labelled key results
  // of its nearest-neighbour reading (neighbours.json, scripts/coach-neighbours.ts). Nothing else
  // is required.
  const ENGLISH = "src/domain/coach/language/english.ts";
  const VECTORS = "src/domain/coach/learned/embeddings.ts";
  const NEIGHBOURS = "src/domain/coach/learned/neighbours.ts";
  const PURE_PACKAGES = new Map([
    [ENGLISH, ["compromise/two", "node:module"]],
    [VECTORS, ["node:module"]],
    [NEIGHBOURS, ["node:module"]],
  ]);

  it("keeps the domain pure: it imports only the domain, and no package or I/O", () => {
    const domain = inLayer("domain");
    expect(crossings(domain, (target) => layerOf(target) === "domain")).toEqual([]);
    expect(
      domain.flatMap((file) =>
        file.packages.filter((p) => !PURE_PACKAGES.get(file.path)?.includes(p)).map((p) => `${file.path} uses ${p}`),
      ),
    ).toEqual([]);
    const required = domain.flatMap((file) =>
      [...file.text.matchAll(/\)\(\s*"([^"]+)"\s*\)|\brequire\(\s*"([^"]+)"/g)].map(
        (m) => `${file.path} requires ${m[1] ?? m[2]}`,
      ),
    );
    expect(required.sort()).toEqual([
      `${ENGLISH} requires compromise/two`,
      `${VECTORS} requires ./word-vectors.json`,
      `${NEIGHBOURS} requires ./neighbours.json`,
    ]);
  });

  it("lets db use only the domain, and services only db, the domain and the request schemas' types", () => {
    expect(crossings(inLayer("db"), (target) => ["db", "domain"].includes(layerOf(target)))).toEqual([]);
    const servicesMayUse = ["services", "db", "domain", "logger.ts"];
    const mayUse = (target: string, typeOnly: boolean) =>
      servicesMayUse.includes(layerOf(target)) || (layerOf(target) === "schemas" && typeOnly);
    expect(crossings(inLayer("services"), mayUse)).toEqual([]);
  });

  it("keeps the request schemas to themselves and the domain: shapes, no use case", () => {
    const schemas = inLayer("schemas");
    expect(schemas.length).toBeGreaterThan(0);
    expect(crossings(schemas, (target) => ["schemas", "domain"].includes(layerOf(target)))).toEqual([]);
    expect([...new Set(schemas.flatMap((file) => file.packages))]).toEqual(["@hono/zod-openapi"]);
  });

  it("lets api and cli reach the database only through services (or to open it, or for a type)", () => {
    const outer = [...inLayer("api"), ...inLayer("cli")];
    // Opening a database (and its one-process lock), reading what its refusals mean, and saying
    // whether a request's reads may go to the read replica.
    const published = [
      "src/db/create-db.ts",
      "src/db/data-dir-lock.ts",
      "src/db/constraints.ts",
      "src/db/read-routing.ts",
    ];
    const opensOrTypes = (target: string, typeOnly: boolean) =>
      layerOf(target) !== "db" || typeOnly || published.includes(target);
    expect(crossings(outer, opensOrTypes)).toEqual([]);
    expect(crossings(inLayer("api"), (target) => !["cli", "web", "demo"].includes(layerOf(target)))).toEqual([]);
  });

  it("builds queries only in db and services: api and cli never do, and raw SQL lives in db", () => {
    const query = /\.(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql`/;
    const outer = [...inLayer("api"), ...inLayer("cli")].filter((file) => query.test(file.text));
    expect(outer.map((file) => file.path)).toEqual([]);
    const rawSql = inLayer("services").filter((file) =>
      /import\s+\{[^}]*\bsql\b[^}]*\}\s+from\s+"kysely"/.test(file.text),
    );
    expect(rawSql.map((file) => file.path)).toEqual(["src/services/database.ts"]);
  });

  it("lets the browser app use only itself, the API's client types and the pure domain", () => {
    const browser = inLayer("web").filter((file) => !WEB_BUILD_SCRIPTS.includes(file.path));
    const allowed = (target: string) =>
      layerOf(target) === "web" || layerOf(target) === "domain" || target.startsWith("src/api/client/");
    expect(crossings(browser, allowed)).toEqual([]);
    expect(browser.flatMap((file) => file.packages.filter((p) => p.startsWith("node:")))).toEqual([]);
  });

  it("would see a cycle (the checker is not blind)", () => {
    const a = { path: "src/a.ts", text: "", imports: [{ path: "src/b.ts", typeOnly: true }], packages: [] };
    const b = { path: "src/b.ts", text: "", imports: [{ path: "src/a.ts", typeOnly: false }], packages: [] };
    expect(importCycles([a, b])).toEqual([["src/a.ts", "src/b.ts"]]);
  });
});
