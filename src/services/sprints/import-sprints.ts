import { changeOf } from "../../db/repositories/history.ts";
import { keyResultsInPeriods } from "../../db/repositories/okrs.ts";
import { AppError, type FieldIssue } from "../../domain/errors.ts";
import { isUuid } from "../../domain/ids.ts";
import { authorize } from "../../domain/policies.ts";
import {
  type CheckedSprintRow,
  checkSprintRow,
  overlaps,
  overlapsWithin,
  type RowIssue,
  type SprintDates,
  type SprintImportCells,
} from "../../domain/sprints.ts";
import type { SprintImportRow } from "../../schemas/sprints.ts";
import type { ServiceContext, Tx } from "../context.ts";
import { type Scope, writeChange } from "../write.ts";
import { assertUnit, linkKeyResults, overlappingSprints, snapshot } from "./manage-sprints.ts";

// P3: a team imports its sprints from a CSV file (or JSON rows). Every row is checked and every
// issue reported by row and column; when any row is bad nothing is written (one transaction).

export interface ImportedRow extends CheckedSprintRow {
  /** The row's place among the data rows, from 0 (the header is not counted; line index + 2). */
  index: number;
  /** The key result the row's key_result cell names, once found. */
  keyResultMatch: { id: string; title: string } | null;
  issues: RowIssue[];
}

export interface ImportReport {
  rows: ImportedRow[];
  /** True when no row has an issue: the import can be (or was) written. */
  valid: boolean;
  /** Sprints written: 0 for a preview. */
  imported: number;
}

