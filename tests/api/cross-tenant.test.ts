import { expect, it } from "vitest";
import { describeApi } from "../support/api-test.ts";
import { buildEveryResource, fillPath as fill, type Json, periodQuery } from "../support/every-resource.ts";
import { adminSessions, buildOrg, buildPeriod, goodKeyResult, type TestSession } from "../support/factories.ts";
import { snapshotOrganisation } from "../support/snapshot.ts";

// An admin of organisation A calls every endpoint of the OpenAPI document with the ids (and the
// slug) of organisation B. The answer is always 404: never B's data, never a change to it.
// Endpoints are enumerated from the document, so new ones are covered without listing them.

describeApi("organisation A cannot reach organisation B", { now: "2027-02-15T12:00:00Z" }, (t) => {
  it("answers 404 to every endpoint called with B's ids or slug, and B is unchanged", {
    timeout: 240_000,
  }, async () => {
    const a = await buildOrg(t.services);
    const b = await buildOrg(t.services);
    const asA = adminSessions.get(a.slug) as TestSession;
    const { objective, ids: idsOfB, refs: bodyRefsToB, flaggedObjectiveId } = await buildEveryResource(t, b);
    const periodOfA = await buildPeriod(t.services, a.id);
    const before = await snapshotOrganisation(t.db.kysely, b.id);

    const doc = (await t.call("GET", "/api/openapi.json")).body;
    const failures: string[] = [];
    for (const [template, methods] of Object.entries(doc.paths as Record<string, object>)) {
      if (!template.includes("{org}")) continue;
      for (const method of Object.keys(methods).map((m) => m.toUpperCase())) {
        // 1. A's own slug, B's ids in the path (and in the body where it takes references).
        if (template.includes("{id}") || template.includes("{personId}")) {
          const path = fill(template, a.slug, idsOfB);
          const body = bodyFor(doc, template, method, bodyRefsToB);
          const res = await t.callAs(
            asA,
            method,
            `${path}${periodQuery(doc, template, method, objective.periodId)}`,
            body,
          );
          if (res.status !== 404)
            failures.push(`${method} ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
        }
        // 2. B's slug: A is not a member, so B does not exist for A.
        const path = fill(template, b.slug, idsOfB);
        const res = await t.callAs(
          asA,
          method,
          `${path}${periodQuery(doc, template, method, objective.periodId)}`,
          bodyFor(doc, template, method, bodyRefsToB),
        );
        if (res.status !== 404)
          failures.push(`${method} ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
        // 3. A's slug and period, B's unit in a query parameter that names a unit (views scoped to a unit).
        const unitParams = unitQueryParams(doc, template, method);
        if (unitParams.length > 0 && !template.includes("{id}")) {
          const period = periodQuery(doc, template, method, periodOfA.name).slice(1);
          const query = [...(period ? [period] : []), ...unitParams.map((name) => `${name}=${objective.unitId}`)];
          const scoped = `${fill(template, a.slug, idsOfB)}?${query.join("&")}`;
          const res = await t.callAs(asA, method, scoped);
          if (res.status !== 404)
            failures.push(`${method} ${scoped}: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
        }
      }
    }
    // 3. Writes into A that point at B's rows from the body.
    const refs = await t.call("POST", `/api/v1/orgs/${a.slug}/objectives`, {
      unitId: objective.unitId,
      periodId: objective.periodId,
      title: "Borrow B's unit",
      keyResults: [goodKeyResult()],
    });
    if (refs.status !== 404) failures.push(`POST objectives with B's unit: ${refs.status}`);
    // A dismissal in A may not name B's objective (issue 17).
    const dismissal = await t.callAs(asA, "POST", `/api/v1/orgs/${a.slug}/coach/dismissals`, {
      rule: "Q1",
      objectiveId: flaggedObjectiveId,
      reason: "Borrow B's finding",
    });
    if (dismissal.status !== 404) failures.push(`POST coach/dismissals with B's objective: ${dismissal.status}`);
    expect(failures).toEqual([]);
    expect(await snapshotOrganisation(t.db.kysely, b.id)).toEqual(before);
  });
});

/** The query parameters of an operation that name a unit (`unit`, `root`). */
function unitQueryParams(doc: Json, template: string, method: string): string[] {
  const parameters: Json[] = doc.paths[template]?.[method.toLowerCase()]?.parameters ?? [];
  return parameters.filter((p) => p.in === "query" && (p.name === "unit" || p.name === "root")).map((p) => p.name);
}

/** A valid body for the operation, made from its request schema, that points at B's rows. */
function bodyFor(doc: Json, template: string, method: string, refs: Record<string, unknown>): unknown {
  const schema = doc.paths[template]?.[method.toLowerCase()]?.requestBody?.content?.["application/json"]?.schema;
  return schema ? example(doc, schema, refs, "") : undefined;
}

function example(doc: Json, schema: Json, refs: Record<string, unknown>, name: string): unknown {
  if (schema.$ref) return example(doc, doc.components.schemas[schema.$ref.split("/").pop()], refs, name);
  if (schema.anyOf)
    return example(doc, schema.anyOf.find((s: Json) => s.type !== "null") ?? schema.anyOf[0], refs, name);
  if (name in refs) return refs[name];
  if (schema.enum) return schema.enum[0];
  if (schema.type === "object") {
    const body: Record<string, unknown> = {};
    for (const key of schema.required ?? []) body[key] = example(doc, schema.properties[key], refs, key);
    for (const key of Object.keys(schema.properties ?? {})) if (key in refs) body[key] = refs[key];
    return body;
  }
  if (schema.type === "array")
    return Array.from({ length: schema.minItems ?? 0 }, () => example(doc, schema.items, refs, name));
  if (schema.type === "number" || schema.type === "integer") return 1;
  if (schema.type === "boolean") return false;
  if (schema.format === "email") return "someone@example.test";
  if (schema.format === "date") return "2027-03-31";
  if (schema.format === "uuid") return "6f1c1a52-1111-4222-8333-444455556666";
  if (name === "slug" || name === "organisationSlug") return "some-slug";
  return "Changed by A";
}
