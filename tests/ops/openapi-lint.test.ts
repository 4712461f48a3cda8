import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { TAGS } from "../../src/api/shared/contract.ts";

// The OpenAPI document integrators build on (docs/api.md): Redocly's recommended ruleset passes
// with no error and no warning, and every operation carries what an SDK generator and a reader
// need. The committed document is the served one (src/api/client/drift.ops.test.ts checks that).
const root = fileURLToPath(new URL("../../", import.meta.url));
const documentPath = "src/api/client/openapi.json";
const redocly = fileURLToPath(new URL("../../node_modules/@redocly/cli/bin/cli.js", import.meta.url));

type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  responses: Record<string, unknown>;
};
const document = JSON.parse(readFileSync(`${root}${documentPath}`, "utf8")) as {
  paths: Record<string, Record<string, Operation>>;
  tags: { name: string; description?: string }[];
  servers?: { url: string }[];
};
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({
    where: `${method.toUpperCase()} ${path}`,
    method,
    operation,
  })),
);

describe("the OpenAPI document (issue 13)", () => {
  it("passes Redocly's recommended ruleset with no error and no warning", async () => {
    // redocly.yaml extends `recommended`; no network at test time, so no telemetry or update check.
    const run = await promisify(execFile)(
      process.execPath,
      [redocly, "lint", documentPath, "--format=json", "--max-problems=1000"],
      {
        cwd: root,
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
        maxBuffer: 64 * 1024 * 1024,
      },
    ).catch((failed: { stdout: string; stderr: string }) => failed);
    const report = JSON.parse(run.stdout) as {
      totals: { errors: number; warnings: number; ignored: number };
      problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
    };
    const problems = report.problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    // The two single sign-on redirects, and nothing else (.redocly.lint-ignore.yaml says why).
    expect(report.totals.ignored).toBe(2);
  }, 120_000);

  it("names every operation once, in camelCase, with a summary, one described tag and its security", () => {
    const described = new Set(TAGS.map((tag) => tag.name));
    expect(document.tags.map((tag) => tag.name)).toEqual([...described]);
    expect(document.tags.every((tag) => (tag.description ?? "").length > 0)).toBe(true);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(operations.length);
    for (const { where, operation } of operations) {
      expect(operation.operationId, where).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(operation.summary, where).toBeTruthy();
      expect(operation.tags?.length, where).toBe(1);
      expect(described.has(operation.tags?.[0] as never), where).toBe(true);
      expect(operation.security, where).toBeDefined();
    }
    expect(document.servers?.[0]?.url).toBe("/");
  });

  it("lists no write conflict on a read, and 401 wherever a credential is required", () => {
    for (const { where, method, operation } of operations) {
      const statuses = Object.keys(operation.responses);
      if (method === "get") expect(statuses, where).not.toContain("409");
      if (method === "get") expect(statuses, where).not.toContain("422");
      if ((operation.security ?? []).length > 0) expect(statuses, where).toContain("401");
    }
  });

  it("keeps the names of the method's main operations", () => {
    const byId = new Map(operations.map(({ where, operation }) => [operation.operationId, where]));
    expect(byId.get("listObjectives")).toBe("GET /api/v1/orgs/{org}/objectives");
    expect(byId.get("getObjective")).toBe("GET /api/v1/orgs/{org}/objectives/{id}");
    expect(byId.get("createObjective")).toBe("POST /api/v1/orgs/{org}/objectives");
    expect(byId.get("updateObjective")).toBe("PATCH /api/v1/orgs/{org}/objectives/{id}");
    expect(byId.get("saveObjective")).toBe("PUT /api/v1/orgs/{org}/objectives/{id}");
    expect(byId.get("recordCheckIn")).toBe("POST /api/v1/orgs/{org}/key-results/{id}/check-ins");
    expect(byId.get("recordCheckInBatch")).toBe("POST /api/v1/orgs/{org}/check-ins");
    expect(byId.get("listUnits")).toBe("GET /api/v1/orgs/{org}/units");
  });
});
