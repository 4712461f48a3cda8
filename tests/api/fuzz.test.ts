import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildObjective, buildOrg } from "../support/factories.ts";
import { postgresMissing, useTestApp } from "../support/test-app.ts";

// Throws generated malformed bodies, ids and query strings at every route of the OpenAPI
// document (so new routes are covered without listing them here): never a 500.

interface Operation {
  method: string;
  path: string;
}

const junkJson = fc.oneof(
  fc.string(),
  fc.json(),
  fc.constantFrom("{", "[", "null", '{"title":', "\u0000", '{"__proto__":{"x":1}}', "1e999999"),
);
const junkValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.constantFrom("", " ", "2027-02-30", "1e309", "-0", "' or 1=1 --", "../../etc/passwd", "𝔤𝔯𝔬𝔳𝔢"),
);
const junkObject = fc.dictionary(
  fc.constantFrom(
    "title",
    "unitId",
    "periodId",
    "value",
    "status",
    "keyResults",
    "baseline",
    "target",
    "deadline",
    "name",
    "kind",
    "parentId",
    "version",
    "confidence",
    "checkedInAt",
    "role",
    "email",
    "slug",
  ),
  junkValue,
);
const junkId = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom("0", "-1", "%00", "null", "..", "00000000-0000-0000-0000-000000000000"),
);

describe.skipIf(postgresMissing())("fuzzing every route", () => {
  const t = useTestApp();

  it("answers every malformed request with a 4xx and an error body, never a 500", { timeout: 120_000 }, async () => {
    const org = await buildOrg(t.services);
    const { objective, keyResults } = await buildObjective(t.services, org.id);
    const doc = (await t.call("GET", "/api/openapi.json")).body;
    const operations: Operation[] = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) => Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
    expect(operations.length).toBeGreaterThan(30);
    const realIds = [objective.id, keyResults[0]?.id as string];

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations),
        fc.oneof(junkId, fc.constantFrom(...realIds)),
        fc.oneof(
          junkJson,
          junkObject.map((o) => JSON.stringify(o)),
        ),
        fc.string({ maxLength: 30 }),
        async (op, id, body, query) => {
          const path = op.path
            .replace("{org}", fc.sample(fc.constantFrom(org.slug, "no-such-org", "%20"), 1)[0] as string)
            .replace(/\{[a-zA-Z]+\}/g, encodeURIComponent(id));
          const url = `${path}?period=${encodeURIComponent(query)}&version=${encodeURIComponent(query)}`;
          const res = await t.call(op.method, url, op.method === "GET" || op.method === "DELETE" ? undefined : body);
          if (res.status >= 500)
            throw new Error(`${op.method} ${url} ${body} -> ${res.status} ${JSON.stringify(res.body)}`);
          if (res.status >= 400) expect(res.body.error.code).toEqual(expect.any(String));
        },
      ),
      { numRuns: 400, seed: 20261127 },
    );
  });
});
