import { createRoute, z } from "@hono/zod-openapi";
import { AppError } from "../../domain/errors.ts";
import { importSprints } from "../../services/sprints/import-sprints.ts";
import { createSprint, deleteSprint, updateSprint } from "../../services/sprints/manage-sprints.ts";
import { getSprint, listSprintHistory, listSprints } from "../../services/sprints/read-sprints.ts";
import { parseSprintCsv } from "../../services/sprints/sprint-csv.ts";
import { errorsOf, securityOf } from "../shared/contract.ts";
import { type Api, scopeOf } from "../shared/env.ts";
import { idempotent } from "../shared/idempotency.ts";
import { orgRoutes } from "../shared/org-route.ts";
import { reply } from "../shared/reply.ts";
import { retryParameters } from "../shared/retry-parameters.ts";
import { jsonResponse, OrgIdParams } from "../shared/schemas.ts";
import {
  CreateSprint,
  ImportQuery,
  ImportSprints,
  Sprint,
  SprintHistoryEntry,
  SprintImportReport,
  SprintsQuery,
  UpdateSprint,
} from "./schema.ts";

const tags = ["Sprints"];
const base = "/orgs/{org}/sprints" as const;
const managed =
  "M6: the unit's lead and members plan its sprints without approval from above; admins may too; viewers and tokens read.";

/** P3: a team's sprints, each goal linked to the key results it serves, and their CSV import. */
export function registerSprintRoutes(api: Api): void {
  const routes = orgRoutes(api, tags);
  routes.get(base, {
    operationId: "listSprints",
    summary: "Sprints by unit, key result or period, oldest first, each with its KRs' movement (P3)",
    description:
      "Each sprint lists the key results its goal serves and, per KR, its value at the sprint's start and end from the readings, so a sprint review sees what moved on the KR (P3).",
    query: SprintsQuery,
    responds: [200, z.object({ sprints: z.array(Sprint) }), "The sprints"],
    run: async ({ services, scope, query: { unit, keyResult, keyResultUnit, ...dates } }) => {
      const filter = {
        ...dates,
        ...(unit ? { unitId: unit } : {}),
        ...(keyResult ? { keyResultId: keyResult } : {}),
        ...(keyResultUnit ? { keyResultUnitId: keyResultUnit } : {}),
      };
      return { sprints: await listSprints(services, scope, filter) };
    },
  });
  routes.post(base, {
    operationId: "planSprint",
    summary: "Plan a sprint: dates, goal and the key results the goal serves (P3, M6)",
    description: `${managed} The sprint ends after it starts (422, endsOn) and does not overlap the unit's other sprints (409, startsOn).`,
    body: CreateSprint,
    responds: [201, Sprint, "Planned"],
    serve: createSprint,
  });
  routes.get(`${base}/{id}`, {
    operationId: "getSprint",
    description: "P3: the sprint's goal, the key results it serves and each one's value at the sprint's start and end.",
    summary: "One sprint with its key results' movement (P3)",
    responds: [200, Sprint, "The sprint"],
    serve: getSprint,
  });
  routes.patch(`${base}/{id}`, {
    operationId: "updateSprint",
    summary: "Change a sprint, link its goal to other KRs or write its review (P3, M6)",
    description: `${managed} keyResultIds replaces the set of served KRs. Every change is recorded (S7).`,
    body: UpdateSprint,
    responds: [200, Sprint, "Changed"],
    serve: updateSprint,
  });
  routes.delete(`${base}/{id}`, {
    operationId: "deleteSprint",
    summary: "Delete a sprint (its history stays, S7)",
    description: managed,
    responds: [204, "Deleted"],
    serve: deleteSprint,
  });
  routes.get(`${base}/{id}/history`, {
    operationId: "getSprintHistory",
    description: "S7: the sprint's recorded changes, newest first.",
    summary: "A sprint's recorded changes, newest first (S7)",
    responds: [200, z.object({ history: z.array(SprintHistoryEntry) }), "Its changes"],
    serve: listSprintHistory,
    field: "history",
  });
  // The import takes CSV or JSON and answers 200 (a preview) or 201: declared here in full.
  api.openapi(
    createRoute({
      method: "post",
      path: "/orgs/{org}/units/{id}/sprints/import",
      operationId: "importSprints",
      security: securityOf("member", "post"),
      tags,
      // Declared outside orgRoutes: the safe retries of every POST by hand (docs/api-retries.md).
      middleware: [idempotent] as const,
      parameters: retryParameters(api, "idempotent"),
      summary: "Import a unit's sprints from CSV (text/csv) or JSON rows; all or nothing (P3)",
      description: `${managed} Columns: name,start,end,goal,key_result (docs/sprints.md). Every row is checked and every issue reported by row and column: with dryRun=true as a preview (200), otherwise as 400 details named rows.N.column (N counts data rows from 0) and nothing is written. key_result is a KR's id, or its title within the unit's objectives of the sprint's period.`,
      request: {
        params: OrgIdParams,
        query: ImportQuery,
        body: {
          description: "A CSV file with a header row, or the same rows as JSON",
          content: { "application/json": { schema: ImportSprints }, "text/csv": { schema: z.string() } },
        },
      },
      responses: {
        ...errorsOf(400, 401, 403, 404, 409, 413, 415, 422),
        200: jsonResponse(SprintImportReport, "The preview (dryRun=true): nothing written"),
        201: jsonResponse(SprintImportReport, "Imported: every row written"),
      },
    }),
    async (c) => {
      const { org, id } = c.req.valid("param");
      const scope = await scopeOf(c, org);
      const dryRun = c.req.valid("query").dryRun === "true";
      const rows = isCsv(c.req.header("content-type")) ? parseSprintCsv(await c.req.text()) : jsonRows(c);
      const report = await importSprints(c.get("services"), scope, id, rows, { dryRun });
      return dryRun ? reply(c, report) : reply(c, report, 201);
    },
  );
}

export function isCsv(contentType: string | undefined): boolean {
  return (contentType ?? "").toLowerCase().startsWith("text/csv");
}

// biome-ignore lint/suspicious/noExplicitAny: the route's optional body hides the validated type
function jsonRows(c: any): z.infer<typeof ImportSprints>["rows"] {
  const body = c.req.valid("json") as z.infer<typeof ImportSprints> | undefined;
  if (!body) {
    throw new AppError("validation_failed", "Send the sprints as text/csv or as JSON rows", [
      { field: "body", rule: "required", message: "a CSV file (text/csv) or { rows: [...] }" },
    ]);
  }
  return body.rows;
}
