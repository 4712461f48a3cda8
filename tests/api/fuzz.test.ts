import fc from "fast-check";
import { expect, it } from "vitest";
import { describeApi } from "../support/api-test.ts";
import { buildObjective, buildOrg } from "../support/factories.ts";
import { snapshotOrganisation } from "../support/snapshot.ts";

// Throws generated bodies, ids and query strings at every route of the OpenAPI document (so
// new routes are covered without listing them here). Bodies are either junk or "almost valid":
// built from the route's own request schema with some fields replaced by wrong values, which
// gets past the parser into the services. Never a 500; a refused request changes nothing.

// biome-ignore lint/suspicious/noExplicitAny: walks the OpenAPI document
type Json = any;

const junkValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.constantFrom("", " ", "2027-02-30", "1e309", "-0", "' or 1=1 --", "../../etc/passwd", "𝔤𝔯𝔬𝔳𝔢", "x".repeat(5000)),
);
const junkBody = fc.oneof(
  fc.string(),
  fc.json(),
  fc.constantFrom("{", "[", "null", '{"title":', "\u0000", '{"__proto__":{"x":1}}', "1e999999"),
);
const junkId = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom("0", "-1", "%00", "null", "..", "00000000-0000-0000-0000-000000000000"),
);

function validExample(doc: Json, schema: Json, name: string, ids: string[]): unknown {
  if (schema.$ref) return validExample(doc, doc.components.schemas[schema.$ref.split("/").pop()], name, ids);
  if (schema.anyOf)
    return validExample(doc, schema.anyOf.find((s: Json) => s.type !== "null") ?? schema.anyOf[0], name, ids);
  if (schema.enum) return schema.enum[0];
  if (schema.type === "object") {
    return Object.fromEntries(
      Object.keys(schema.properties ?? {}).map((key) => [key, validExample(doc, schema.properties[key], key, ids)]),
    );
  }
  if (schema.type === "array") return [];
  if (schema.type === "number" || schema.type === "integer") return 1;
  if (schema.type === "boolean") return false;
  if (schema.format === "email") return "fuzz@example.test";
  if (schema.format === "date") return "2027-03-31";
  if (schema.format === "date-time") return "2027-01-15T09:30:00Z";
  if (schema.format === "uuid") return ids[name.length % ids.length];
  return name === "slug" || name === "organisationSlug" ? "fuzz-slug" : "Fuzzed text";
}

describeApi("fuzzing every route", { now: "2027-02-15T12:00:00Z" }, (t) => {
  it("never answers 500, and a refused request leaves the organisation as it was", { timeout: 300_000 }, async () => {
    const org = await buildOrg(t.services);
    const { objective, keyResults } = await buildObjective(t.services, org.id);
    const ids = [objective.id, keyResults[0]?.id as string, objective.unitId, objective.periodId];
    const doc = (await t.call("GET", "/api/openapi.json")).body;
    const operations = Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        schema: op.requestBody?.content?.["application/json"]?.schema,
      })),
    );
    expect(operations.length).toBeGreaterThan(40);

    const almostValid = (schema: Json) =>
      fc.record({ field: fc.nat(), value: junkValue }).map(({ field, value }) => {
        const body = validExample(doc, schema, "", ids) as Record<string, unknown>;
        const keys = Object.keys(body);
        if (keys.length > 0) body[keys[field % keys.length] as string] = value;
        return JSON.stringify(body);
      });

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations),
        fc.oneof(junkId, fc.constantFrom(...ids)),
        fc.nat(),
        fc.string({ maxLength: 30 }),
        fc.boolean(),
        async (op, id, seed, query, junk) => {
          const path = op.path.replace("{org}", org.slug).replace(/\{[a-zA-Z]+\}/g, encodeURIComponent(id));
          const url = `${path}?period=${encodeURIComponent(query)}&version=${encodeURIComponent(query)}`;
          const bodyArb = op.schema && !junk ? almostValid(op.schema) : junkBody;
          const body =
            op.method === "GET" || op.method === "DELETE" ? undefined : fc.sample(bodyArb, { seed, numRuns: 1 })[0];
          const before = await snapshotOrganisation(t.db.kysely, org.id);
          const res = await t.call(op.method, url, body);
          if (res.status >= 500)
            throw new Error(
              `${op.method} ${url} ${String(body).slice(0, 300)} -> ${res.status} ${JSON.stringify(res.body)}`,
            );
          if (res.status >= 400) {
            expect(res.body.error.code).toEqual(expect.any(String));
            expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
          }
        },
      ),
      { numRuns: 500, seed: 20261127 },
    );
  });
});
