import { z } from "@hono/zod-openapi";
import { createObjective } from "../../services/objectives/create-objective.ts";
import { deleteObjective } from "../../services/objectives/delete-objective.ts";
import { getObjective, getObjectiveHistory, listObjectives } from "../../services/objectives/read-objectives.ts";
import { saveObjective } from "../../services/objectives/save-objective.ts";
import { updateObjective } from "../../services/objectives/update-objective.ts";
import { orgRouteFamily } from "../shared/org-route.ts";
import { asPage, PageQuery, pageOf, UpdatedSinceQuery } from "../shared/paging.ts";
import { IdQuery } from "../shared/query.ts";
import { Uuid, VersionQuery } from "../shared/schemas.ts";
import {
  CreateObjective,
  HistoryEntry,
  Objective,
  ObjectiveWithKeyResults,
  SaveObjective,
  ScoredObjective,
  UpdateObjective,
} from "./schema.ts";

const ListQuery = z.object({
  ...PageQuery.shape,
  ...UpdatedSinceQuery.shape,
  periodId: Uuid.optional(),
  unitId: Uuid.optional(),
  status: z.enum(["draft", "active", "closed", "cancelled"]).optional(),
  parentKeyResultId: IdQuery("Only the objectives cascaded from this key result (M5)"),
});

export const registerObjectiveRoutes = orgRouteFamily(["Objectives"], (routes) => {
  routes.get("/orgs/{org}/objectives", {
    operationId: "listObjectives",
    summary: "Objectives, by period, unit, status or the key result they cascade from (M5)",
    description:
      "Each objective with its progress (S1), stored and kept current by every write. parentKeyResultId lists the objectives cascaded from one key result (M5). Paged by a keyset on creation: a walk sees every objective that existed when it began once; updatedSince keeps those whose own fields changed since (docs/api.md).",
    query: ListQuery,
    responds: [200, pageOf("objectives", Objective), "One page, in the order the objectives were created"],
    run: async ({ services, scope, query }) => asPage("objectives", await listObjectives(services, scope, query)),
  });
  routes.post("/orgs/{org}/objectives", {
    operationId: "createObjective",
    summary: "Create an objective with its key results (M4)",
    description:
      "A draft or active objective for one unit and period, with its key results in the same transaction. An active objective needs key results (M4, 422) that each name a metric, baseline and target (K1, 422), and a unit has one active objective per period (M1, 409); an organisation may turn M1 or K1 off with a recorded reason. A closed period refuses it (409 period_closed).",
    body: CreateObjective,
    responds: [201, ObjectiveWithKeyResults, "Created with its key results"],
    run: async ({ services, scope, json }) => {
      const { objective, keyResults } = await createObjective(services, scope, json);
      return { ...objective, keyResults };
    },
  });
  routes.get("/orgs/{org}/objectives/{id}", {
    operationId: "getObjective",
    summary: "An objective with its scored key results (S1, S2)",
    description:
      "Its key results scored: progress from baseline to target (S1), pace and forecast, and the band once the period is reviewed (S2).",
    responds: [200, ScoredObjective, "The objective with scored key results"],
    serve: getObjective,
  });
  routes.patch("/orgs/{org}/objectives/{id}", {
    operationId: "updateObjective",
    summary: "Change an objective: its words, status or cascade link (M1, M4, S7)",
    description:
      "Send the version you read (a stale one is 409 with the row as it is now). Activating checks M1 (409) and M4 (422); every change is recorded with its reason (S7).",
    body: UpdateObjective,
    responds: [200, Objective, "Updated"],
    serve: updateObjective,
  });
  routes.put("/orgs/{org}/objectives/{id}", {
    operationId: "saveObjective",
    summary: "Save an objective with its whole list of key results in one transaction",
    description:
      "The editor's one write: the objective and the whole list of its key results (added, changed and removed) in one transaction, under the rules of createObjective (M1, M4, K1) and recorded (S7).",
    body: SaveObjective,
    responds: [200, ObjectiveWithKeyResults, "Saved"],
    run: async ({ services, scope, param: { id }, json }) => {
      const { objective, keyResults } = await saveObjective(services, scope, id, json);
      return { ...objective, keyResults };
    },
  });
  routes.delete("/orgs/{org}/objectives/{id}", {
    operationId: "deleteObjective",
    summary: "Delete an objective with its key results",
    description:
      "Its key results go with it; the history keeps what it said (S7). A closed period refuses it (409 period_closed).",
    query: VersionQuery,
    responds: [204, "Deleted with its key results"],
    serve: deleteObjective,
    pick: "version",
  });
  routes.get("/orgs/{org}/objectives/{id}/history", {
    operationId: "getObjectiveHistory",
    description: "S7: every recorded change of the objective and its key results, who made it and why, newest first.",
    summary: "An objective's recorded changes, newest first (S7)",
    responds: [200, z.object({ history: z.array(HistoryEntry) }), "S7: recorded changes, newest first"],
    serve: getObjectiveHistory,
    field: "history",
  });
});
