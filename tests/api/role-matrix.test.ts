import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { inTenant } from "../../src/db/tenant.ts";
import { TEMPLATE_HEADERS } from "../../src/domain/okr-table.ts";
import type { TokenScope } from "../../src/domain/policies.ts";
import { actorForPerson } from "../../src/services/accounts/actor.ts";
import { createApiToken } from "../../src/services/accounts/api-tokens.ts";
import { createInvitation } from "../../src/services/accounts/invitations.ts";
import { recordCheckIn } from "../../src/services/check-ins/record-check-in.ts";
import { dismissFinding } from "../../src/services/coach/dismissals.ts";
import { createDecision } from "../../src/services/decisions/write-decisions.ts";
import { createDependency } from "../../src/services/dependencies/manage-dependencies.ts";
import { addComment } from "../../src/services/discussion/comments.ts";
import { startExperiment } from "../../src/services/experiments/start-experiment.ts";
import { createExperiment } from "../../src/services/experiments/write-experiment.ts";
import { createHealthMetric } from "../../src/services/health-metrics/manage-health-metrics.ts";
import { recordHealthReadings } from "../../src/services/health-metrics/record-health-readings.ts";
import { createImportMapping } from "../../src/services/import-export/import-mappings.ts";
import { createInitiative } from "../../src/services/initiatives/write-initiatives.ts";
import { createMetricSource } from "../../src/services/metric-sources/manage-metric-sources.ts";
import { createObjective } from "../../src/services/objectives/create-objective.ts";
import { enqueue } from "../../src/services/outbox/enqueue.ts";
import { setMembership } from "../../src/services/people.ts";
import { transitionPeriod } from "../../src/services/period-lifecycle/transition-period.ts";
import { createPeriod } from "../../src/services/periods.ts";
import { startReview } from "../../src/services/reviews/start-review.ts";
import { createSprint } from "../../src/services/sprints/manage-sprints.ts";
import { createStrategy } from "../../src/services/strategies.ts";
import { createWebhook } from "../../src/services/webhooks/manage-webhooks.ts";
import { describeApi } from "../support/api-test.ts";
import {
  adminSessions,
  buildMember,
  buildObjective,
  buildOrg,
  buildPeriod,
  buildPerson,
  buildUnit,
  goodKeyResult,
  systemScope,
  type TestSession,
} from "../support/factories.ts";
import type { useTestApp } from "../support/test-app.ts";

// Every endpoint of the OpenAPI document against every kind of caller (M3, S5). Each endpoint
// has a policy and a request that would succeed for someone allowed; a new endpoint that is not
// in `endpoints` fails the first test, so nothing escapes the matrix.

type Policy =
  | "read"
  | "admin" // people, roles, tokens and the organisation: signed-in admins only, never a token
  | "structure" // units and periods: admins, and an admin's write token (grove apply)
  | "objective"
  | "keyResults"
  | "checkIn"
  | "review" // hold a unit's reviews and write its learnings (S4, S7)
  | "initiatives" // M6: the unit's lead and members write its initiatives without approval
  | "sprints" // M6: the unit's lead and members plan its sprints (P3)
  | "experiment" // write, start and end the unit's experiments, without approval (P2, M6)
  | "authorOrLead" // S7: correct or withdraw a reading (the matrix member recorded it)
  | "comment" // anyone who reads the unit, except viewers and tokens
  | "commentAuthor" // edit a comment (the matrix member wrote it)
  | "commentAuthorOrAdmin" // delete a comment
  | "personal"
  | "personalWrite" // one's own settings: every member, viewers too, never a token
  | "self"
  | "account";
type Caller =
  | "admin"
  | "lead"
  | "member"
  | "otherMember"
  | "viewer"
  | "outsider"
  | "anonymous"
  | "readToken"
  | "checkInToken"
  | "writeToken"; // the admin's, so it shows everything a write token can reach

interface World {
  slug: string;
  orgId: string;
  unitId: string; // the unit whose lead and member are in the matrix
  periodId: string;
  memberId: string; // the matrix member's person: the author of readings and comments
}

interface Request {
  path: Record<string, string>;
  body?: unknown;
}

const unique = () => randomUUID().slice(0, 8);

/** What each endpoint needs for a request that an allowed caller would get through. */
const endpoints: Record<
  string,
  {
    policy: Policy;
    prepare?: (t: ReturnType<typeof useTestApp>, w: World) => Promise<Request>;
    /** When success is not the method's usual status (a POST that creates nothing). */
    status?: number;
  }
