import { createRoute, z } from "@hono/zod-openapi";
import {
  CreateDecision,
  DecisionFilters,
  DecisionStatus,
  EvidenceRef,
  UpdateDecision,
} from "../../schemas/decisions.ts";
import { getDecision, listDecisionHistory, listDecisions } from "../../services/decisions/read-decisions.ts";
import { createDecision, deleteDecision, updateDecision } from "../../services/decisions/write-decisions.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { noContent, reply } from "../shared/reply.ts";
import {
  DateOnly,
  errorResponses,
  jsonBody,
  jsonResponse,
  OrgIdParams,
  OrgParams,
  Timestamp,
  Uuid,
} from "../shared/schemas.ts";

// P4: the decision log (docs/strategy-and-decisions.md). Decisions on an objective or one of its
// KRs, weighed against the OKRs, with the evidence the team had and a date to revisit them.

const tags = ["Decisions"];
const writers = "The unit's lead and members (and admins) write its decisions without approval from above (M6).";

export const Decision = z
  .object({
    id: Uuid,
    objectiveId: Uuid,
    objectiveTitle: z.string(),
    periodId: Uuid,
    keyResultId: Uuid.nullable(),
    keyResultTitle: z.string().nullable(),
    unitId: Uuid,
    unitName: z.string(),
    title: z.string(),
    context: z.string(),
    options: z.array(z.string()),
    evidence: z.string(),
    evidenceRefs: z.array(EvidenceRef),
    decision: z.string(),
    decidedById: Uuid.nullable(),
    decidedByName: z.string().nullable(),
    decidedOn: DateOnly,
    revisitOn: DateOnly.nullable(),
    status: DecisionStatus,
    revisitDue: z.boolean().openapi({ description: "Its revisit date has come and it is not reversed" }),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi("Decision");

const DecisionChange = z
  .object({
    id: Uuid,
    action: z.enum(["create", "update", "delete"]),
    actorId: Uuid.nullable(),
    reason: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    changedAt: Timestamp,
  })
  .openapi("DecisionChange");

export function registerDecisionRoutes(api: Api): void {
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/decisions",
      tags,
      summary: "The decision log: by objective, KR or unit, or by words in the title, context or decision (P4)",
      description:
        "Newest decision first, at most 200. Every member reads it; private units' decisions only their members.",
      request: { params: OrgParams, query: DecisionFilters },
      responses: { 200: jsonResponse(z.object({ decisions: z.array(Decision) }), "Decisions"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      return reply(c, { decisions: await listDecisions(c.get("services"), scope, c.req.valid("query")) });
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/decisions",
      tags,
      summary: "Records a decision on an objective or a KR (P4)",
      description: `${writers} Readings cited as evidence must be the KR's own (422 reading_of_kr).`,
      request: { params: OrgParams, body: jsonBody(CreateDecision) },
      responses: { 201: jsonResponse(Decision, "Recorded"), ...errorResponses },
    }),
    async (c) => {
      const scope = await scopeOf(c, c.req.valid("param").org);
      return reply(c, await createDecision(c.get("services"), scope, c.req.valid("json")), 201);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/decisions/{id}",
      tags,
      summary: "One decision",
      request: { params: OrgIdParams },
      responses: { 200: jsonResponse(Decision, "The decision"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await getDecision(c.get("services"), await scopeOf(c, org), id));
    },
  );
  api.openapi(
    createRoute({
      method: "patch",
      path: "/orgs/{org}/decisions/{id}",
      tags,
      summary: "Changes a decision: revisits or reverses it, adds evidence (S7: the earlier text stays in its history)",
      description: writers,
      request: { params: OrgIdParams, body: jsonBody(UpdateDecision) },
      responses: { 200: jsonResponse(Decision, "Changed"), ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, await updateDecision(c.get("services"), await scopeOf(c, org), id, c.req.valid("json")));
    },
  );
  api.openapi(
    createRoute({
      method: "delete",
      path: "/orgs/{org}/decisions/{id}",
      tags,
      summary: "Deletes a decision recorded by mistake (its history keeps what it said, S7)",
      description: `${writers} A decision that was undone is better marked reversed than deleted.`,
      request: { params: OrgIdParams },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      await deleteDecision(c.get("services"), await scopeOf(c, org), id);
      return noContent(c);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: "/orgs/{org}/decisions/{id}/history",
      tags,
      summary: "A decision's recorded changes, oldest first (S7)",
      request: { params: OrgIdParams },
      responses: {
        200: jsonResponse(z.object({ history: z.array(DecisionChange) }), "The decision's changes"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      return reply(c, { history: await listDecisionHistory(c.get("services"), await scopeOf(c, org), id) });
    },
  );
}
