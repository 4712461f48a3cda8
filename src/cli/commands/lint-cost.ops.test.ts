import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compiledGrove } from "../../../tests/ops/grove-process.ts";
import { hundredKeyResults } from "../../../tests/support/okrs-100.ts";
import { toYaml } from "../../okr-file/index.ts";

// `grove lint` stays under a second on 100 KRs and needs no database or network (issue 17). A
// clock on a shared machine proves nothing, so this checks what the process loads instead: a
// preload logs every ES module resolved (a resolve hook) and every CommonJS module required (at
// exit), and a lint must load neither the server's layers nor their packages, and the English
// tagger only for English text, as its single-file build.
const HOOKS = `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.MODULE_LOG, result.url + "\\n");
  return result;
}`;
const PRELOAD = `import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";
register("data:text/javascript," + encodeURIComponent(${JSON.stringify(HOOKS)}));
const cache = createRequire(import.meta.url).cache;
process.on("exit", () => appendFileSync(process.env.MODULE_LOG, Object.keys(cache).map((p) => "file://" + p + "\\n").join("")));
`;

async function lintLoading(language: "en" | "zh"): Promise<{ code: number; findings: number; modules: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), "grove-lint-cost-"));
  const file = join(dir, `okrs-100.${language}.yaml`);
  await writeFile(file, toYaml(hundredKeyResults(language)));
  await writeFile(join(dir, "preload.mjs"), PRELOAD);
  const log = join(dir, "modules.log");
  await writeFile(log, "");
  const args = ["--import", join(dir, "preload.mjs"), compiledGrove(), "lint", "--format", "json", file];
  const env = { ...process.env, MODULE_LOG: log };
  const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(process.execPath, args, { env }, (error, stdout) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout }),
    );
  });
  const modules = [...new Set((await readFile(log, "utf8")).split("\n").filter(Boolean))];
  return { code: result.code, findings: JSON.parse(result.stdout).findings.length, modules };
}

const compiledLayer = (modules: string[], layer: string) => modules.filter((m) => m.includes(`/${layer}/`));
const packageFiles = (modules: string[], name: string) => modules.filter((m) => m.includes(`/node_modules/${name}/`));

describe("grove lint on 100 key results", { timeout: 60_000 }, () => {
  it.each(["en", "zh"] as const)("loads no database, server or API module (%s)", async (language) => {
    const { code, findings, modules } = await lintLoading(language);
    expect(code).toBe(1); // the set has findings
    expect(findings).toBeGreaterThan(20);
    // The log works: it saw the CLI and the coach.
    expect(modules.some((m) => m.endsWith("/cli/commands/lint.js"))).toBe(true);
    expect(modules.some((m) => m.endsWith("/domain/coach/review.js"))).toBe(true);
    for (const layer of ["db", "services", "api"]) expect(compiledLayer(modules, layer)).toEqual([]);
    expect(modules.filter((m) => /\/(server|server-cluster)\.js$/.test(m))).toEqual([]);
    for (const name of ["@electric-sql", "pg", "kysely", "hono", "@hono", "@modelcontextprotocol", "nodemailer"]) {
      expect(packageFiles(modules, name)).toEqual([]);
    }
  });

  it("loads the English tagger only for English text, once, as its single-file build", async () => {
    expect(packageFiles((await lintLoading("zh")).modules, "compromise")).toEqual([]);
    const english = packageFiles((await lintLoading("en")).modules, "compromise");
    expect(english.map((m) => m.replace(/^.*\/node_modules\//, ""))).toEqual([
      "compromise/builds/two/compromise-two.cjs",
    ]);
  });
});