> = {
  "GET /api/v1/orgs": { policy: "self" },
  "POST /api/v1/orgs": {
    policy: "self",
    prepare: async () => ({ path: {}, body: { slug: `made-${unique()}`, name: "Made here" } }),
  },
  "GET /api/v1/orgs/{org}": { policy: "read" },
  "PATCH /api/v1/orgs/{org}": { policy: "admin", prepare: async () => ({ path: {}, body: { name: "Renamed" } }) },
  "GET /api/v1/orgs/{org}/units": { policy: "read" },
  "POST /api/v1/orgs/{org}/units": {
    policy: "structure",
    prepare: async () => ({ path: {}, body: { name: `U ${unique()}`, kind: "team" } }),
  },
  "GET /api/v1/orgs/{org}/units/{id}": { policy: "read", prepare: async (_t, w) => ({ path: { id: w.unitId } }) },
  "PATCH /api/v1/orgs/{org}/units/{id}": {
    policy: "structure",
    prepare: async (t, w) => ({
      path: { id: (await buildUnit(t.services, w.orgId)).id },
      body: { name: `U ${unique()}` },
    }),
  },
  "DELETE /api/v1/orgs/{org}/units/{id}": {
    policy: "structure",
    prepare: async (t, w) => ({ path: { id: (await buildUnit(t.services, w.orgId)).id } }),
  },
  "GET /api/v1/orgs/{org}/people": { policy: "read" },
  "POST /api/v1/orgs/{org}/people": {
    policy: "admin",
    prepare: async () => ({ path: {}, body: { name: "New Person", email: `${unique()}@example.test` } }),
  },
  "GET /api/v1/orgs/{org}/people/{id}": {
    policy: "read",
    prepare: async (t, w) => ({ path: { id: (await buildPerson(t.services, w.orgId)).id } }),
  },
  "PATCH /api/v1/orgs/{org}/people/{id}": {
    policy: "admin",
    prepare: async (t, w) => ({ path: { id: (await buildPerson(t.services, w.orgId)).id }, body: { name: "Renamed" } }),
  },
  "DELETE /api/v1/orgs/{org}/people/{id}": {
    policy: "admin",
    prepare: async (t, w) => ({ path: { id: (await buildPerson(t.services, w.orgId)).id } }),
  },
  "GET /api/v1/orgs/{org}/units/{id}/members": {
    policy: "read",
    prepare: async (_t, w) => ({ path: { id: w.unitId } }),
  },
  "PUT /api/v1/orgs/{org}/units/{id}/members/{personId}": {
    policy: "admin",
    prepare: async (t, w) => ({
      path: { id: w.unitId, personId: (await buildPerson(t.services, w.orgId)).id },
      body: { role: "member" },
    }),
  },
  "DELETE /api/v1/orgs/{org}/units/{id}/members/{personId}": {
    policy: "admin",
    prepare: async (t, w) => {
      const person = await buildPerson(t.services, w.orgId);
      await setMembership(t.services, systemScope(w.orgId), w.unitId, person.id, "member");
      return { path: { id: w.unitId, personId: person.id } };
    },
  },
  "GET /api/v1/orgs/{org}/periods": { policy: "read" },
  // OKRs as code (grove apply --server): a dry run plans a new unit, so only those who add units may.
  "POST /api/v1/orgs/{org}/okr-file/apply": {
    policy: "structure",
    status: 200,
    prepare: async () => ({
      path: {},
      body: { yaml: `period: 2027-Q1\nunits:\n  - name: U ${unique()}\n`, dryRun: true },
    }),
  },
  "GET /api/v1/orgs/{org}/okr-file": {
    policy: "read",
    prepare: async () => ({ path: {}, query: "period=2027-Q1" }) as Request,
  },
  // Import and export in the web app (docs/import-export.md): importing is grove apply's, so the same rule.
  "POST /api/v1/orgs/{org}/import/preview": {
    policy: "structure",
    status: 200,
    prepare: async () => ({ path: {}, body: { format: "csv", content: importCsv() } }),
  },
  "POST /api/v1/orgs/{org}/import": {
    policy: "structure",
    status: 200,
    prepare: async () => ({ path: {}, body: { format: "csv", content: importCsv() } }),
  },
  "GET /api/v1/orgs/{org}/export": {
    policy: "read",
    prepare: async () => ({ path: {}, query: "period=2027-Q1&format=csv" }) as Request,
  },
  "GET /api/v1/orgs/{org}/import/template": { policy: "read" },
  "GET /api/v1/orgs/{org}/import-mappings": { policy: "structure" },
  "POST /api/v1/orgs/{org}/import-mappings": {
    policy: "structure",
    prepare: async () => ({ path: {}, body: { name: `Sheet ${unique()}`, columns: { period: "Quarter" } } }),
  },
  "PATCH /api/v1/orgs/{org}/import-mappings/{id}": {
    policy: "structure",
    prepare: async (t, w) => ({
      path: { id: (await newMapping(t, w)).id },
      body: { name: `Sheet ${unique()}`, columns: { unit: "Team" } },
    }),
  },
  "DELETE /api/v1/orgs/{org}/import-mappings/{id}": { policy: "structure", prepare: onNew(newMapping) },
  "POST /api/v1/orgs/{org}/periods": {
    policy: "structure",
    prepare: async () => ({
      path: {},
      body: { name: `Sprint ${unique()}`, startsOn: "2027-01-01", endsOn: "2027-01-14" },
    }),
  },
  "GET /api/v1/orgs/{org}/periods/{id}": { policy: "read", prepare: async (_t, w) => ({ path: { id: w.periodId } }) },
  "PATCH /api/v1/orgs/{org}/periods/{id}": { policy: "structure", prepare: onNew(newPeriod, { endsOn: "2027-06-30" }) },
  "POST /api/v1/orgs/{org}/periods/{id}/transitions": {
    policy: "admin",
    status: 200,
    prepare: onNew(newPeriod, { to: "active" }),
  },
  "GET /api/v1/orgs/{org}/periods/{id}/transitions": {
    policy: "read",
    prepare: async (_t, w) => ({ path: { id: w.periodId } }),
  },
  "GET /api/v1/orgs/{org}/periods/{id}/history": {
    policy: "read",
    prepare: async (_t, w) => ({ path: { id: w.periodId } }),
  },
  "GET /api/v1/orgs/{org}/periods/{id}/readiness": {
    policy: "admin",
    prepare: async (_t, w) => ({ path: { id: w.periodId } }),
  },
  "DELETE /api/v1/orgs/{org}/periods/{id}": { policy: "structure", prepare: onNew(newPeriod) },
  "GET /api/v1/orgs/{org}/sprints": { policy: "read" },
  "POST /api/v1/orgs/{org}/sprints": {
    policy: "sprints",
    prepare: async (_t, w) => {
      const { start, end } = nextFortnight();
      return { path: {}, body: { unitId: w.unitId, name: `S ${unique()}`, startsOn: start, endsOn: end } };
    },
  },
  "GET /api/v1/orgs/{org}/sprints/{id}": { policy: "read", prepare: onNew(newSprint) },
  "PATCH /api/v1/orgs/{org}/sprints/{id}": {
    policy: "sprints",
    prepare: onNew(newSprint, { review: "What moved on the KR" }),
  },
  "DELETE /api/v1/orgs/{org}/sprints/{id}": { policy: "sprints", prepare: onNew(newSprint) },
  "GET /api/v1/orgs/{org}/sprints/{id}/history": { policy: "read", prepare: onNew(newSprint) },
  "POST /api/v1/orgs/{org}/units/{id}/sprints/import": {
    policy: "sprints",
    prepare: async (_t, w) => ({
      path: { id: w.unitId },
      body: { rows: [{ name: `S ${unique()}`, ...nextFortnight() }] },
    }),
  },
  "GET /api/v1/orgs/{org}/strategies": { policy: "read" },
  "GET /api/v1/orgs/{org}/company-objectives": {
    policy: "read",
    prepare: async () => ({ path: {}, query: "period=2027-Q1" }) as Request,
  },
  // The decision log (P4): the unit's lead and members decide without approval from above (M6).
  "GET /api/v1/orgs/{org}/decisions": {
    policy: "read",
    prepare: async () => ({ path: {}, query: `q=${encodeURIComponent("变现")}` }) as Request,
  },
  "POST /api/v1/orgs/{org}/decisions": {
    policy: "keyResults",
    prepare: async (t, w) => ({
      path: {},
      body: {
        keyResultId: (await draft(t, w)).keyResults[0]?.id,
        title: "Keep the agent step",
        options: ["Keep", "Drop"],
      },
    }),
  },
  "GET /api/v1/orgs/{org}/decisions/{id}": { policy: "read", prepare: onNew(newDecision) },
  "PATCH /api/v1/orgs/{org}/decisions/{id}": {
    policy: "keyResults",
    prepare: onNew(newDecision, { status: "revisited", version: 1 }),
  },
  "DELETE /api/v1/orgs/{org}/decisions/{id}": { policy: "keyResults", prepare: onNew(newDecision) },
  "GET /api/v1/orgs/{org}/decisions/{id}/history": { policy: "read", prepare: onNew(newDecision) },
  "POST /api/v1/orgs/{org}/strategies": {
    policy: "admin",
    prepare: async () => ({ path: {}, body: { kind: "strategy", title: "Win on depth" } }),
  },
  "GET /api/v1/orgs/{org}/strategies/{id}": { policy: "read", prepare: onNew(newStrategy) },
  "PATCH /api/v1/orgs/{org}/strategies/{id}": { policy: "admin", prepare: onNew(newStrategy, { body: "Why" }) },
  "DELETE /api/v1/orgs/{org}/strategies/{id}": { policy: "admin", prepare: onNew(newStrategy) },
  "GET /api/v1/orgs/{org}/objectives": { policy: "read" },
  "POST /api/v1/orgs/{org}/objectives": {
    policy: "objective",
    prepare: async (_t, w) => ({
      path: {},
      body: { unitId: w.unitId, periodId: w.periodId, title: "Delight new users" },
    }),
  },
  "GET /api/v1/orgs/{org}/objectives/{id}": {
    policy: "read",
    prepare: async (t, w) => ({ path: { id: (await draft(t, w)).objective.id } }),
  },
  "PATCH /api/v1/orgs/{org}/objectives/{id}": {
    policy: "objective",
    prepare: async (t, w) => ({
      path: { id: (await draft(t, w)).objective.id },
      body: { title: "Delight returning users", version: 1 },
    }),
  },
  "PUT /api/v1/orgs/{org}/objectives/{id}": {
    policy: "objective",
    prepare: async (t, w) => {
      const { objective, keyResults } = await draft(t, w);
      const kept = keyResults.map(({ id, title, metric, baseline, target, deadline }) => ({
        id,
        title,
        metric,
        baseline,
        target,
        deadline,
      }));
      return {
        path: { id: objective.id },
        body: { title: "Delight returning users", status: "draft", version: 1, keyResults: kept },
      };
    },
  },
  "DELETE /api/v1/orgs/{org}/objectives/{id}": {
    policy: "objective",
    prepare: async (t, w) => ({ path: { id: (await draft(t, w)).objective.id } }),
  },
  "GET /api/v1/orgs/{org}/objectives/{id}/history": {
    policy: "read",
    prepare: async (t, w) => ({ path: { id: (await draft(t, w)).objective.id } }),
  },
  "POST /api/v1/orgs/{org}/objectives/{id}/key-results": {
    policy: "keyResults",
    prepare: async (t, w) => ({ path: { id: (await draft(t, w)).objective.id }, body: goodKeyResult() }),
  },
  "GET /api/v1/orgs/{org}/key-results/{id}": {
    policy: "read",
    prepare: async (t, w) => ({ path: { id: (await draft(t, w)).keyResults[0]?.id as string } }),
  },
  "PATCH /api/v1/orgs/{org}/key-results/{id}": {
    policy: "keyResults",
    prepare: async (t, w) => ({
      path: { id: (await draft(t, w)).keyResults[0]?.id as string },
      body: { title: "Raise activation from 30% to 40%", version: 1 },
    }),
  },
  "DELETE /api/v1/orgs/{org}/key-results/{id}": {
    policy: "keyResults",
    prepare: async (t, w) => ({ path: { id: (await draft(t, w)).keyResults[0]?.id as string } }),
  },
  "GET /api/v1/orgs/{org}/key-results": { policy: "read" },
  "GET /api/v1/orgs/{org}/check-ins": { policy: "read" },
  "GET /api/v1/orgs/{org}/key-results/{id}/check-ins": {
    policy: "read",
    prepare: async (t, w) => ({ path: { id: (await draft(t, w)).keyResults[0]?.id as string } }),
  },
  "POST /api/v1/orgs/{org}/key-results/{id}/check-ins": {
    policy: "checkIn",
    prepare: async (t, w) => ({ path: { id: (await draft(t, w)).keyResults[0]?.id as string }, body: { value: 5 } }),
  },
  "POST /api/v1/orgs/{org}/check-ins": {
    policy: "checkIn",
    prepare: async (t, w) => ({
      path: {},
      body: { checkIns: (await draft(t, w)).keyResults.map((kr, i) => ({ keyResultId: kr.id, value: 5 + i })) },
    }),
  },
  "PATCH /api/v1/orgs/{org}/check-ins/{id}": {
    policy: "authorOrLead",
    prepare: onNew(membersReading, { value: 5.5, reason: "Typo" }),
  },
  "POST /api/v1/orgs/{org}/check-ins/{id}/withdrawal": {
    policy: "authorOrLead",
    status: 200,
    prepare: onNew(membersReading, { reason: "Wrong KR" }),
  },
  "GET /api/v1/orgs/{org}/key-results/{id}/comments": {
    policy: "read",
    prepare: async (t, w) => ({ path: { id: (await draft(t, w)).keyResults[0]?.id as string } }),
  },
  "POST /api/v1/orgs/{org}/key-results/{id}/comments": {
    policy: "comment",
    prepare: async (t, w) => ({ path: { id: (await draft(t, w)).keyResults[0]?.id as string }, body: { body: "Hi" } }),
  },
  "GET /api/v1/orgs/{org}/objectives/{id}/comments": {
    policy: "read",
    prepare: async (t, w) => ({ path: { id: (await draft(t, w)).objective.id } }),
  },
  "POST /api/v1/orgs/{org}/objectives/{id}/comments": {
    policy: "comment",
    prepare: async (t, w) => ({ path: { id: (await draft(t, w)).objective.id }, body: { body: "Hi" } }),
  },
  "PATCH /api/v1/orgs/{org}/comments/{id}": {
    policy: "commentAuthor",
    prepare: onNew(membersComment, { body: "Edited" }),
  },
  "DELETE /api/v1/orgs/{org}/comments/{id}": { policy: "commentAuthorOrAdmin", prepare: onNew(membersComment) },
  "GET /api/v1/orgs/{org}/tree": {
    policy: "read",
    prepare: async () => ({ path: {}, query: "period=2027-Q1" }) as Request,
  },
  "GET /api/v1/orgs/{org}/map": {
    policy: "read",
    prepare: async () => ({ path: {}, query: "period=2027-Q1&depth=2" }) as Request,
  },
  "GET /api/v1/orgs/{org}/units/{id}/okrs": {
    policy: "read",
    prepare: async (_t, w) => ({ path: { id: w.unitId }, query: "period=2027-Q1" }) as Request,
  },
  "GET /api/v1/orgs/{org}/units/{id}/path": {
    policy: "read",
    prepare: async (_t, w) => ({ path: { id: w.unitId }, query: "period=2027-Q1" }) as Request,
  },
  "GET /api/v1/orgs/{org}/search": {
    policy: "read",
    prepare: async () => ({ path: {}, query: "period=2027-Q1&q=unit" }) as Request,
  },
  "GET /api/v1/orgs/{org}/people/{id}/key-results": {
    policy: "read",
    prepare: async (t, w) =>
      ({ path: { id: (await buildPerson(t.services, w.orgId)).id }, query: "period=2027-Q1" }) as Request,
  },
  "GET /api/v1/orgs/{org}/dashboard": {
    policy: "read",
    prepare: async () => ({ path: {}, query: "period=2027-Q1" }) as Request,
  },
  "GET /api/v1/orgs/{org}/dashboard/at-risk": {
    policy: "read",
    prepare: async () => ({ path: {}, query: "period=2027-Q1" }) as Request,
  },
  "GET /api/v1/orgs/{org}/dashboard/stale": {
    policy: "read",
    prepare: async () => ({ path: {}, query: "period=2027-Q1&limit=10" }) as Request,
  },
  "POST /api/v1/orgs/{org}/invitations": {
    policy: "admin",
    prepare: async () => ({ path: {}, body: { email: `${unique()}@example.test`, role: "member" } }),
  },
  "GET /api/v1/orgs/{org}/invitations": { policy: "admin" },
  "DELETE /api/v1/orgs/{org}/invitations/{id}": {
    policy: "admin",
    prepare: async (t, w) => ({
      path: {
        id: (
          await createInvitation(t.services, systemScope(w.orgId), {
            email: `${unique()}@example.test`,
            role: "member",
          })
        ).id,
      },
    }),
  },
  "GET /api/v1/orgs/{org}/memberships": { policy: "read" },
  "POST /api/v1/orgs/{org}/api-tokens": {
    policy: "personal",
    prepare: async () => ({ path: {}, body: { name: "script", scope: "read" } }),
  },
  "GET /api/v1/orgs/{org}/api-tokens": { policy: "personal" },
  "DELETE /api/v1/orgs/{org}/api-tokens/{id}": {
    policy: "personal",
    prepare: async () => ({ path: { id: "own-token" } }),
  },
  "POST /api/v1/orgs/{org}/coach/review": {
    policy: "read",
    status: 200,
    prepare: async (_t, w) => ({ path: {}, body: { unitId: w.unitId, periodId: w.periodId } }),
  },
  "GET /api/v1/orgs/{org}/coach/settings": { policy: "read" },
  "PUT /api/v1/orgs/{org}/coach/settings": {
    policy: "admin",
    prepare: async () => ({ path: {}, body: { rules: { Q4: { setting: "off" } } } }),
  },
  // Issue 17: a finding is set aside (and opened again) by whoever writes the unit's KRs (M3).
  "POST /api/v1/orgs/{org}/coach/dismissals": {
    policy: "keyResults",
    prepare: async (t, w) => ({
      path: {},
      body: { rule: "Q1", objectiveId: (await flagged(t, w)).objective.id, reason: "We mean our own city" },
    }),
  },
  "DELETE /api/v1/orgs/{org}/coach/dismissals/{id}": {
    policy: "keyResults",
    prepare: async (t, w) => {
      const { objective } = await flagged(t, w);
      const { id } = await dismissFinding(t.services, systemScope(w.orgId), {
        rule: "Q1",
        objectiveId: objective.id,
        reason: "We mean our own city",
      });
      return { path: { id } };
    },
  },
  "GET /api/v1/orgs/{org}/coach/report": {
    policy: "read",
    prepare: async () => ({ path: {}, query: "period=2027-Q1" }) as Request,
  },
  "GET /api/v1/orgs/{org}/coach/conflicts": {
    policy: "read",
    prepare: async () => ({ path: {}, query: "period=2027-Q1&locale=zh" }) as Request,
  },
  "GET /api/v1/orgs/{org}/dependencies": {
    policy: "read",
    prepare: async (_t, w) => ({ path: {}, query: `period=2027-Q1&unit=${w.unitId}` }) as Request,
  },
  "POST /api/v1/orgs/{org}/dependencies": {
    policy: "keyResults",
    prepare: async (t, w) => ({
      path: {},
      body: {
        keyResultId: (await draft(t, w)).keyResults[0]?.id,
        dependsOnKeyResultId: await otherUnitsKeyResult(t, w),
      },
    }),
  },
  "GET /api/v1/orgs/{org}/dependencies/{id}": { policy: "read", prepare: onNew(newDependency) },
  "PATCH /api/v1/orgs/{org}/dependencies/{id}": {
    policy: "keyResults",
    prepare: onNew(newDependency, { note: "Qualified leads by week 4" }),
  },
  "DELETE /api/v1/orgs/{org}/dependencies/{id}": { policy: "keyResults", prepare: onNew(newDependency) },
  "GET /api/v1/orgs/{org}/dependencies/{id}/history": { policy: "read", prepare: onNew(newDependency) },
  "GET /api/v1/orgs/{org}/units/{id}/calibration": {
    policy: "read",
    prepare: async (_t, w) => ({ path: { id: w.unitId } }),
  },
  "GET /api/v1/orgs/{org}/units/{id}/practice": {
    policy: "read",
    prepare: async (_t, w) => ({ path: { id: w.unitId } }),
  },
  "GET /api/v1/orgs/{org}/experiments": {
    policy: "read",
    prepare: async (_t, w) => ({ path: {}, query: `unit=${w.unitId}` }) as Request,
  },
  "POST /api/v1/orgs/{org}/experiments": {
    policy: "experiment",
    prepare: async (t, w) => ({
      path: {},
      body: {
        kind: "experiment",
        title: "Shorter wizard",
        hypothesis: "We believe a shorter wizard will lift completion, measured by completion rate",
        keyResultId: (await draft(t, w)).keyResults[0]?.id,
        metrics: [{ name: "Completion rate", direction: "at_least", threshold: 30, unit: "%" }],
      },
    }),
  },
  "GET /api/v1/orgs/{org}/experiments/{id}": { policy: "read", prepare: onNew(newExperiment) },
  "GET /api/v1/orgs/{org}/experiments/{id}/history": { policy: "read", prepare: onNew(newExperiment) },
  "PATCH /api/v1/orgs/{org}/experiments/{id}": {
    policy: "experiment",
    prepare: onNew(newExperiment, { title: "Renamed", version: 1 }),
  },
  "POST /api/v1/orgs/{org}/experiments/{id}/start": {
    policy: "experiment",
    status: 200,
    prepare: onNew(newExperiment),
  },
  "POST /api/v1/orgs/{org}/experiments/{id}/metric-changes": {
    policy: "experiment",
    prepare: async (t, w) => {
      const experiment = await newExperiment(t, w, true);
      return {
        path: { id: experiment.id },
        body: { action: "change", metricId: experiment.metrics[0]?.id, threshold: 25, reason: "Traffic halved" },
      };
    },
  },
  "POST /api/v1/orgs/{org}/experiments/{id}/end": {
    policy: "experiment",
    status: 200,
    prepare: async (t, w) => {
      const experiment = await newExperiment(t, w, true);
      return {
        path: { id: experiment.id },
        body: {
          outcome: "supported",
          observed: [{ metricId: experiment.metrics[0]?.id, value: 31 }],
          learning: "Shorter is better",
        },
      };
    },
  },
  "GET /api/v1/orgs/{org}/reviews": {
    policy: "read",
    prepare: async () => ({ path: {}, query: "period=2027-Q1&due=true" }) as Request,
  },
  "GET /api/v1/orgs/{org}/units/{id}/review": {
    policy: "read",
    prepare: async (_t, w) => ({ path: { id: w.unitId }, query: "period=2027-Q1" }) as Request,
  },
  "POST /api/v1/orgs/{org}/reviews": {
    policy: "review",
    prepare: async (t, w) => ({
      path: {},
      body: { unitId: w.unitId, periodId: (await reviewPeriod(t, w)).id, on: "2027-02-12" },
    }),
  },
  "PATCH /api/v1/orgs/{org}/reviews/{id}": { policy: "review", prepare: onNew(reviewSession, { state: "held" }) },
  "PUT /api/v1/orgs/{org}/reviews/{id}/answers": {
    policy: "review",
    prepare: async (t, w) => {
      const { id, keyResultId } = await reviewSession(t, w);
      return { path: { id }, body: { answers: [{ keyResultId, question: "what_worked", answer: "Pairing" }] } };
    },
  },
  "POST /api/v1/orgs/{org}/reviews/{id}/decisions": {
    policy: "review",
    prepare: async (t, w) => {
      const { id, keyResultId } = await reviewSession(t, w);
      return { path: { id }, body: { keyResultId, decision: "keep" } };
    },
  },
  "POST /api/v1/orgs/{org}/reviews/{id}/learnings": {
    policy: "review",
    prepare: onNew(reviewSession, { body: "客户访谈有用" }),
  },
  "POST /api/v1/orgs/{org}/reviews/{id}/next-objective": {
    policy: "objective",
    prepare: async (t, w) => {
      const ended = await createPeriod(t.services, systemScope(w.orgId), {
        name: `Ended ${unique()}`,
        startsOn: "2026-10-01",
        endsOn: "2026-12-31",
        status: "active",
      });
      await transitionPeriod(t.services, systemScope(w.orgId), ended.id, { to: "in_review" });
      const review = await startReview(t.services, systemScope(w.orgId), {
        unitId: w.unitId,
        periodId: ended.id,
        on: "2026-12-31",
      });
      return { path: { id: review.review.id as string }, body: { periodId: w.periodId, title: "Keep customers" } };
    },
  },
  "GET /api/v1/orgs/{org}/learnings": {
    policy: "read",
    prepare: async () => ({ path: {}, query: `q=${encodeURIComponent("访谈")}&band=met` }) as Request,
  },
  "GET /api/v1/orgs/{org}/me/notification-preferences": { policy: "personal" },
  "PUT /api/v1/orgs/{org}/me/notification-preferences": {
    policy: "personalWrite",
    prepare: async () => ({ path: {}, body: { kind: "mention", channel: "chat" } }),
  },
  "GET /api/v1/orgs/{org}/me/notifications": { policy: "personal" },
  "GET /api/v1/orgs/{org}/me/units": { policy: "personal" },
  // The checklist speaks of the whole organisation (private units too) and of admins' tasks.
  "GET /api/v1/orgs/{org}/getting-started": { policy: "admin" },
  "POST /api/v1/orgs/{org}/me/notifications/read": {
    policy: "personal",
    status: 204,
    prepare: async () => ({ path: {}, body: {} }),
  },
  "GET /api/v1/unsubscribe/{token}": { policy: "account" }, // the link is the credential (notifications.api.test.ts)
  "POST /api/v1/unsubscribe/{token}": { policy: "account" },
  "PUT /api/v1/auth/me/locale": { policy: "account" },
  // The audit log (tests/api/audit-log.test.ts): admins read and export it; nothing writes it.
  "GET /api/v1/orgs/{org}/audit-log": { policy: "admin" },
  "GET /api/v1/orgs/{org}/audit-log/export": { policy: "admin" },
  "GET /api/v1/orgs/{org}/webhooks": { policy: "admin" },
  "POST /api/v1/orgs/{org}/webhooks": {
    policy: "admin",
    prepare: async () => ({
      path: {},
      body: { name: "Ops", kind: "generic", url: "https://example.test/hook", events: ["period.closed"] },
    }),
  },
  "GET /api/v1/orgs/{org}/webhooks/{id}": { policy: "admin", prepare: onNew(newWebhook) },
  "PATCH /api/v1/orgs/{org}/webhooks/{id}": { policy: "admin", prepare: onNew(newWebhook, { active: false }) },
  "DELETE /api/v1/orgs/{org}/webhooks/{id}": { policy: "admin", prepare: onNew(newWebhook) },
  "POST /api/v1/orgs/{org}/webhooks/{id}/secret": { policy: "admin", status: 200, prepare: onNew(newWebhook) },
  "GET /api/v1/orgs/{org}/webhooks/{id}/deliveries": { policy: "admin", prepare: onNew(newWebhook) },
  "GET /api/v1/orgs/{org}/outbox/dead": { policy: "admin" },
  "POST /api/v1/orgs/{org}/outbox/{id}/resend": {
    policy: "admin",
    prepare: async (t, w) => {
      const hook = await newWebhook(t, w);
      const [id] = await inTenant(t.db.kysely, w.orgId, (tx) =>
        enqueue(t.services, tx, [
          { orgId: w.orgId, channel: "webhook", kind: "period.closed", payload: { webhookId: hook.id, event: {} } },
        ]),
      );
      return { path: { id: id as string } };
    },
  },
  // Initiatives (src/api/initiatives): everyone reads them; the unit's members write them (M6).
  "GET /api/v1/orgs/{org}/initiatives": {
    policy: "read",
    prepare: async (_t, w) => ({ path: {}, query: `unit=${w.unitId}` }) as Request,
  },
  "POST /api/v1/orgs/{org}/initiatives": {
    policy: "initiatives",
    prepare: async (t, w) => ({
      path: {},
      body: {
        unitId: w.unitId,
        kind: "feature",
        title: "Guided setup",
        keyResultIds: [(await draft(t, w)).keyResults[0]?.id],
      },
    }),
  },
  "GET /api/v1/orgs/{org}/initiatives/{id}": { policy: "read", prepare: onNew(newInitiative) },
  "PATCH /api/v1/orgs/{org}/initiatives/{id}": {
    policy: "initiatives",
    prepare: onNew(newInitiative, { status: "in_progress", version: 1 }),
  },
  "DELETE /api/v1/orgs/{org}/initiatives/{id}": { policy: "initiatives", prepare: onNew(newInitiative) },
  // K7: removes a KR and creates an initiative, so the unit's members only (both M3 and M6 allow them).
  "POST /api/v1/orgs/{org}/key-results/{id}/initiative": {
    policy: "initiatives",
    prepare: async (t, w) => {
      const { keyResults } = await draft(t, w);
      return {
        path: { id: keyResults[0]?.id as string },
        body: { initiative: { kind: "feature" }, outcome: { keyResultId: keyResults[1]?.id } },
      };
    },
  },
  "POST /api/v1/auth/sign-up": { policy: "account" },
  // Public: the sign-in page asks it before anyone is signed in (GROVE_SIGN_UP).
  "GET /api/v1/auth/sign-up-mode": { policy: "account" },
  "POST /api/v1/auth/sign-in": { policy: "account" },
  "POST /api/v1/auth/sign-out": { policy: "account" },
  "GET /api/v1/auth/me": { policy: "account" },
  "GET /api/v1/auth/invitations/{token}": { policy: "account" },
  "POST /api/v1/auth/invitations/{token}/accept": { policy: "account" },
  // Password reset (tests/api/mail-flows.test.ts): open to anyone, it answers the same for all.
  "POST /api/v1/auth/password-reset": { policy: "account" },
  "GET /api/v1/auth/password-reset/{token}": { policy: "account" },
  "POST /api/v1/auth/password-reset/confirm": { policy: "account" },
  "POST /api/v1/auth/password": { policy: "account" }, // tests/api/account-security.test.ts
  "GET /api/v1/auth/sessions": { policy: "account" },
  "DELETE /api/v1/auth/sessions/{handle}": { policy: "account" },
  // Email verification (tests/api/email-verification.test.ts): the signed-in account's own link,
  // and the mailed link, which is its own credential.
  "POST /api/v1/auth/email-verification": { policy: "account" },
  "POST /api/v1/auth/email-verification/confirm": { policy: "account" },
  // Single sign-on (tests/api/sso.test.ts): the settings are admins'; start and callback are
  // pages a browser follows before anyone is signed in, so they are open to all.
  "GET /api/v1/orgs/{org}/sso": { policy: "admin" },
  "PUT /api/v1/orgs/{org}/sso": {
    policy: "admin",
    prepare: async () => ({
      path: {},
      body: { enabled: false, issuer: "https://login.example.test", clientId: "grove", clientSecret: "s3cret" },
    }),
  },
  "GET /api/v1/auth/sso/{slug}/start": { policy: "account" },
  "GET /api/v1/auth/sso/callback": { policy: "account" },
  // Two-factor sign-in (tests/api/two-factor.test.ts): the account's own, a web session only.
  "POST /api/v1/auth/sign-in/two-factor": { policy: "account" },
  "GET /api/v1/auth/two-factor": { policy: "account" },
  "POST /api/v1/auth/two-factor/setup": { policy: "account" },
  "POST /api/v1/auth/two-factor/confirm": { policy: "account" },
  "POST /api/v1/auth/two-factor/disable": { policy: "account" },
  "POST /api/v1/auth/two-factor/recovery-codes": { policy: "account" },
  // Health metrics (src/api/health-metrics): everyone reads; the unit's members manage them
  // (M6); a check-ins token records readings, as it records check-ins.
  "GET /api/v1/orgs/{org}/units/{id}/health-metrics": {
    policy: "read",
    prepare: async (_t, w) => ({ path: { id: w.unitId } }),
  },
  "POST /api/v1/orgs/{org}/units/{id}/health-metrics": {
    policy: "keyResults",
    prepare: async (_t, w) => ({ path: { id: w.unitId }, body: { name: `Uptime ${unique()}`, rangeLow: 99.5 } }),
  },
  "GET /api/v1/orgs/{org}/health-metrics/{id}": { policy: "read", prepare: onNew(newHealthMetric) },
  "PATCH /api/v1/orgs/{org}/health-metrics/{id}": {
    policy: "keyResults",
    prepare: onNew(newHealthMetric, { rangeLow: 99 }),
  },
  "DELETE /api/v1/orgs/{org}/health-metrics/{id}": { policy: "keyResults", prepare: onNew(newHealthMetric) },
  "GET /api/v1/orgs/{org}/health-metrics/{id}/readings": { policy: "read", prepare: onNew(newHealthMetric) },
  "POST /api/v1/orgs/{org}/health-metrics/{id}/readings": {
    policy: "checkIn",
    prepare: async (t, w) => ({
      path: { id: (await newHealthMetric(t, w)).id },
      body: { readings: [{ value: 99.9 }] },
    }),
  },
  "GET /api/v1/orgs/{org}/health-metrics/{id}/history": { policy: "read", prepare: onNew(newHealthMetric) },
  "PATCH /api/v1/orgs/{org}/health-readings/{id}": {
    policy: "keyResults",
    prepare: onNew(healthReading, { value: 99.8, reason: "Typo" }),
  },
  // A KR's guardrails are part of the KR: its unit's members set them (M3).
  "GET /api/v1/orgs/{org}/key-results/{id}/guardrails": {
    policy: "read",
    prepare: async (t, w) => ({ path: { id: (await draft(t, w)).keyResults[0]?.id as string } }),
  },
  // A team page's cards read their unit's guardrails and sources in one list each.
  "GET /api/v1/orgs/{org}/guardrails": {
    policy: "read",
    prepare: async (_t, w) => ({ path: {}, query: `keyResultUnit=${w.unitId}` }) as Request,
  },
  "PUT /api/v1/orgs/{org}/key-results/{id}/guardrails": {
    policy: "keyResults",
    prepare: async (t, w) => ({
      path: { id: (await draft(t, w)).keyResults[0]?.id as string },
      body: { healthMetricIds: [(await newHealthMetric(t, w)).id] },
    }),
  },
  // A KR's metric source is part of the KR: whoever edits its key results manages it (M3);
  // only admins allow the hosts sources fetch from (docs/metric-sources.md).
  "GET /api/v1/orgs/{org}/key-results/{id}/sources": {
    policy: "read",
    prepare: async (t, w) => ({ path: { id: (await draft(t, w)).keyResults[0]?.id as string } }),
  },
  "GET /api/v1/orgs/{org}/metric-sources": {
    policy: "read",
    prepare: async (_t, w) => ({ path: {}, query: `keyResultUnit=${w.unitId}` }) as Request,
  },
  "POST /api/v1/orgs/{org}/key-results/{id}/sources": {
    policy: "keyResults",
    prepare: async (t, w) => ({ path: { id: (await draft(t, w)).keyResults[0]?.id as string }, body: sourceBody }),
  },
  "GET /api/v1/orgs/{org}/metric-sources/{id}": { policy: "read", prepare: onNew(newSource) },
  "PATCH /api/v1/orgs/{org}/metric-sources/{id}": {
    policy: "keyResults",
    prepare: onNew(newSource, { jsonPath: "data.count" }),
  },
  "DELETE /api/v1/orgs/{org}/metric-sources/{id}": { policy: "keyResults", prepare: onNew(newSource) },
  "POST /api/v1/orgs/{org}/metric-sources/{id}/sync": { policy: "keyResults", status: 202, prepare: onNew(newSource) },
  // Reads the source and writes nothing; it answers 200 with the error when the read fails.
  "POST /api/v1/orgs/{org}/metric-sources/{id}/test": { policy: "keyResults", status: 200, prepare: onNew(newSource) },
  "GET /api/v1/orgs/{org}/metric-source-hosts": { policy: "read" },
  "PUT /api/v1/orgs/{org}/metric-source-hosts": {
    policy: "admin",
    prepare: async () => ({ path: {}, body: { hosts: ["metrics.example.test"] } }),
  },
  "POST /api/v1/orgs/{org}/health-readings/{id}/withdrawal": {
    policy: "keyResults",
    status: 200,
    prepare: onNew(healthReading, { reason: "Wrong metric" }),
  },
};

