import { describe, expect, it } from "vitest";
import { inTenant } from "../../src/db/tenant.ts";
import { actorForPerson } from "../../src/services/accounts/actor.ts";
import { createApiToken } from "../../src/services/accounts/api-tokens.ts";
import { recordCheckIn } from "../../src/services/check-ins/record-check-in.ts";
import { dismissFinding } from "../../src/services/coach/dismissals.ts";
import { createDecision } from "../../src/services/decisions/write-decisions.ts";
import { createDependency } from "../../src/services/dependencies/manage-dependencies.ts";
import { addComment } from "../../src/services/discussion/comments.ts";
import { createExperiment } from "../../src/services/experiments/write-experiment.ts";
import { createHealthMetric } from "../../src/services/health-metrics/manage-health-metrics.ts";
import { recordHealthReadings } from "../../src/services/health-metrics/record-health-readings.ts";
import { createInitiative } from "../../src/services/initiatives/write-initiatives.ts";
import { createMetricSource } from "../../src/services/metric-sources/manage-metric-sources.ts";
import { enqueue } from "../../src/services/outbox/enqueue.ts";
import { startReview } from "../../src/services/reviews/start-review.ts";
import { createSprint } from "../../src/services/sprints/manage-sprints.ts";
import { putSsoSettings } from "../../src/services/sso/sso-settings.ts";
import { createStrategy } from "../../src/services/strategies.ts";
import { createWebhook } from "../../src/services/webhooks/manage-webhooks.ts";
import {
  adminSessions,
  buildMember,
  buildObjective,
  buildOrg,
  buildPeriod,
  buildPerson,
  goodKeyResult,
  systemScope,
  type TestSession,
} from "../support/factories.ts";
import { snapshotOrganisation } from "../support/snapshot.ts";
import { postgresMissing, useTestApp } from "../support/test-app.ts";

// An admin of organisation A calls every endpoint of the OpenAPI document with the ids (and the
// slug) of organisation B. The answer is always 404: never B's data, never a change to it.
// Endpoints are enumerated from the document, so new ones are covered without listing them.

