import { z } from "@hono/zod-openapi";
import {
  CreateDecision,
  DecisionFilters,
  DecisionStatus,
  EvidenceRef,
  UpdateDecision,
} from "../../schemas/decisions.ts";
import { getDecision, listDecisionHistory, listDecisions } from "../../services/decisions/read-decisions.ts";
import { createDecision, deleteDecision, updateDecision } from "../../services/decisions/write-decisions.ts";
import { changeFields } from "../shared/history.ts";
import { orgRouteFamily } from "../shared/org-route.ts";
import { DateOnly, Uuid, versionedRowFields } from "../shared/schemas.ts";

// P4: the decision log (docs/strategy-and-decisions.md). Decisions on an objective or one of its
// KRs, weighed against the OKRs, with the evidence the team had and a date to revisit them.

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
    ...versionedRowFields,
  })
  .openapi("Decision");

const DecisionChange = z.object({ id: Uuid, ...changeFields }).openapi("DecisionChange");

export const registerDecisionRoutes = orgRouteFamily(["Decisions"], (routes) => {
  routes.get("/orgs/{org}/decisions", {
    operationId: "listDecisions",
    summary: "The decision log: by objective, KR or unit, or by words in the title, context or decision (P4)",
    description:
      "Newest decision first, at most 200. Every member reads it; private units' decisions only their members.",
    query: DecisionFilters,
    responds: [200, z.object({ decisions: z.array(Decision) }), "Decisions"],
    run: async ({ services, scope, query }) => ({ decisions: await listDecisions(services, scope, query) }),
  });
  routes.post("/orgs/{org}/decisions", {
    operationId: "recordDecision",
    summary: "Records a decision on an objective or a KR (P4)",
    description: `${writers} Readings cited as evidence must be the KR's own (422 reading_of_kr).`,
    body: CreateDecision,
    responds: [201, Decision, "Recorded"],
    serve: createDecision,
  });
  routes.get("/orgs/{org}/decisions/{id}", {
    operationId: "getDecision",
    description: "A product decision (P4) with what it was based on and the key results it serves.",
    summary: "One decision",
    responds: [200, Decision, "The decision"],
    serve: getDecision,
  });
  routes.patch("/orgs/{org}/decisions/{id}", {
    operationId: "updateDecision",
    summary: "Changes a decision: revisits or reverses it, adds evidence (S7: the earlier text stays in its history)",
    description: writers,
    body: UpdateDecision,
    responds: [200, Decision, "Changed"],
    serve: updateDecision,
  });
  routes.delete("/orgs/{org}/decisions/{id}", {
    operationId: "deleteDecision",
    summary: "Deletes a decision recorded by mistake (its history keeps what it said, S7)",
    description: `${writers} A decision that was undone is better marked reversed than deleted.`,
    responds: [204, "Deleted"],
    serve: deleteDecision,
  });
  routes.get("/orgs/{org}/decisions/{id}/history", {
    operationId: "getDecisionHistory",
    description: "S7: every recorded change of the decision, who made it and why, oldest first.",
    summary: "A decision's recorded changes, oldest first (S7)",
    responds: [200, z.object({ history: z.array(DecisionChange) }), "The decision's changes"],
    serve: listDecisionHistory,
    field: "history",
  });
});