/** Sprints of the matrix unit never overlap: each request gets its own fortnight. */
let fortnight = 0;
/**
 * A request on a new row that `make` creates for it, the row's id in the path: every caller gets
 * a row of their own, so a delete or an update by one never spoils the next one's request.
 */
function onNew(
  make: (t: ReturnType<typeof useTestApp>, w: World) => Promise<string | { id: string }>,
  body?: unknown,
): (t: ReturnType<typeof useTestApp>, w: World) => Promise<Request> {
  return async (t, w) => {
    const row = await make(t, w);
    return { path: { id: typeof row === "string" ? row : row.id }, ...(body === undefined ? {} : { body }) };
  };
}

function nextFortnight(): { start: string; end: string } {
  const start = new Date(Date.UTC(2030, 0, 1) + fortnight++ * 14 * 86_400_000);
  const end = new Date(start.getTime() + 11 * 86_400_000);
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}
async function newSprint(t: ReturnType<typeof useTestApp>, w: World) {
  const { start, end } = nextFortnight();
  return createSprint(t.services, systemScope(w.orgId), {
    unitId: w.unitId,
    name: `S ${unique()}`,
    startsOn: start,
    endsOn: end,
  });
}

async function newPeriod(t: ReturnType<typeof useTestApp>, w: World) {
  return createPeriod(t.services, systemScope(w.orgId), {
    name: `P ${unique()}`,
    startsOn: "2027-05-01",
    endsOn: "2027-05-31",
  });
}
async function newMapping(t: ReturnType<typeof useTestApp>, w: World) {
  return createImportMapping(t.services, systemScope(w.orgId), {
    name: `Sheet ${unique()}`,
    columns: { period: "Quarter" },
  });
}
/** A template-shaped CSV that plans a new unit: a dry run of it meets the same rule as applying it. */
function importCsv(): string {
  const header = Object.values(TEMPLATE_HEADERS.en).join(",");
  return `${header}\n2027-Q1,U ${unique()},,Learn what teams need,,Interviews held,interviews,,0,12,2027-03-31,,,\n`;
}
async function newWebhook(t: ReturnType<typeof useTestApp>, w: World) {
  return createWebhook(t.services, systemScope(w.orgId), {
    name: "Ops",
    kind: "generic",
    url: "https://example.test/hook",
    events: ["period.closed"],
  });
}
async function newStrategy(t: ReturnType<typeof useTestApp>, w: World) {
  return createStrategy(t.services, systemScope(w.orgId), { kind: "vision", title: "Every team does its best work" });
}
async function newInitiative(t: ReturnType<typeof useTestApp>, w: World) {
  const { keyResults } = await draft(t, w);
  return createInitiative(t.services, systemScope(w.orgId), {
    unitId: w.unitId,
    kind: "experiment",
    title: "Try a checklist",
    keyResultIds: [keyResults[0]?.id as string],
  });
}
const sourceBody = {
  kind: "http_json",
  url: "https://metrics.example.test/total.json",
  jsonPath: "data.total",
  schedule: { every: "daily" },
} as const;
async function newSource(t: ReturnType<typeof useTestApp>, w: World): Promise<string> {
  const keyResultId = (await draft(t, w)).keyResults[0]?.id as string;
  const source = await createMetricSource(t.services, systemScope(w.orgId), keyResultId, {
    ...sourceBody,
    schedule: { every: "daily", at: "00:00", weekday: 1 },
  });
  return source.id;
}
async function newHealthMetric(t: ReturnType<typeof useTestApp>, w: World) {
  return createHealthMetric(t.services, systemScope(w.orgId), w.unitId, { name: `Uptime ${unique()}`, rangeLow: 99.5 });
}
async function healthReading(t: ReturnType<typeof useTestApp>, w: World): Promise<string> {
  const metric = await newHealthMetric(t, w);
  const { readings } = await recordHealthReadings(t.services, systemScope(w.orgId), metric.id, [{ value: 99.9 }]);
  return readings[0]?.id as string;
}
/** A decision on a draft objective of the matrix unit. */
async function newDecision(t: ReturnType<typeof useTestApp>, w: World): Promise<string> {
  const objectiveId = (await draft(t, w)).objective.id;
  return (await createDecision(t.services, systemScope(w.orgId), { objectiveId, title: "Keep the agent step" })).id;
}
/** A draft objective of the matrix unit with two KRs (drafts let KRs be deleted freely). */
async function draft(t: ReturnType<typeof useTestApp>, w: World) {
  return createObjective(t.services, systemScope(w.orgId), {
    unitId: w.unitId,
    periodId: w.periodId,
    title: "Make onboarding effortless",
    keyResults: [
      goodKeyResult(),
      goodKeyResult({ title: "Cut time to value from 10 to 5 days", metric: "time to value" }),
    ],
  });
}

