import type { DraftKeyResult, DraftObjective, DraftOkrSet, DraftUnit } from "./coach/types.ts";
import type { FieldIssue } from "./errors.ts";
import { isIsoDate, quarterPeriod } from "./period.ts";

// A period's OKRs as a table (docs/import-export.md): one row per key result, and one more row of
// the same key result for each further reading (value and date). The CSV and XLSX template, the
// export and every column mapping of another tool's spreadsheet read and write these columns.

export const OKR_TABLE_COLUMNS = [
  "period",
  "unit",
  "parentUnit",
  "objective",
  "description",
  "keyResult",
  "metric",
  "measure",
  "baseline",
  "target",
  "deadline",
  "owner",
  "value",
  "valueDate",
] as const;
export type OkrTableColumn = (typeof OKR_TABLE_COLUMNS)[number];

/** A mapping: which header of the file holds each Grove column (absent = the file has none). */
export type ColumnMapping = Partial<Record<OkrTableColumn, string>>;

export const REQUIRED_COLUMNS: readonly OkrTableColumn[] = ["period", "unit", "objective", "keyResult"];

/** The template's headers, in English and in Chinese; either is recognised without a mapping. */
export const TEMPLATE_HEADERS: Record<"en" | "zh", Record<OkrTableColumn, string>> = {
  en: {
    period: "Period",
    unit: "Unit",
    parentUnit: "Parent unit",
    objective: "Objective",
    description: "Objective description",
    keyResult: "Key result",
    metric: "Metric",
    measure: "Measured in",
    baseline: "Baseline",
    target: "Target",
    deadline: "Deadline",
    owner: "Owner email",
    value: "Value",
    valueDate: "Value date",
  },
  zh: {
    period: "周期",
    unit: "单元",
    parentUnit: "上级单元",
    objective: "目标",
    description: "目标说明",
    keyResult: "关键结果",
    metric: "指标",
    measure: "计量单位",
    baseline: "基线",
    target: "目标值",
    deadline: "截止日期",
    owner: "负责人邮箱",
    value: "数值",
    valueDate: "数值日期",
  },
};

/** A reading of a key result from the table: a value on a date (a check-in). */
export interface TableReading {
  date: string;
  value: number;
}

/** What the table says beyond the OKR file: a key result's owner and its readings, by its place. */
export interface KeyResultExtras {
  unit: string;
  objective: string;
  keyResult: string;
  /** The owner's email, lower case; null when the table names none. */
  owner: string | null;
  readings: TableReading[];
}

export interface OkrTable {
  set: DraftOkrSet;
  extras: KeyResultExtras[];
  /** The spreadsheet row (1 = the header) each extras entry was first written on. */
  rowOf: Map<KeyResultExtras, number>;
}

export type ReadResult = { ok: true; table: OkrTable } | { ok: false; errors: FieldIssue[] };

const norm = (text: string) => text.trim().toLowerCase();

/** The template whose headers the file's first row uses (in any order, any case), or null. */
export function templateMapping(headers: string[]): ColumnMapping | null {
  const present = new Set(headers.map(norm));
  for (const template of Object.values(TEMPLATE_HEADERS)) {
    const mapping: ColumnMapping = {};
    for (const column of OKR_TABLE_COLUMNS) {
      if (present.has(norm(template[column]))) mapping[column] = template[column];
    }
    if (REQUIRED_COLUMNS.every((column) => mapping[column])) return mapping;
  }
  return null;
}

/** Problems of a mapping against a file's headers: a required column unmapped, a header not in the file. */
export function mappingIssues(mapping: ColumnMapping, headers: string[]): FieldIssue[] {
  const present = new Set(headers.map(norm));
  const issues: FieldIssue[] = [];
  for (const column of REQUIRED_COLUMNS) {
    if (!mapping[column])
      issues.push({ field: `mapping.${column}`, rule: "required", message: "choose the column that holds it" });
  }
  for (const column of OKR_TABLE_COLUMNS) {
    const header = mapping[column];
    if (header && !present.has(norm(header))) {
      issues.push({ field: `mapping.${column}`, rule: "column", message: `the file has no column "${header}"` });
    }
  }
  return issues;
}

const cellIssue = (row: number, column: OkrTableColumn, rule: string, message: string): FieldIssue => ({
  field: `row.${row}.${column}`,
  rule,
  message: `row ${row}, ${column}: ${message}`,
});

