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
import { createImportMapping } from "../../src/services/import-export/import-mappings.ts";
import { createInitiative } from "../../src/services/initiatives/write-initiatives.ts";
import { createMetricSource } from "../../src/services/metric-sources/manage-metric-sources.ts";
import { enqueue } from "../../src/services/outbox/enqueue.ts";
import { startReview } from "../../src/services/reviews/start-review.ts";
import { createSprint } from "../../src/services/sprints/manage-sprints.ts";
import { putSsoSettings } from "../../src/services/sso/sso-settings.ts";
import { createStrategy } from "../../src/services/strategies.ts";
import { createWebhook } from "../../src/services/webhooks/manage-webhooks.ts";
import { buildMember, buildObjective, buildPerson, systemScope } from "./factories.ts";
import type { TestApp } from "./test-app.ts";

/** An organisation holding one row of every kind a path can name, and how to name them. */
export interface EveryResource {
  objective: { id: string; unitId: string; periodId: string };
  /** The id a path's `/<resource>/{id}` takes, by resource (and `members` for `{personId}`). */
  ids: Record<string, string>;
  /** Values a request body may take for its references (and the `version` an update requires). */
  refs: Record<string, unknown>;
  /** A draft objective whose title the coach flags (Q1). */
  flaggedObjectiveId: string;
}

/**
 * Fills organisation `org` with one row of every resource the API names by id, so a walk over
 * the OpenAPI document can call each path with a row that exists (tests/api/cross-tenant.test.ts
 * from another organisation, tests/api/statements-per-route.test.ts from its own).
 */