/** A draft of the matrix unit whose title the coach flags (Q1), for a dismissal. */
async function flagged(t: ReturnType<typeof useTestApp>, w: World) {
  return createObjective(t.services, systemScope(w.orgId), {
    unitId: w.unitId,
    periodId: w.periodId,
    title: "Become the market leader in our city",
    keyResults: [goodKeyResult()],
  });
}

/** A KR of another unit in the matrix's period, for a dependency to point at (M7). */
async function otherUnitsKeyResult(t: ReturnType<typeof useTestApp>, w: World): Promise<string> {
  return (await buildObjective(t.services, w.orgId, { periodId: w.periodId, status: "draft" })).keyResults[0]
    ?.id as string;
}
/** A dependency of the matrix unit's KR on another unit's KR (M7). */
async function newDependency(t: ReturnType<typeof useTestApp>, w: World): Promise<string> {
  const keyResultId = (await draft(t, w)).keyResults[0]?.id as string;
  const dependsOnKeyResultId = await otherUnitsKeyResult(t, w);
  return (await createDependency(t.services, systemScope(w.orgId), { keyResultId, dependsOnKeyResultId })).id;
}
/** A reading of a draft KR recorded by the matrix member. */
async function membersReading(t: ReturnType<typeof useTestApp>, w: World): Promise<string> {
  const kr = (await draft(t, w)).keyResults[0]?.id as string;
  return (await recordCheckIn(t.services, systemScope(w.orgId), kr, { value: 5, authorId: w.memberId })).checkIn.id;
}
/** A comment the matrix member wrote on a draft objective. */
async function membersComment(t: ReturnType<typeof useTestApp>, w: World): Promise<string> {
  const actor = await actorForPerson(t.services, w.orgId, w.memberId, null);
  if (!actor) throw new Error("no actor");
  const thread = { objectiveId: (await draft(t, w)).objective.id };
  return (await addComment(t.services, { orgId: w.orgId, actor }, thread, { body: "Mine" })).id;
}
/** A period of its own (2027-Q1's dates, so the checkpoint of 2027-02-12 is due) per request. */
async function reviewPeriod(t: ReturnType<typeof useTestApp>, w: World) {
  return createPeriod(t.services, systemScope(w.orgId), {
    name: `Q ${unique()}`,
    startsOn: "2027-01-01",
    endsOn: "2027-03-31",
    status: "active",
  });
}
/** A started review of the matrix unit, with an objective and KRs to review. */
async function reviewSession(t: ReturnType<typeof useTestApp>, w: World) {
  const period = await reviewPeriod(t, w);
  const { keyResults } = await createObjective(t.services, systemScope(w.orgId), {
    unitId: w.unitId,
    periodId: period.id,
    title: "Make onboarding effortless",
    keyResults: [goodKeyResult()],
  });
  const review = await startReview(t.services, systemScope(w.orgId), {
    unitId: w.unitId,
    periodId: period.id,
    on: "2027-02-12",
  });
  return { id: review.review.id as string, keyResultId: keyResults[0]?.id as string };
}