/**
 * Reads the rows under the header (`rows[0]` is the header) through the mapping into the OKR
 * file's shape plus owners and readings. Every cell that breaks a rule is reported with its row
 * (as the spreadsheet numbers it) and column; any error means nothing is read. With `today`
 * (YYYY-MM-DD, UTC), a reading dated after it is refused as a check-in would be.
 */
export function readOkrTable(rows: string[][], mapping: ColumnMapping, today?: string): ReadResult {
  const header = (rows[0] ?? []).map(norm);
  const index = new Map<OkrTableColumn, number>();
  for (const column of OKR_TABLE_COLUMNS) {
    const name = mapping[column];
    if (name) index.set(column, header.indexOf(norm(name)));
  }
  const errors: FieldIssue[] = [];
  const units = new Map<string, DraftUnit & { parent: string | null; row: number }>();
  const objectives = new Map<string, DraftObjective & { row: number }>();
  const keyResults = new Map<string, DraftKeyResult & { row: number; extras: KeyResultExtras }>();
  const rowOf = new Map<KeyResultExtras, number>();
  const first: { period: { name: string; row: number } | null } = { period: null };

  rows.slice(1).forEach((cells, offset) => {
    const row = offset + 2;
    const cell = (column: OkrTableColumn) => {
      const at = index.get(column);
      return at === undefined || at < 0 ? "" : (cells[at] ?? "").trim();
    };
    if (OKR_TABLE_COLUMNS.every((column) => cell(column) === "")) return;
    const before = errors.length;
    for (const column of REQUIRED_COLUMNS) {
      if (!cell(column)) errors.push(cellIssue(row, column, "required", "must not be empty"));
    }
    const number = (column: OkrTableColumn) => {
      const text = cell(column).replace(/,/g, ".");
      if (text === "") return null;
      const value = Number(text);
      if (!Number.isFinite(value)) errors.push(cellIssue(row, column, "number", `"${cell(column)}" is not a number`));
      return value;
    };
    const date = (column: OkrTableColumn) => {
      const text = cell(column);
      if (text === "") return null;
      if (!isIsoDate(text)) errors.push(cellIssue(row, column, "date", `"${text}" is not a date written YYYY-MM-DD`));
      return text;
    };
    const periodName = cell("period");
    if (periodName && !quarterPeriod(periodName)) {
      errors.push(
        cellIssue(row, "period", "quarter", `"${periodName}" is not a quarter written YYYY-Qn, e.g. 2027-Q1`),
      );
    } else if (periodName && first.period && periodName !== first.period.name) {
      const other = first.period.row;
      errors.push(
        cellIssue(row, "period", "one_period", `"${periodName}" differs from row ${other}: one period a file`),
      );
    }
    const owner = cell("owner").toLowerCase();
    if (owner && !/^[^\s@]+@[^\s@]+$/.test(owner)) {
      errors.push(cellIssue(row, "owner", "email", `"${cell("owner")}" is not an email address`));
    }
    const kr: DraftKeyResult = {
      title: cell("keyResult"),
      metric: cell("metric") || null,
      unit: cell("measure") || null,
      baseline: number("baseline"),
      target: number("target"),
      deadline: date("deadline"),
    };
    const value = number("value");
    const valueDate = date("valueDate");
    if (valueDate && today && isIsoDate(valueDate) && valueDate > today) {
      errors.push(
        cellIssue(row, "valueDate", "not_future", `${valueDate} is after today: a reading is dated when it was taken`),
      );
    }
    if ((value === null) !== (valueDate === null)) {
      const missing = value === null ? "value" : "valueDate";
      errors.push(cellIssue(row, missing, "reading", "a reading needs both a value and its date"));
    }
    if (errors.length > before) return;
    first.period ??= { name: periodName, row };

    const unitName = cell("unit");
    const parent: string | null = cell("parentUnit") || null;
    const unit = units.get(unitName);
    if (!unit) units.set(unitName, { name: unitName, parent, objectives: [], row });
    else if (parent !== null && unit.parent !== parent) {
      if (unit.parent === null) unit.parent = parent;
      else errors.push(cellIssue(row, "parentUnit", "same_unit", `"${parent}" differs from row ${unit.row}`));
    }
    const objectiveKey = JSON.stringify([unitName, cell("objective")]);
    let objective = objectives.get(objectiveKey);
    if (!objective) {
      objective = { title: cell("objective"), description: cell("description") || null, keyResults: [], row };
      objectives.set(objectiveKey, objective);
      units.get(unitName)?.objectives.push(objective);
    } else if (cell("description") && cell("description") !== objective.description) {
      errors.push(cellIssue(row, "description", "same_objective", `differs from row ${objective.row}`));
    }
    const krKey = JSON.stringify([unitName, cell("objective"), kr.title]);
    const existing = keyResults.get(krKey);
    if (!existing) {
      const extras: KeyResultExtras = {
        unit: unitName,
        objective: objective.title,
        keyResult: kr.title,
        owner: owner || null,
        readings: [],
      };
      keyResults.set(krKey, { ...kr, row, extras });
      objective.keyResults.push(kr);
      rowOf.set(extras, row);
    } else {
      // A further row of the same key result adds a reading; its other cells are empty or repeat the first row's.
      for (const [column, field] of [
        ["metric", "metric"],
        ["measure", "unit"],
        ["baseline", "baseline"],
        ["target", "target"],
        ["deadline", "deadline"],
      ] as const) {
        if (kr[field] !== null && kr[field] !== existing[field]) {
          errors.push(cellIssue(row, column, "same_key_result", `differs from row ${existing.row}`));
        }
      }
      if (owner && owner !== existing.extras.owner) {
        errors.push(cellIssue(row, "owner", "same_key_result", `differs from row ${existing.row}`));
      }
    }
    if (value !== null && valueDate !== null)
      (existing ?? keyResults.get(krKey))?.extras.readings.push({ date: valueDate, value });
  });

  for (const unit of [...units.values()]) {
    if (unit.parent === unit.name) {
      errors.push(cellIssue(unit.row, "parentUnit", "tree", "a unit cannot be its own parent"));
    } else if (unit.parent !== null && !units.has(unit.parent)) {
      // A parent with no key results of its own in the file: listed without a parent, so apply
      // creates it at the top level if the organisation lacks it and otherwise leaves it in place.
      units.set(unit.parent, { name: unit.parent, parent: null, objectives: [], row: unit.row });
    }
  }
  if (errors.length === 0 && units.size === 0) {
    errors.push({ field: "row.2", rule: "rows", message: "the file has no rows under its header" });
  }
  if (errors.length > 0) return { ok: false, errors };
  const named = quarterPeriod(first.period?.name ?? "");
  const set: DraftOkrSet = {
    period: named,
    units: [...units.values()].map(({ row: _row, ...unit }) => ({
      ...unit,
      objectives: unit.objectives.map(({ row: _r, ...objective }: DraftObjective & { row?: number }) => objective),
    })),
  };
  return { ok: true, table: { set, extras: [...keyResults.values()].map((kr) => kr.extras), rowOf } };
}

