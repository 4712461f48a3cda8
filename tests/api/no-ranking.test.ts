import { expect, it } from "vitest";
import { describeApi } from "../support/api-test.ts";

// S3: OKR attainment never feeds rankings of people. Walks every response schema of the OpenAPI
// document and fails when one could carry a per-person score list or a ranking:
// 1. a property named like a ranking (rank, ranking, leaderboard, league, topPerformers);
// 2. a list whose items are about a person (a person's id, name or email, and no objective or
//    key result of their own: no title) and carry a score (progress, band, score, attainment).
// A KR list that names its owner is about KRs (each item has a title), which S5 allows.

// biome-ignore lint/suspicious/noExplicitAny: walks the OpenAPI document
type Json = any;

const rankingName = /rank|leaderboard|league|top_?performers/i;
const personKeys = ["personId", "personName", "person", "email", "userId", "ownerName", "authorName"];
const scoreKeys = ["progress", "finalProgress", "band", "score", "attainment", "averageProgress", "completion"];

/** Every finding of the two checks, as "where: what". */
export function rankingFindings(doc: Json): string[] {
  const findings: string[] = [];
  const resolve = (schema: Json): Json =>
    schema?.$ref ? resolve(doc.components.schemas[schema.$ref.split("/").pop()]) : schema;
  const seen = new Set<Json>();
  const walk = (raw: Json, where: string) => {
    const schema = resolve(raw);
    if (!schema || typeof schema !== "object" || seen.has(schema)) return;
    seen.add(schema);
    for (const variant of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
      walk(variant, where);
    if (schema.type === "array" && schema.items) {
      const item = resolve(schema.items);
      const keys = Object.keys(item?.properties ?? {});
      const aboutPerson = keys.some((k) => personKeys.includes(k)) && !keys.includes("title");
      const scored = keys.filter((k) => scoreKeys.includes(k));
      if (aboutPerson && scored.length > 0) findings.push(`${where}[]: a per-person list with ${scored.join(", ")}`);
      walk(schema.items, `${where}[]`);
    }
    for (const [key, value] of Object.entries(schema.properties ?? {})) {
      if (rankingName.test(key)) findings.push(`${where}.${key}: a ranking`);
      walk(value, `${where}.${key}`);
    }
    if (schema.additionalProperties && typeof schema.additionalProperties === "object")
      walk(schema.additionalProperties, `${where}.*`);
  };
  for (const [path, methods] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const [method, operation] of Object.entries(methods as Record<string, Json>)) {
      for (const [status, response] of Object.entries((operation.responses ?? {}) as Record<string, Json>)) {
        seen.clear();
        walk(response.content?.["application/json"]?.schema, `${method.toUpperCase()} ${path} ${status}`);
      }
    }
  }
  return findings;
}

/** An OpenAPI path whose GET answers 200 with this JSON schema. */
const answering = (schema: Json) => ({
  get: { responses: { 200: { content: { "application/json": { schema } } } } },
});

describeApi("no ranking of people (S3)", (t) => {
  it("no response of the API carries a per-person score list or a ranking", async () => {
    const doc = (await t.call("GET", "/api/openapi.json")).body;
    expect(Object.keys(doc.paths).length).toBeGreaterThan(40);
    expect(rankingFindings(doc)).toEqual([]);
  });

  it("would catch a leaderboard or a per-person progress list (the check can fail)", () => {
    const doc = {
      components: {
        schemas: {
          PersonScore: {
            type: "object",
            properties: { personId: { type: "string" }, name: { type: "string" }, progress: { type: "number" } },
          },
        },
      },
      paths: {
        "/people/scores": answering({
          type: "object",
          properties: {
            people: { type: "array", items: { $ref: "#/components/schemas/PersonScore" } },
            leaderboard: { type: "array", items: { type: "string" } },
          },
        }),
        "/key-results": answering({
          type: "array",
          items: {
            type: "object",
            properties: { title: { type: "string" }, ownerName: {}, progress: { type: "number" } },
          },
        }),
      },
    };
    expect(rankingFindings(doc)).toEqual([
      "GET /people/scores 200.people[]: a per-person list with progress",
      "GET /people/scores 200.leaderboard: a ranking",
    ]);
  });
});