/** An experiment of the matrix unit on a draft KR, started when asked. */
async function newExperiment(t: ReturnType<typeof useTestApp>, w: World, started = false) {
  const experiment = await createExperiment(t.services, systemScope(w.orgId), {
    kind: "experiment",
    title: "Shorter wizard",
    hypothesis: "We believe a shorter wizard will lift completion, measured by completion rate",
    keyResultId: (await draft(t, w)).keyResults[0]?.id as string,
    metrics: [{ name: "Completion rate", direction: "at_least", threshold: 30, unit: "%" }],
  });
  return started ? startExperiment(t.services, systemScope(w.orgId), experiment.id) : experiment;
}

/** The status an allowed or refused caller gets, by policy. */
function expected(policy: Policy, caller: Caller, allowed: number): number {
  if (caller === "anonymous") return 401;
  if (caller === "outsider") return policy === "self" ? allowed : 404;
  const tokenCaller = caller === "readToken" || caller === "checkInToken" || caller === "writeToken";
  if (policy === "self") return tokenCaller ? 401 : allowed; // organisation lists are for signed-in people
  if (policy === "read") return allowed;
  if (policy === "personalWrite") return tokenCaller ? 403 : allowed;
  if (policy === "personal") return tokenCaller ? (allowed === 201 ? 403 : allowed === 204 ? 403 : allowed) : allowed;
  if (caller === "readToken") return 403;
  if (caller === "checkInToken") return policy === "checkIn" ? allowed : 403;
  // A write token is its admin, less administration and the discussion.
  if (caller === "writeToken")
    return ["admin", "comment", "commentAuthor", "commentAuthorOrAdmin"].includes(policy) ? 403 : allowed;
  const allowedCallers: Record<
    Exclude<Policy, "read" | "self" | "personal" | "personalWrite" | "account">,
    Caller[]
  > = {
    admin: ["admin"],
    structure: ["admin"],
    objective: ["admin", "lead"],
    keyResults: ["admin", "lead", "member"],
    checkIn: ["admin", "lead", "member"],
    authorOrLead: ["admin", "lead", "member"],
    comment: ["admin", "lead", "member", "otherMember"],
    commentAuthor: ["member"],
    commentAuthorOrAdmin: ["admin", "member"],
    review: ["admin", "lead", "member"],
    initiatives: ["admin", "lead", "member"],
    sprints: ["admin", "lead", "member"],
    experiment: ["admin", "lead", "member"],
  };
  return allowedCallers[policy as keyof typeof allowedCallers].includes(caller) ? allowed : 403;
}