/** The table of a period's OKRs, header first: one row per key result and one per further reading. */
export function writeOkrTable(
  set: DraftOkrSet,
  extras: KeyResultExtras[],
  headers: Record<OkrTableColumn, string> = TEMPLATE_HEADERS.en,
): (string | number)[][] {
  const rows: (string | number)[][] = [OKR_TABLE_COLUMNS.map((column) => headers[column])];
  const find = (unit: string, objective: string, keyResult: string) =>
    extras.find((e) => e.unit === unit && e.objective === objective && e.keyResult === keyResult);
  for (const unit of set.units) {
    for (const objective of unit.objectives) {
      for (const kr of objective.keyResults) {
        const extra = find(unit.name, objective.title, kr.title);
        const readings: (TableReading | null)[] = extra && extra.readings.length > 0 ? extra.readings : [null];
        readings.forEach((reading, index) => {
          const first = index === 0;
          const cells: Record<OkrTableColumn, string | number> = {
            period: set.period?.name ?? "",
            unit: unit.name,
            parentUnit: first ? (unit.parent ?? "") : "",
            objective: objective.title,
            description: first ? (objective.description ?? "") : "",
            keyResult: kr.title,
            metric: first ? (kr.metric ?? "") : "",
            measure: first ? (kr.unit ?? "") : "",
            baseline: first ? (kr.baseline ?? "") : "",
            target: first ? (kr.target ?? "") : "",
            deadline: first ? (kr.deadline ?? "") : "",
            owner: first ? (extra?.owner ?? "") : "",
            value: reading?.value ?? "",
            valueDate: reading?.date ?? "",
          };
          rows.push(OKR_TABLE_COLUMNS.map((column) => cells[column]));
        });
      }
    }
  }
  return rows;
}
