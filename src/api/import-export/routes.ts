import { z } from "@hono/zod-openapi";
import { toYaml } from "../../okr-file/index.ts";
import { ExportFormat, ImportOkrs, SaveImportMapping } from "../../schemas/import-export.ts";
import { PeriodQuery } from "../../schemas/query.ts";
import { exportTable, importTemplate, okrFileDownload } from "../../services/import-export/export-okrs.ts";
import {
  createImportMapping,
  deleteImportMapping,
  listImportMappings,
  updateImportMapping,
} from "../../services/import-export/import-mappings.ts";
import { importOkrs } from "../../services/import-export/import-okrs.ts";
import { exportOkrSet } from "../../services/okrs-as-code/export-okr-file.ts";
import { LocaleQuery } from "../coach/schema.ts";
import type { Api } from "../shared/env.ts";
import { localeOf } from "../shared/locale.ts";
import { orgRoutes } from "../shared/org-route.ts";
import { readUpload } from "./read-upload.ts";
import { DownloadFile, ImportMapping, ImportPlan } from "./schema.ts";

// The web app's import and export (docs/import-export.md): a CSV or XLSX table or an OKR file,
// previewed with the coach's findings and applied by `grove apply`'s service in one transaction.

const admins =
  "Admins only, as for `grove apply` (manageOkrStructure): an import may add units and periods; others get 403.";

export function registerImportExportRoutes(api: Api): void {
  const routes = orgRoutes(api, ["Import and export"]);
  /** The preview and the import: the same request and plan, differing only in whether the plan is rolled back. */
  const importRoute = (
    path: "/orgs/{org}/import/preview" | "/orgs/{org}/import",
    dryRun: boolean,
    { answered, ...words }: { operationId: string; summary: string; description: string; answered: string },
  ) =>
    routes.post(path, {
      ...words,
      query: LocaleQuery,
      body: ImportOkrs,
      responds: [200, ImportPlan, answered],
      run: ({ c, services, scope, query, json }) =>
        importOkrs(services, scope, readUpload(json), {
          dryRun,
          locale: localeOf(c, query.locale),
          reason: json.reason,
        }),
    });
  importRoute("/orgs/{org}/import/preview", true, {
    operationId: "previewImport",
    summary: "Read an uploaded file and plan its import, with the coach's findings; nothing is written",
    description: `${admins} The plan is \`grove apply --dry-run\`'s: every step runs and is rolled back, so it meets the refusals a real import would. A table's columns are the template's (English or Chinese), or mapped by \`mapping\` or \`mappingId\`; when neither fits the file's first row, the answer has \`needsMapping\` and the file's \`headers\`. A cell that breaks a rule is a 400 whose details name the row and column (\`row.5.baseline\`) and the rule. A file over 512 KiB is a 413 naming the limit.`,
    answered: "The plan and the coach's findings",
  });
  importRoute("/orgs/{org}/import", false, {
    operationId: "applyImport",
    summary: "Import an uploaded file in one transaction: all of it, or nothing",
    description: `${admins} The same plan as the preview, applied through the same services as the API (the same checks and history rows, S7), in one transaction: a cell that breaks a rule (400, naming the row and column), an owner who is not a person of the organisation, or a method rule refusing any step (K1 on an active objective, M1) leaves the organisation as it was; a refused step is named first (field \`step\`).`,
    answered: "Applied",
  });
  routes.get("/orgs/{org}/export", {
    operationId: "exportPeriod",
    summary: "A period's OKRs as a CSV, XLSX or YAML file",
    description:
      "YAML is `grove export`'s OKR file; CSV and XLSX are the import template's columns with each key result's owner and readings (one row per reading), so the file imports again as it is. Any role may export; private units' OKRs only for those who may read them.",
    query: PeriodQuery.extend({ format: ExportFormat }),
    responds: [200, DownloadFile, "The file"],
    run: async ({ services, scope, query: { period, format } }) => {
      if (format !== "yaml") return exportTable(services, scope, { period, format });
      const { set, notes } = await exportOkrSet(services, scope, { period });
      return okrFileDownload(set.period?.name ?? period, toYaml(set), notes);
    },
  });
  routes.get("/orgs/{org}/import/template", {
    operationId: "getImportTemplate",
    summary: "The import template, CSV or XLSX, with English or Chinese column names",
    description: "The columns the import reads without a mapping, and the guide's worked example as its first rows.",
    query: z.object({
      format: z.enum(["xlsx", "csv"]).default("xlsx").openapi({ description: "The file's format (default xlsx)" }),
      locale: z.enum(["en", "zh"]).default("en").openapi({ description: "The column names' language (default en)" }),
    }),
    responds: [200, DownloadFile, "The template"],
    run: ({ query }) => importTemplate(query.format, query.locale),
  });
  routes.get("/orgs/{org}/import-mappings", {
    operationId: "listImportMappings",
    summary: "The organisation's saved column mappings for spreadsheets of other tools",
    description: "Admins only (manageOkrStructure), who import; others get 403.",
    responds: [200, z.object({ mappings: z.array(ImportMapping) }), "The mappings, by name"],
    serve: listImportMappings,
    field: "mappings",
  });
  routes.post("/orgs/{org}/import-mappings", {
    operationId: "createImportMapping",
    summary: "Save a column mapping under a name, for the next file of the same tool",
    description: "Admins only (manageOkrStructure). A name is unique in the organisation (409).",
    body: SaveImportMapping,
    responds: [201, ImportMapping, "Saved"],
    serve: createImportMapping,
  });
  routes.patch("/orgs/{org}/import-mappings/{id}", {
    operationId: "updateImportMapping",
    summary: "Rename a saved column mapping or change its columns",
    description: "Admins only; the change is kept in the history (S7).",
    body: SaveImportMapping,
    responds: [200, ImportMapping, "Changed"],
    serve: updateImportMapping,
  });
  routes.delete("/orgs/{org}/import-mappings/{id}", {
    operationId: "deleteImportMapping",
    summary: "Delete a saved column mapping",
    description: "Admins only; the history keeps it (S7).",
    responds: [204, "Deleted"],
    serve: deleteImportMapping,
  });
}
