import type { InferResult } from "kysely";
import { keyResultPlace, keyResultsInUnits, paceColumns } from "../../db/repositories/okrs.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { KeyResultDependencyRow } from "../../db/schema.ts";
import { dependencyAtRisk } from "../../domain/dependencies.ts";
import { notFound } from "../../domain/errors.ts";
import { type PaceAssessment, paceOf } from "../../domain/pace.ts";
import { canReadUnit } from "../access.ts";
import { readTenant, type ServiceContext, type Tx } from "../context.ts";
import { findPeriod } from "../period-lookup.ts";
import { findRow } from "../tenant-reads.ts";
import type { Scope } from "../write.ts";

// M7: the dependencies both units see ("depends on" / "is depended on by"), each side with its
// unit, objective and pace (src/domain/pace.ts), and whether the side depended on is behind.

/**
 * One side of a dependency: a KR, where it lives (what `sideOf` reads of it) and how it is doing
 * (the pace rule; pace is null while the KR is not measured yet). Units only, no people (S3).
 */
export type DependencySide = SideRow["side"] & Pick<PaceAssessment, "pace" | "reasons">;

export interface DependencyView {
  id: string;
  note: string;
  createdAt: Date;
  updatedAt: Date;
  /** The KR that depends: its unit declared the dependency. */
  keyResult: DependencySide;
  /** The other unit's KR it depends on. */
  dependsOn: DependencySide;
  /** The KR depended on is behind or at risk: a risk for the dependent unit (dashboard). */
  atRisk: boolean;
}

export interface DependencyFilter {
  /** The period of the dependent KR (an id or a name). */
  period?: string | undefined;
  /** Dependencies where either side belongs to this unit. */
  unitId?: string | undefined;
  /** Dependencies where either side is this KR. */
  keyResultId?: string | undefined;
  /** Only those whose other side is behind or at risk. */
  atRisk?: boolean | undefined;
}

export async function listDependencies(
  ctx: ServiceContext,
  scope: Scope,
  filter: DependencyFilter = {},
): Promise<DependencyView[]> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const periodId = filter.period ? (await findPeriod(tx, orgId, filter.period)).id : undefined;
    if (filter.unitId) await requireUnit(tx, orgId, filter.unitId);
    let query = tx.selectFrom("keyResultDependencies").selectAll().where("orgId", "=", orgId);
    if (filter.keyResultId) {
      const id = filter.keyResultId;
      query = query.where((eb) => eb.or([eb("keyResultId", "=", id), eb("dependsOnKeyResultId", "=", id)]));
    }
    const rows = await query.orderBy("createdAt").orderBy("id").execute();
    const sides = await sidesOf(tx, orgId, rows);
    const now = ctx.now();
    const views: DependencyView[] = [];
    for (const row of rows) {
      const mine = sides.get(row.keyResultId);
      const theirs = sides.get(row.dependsOnKeyResultId);
      if (!mine || !theirs) continue;
      // A dependency touching a private unit the caller cannot read is not shown at all (S5).
      if (!canReadUnit(scope, mine.unit) || !canReadUnit(scope, theirs.unit)) continue;
      if (periodId && mine.side.periodId !== periodId) continue;
      if (filter.unitId && mine.side.unitId !== filter.unitId && theirs.side.unitId !== filter.unitId) continue;
      const keyResult = assessed(mine, now);
      const dependsOn = assessed(theirs, now);
      const atRisk = dependencyAtRisk(dependsOn.pace);
      if (filter.atRisk !== undefined && filter.atRisk !== atRisk) continue;
      views.push({ ...viewOf(row), keyResult, dependsOn, atRisk });
    }
    return views;
  });
}

export async function getDependency(ctx: ServiceContext, scope: Scope, id: string): Promise<DependencyView> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const row = await tenantRows("keyResultDependencies").find(tx, orgId, id);
    const sides = row ? await sidesOf(tx, orgId, [row]) : new Map();
    const mine = row && sides.get(row.keyResultId);
    const theirs = row && sides.get(row.dependsOnKeyResultId);
    if (!row || !mine || !theirs || !canReadUnit(scope, mine.unit) || !canReadUnit(scope, theirs.unit)) {
      throw notFound("Dependency");
    }
    const now = ctx.now();
    const dependsOn = assessed(theirs, now);
    return { ...viewOf(row), keyResult: assessed(mine, now), dependsOn, atRisk: dependencyAtRisk(dependsOn.pace) };
  });
}

function viewOf(row: KeyResultDependencyRow) {
  return { id: row.id, note: row.note, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

async function requireUnit(tx: Tx, orgId: string, unitId: string): Promise<void> {
  await findRow(tx, orgId, "units", unitId, "Unit");
}

function assessed(row: SideRow, now: Date): DependencySide {
  const { pace, reasons } = paceOf(row.paced, row.window, now);
  return { ...row.side, pace, reasons };
}

/** The KRs on either side of dependencies, with what a side shows and what its pace reads. */
function sideKeyResults(tx: Tx, orgId: string, ids: string[]) {
  return keyResultsInUnits(tx, orgId)
    .select(paceColumns)
    .select(["k.id", "k.title", "k.currentConfidence", ...keyResultPlace, "u.private as unitPrivate"])
    .where("k.id", "in", ids);
}

/** A dependency's side as read, before its pace is assessed. */
function sideOf(r: InferResult<ReturnType<typeof sideKeyResults>>[number]) {
  return {
    side: {
      keyResultId: r.id,
      title: r.title,
      objectiveId: r.objectiveId,
      objectiveTitle: r.objectiveTitle,
      unitId: r.unitId,
      unitName: r.unitName,
      periodId: r.periodId,
      progress: r.progress,
    },
    unit: { id: r.unitId, private: r.unitPrivate },
    paced: {
      kind: r.kind,
      progress: r.progress,
      confidence: r.currentConfidence,
      deadline: r.deadline,
      lastCheckInAt: r.lastCheckInAt,
      rolledUp: r.rolledUp,
      forecastProgress: r.forecastProgress,
      finalProgress: r.finalProgress,
    },
    window: { startsOn: r.startsOn, endsOn: r.endsOn },
  };
}

type SideRow = ReturnType<typeof sideOf>;

/** Both sides of the rows' dependencies, by KR id, in one statement. */
async function sidesOf(tx: Tx, orgId: string, rows: KeyResultDependencyRow[]): Promise<Map<string, SideRow>> {
  const ids = [...new Set(rows.flatMap((row) => [row.keyResultId, row.dependsOnKeyResultId]))];
  if (ids.length === 0) return new Map();
  const found = await sideKeyResults(tx, orgId, ids).execute();
  return new Map(found.map((r) => [r.id, sideOf(r)]));
}
