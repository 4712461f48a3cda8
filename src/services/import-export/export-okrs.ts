import { keyResultsInUnits } from "../../db/repositories/okrs.ts";
import { sameTenant } from "../../db/repositories/tenant-joins.ts";
import type { DraftOkrSet } from "../../domain/coach/index.ts";
import { type KeyResultExtras, TEMPLATE_HEADERS, writeOkrTable } from "../../domain/okr-table.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { exportOkrSet } from "../okrs-as-code/export-okr-file.ts";
import type { Scope } from "../write.ts";
import { writeCsv, writeXlsx } from "./spreadsheet-files.ts";

export type FileFormat = "csv" | "xlsx" | "yaml";

const contentTypes: Record<FileFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  yaml: "application/yaml; charset=utf-8",
};

const fileOf = (fileName: string, format: FileFormat, content: string, notes: string[]): DownloadFile => ({
  fileName,
  contentType: contentTypes[format],
  encoding: format === "xlsx" ? "base64" : "utf8",
  content,
  notes,
});

/** `grove export`'s OKR file as a download; the API writes the YAML (src/okr-file is not a service's to import). */
export const okrFileDownload = (period: string, yaml: string, notes: string[]) =>
  fileOf(`okrs-${period}.yaml`, "yaml", yaml, notes);

/** A file to download: text for csv and yaml, base64 for xlsx. */
export interface DownloadFile {
  fileName: string;
  contentType: string;
  encoding: "utf8" | "base64";
  content: string;
  /** What the format cannot hold, said once per case. */
  notes: string[];
}

/**
 * A period's OKRs as a table (docs/import-export.md): the import template's columns with each key
 * result's owner and readings, so importing the export into an organisation with the same people
 * gives the same export again. (YAML is `grove export`'s OKR file, written by the API.)
 */
export async function exportTable(
  ctx: ServiceContext,
  scope: Scope,
  options: { period: string; format: "csv" | "xlsx" },
): Promise<DownloadFile> {
  const { set, notes } = await exportOkrSet(ctx, scope, { period: options.period });
  const name = set.period?.name ?? options.period;
  const rows = writeOkrTable(set, await exportExtras(ctx, scope.orgId, name, set));
  return tableFile(`okrs-${name}`, options.format, rows, notes);
}

/** The import template: the columns and the guide's worked example (docs/method.md), in English or Chinese. */
export async function importTemplate(format: "csv" | "xlsx", locale: "en" | "zh"): Promise<DownloadFile> {
  const rows = [Object.values(TEMPLATE_HEADERS[locale]), ...exampleRows(locale)];
  return tableFile(locale === "zh" ? "grove-okr-template-zh" : "grove-okr-template", format, rows, []);
}

async function tableFile(base: string, format: "csv" | "xlsx", rows: (string | number)[][], notes: string[]) {
  if (format === "csv") return fileOf(`${base}.csv`, "csv", writeCsv(rows), notes);
  return fileOf(`${base}.xlsx`, "xlsx", (await writeXlsx(rows, "OKRs")).toString("base64"), notes);
}

/** Each exported key result's owner (by email) and readings that count, oldest first, by UTC day. */
async function exportExtras(
  ctx: ServiceContext,
  orgId: string,
  period: string,
  set: DraftOkrSet,
): Promise<KeyResultExtras[]> {
  const rows = await readTenant(ctx, orgId, (tx) =>
    keyResultsInUnits(tx, orgId)
      .leftJoin("people as owner", (join) => sameTenant(join, "owner.id", "k.ownerId"))
      .leftJoin("checkIns as c", (join) => sameTenant(join, "c.keyResultId", "k.id").on("c.withdrawnAt", "is", null))
      .select([
        "u.name as unit",
        "o.title as objective",
        "k.title as keyResult",
        "owner.email",
        "c.value",
        "c.checkedInAt",
      ])
      .where("p.name", "=", period)
      .where("o.status", "!=", "cancelled")
      .orderBy("c.checkedInAt")
      .execute(),
  );
  const extras = new Map<string, KeyResultExtras>();
  for (const row of rows) {
    const key = JSON.stringify([row.unit, row.objective, row.keyResult]);
    let extra = extras.get(key);
    if (!extra) {
      extra = {
        unit: row.unit,
        objective: row.objective,
        keyResult: row.keyResult,
        owner: row.email?.toLowerCase() ?? null,
        readings: [],
      };
      extras.set(key, extra);
    }
    if (row.value !== null && row.checkedInAt !== null) {
      const date = row.checkedInAt.toISOString().slice(0, 10);
      // One reading a day and value: the same reading twice is one row.
      if (!extra.readings.some((r) => r.date === date && r.value === row.value))
        extra.readings.push({ date, value: row.value });
    }
  }
  // Only what the OKR set holds (private units' key results are left out of it for those who may not read them).
  const inSet = new Set(
    set.units.flatMap((unit) =>
      unit.objectives.flatMap((o) => o.keyResults.map((kr) => JSON.stringify([unit.name, o.title, kr.title]))),
    ),
  );
  return [...extras].filter(([key]) => inSet.has(key)).map(([, extra]) => extra);
}

// The guide's worked example (docs/method.md, "Worked examples"): the company objective, in each language.
const examples = {
  en: {
    unit: "Cookware Co",
    objective: "Become home cooks' trusted cookware supplier",
    keyResults: [
      ["Raise repeat purchase rate from 5% to 15%", "repeat purchase rate", "%", 5, 15],
      ["Reduce refund rate from 0.5% to 0.2%", "refund rate", "%", 0.5, 0.2],
      ["Raise NPS from 20 to 45", "NPS", "", 20, 45],
    ],
  },
  zh: {
    unit: "厨具公司",
    objective: "成为家庭厨师信赖的厨具供应商",
    keyResults: [
      ["复购率从 5% 提升到 15%", "复购率", "%", 5, 15],
      ["退款率从 0.5% 降到 0.2%", "退款率", "%", 0.5, 0.2],
      ["NPS 从 20 提升到 45", "NPS", "", 20, 45],
    ],
  },
} as const;

function exampleRows(locale: "en" | "zh"): (string | number)[][] {
  const { unit, objective, keyResults } = examples[locale];
  return keyResults.map(([title, metric, measure, baseline, target]) => [
    "2027-Q1",
    unit,
    "",
    objective,
    "",
    title,
    metric,
    measure,
    baseline,
    target,
    "2027-03-31",
    "",
    "",
    "",
  ]);
}
