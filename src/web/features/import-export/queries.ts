import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { DownloadFile, ImportOkrs as ImportBody, SaveImportMapping } from "../../../api/client/index.ts";
import { api, unwrap } from "../../api/client.ts";
import { useOrgRead } from "../../api/org-read.ts";
import { keys } from "../../api/queries.ts";

// The import and export page (docs/import-export.md): a file previewed with grove apply's plan and
// the coach's findings, then applied in one transaction; a period exported as CSV, XLSX or YAML.

export type { DownloadFile, ImportMapping, ImportOkrs as ImportBody, ImportPlan } from "../../../api/client/index.ts";
export type { ColumnMapping } from "../../../domain/okr-table.ts";

export function usePreviewImport(org: string, locale: "en" | "zh") {
  return useMutation({
    mutationFn: (body: ImportBody) =>
      unwrap(api.POST("/api/v1/orgs/{org}/import/preview", { params: { path: { org }, query: { locale } }, body })),
  });
}

export function useApplyImport(org: string, locale: "en" | "zh") {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportBody) =>
      unwrap(api.POST("/api/v1/orgs/{org}/import", { params: { path: { org }, query: { locale } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.org(org) }),
  });
}

export function useImportMappings(org: string, enabled: boolean) {
  return useOrgRead([...keys.org(org), "import-mappings"] as const, org, "/api/v1/orgs/{org}/import-mappings", {
    select: (data) => data.mappings,
    enabled,
  });
}

export function useSaveMapping(org: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveImportMapping) =>
      unwrap(api.POST("/api/v1/orgs/{org}/import-mappings", { params: { path: { org } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: [...keys.org(org), "import-mappings"] }),
  });
}

export async function fetchExport(org: string, period: string, format: "csv" | "xlsx" | "yaml") {
  return unwrap(api.GET("/api/v1/orgs/{org}/export", { params: { path: { org }, query: { period, format } } }));
}

export async function fetchTemplate(org: string, format: "csv" | "xlsx", locale: "en" | "zh") {
  return unwrap(
    api.GET("/api/v1/orgs/{org}/import/template", { params: { path: { org }, query: { format, locale } } }),
  );
}

/** Saves a file the API answered as a download in the browser. */
export function download(file: DownloadFile): void {
  const bytes =
    file.encoding === "base64"
      ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0))
      : new TextEncoder().encode(file.content);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file chosen in the browser as the import's body: text for csv and yaml, base64 for xlsx. */
export async function fileBody(file: File): Promise<Pick<ImportBody, "format" | "fileName" | "content">> {
  const name = file.name.toLowerCase();
  const format = name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".yaml") || name.endsWith(".yml") ? "yaml" : "csv";
  if (format !== "xlsx") return { format, fileName: file.name, content: await file.text() };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { format, fileName: file.name, content: btoa(binary) };
}
