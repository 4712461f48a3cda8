import { z } from "@hono/zod-openapi";
import { getInitiative, listInitiatives } from "../../services/initiatives/read-initiatives.ts";
import { turnIntoInitiative } from "../../services/initiatives/turn-into-initiative.ts";
import { createInitiative, deleteInitiative, updateInitiative } from "../../services/initiatives/write-initiatives.ts";
import { orgRouteFamily } from "../shared/org-route.ts";
import { IdQuery } from "../shared/query.ts";
import { VersionQuery } from "../shared/schemas.ts";
import { CreateInitiative, Initiative, TurnedIntoInitiative, TurnIntoInitiative, UpdateInitiative } from "./schema.ts";

// Initiatives (K7, M6): the work a team chooses to move a key result. Its members write them
// without approval from above; everyone in the organisation reads them (S5).

const ListQuery = z.object({
  unit: IdQuery("Only this unit's initiatives"),
  keyResult: IdQuery("Only the initiatives that should move this key result"),
});

export const registerInitiativeRoutes = orgRouteFamily(["Initiatives"], (routes) => {
  routes.get("/orgs/{org}/initiatives", {
    operationId: "listInitiatives",
    summary: "List initiatives",
    description: "The organisation's initiatives, a unit's or a key result's (K7), oldest first.",
    query: ListQuery,
    responds: [200, z.object({ initiatives: z.array(Initiative) }), "List"],
    run: async ({ services, scope, query: { unit, keyResult } }) => ({
      initiatives: await listInitiatives(services, scope, { unitId: unit, keyResultId: keyResult }),
    }),
  });
  routes.post("/orgs/{org}/initiatives", {
    operationId: "createInitiative",
    summary: "Start an initiative",
    description:
      "M6: the unit's lead and members create its initiatives without approval. Linked to at least one key result of an open period (K7).",
    body: CreateInitiative,
    responds: [201, Initiative, "Created"],
    serve: createInitiative,
  });
  routes.get("/orgs/{org}/initiatives/{id}", {
    operationId: "getInitiative",
    description:
      "An initiative with the key results it is meant to move (K7: outcomes are measured by key results, initiatives are outputs).",
    summary: "Read an initiative",
    responds: [200, Initiative, "Found"],
    serve: getInitiative,
  });
  routes.patch("/orgs/{org}/initiatives/{id}", {
    operationId: "updateInitiative",
    summary: "Change an initiative",
    description:
      "M6: the unit's members change its status, dates, owner and key results. A stale `version` is refused with 409.",
    body: UpdateInitiative,
    responds: [200, Initiative, "Updated"],
    serve: updateInitiative,
  });
  routes.delete("/orgs/{org}/initiatives/{id}", {
    operationId: "deleteInitiative",
    summary: "Delete an initiative",
    description: "The history keeps what it was (S7).",
    query: VersionQuery,
    responds: [204, "Deleted"],
    serve: deleteInitiative,
    pick: "version",
  });
  routes.post("/orgs/{org}/key-results/{id}/initiative", {
    operationId: "turnKeyResultIntoInitiative",
    summary: "Turn an output KR into an initiative (K7)",
    description:
      "K7: a KR is an outcome; the output is the work that should move it. In one transaction: creates the initiative from this KR's text under an outcome KR (one that exists, or a new one under the same objective with metric, baseline and target) and removes this KR (its reason in the history, S7). Any refusal (M4, K1, a closed period, a stale version) leaves everything as it was.",
    body: TurnIntoInitiative,
    responds: [201, TurnedIntoInitiative, "The initiative and its outcome KR"],
    serve: turnIntoInitiative,
  });
});
