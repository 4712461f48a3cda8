import { z } from "@hono/zod-openapi";
import { getKeyResult } from "../../services/check-ins/record-check-in.ts";
import { createKeyResult } from "../../services/key-results/create-key-result.ts";
import { deleteKeyResult } from "../../services/key-results/delete-key-result.ts";
import { listKeyResults } from "../../services/key-results/list-key-results.ts";
import { updateKeyResult } from "../../services/key-results/update-key-result.ts";
import { orgRouteFamily } from "../shared/org-route.ts";
import { asPage, PageQuery, pageOf, UpdatedSinceQuery } from "../shared/paging.ts";
import { IdQuery } from "../shared/query.ts";
import { VersionQuery } from "../shared/schemas.ts";
import { KeyResult, KeyResultInput, ScoredKeyResult, UpdateKeyResult } from "./schema.ts";

export const registerKeyResultRoutes = orgRouteFamily(["Key results"], (routes) => {
  routes.post("/orgs/{org}/objectives/{id}/key-results", {
    operationId: "createKeyResult",
    summary: "Add a key result to an objective: metric, baseline, target and deadline (K1)",
    description:
      "Under an active objective it names a metric, baseline and target (K1, 422; unless the organisation turned K1 off with a reason); the coach's other quality rules (K2-K7) are findings, not refusals. Rescores the objective and its cascade (S1, M5).",
    body: KeyResultInput,
    responds: [201, KeyResult, "Added to the objective"],
    created: "/orgs/{org}/key-results/{id}",
    serve: createKeyResult,
  });
  routes.get("/orgs/{org}/key-results", {
    operationId: "listKeyResults",
    summary: "Key results, by objective, period or unit, for syncing",
    description:
      "The key results the caller may read (S5) with their stored progress (S1, M5 roll-up), in the order they were created. Paged by a keyset on creation: a walk sees every key result that existed when it began exactly once. updatedSince keeps those whose own fields changed since; a check-in moves the current value and progress without changing updatedAt, so poll listOrganisationCheckIns for readings (docs/api.md).",
    query: z.object({
      ...PageQuery.shape,
      ...UpdatedSinceQuery.shape,
      objectiveId: IdQuery("Only this objective's key results"),
      periodId: IdQuery("Only the key results of this period's objectives"),
      unitId: IdQuery("Only the key results of this unit's objectives"),
    }),
    responds: [200, pageOf("keyResults", KeyResult), "One page, in the order the key results were created"],
    run: async ({ services, scope, query }) => asPage("keyResults", await listKeyResults(services, scope, query)),
  });
  routes.get("/orgs/{org}/key-results/{id}", {
    operationId: "getKeyResult",
    description: "With its current value, progress (S1), outcome band (S2), pace and forecast.",
    summary: "A key result with its progress (S1)",
    responds: [200, ScoredKeyResult, "The key result with its pace and band now"],
    serve: getKeyResult,
  });
  routes.patch("/orgs/{org}/key-results/{id}", {
    operationId: "updateKeyResult",
    summary: "Change a key result; the change and its reason are recorded (S7)",
    description:
      "Send the version you read (409 when stale). A changed target or deadline is recorded with its reason (S7) and rescores the cascade (M5).",
    body: UpdateKeyResult,
    responds: [200, KeyResult, "Updated"],
    serve: updateKeyResult,
  });
  routes.delete("/orgs/{org}/key-results/{id}", {
    operationId: "deleteKeyResult",
    summary: "Delete a key result",
    description:
      "Never the last key result of an active objective (M4), nor one in a closed period. With `version`, a stale one is 409. The history keeps the key result as it was (S7), and its objective and the cascade are rescored (M5).",
    query: VersionQuery,
    responds: [204, "Deleted"],
    serve: deleteKeyResult,
    pick: "version",
  });
});