describe.skipIf(postgresMissing())("organisation A cannot reach organisation B", () => {
  const t = useTestApp(() => new Date("2027-02-15T12:00:00Z"));

  it("answers 404 to every endpoint called with B's ids or slug, and B is unchanged", {
    timeout: 240_000,
  }, async () => {
    const a = await buildOrg(t.services);
    const b = await buildOrg(t.services);
    const asA = adminSessions.get(a.slug) as TestSession;
    const { objective, keyResults } = await buildObjective(t.services, b.id);
    const personOfB = await buildPerson(t.services, b.id);
    const strategyOfB = await createStrategy(t.services, systemScope(b.id), { kind: "vision", title: "B's vision" });
    const memberOfB = await buildMember(t.services, b.id, { units: [[objective.unitId, "member"]] });
    const actorOfB = await actorForPerson(t.services, b.id, memberOfB.personId, null);
    const tokenOfB = await createApiToken(
      t.services,
      { orgId: b.id, actor: actorOfB as NonNullable<typeof actorOfB> },
      { name: "b", scope: "read" },
    );
    const reviewOfB = await startReview(t.services, systemScope(b.id), {
      unitId: objective.unitId,
      periodId: objective.periodId,
      on: "2027-02-12",
    });
    const experimentOfB = await createExperiment(t.services, systemScope(b.id), {
      kind: "experiment",
      title: "B's experiment",
      hypothesis: "We believe B's test will lift B's KR",
      keyResultId: keyResults[0]?.id as string,
      metrics: [{ name: "Rate", direction: "at_least", threshold: 30 }],
    });
    const idsOfB: Record<string, string> = {
      experiments: experimentOfB.id,
      reviews: reviewOfB.review.id as string,
      units: objective.unitId,
      people: personOfB.id,
      periods: objective.periodId,
      strategies: strategyOfB.id,
      objectives: objective.id,
      "key-results": keyResults[0]?.id as string,
      "api-tokens": tokenOfB.id,
      members: personOfB.id,
    };
    const bodyRefsToB: Record<string, unknown> = {
      // Not a reference, but an update of a versioned row without it is 428 before any lookup
      // (docs/api-retries.md): with it, the answer is the row's own 404.
      version: 1,
      unitId: objective.unitId,
      periodId: objective.periodId,
      parentKeyResultId: keyResults[0]?.id,
      strategyId: strategyOfB.id,
      parentId: objective.unitId,
      ownerId: personOfB.id,
      authorId: personOfB.id,
      keyResultId: keyResults[0]?.id,
      metricId: experimentOfB.metrics[0]?.id,
    };
    // A reading and a comment of B, for /check-ins/{id} and /comments/{id}.
    idsOfB["check-ins"] = (
      await recordCheckIn(t.services, systemScope(b.id), keyResults[0]?.id as string, { value: 5 })
    ).checkIn.id;
    idsOfB.comments = (
      await addComment(t.services, systemScope(b.id), { objectiveId: objective.id }, { body: "B's thread" })
    ).id;
    bodyRefsToB.mentionIds = [personOfB.id];
    // A decision of B (P4), for /decisions/{id}; a new one in A may not name B's decider.
    idsOfB.decisions = (
      await createDecision(t.services, systemScope(b.id), { keyResultId: keyResults[0]?.id, title: "B's decision" })
    ).id;
    bodyRefsToB.decidedById = personOfB.id;
    // A webhook of B and one of its deliveries, for /webhooks/{id} and /outbox/{id}.
    const webhookOfB = await createWebhook(t.services, systemScope(b.id), {
      name: "B's hook",
      kind: "generic",
      url: "https://example.test/b",
      events: ["check_in.recorded"],
    });
    idsOfB.webhooks = webhookOfB.id;
    // An initiative of B under B's KR, for /initiatives/{id}; bodies link B's KRs.
    idsOfB.initiatives = (
      await createInitiative(t.services, systemScope(b.id), {
        unitId: objective.unitId,
        kind: "feature",
        title: "B's work",
        keyResultIds: [keyResults[0]?.id as string],
      })
    ).id;
    bodyRefsToB.keyResultIds = [keyResults[0]?.id];
    // A sprint of B serving B's KR (P3), for /sprints/{id}.
    idsOfB.sprints = (
      await createSprint(t.services, systemScope(b.id), {
        unitId: objective.unitId,
        name: "B's sprint",
        startsOn: "2027-02-01",
        endsOn: "2027-02-12",
        keyResultIds: [keyResults[0]?.id as string],
      })
    ).id;
    idsOfB.outbox = (
      await inTenant(t.db.kysely, b.id, (tx) =>
        enqueue(t.services, tx, [
          {
            orgId: b.id,
            channel: "webhook",
            kind: "check_in.recorded",
            payload: { webhookId: webhookOfB.id, event: {} },
          },
        ]),
      )
    )[0] as string;
    // B's single sign-on: A's admin must neither read it (the client id) nor change it.
    await putSsoSettings(t.services, systemScope(b.id), {
      enabled: true,
      issuer: "https://login.b.example.test",
      clientId: "b-client",
      clientSecret: "b-secret",
      defaultRole: "member",
      allowedDomains: [],
      requireSso: false,
    });
    // A health metric of B and one of its readings, for /health-metrics/{id} and /health-readings/{id}.
    const healthMetricOfB = await createHealthMetric(t.services, systemScope(b.id), objective.unitId, {
      name: "B's uptime",
      rangeLow: 99.5,
    });
    idsOfB["health-metrics"] = healthMetricOfB.id;
    idsOfB["health-readings"] = (
      await recordHealthReadings(t.services, systemScope(b.id), healthMetricOfB.id, [{ value: 99 }])
    ).readings[0]?.id as string;
    // A metric source of B's KR (issue 14), for /metric-sources/{id}; a body that adds one to
    // B's KR is valid, so only the KR's tenant can refuse it.
    bodyRefsToB.url = "https://metrics.b.example.test/total.json";
    idsOfB["metric-sources"] = (
      await createMetricSource(t.services, systemScope(b.id), keyResults[0]?.id as string, {
        kind: "http_json",
        url: "https://metrics.b.example.test/total.json",
        jsonPath: "total",
        headers: [{ name: "Authorization", value: "B's token", secret: true }],
        schedule: { every: "daily", at: "06:00", weekday: 1 },
      })
    ).id;
    // A dependency between two of B's units' KRs (M7), for /dependencies/{id}.
    const otherOfB = await buildObjective(t.services, b.id, { periodId: objective.periodId, status: "draft" });
    idsOfB.dependencies = (
      await createDependency(t.services, systemScope(b.id), {
        keyResultId: keyResults[0]?.id as string,
        dependsOnKeyResultId: otherOfB.keyResults[0]?.id as string,
      })
    ).id;
    bodyRefsToB.dependsOnKeyResultId = otherOfB.keyResults[0]?.id;
    // A finding B's team set aside (issue 17), for /coach/dismissals/{id}.
    const flaggedOfB = await buildObjective(t.services, b.id, {
      periodId: objective.periodId,
      status: "draft",
      title: "Become the market leader in B's town",
    });
    idsOfB.dismissals = (
      await dismissFinding(t.services, systemScope(b.id), {
        rule: "Q1",
        objectiveId: flaggedOfB.objective.id,
        reason: "B's reason",
      })
    ).id;
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
      objectiveId: flaggedOfB.objective.id,
      reason: "Borrow B's finding",
    });
    if (dismissal.status !== 404) failures.push(`POST coach/dismissals with B's objective: ${dismissal.status}`);
    expect(failures).toEqual([]);
    expect(await snapshotOrganisation(t.db.kysely, b.id)).toEqual(before);
  });
});

/** `?period=` for an operation that declares it (an undeclared parameter is a 400, docs/api.md). */
function periodQuery(doc: Json, template: string, method: string, periodId: string): string {
  const parameters: Json[] = doc.paths[template]?.[method.toLowerCase()]?.parameters ?? [];
  return parameters.some((p) => p.in === "query" && p.name === "period") ? `?period=${periodId}` : "";
}

/** The query parameters of an operation that name a unit (`unit`, `root`). */
function unitQueryParams(doc: Json, template: string, method: string): string[] {
  const parameters: Json[] = doc.paths[template]?.[method.toLowerCase()]?.parameters ?? [];
  return parameters.filter((p) => p.in === "query" && (p.name === "unit" || p.name === "root")).map((p) => p.name);
}

function fill(template: string, slug: string, ids: Record<string, string>): string {
  return template
    .replace("{org}", slug)
    .replace(/\/([a-z-]+)\/\{id\}/, (_m, resource: string) => `/${resource}/${ids[resource] ?? ids.units}`)
    .replace("{personId}", ids.members as string);
}

// biome-ignore lint/suspicious/noExplicitAny: walks the OpenAPI document
type Json = any;

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