describeApi("who may do what, endpoint by endpoint (M3)", { now: "2027-02-15T12:00:00Z" }, (t) => {
  it("knows the policy of every endpoint in the OpenAPI document", async () => {
    const doc = (await t.call("GET", "/api/openapi.json")).body;
    const operations = Object.entries(doc.paths as Record<string, object>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.filter((op) => !(op in endpoints))).toEqual([]);
  });

  it("gives every caller exactly the answer their role allows", { timeout: 240_000 }, async () => {
    const org = await buildOrg(t.services);
    const unit = await buildUnit(t.services, org.id);
    const otherUnit = await buildUnit(t.services, org.id);
    const period = await buildPeriod(t.services, org.id);
    await buildObjective(t.services, org.id, { unitId: otherUnit.id, periodId: period.id });
    const lead = await buildMember(t.services, org.id, { units: [[unit.id, "lead"]] });
    const member = await buildMember(t.services, org.id, { units: [[unit.id, "member"]] });
    const world: World = {
      slug: org.slug,
      orgId: org.id,
      unitId: unit.id,
      periodId: period.id,
      memberId: member.personId,
    };
    const sessions: Record<string, TestSession> = {
      admin: adminSessions.get(org.slug) as TestSession,
      lead,
      member,
      otherMember: await buildMember(t.services, org.id, { units: [[otherUnit.id, "member"]] }),
      viewer: await buildMember(t.services, org.id, { orgRole: "viewer" }),
      outsider: adminSessions.get((await buildOrg(t.services)).slug) as TestSession,
    };
    const tokenOf = async (personId: string, scope: TokenScope) => {
      const actor = await actorForPerson(t.services, org.id, personId, null);
      if (!actor) throw new Error("no actor");
      return `Bearer ${(await createApiToken(t.services, { orgId: org.id, actor }, { name: "matrix", scope })).token}`;
    };
    const adminPerson = (await t.call("GET", `/api/v1/orgs/${org.slug}/people`)).body.people.find(
      (p: { role: string }) => p.role === "admin",
    );
    const tokens: Record<string, string> = {
      readToken: await tokenOf(adminPerson.id, "read"),
      checkInToken: await tokenOf(member.personId, "check_ins"),
      writeToken: await tokenOf(adminPerson.id, "write"),
    };
    const callers: Caller[] = [
      "admin",
      "lead",
      "member",
      "otherMember",
      "viewer",
      "outsider",
      "anonymous",
      "readToken",
      "checkInToken",
      "writeToken",
    ];
    const failures: string[] = [];

    for (const [operation, spec] of Object.entries(endpoints)) {
      if (spec.policy === "account") continue;
      const [method, template] = operation.split(" ") as [string, string];
      for (const caller of callers) {
        const as = caller === "anonymous" ? null : (tokens[caller] ?? (sessions[caller] as TestSession));
        const request = spec.prepare ? await spec.prepare(t, world) : { path: {} };
        if (operation.startsWith("DELETE /api/v1/orgs/{org}/api-tokens")) {
          // Each caller revokes a token of their own; tokens cannot manage tokens.
          const own =
            caller in sessions && caller !== "outsider" ? await ownToken(t, org.id, as as TestSession) : randomUUID();
          request.path.id = own;
        }
        let path = template.replace("{org}", world.slug);
        for (const [name, value] of Object.entries(request.path)) path = path.replace(`{${name}}`, value);
        const query = (request as { query?: string }).query;
        const res = await t.callAs(as, method, query ? `${path}?${query}` : path, request.body);
        const allowed = spec.status ?? (method === "POST" ? 201 : method === "DELETE" ? 204 : 200);
        const want = expected(spec.policy, caller, allowed);
        if (res.status !== want)
          failures.push(
            `${operation} as ${caller}: ${res.status}, expected ${want} ${JSON.stringify(res.body?.error?.message ?? "")}`,
          );
        if (res.status === 403) expect(res.body.error.message.length).toBeGreaterThan(10); // says why
      }
    }
    expect(failures).toEqual([]);
  });
});

/** Creates an API token for the signed-in caller and returns its id. */
async function ownToken(t: ReturnType<typeof useTestApp>, orgId: string, session: TestSession): Promise<string> {
  const slug = (
    await t.services.db.selectFrom("organisations").select("slug").where("id", "=", orgId).executeTakeFirstOrThrow()
  ).slug;
  const res = await t.callAs(session, "POST", `/api/v1/orgs/${slug}/api-tokens`, { name: "mine", scope: "read" });
  return res.body.id;
}