export async function importSprints(
  ctx: ServiceContext,
  scope: Scope,
  unitId: string,
  input: SprintImportRow[],
  options: { dryRun: boolean },
): Promise<ImportReport> {
  const { orgId } = scope;
  return writeChange(ctx, scope, async (tx) => {
    await assertUnit(tx, orgId, unitId);
    authorize(scope.actor, { do: "manageSprints", unitId });
    const rows = await checkRows(tx, orgId, unitId, input);
    const valid = rows.every((row) => row.issues.length === 0);
    if (!valid && !options.dryRun) throw importRefused(rows);
    if (options.dryRun) return { result: { rows, valid, imported: 0 }, history: [] };
    const history = [];
    for (const row of rows) {
      const sprint = await tx
        .insertInto("sprints")
        .values({
          orgId,
          id: ctx.newId(),
          unitId,
          name: row.name,
          startsOn: row.startsOn,
          endsOn: row.endsOn,
          goal: row.goal,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const keyResultIds = row.keyResultMatch ? [row.keyResultMatch.id] : [];
      await linkKeyResults(tx, orgId, sprint.id, keyResultIds);
      history.push(changeOf("sprint", sprint.id, null, snapshot(sprint, keyResultIds), "imported from CSV"));
    }
    return { result: { rows, valid, imported: rows.length }, history };
  });
}

/** Each row's own checks, then its key result, then overlaps with the unit's sprints and the file's other rows. */
async function checkRows(tx: Tx, orgId: string, unitId: string, input: SprintImportRow[]): Promise<ImportedRow[]> {
  const rows: ImportedRow[] = input.map((cells, index) => {
    const { row, issues } = checkSprintRow(cellsOf(cells));
    return { ...row, index, keyResultMatch: null, issues };
  });
  const dated = rows.filter((row) => !row.issues.some((issue) => issue.column === "start" || issue.column === "end"));
  const candidates = await keyResultsOfUnit(tx, orgId, unitId);
  const byId = await keyResultsById(tx, orgId, rows.map((row) => row.keyResult).filter(isUuid));
  for (const row of rows) {
    if (row.keyResult === "") continue;
    const found = matchKeyResult(candidates, byId, row, dated.includes(row));
    if ("issue" in found) row.issues.push(found.issue);
    else row.keyResultMatch = found.match;
  }
  const existing = dated.length === 0 ? [] : await overlappingSprints(tx, orgId, unitId, spanOf(dated), null);
  for (const row of dated) {
    const other = existing.find((sprint) => overlaps(row, sprint));
    if (other)
      row.issues.push({
        column: "start",
        rule: "no_overlap",
        message: `overlaps the unit's sprint "${other.name}" (${other.startsOn} to ${other.endsOn})`,
      });
  }
  for (const { index, other } of overlapsWithin(dated)) {
    rows[index]?.issues.push({
      column: "start",
      rule: "no_overlap",
      message: `overlaps row ${other} of this import ("${rows[other]?.name}")`,
    });
  }
  return rows;
}

function cellsOf(row: SprintImportRow): SprintImportCells {
  return { name: row.name, start: row.start, end: row.end, goal: row.goal ?? "", key_result: row.key_result ?? "" };
}

interface Candidate {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
}

/** From the rows' first day to their last: the unit's sprints that may meet one of them share a day with it. */
function spanOf(rows: readonly SprintDates[]): SprintDates {
  const starts = rows.map((row) => row.startsOn).sort();
  const ends = rows.map((row) => row.endsOn).sort();
  return { startsOn: starts[0] ?? "", endsOn: ends[ends.length - 1] ?? "" };
}

/**
 * The key results a row may name by title: those of the unit's objectives, with their period's
 * dates. A KR named by id may be any of the organisation's (a team's sprint may serve the parent's KR).
 */
async function keyResultsOfUnit(tx: Tx, orgId: string, unitId: string): Promise<Candidate[]> {
  return keyResultsInPeriods(tx)
    .select(["k.id", "k.title", "p.startsOn", "p.endsOn"])
    .where("k.orgId", "=", orgId)
    .where("o.unitId", "=", unitId)
    .where("o.status", "<>", "cancelled")
    .execute();
}

/** The organisation's key results among these ids, by id, with their titles. */
async function keyResultsById(tx: Tx, orgId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom("keyResults")
    .select(["id", "title"])
    .where("orgId", "=", orgId)
    .where(
      "id",
      "in",
      ids.map((id) => id.toLowerCase()),
    )
    .execute();
  return new Map(rows.map((row) => [row.id, row.title]));
}

/** A row's key result by id (any of the organisation's), or by title in the unit's objectives of the sprint's period. */
function matchKeyResult(
  candidates: Candidate[],
  byId: Map<string, string>,
  row: ImportedRow,
  dated: boolean,
): { match: { id: string; title: string } } | { issue: RowIssue } {
  const cell = row.keyResult;
  if (isUuid(cell)) {
    const id = cell.toLowerCase();
    const title = byId.get(id);
    if (title !== undefined) return { match: { id, title } };
    return {
      issue: { column: "key_result", rule: "exists", message: "no key result with this id in the organisation" },
    };
  }
  const wanted = cell.toLocaleLowerCase();
  const inPeriod = candidates.filter(
    (c) =>
      c.title.trim().toLocaleLowerCase() === wanted &&
      (!dated || (c.startsOn <= row.endsOn && row.startsOn <= c.endsOn)),
  );
  if (inPeriod.length === 1 && inPeriod[0]) return { match: { id: inPeriod[0].id, title: inPeriod[0].title } };
  if (inPeriod.length > 1)
    return {
      issue: { column: "key_result", rule: "ambiguous", message: "several key results have this title; use its id" },
    };
  return {
    issue: {
      column: "key_result",
      rule: "exists",
      message: "no key result with this title in the unit's objectives of the sprint's period (or give its id)",
    },
  };
}

function importRefused(rows: ImportedRow[]): AppError {
  const details: FieldIssue[] = rows.flatMap((row) =>
    row.issues.map((issue) => ({
      field: `rows.${row.index}.${issue.column}`,
      rule: issue.rule,
      message: issue.message,
    })),
  );
  const bad = rows.filter((row) => row.issues.length > 0).length;
  return new AppError(
    "validation_failed",
    `${bad} of ${rows.length} rows cannot be imported; nothing was written`,
    details,
  );
}
