import { getKeyResult } from "../../services/check-ins/record-check-in.ts";
import { createKeyResult } from "../../services/key-results/create-key-result.ts";
import { deleteKeyResult } from "../../services/key-results/delete-key-result.ts";
import { updateKeyResult } from "../../services/key-results/update-key-result.ts";
import type { Api } from "../shared/env.ts";
import { orgRoutes } from "../shared/org-route.ts";
import { VersionQuery } from "../shared/schemas.ts";
import { KeyResult, KeyResultInput, ScoredKeyResult, UpdateKeyResult } from "./schema.ts";

const tags = ["Key results"];

export function registerKeyResultRoutes(api: Api): void {
  const routes = orgRoutes(api, tags);
  routes.post("/orgs/{org}/objectives/{id}/key-results", {
    body: KeyResultInput,
    responds: [201, KeyResult, "Added to the objective"],
    created: "/orgs/{org}/key-results/{id}",
    run: ({ services, scope, param, json }) => createKeyResult(services, scope, param.id, json),
  });
  routes.get("/orgs/{org}/key-results/{id}", {
    responds: [200, ScoredKeyResult, "The key result with its pace and band now"],
    run: ({ services, scope, param }) => getKeyResult(services, scope, param.id),
  });
  routes.patch("/orgs/{org}/key-results/{id}", {
    body: UpdateKeyResult,
    responds: [200, KeyResult, "Updated"],
    run: ({ services, scope, param, json }) => updateKeyResult(services, scope, param.id, json),
  });
  routes.delete("/orgs/{org}/key-results/{id}", {
    query: VersionQuery,
    responds: [204, "Deleted"],
    run: async ({ services, scope, param: { id }, query }) => {
      await deleteKeyResult(services, scope, id, query.version);
    },
  });
}