export async function buildEveryResource(t: TestApp, org: { id: string }): Promise<EveryResource> {
  const { objective, keyResults } = await buildObjective(t.services, org.id);
  const person = await buildPerson(t.services, org.id);
  const strategy = await createStrategy(t.services, systemScope(org.id), { kind: "vision", title: "the org's vision" });
  const member = await buildMember(t.services, org.id, { units: [[objective.unitId, "member"]] });
  const actor = await actorForPerson(t.services, org.id, member.personId, null);
  const token = await createApiToken(
    t.services,
    { orgId: org.id, actor: actor as NonNullable<typeof actor> },
    { name: "every", scope: "read" },
  );
  const review = await startReview(t.services, systemScope(org.id), {
    unitId: objective.unitId,
    periodId: objective.periodId,
    on: "2027-02-12",
  });
  const experiment = await createExperiment(t.services, systemScope(org.id), {
    kind: "experiment",
    title: "the org's experiment",
    hypothesis: "We believe the org's test will lift the org's KR",
    keyResultId: keyResults[0]?.id as string,
    metrics: [{ name: "Rate", direction: "at_least", threshold: 30 }],
  });
  const ids: Record<string, string> = {
    experiments: experiment.id,
    reviews: review.review.id as string,
    units: objective.unitId,
    people: person.id,
    periods: objective.periodId,
    strategies: strategy.id,
    objectives: objective.id,
    "key-results": keyResults[0]?.id as string,
    "api-tokens": token.id,
    members: person.id,
  };
  const refs: Record<string, unknown> = {
    // Not a reference, but an update of a versioned row without it is 428 before any lookup
    // (docs/api-retries.md): with it, the answer is the row's own 404.
    version: 1,
    unitId: objective.unitId,
    periodId: objective.periodId,
    parentKeyResultId: keyResults[0]?.id,
    strategyId: strategy.id,
    parentId: objective.unitId,
    ownerId: person.id,
    authorId: person.id,
    keyResultId: keyResults[0]?.id,
    metricId: experiment.metrics[0]?.id,
  };
  // A reading and a comment of B, for /check-ins/{id} and /comments/{id}.
  ids["check-ins"] = (
    await recordCheckIn(t.services, systemScope(org.id), keyResults[0]?.id as string, { value: 5 })
  ).checkIn.id;
  ids.comments = (
    await addComment(t.services, systemScope(org.id), { objectiveId: objective.id }, { body: "the org's thread" })
  ).id;
  refs.mentionIds = [person.id];
  // A decision of B (P4), for /decisions/{id}; a new one in A may not name the org's decider.
  ids.decisions = (
    await createDecision(t.services, systemScope(org.id), {
      keyResultId: keyResults[0]?.id,
      title: "the org's decision",
    })
  ).id;
  refs.decidedById = person.id;
  // A webhook of B and one of its deliveries, for /webhooks/{id} and /outbox/{id}.
  const webhook = await createWebhook(t.services, systemScope(org.id), {
    name: "the org's hook",
    kind: "generic",
    url: "https://example.test/every",
    events: ["check_in.recorded"],
  });
  ids.webhooks = webhook.id;
  // An initiative of B under the org's KR, for /initiatives/{id}; bodies link the org's KRs.
  ids.initiatives = (
    await createInitiative(t.services, systemScope(org.id), {
      unitId: objective.unitId,
      kind: "feature",
      title: "the org's work",
      keyResultIds: [keyResults[0]?.id as string],
    })
  ).id;
  refs.keyResultIds = [keyResults[0]?.id];
  // A sprint of B serving the org's KR (P3), for /sprints/{id}.
  ids.sprints = (
    await createSprint(t.services, systemScope(org.id), {
      unitId: objective.unitId,
      name: "the org's sprint",
      startsOn: "2027-02-01",
      endsOn: "2027-02-12",
      keyResultIds: [keyResults[0]?.id as string],
    })
  ).id;
  ids.outbox = (
    await inTenant(t.db.kysely, org.id, (tx) =>
      enqueue(t.services, tx, [
        {
          orgId: org.id,
          channel: "webhook",
          kind: "check_in.recorded",
          payload: { webhookId: webhook.id, event: {} },
        },
      ]),
    )
  )[0] as string;
  // the org's single sign-on: A's admin must neither read it (the client id) nor change it.
  await putSsoSettings(t.services, systemScope(org.id), {
    enabled: true,
    issuer: "https://login.every.example.test",
    clientId: "every-client",
    clientSecret: "every-secret",
    defaultRole: "member",
    allowedDomains: [],
    requireSso: false,
  });
  // A health metric of B and one of its readings, for /health-metrics/{id} and /health-readings/{id}.
  const healthMetric = await createHealthMetric(t.services, systemScope(org.id), objective.unitId, {
    name: "the org's uptime",
    rangeLow: 99.5,
  });
  ids["health-metrics"] = healthMetric.id;
  ids["health-readings"] = (
    await recordHealthReadings(t.services, systemScope(org.id), healthMetric.id, [{ value: 99 }])
  ).readings[0]?.id as string;
  // A metric source of the org's KR (issue 14), for /metric-sources/{id}; a body that adds one to
  // the org's KR is valid, so only the KR's tenant can refuse it.
  refs.url = "https://metrics.b.example.test/total.json";
  ids["metric-sources"] = (
    await createMetricSource(t.services, systemScope(org.id), keyResults[0]?.id as string, {
      kind: "http_json",
      url: "https://metrics.b.example.test/total.json",
      jsonPath: "total",
      headers: [{ name: "Authorization", value: "the org's token", secret: true }],
      schedule: { every: "daily", at: "06:00", weekday: 1 },
    })
  ).id;
  // A dependency between two of the org's units' KRs (M7), for /dependencies/{id}.
  const other = await buildObjective(t.services, org.id, { periodId: objective.periodId, status: "draft" });
  ids.dependencies = (
    await createDependency(t.services, systemScope(org.id), {
      keyResultId: keyResults[0]?.id as string,
      dependsOnKeyResultId: other.keyResults[0]?.id as string,
    })
  ).id;
  refs.dependsOnKeyResultId = other.keyResults[0]?.id;
  // A finding the org's team set aside (issue 17), for /coach/dismissals/{id}.
  const flagged = await buildObjective(t.services, org.id, {
    periodId: objective.periodId,
    status: "draft",
    title: "Become the market leader in the org's town",
  });
  ids.dismissals = (
    await dismissFinding(t.services, systemScope(org.id), {
      rule: "Q1",
      objectiveId: flagged.objective.id,
      reason: "the org's reason",
    })
  ).id;
  // A saved column mapping of B (issue 14 point 4), for /import-mappings/{id} and an import's mappingId.
  ids["import-mappings"] = (
    await createImportMapping(t.services, systemScope(org.id), {
      name: "the org's sheet",
      columns: { period: "Quarter", unit: "Team", objective: "Goal", keyResult: "KR" },
    })
  ).id;
  refs.mappingId = ids["import-mappings"];
  return {
    objective: { id: objective.id, unitId: objective.unitId, periodId: objective.periodId },
    ids,
    refs,
    flaggedObjectiveId: flagged.objective.id,
  };
}

/** The operation's path with the organisation's slug and the ids of `ids` filled in. */
export function fillPath(template: string, slug: string, ids: Record<string, string>): string {
  return template
    .replace("{org}", slug)
    .replace(/\/([a-z-]+)\/\{id\}/, (_m, resource: string) => `/${resource}/${ids[resource] ?? ids.units}`)
    .replace("{personId}", ids.members as string);
}

// biome-ignore lint/suspicious/noExplicitAny: walks the OpenAPI document
export type Json = any;

/** `?period=` for an operation that declares it (an undeclared parameter is a 400, docs/api.md). */
export function periodQuery(doc: Json, template: string, method: string, periodId: string): string {
  const parameters: Json[] = doc.paths[template]?.[method.toLowerCase()]?.parameters ?? [];
  return parameters.some((p) => p.in === "query" && p.name === "period") ? `?period=${periodId}` : "";
}
