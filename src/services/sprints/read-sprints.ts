import { liveReadingsOf } from "../../db/repositories/check-ins.ts";
import { historyOf } from "../../db/repositories/history.ts";
import { links } from "../../db/repositories/links.ts";
import { sameTenant } from "../../db/repositories/tenant-joins.ts";
import type { KeyResultRow, SprintRow } from "../../db/schema.ts";
import { notFound } from "../../domain/errors.ts";
import { idsOf } from "../../domain/ids.ts";
import { type KrMovement, krMovement, type SprintState, sprintState } from "../../domain/sprints.ts";
import { assertCanReadUnit, readableUnitIds } from "../access.ts";
import { type Executor, readTenant, type ServiceContext } from "../context.ts";
import { findPeriod } from "../period-lookup.ts";
import { findRow } from "../tenant-reads.ts";
import type { Scope } from "../write.ts";

// P3: sprints with the key results their goals serve and what moved on each KR during the sprint.

/** A key result a sprint serves, and its value at the sprint's start and end. */
export interface ServedKeyResult
  extends Pick<KeyResultRow, "id" | "title" | "unit" | "objectiveId" | "baseline" | "target"> {
  movement: KrMovement;
}

export interface SprintView extends SprintRow {
  state: SprintState;
  keyResults: ServedKeyResult[];
}

export interface SprintFilter {
  /** Only this unit's sprints. */
  unitId?: string;
  /** Only the sprints that serve this key result. */
  keyResultId?: string;
  /** Only the sprints that serve a key result of this unit's objectives. */
  keyResultUnitId?: string;
  /** Only the sprints that share a day with this period (id or name). */
  period?: string;
  /** Only the sprints that end on or after this day. */
  from?: string;
  /** Only the sprints that start on or before this day. */
  to?: string;
}

const today = (ctx: ServiceContext) => ctx.now().toISOString().slice(0, 10);

export async function listSprints(ctx: ServiceContext, scope: Scope, filter: SprintFilter): Promise<SprintView[]> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    let query = tx.selectFrom("sprints").selectAll("sprints").where("sprints.orgId", "=", orgId);
    if (filter.unitId) {
      await assertCanReadUnit(tx, scope, filter.unitId);
      query = query.where("sprints.unitId", "=", filter.unitId);
    }
    if (filter.keyResultId) {
      await findRow(tx, orgId, "keyResults", filter.keyResultId, "Key result");
      query = query.where("sprints.id", "in", links("sprintKeyResults").ownersOf(tx, orgId, filter.keyResultId));
    }
    if (filter.keyResultUnitId) {
      await assertCanReadUnit(tx, scope, filter.keyResultUnitId);
      query = query.where("sprints.id", "in", sprintsServingUnit(tx, orgId, filter.keyResultUnitId));
    }
    let { from, to } = filter;
    if (filter.period) {
      const period = await findPeriod(tx, orgId, filter.period);
      from = from && from > period.startsOn ? from : period.startsOn;
      to = to && to < period.endsOn ? to : period.endsOn;
    }
    if (from) query = query.where("sprints.endsOn", ">=", from);
    if (to) query = query.where("sprints.startsOn", "<=", to);
    const rows = await query.orderBy("sprints.startsOn").orderBy("sprints.id").execute();
    return withKeyResults(tx, ctx, orgId, await readable(tx, scope, rows));
  });
}

export async function getSprint(ctx: ServiceContext, scope: Scope, id: string): Promise<SprintView> {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const row = await findSprint(tx, orgId, id);
    await assertCanReadUnit(tx, scope, row.unitId);
    const [view] = await withKeyResults(tx, ctx, orgId, [row]);
    return view as SprintView;
  });
}

/** S7: a sprint's recorded changes, newest first. */
export async function listSprintHistory(ctx: ServiceContext, scope: Scope, id: string) {
  const { orgId } = scope;
  return readTenant(ctx, orgId, async (tx) => {
    const entries = await historyOf(tx, orgId, "sprint", id, "newest first").execute();
    // A deleted sprint keeps its history; a sprint that never was is not found.
    if (entries.length === 0) throw notFound("Sprint");
    const unitId = sprintUnitOf(entries[0]?.after ?? entries[0]?.before);
    if (unitId) await assertCanReadUnit(tx, scope, unitId).catch(rethrowUnlessGone);
    return entries;
  });
}

export async function findSprint(db: Executor, orgId: string, id: string): Promise<SprintRow> {
  return findRow(db, orgId, "sprints", id, "Sprint");
}

/** The sprints of units this person may read (S5: private units' plans stay with their members). */
async function readable(tx: Executor, scope: Scope, rows: SprintRow[]): Promise<SprintRow[]> {
  const unitIds = [...new Set(rows.map((row) => row.unitId))];
  if (unitIds.length === 0) return rows;
  const open = await readableUnitIds(tx, scope, unitIds);
  return rows.filter((row) => open.has(row.unitId));
}

/** The sprints whose goal serves a KR of the unit's objectives, as a subquery. */
function sprintsServingUnit(tx: Executor, orgId: string, unitId: string) {
  return tx
    .selectFrom("sprintKeyResults as l")
    .innerJoin("keyResults as k", (join) => sameTenant(join, "k.id", "l.keyResultId"))
    .innerJoin("objectives as o", (join) => sameTenant(join, "o.id", "k.objectiveId"))
    .select("l.sprintId")
    .where("l.orgId", "=", orgId)
    .where("o.unitId", "=", unitId);
}

/** Each sprint with its served KRs and their movement, from one read of the links and one of the readings. */
export async function withKeyResults(
  tx: Executor,
  ctx: ServiceContext,
  orgId: string,
  rows: SprintRow[],
): Promise<SprintView[]> {
  if (rows.length === 0) return [];
  const linked = await tx
    .selectFrom("sprintKeyResults as l")
    .innerJoin("keyResults as k", (join) => sameTenant(join, "k.id", "l.keyResultId"))
    .select(["l.sprintId", "k.id", "k.title", "k.unit", "k.objectiveId", "k.baseline", "k.target", "k.position"])
    .where("l.orgId", "=", orgId)
    .where("l.sprintId", "in", idsOf(rows))
    .orderBy("k.position")
    .execute();
  const krIds = [...new Set(linked.map((link) => link.id))];
  const readings = await liveReadingsOf(tx, orgId, krIds);
  const on = today(ctx);
  return rows.map((row) => ({
    ...row,
    state: sprintState(row, on),
    keyResults: linked
      .filter((link) => link.sprintId === row.id)
      .map(({ sprintId: _, position: __, ...kr }) => ({
        ...kr,
        movement: krMovement(
          readings.filter((r) => r.keyResultId === kr.id).map((r) => ({ value: r.value, at: r.checkedInAt })),
          row,
          kr.baseline,
          on,
        ),
      })),
  }));
}

function sprintUnitOf(snapshot: unknown): string | null {
  const unitId = (snapshot as { unitId?: unknown } | null)?.unitId;
  return typeof unitId === "string" ? unitId : null;
}

/** A deleted unit took its sprints with it; their history stays readable. */
function rethrowUnlessGone(error: unknown): void {
  if ((error as { code?: string }).code !== "not_found") throw error;
}
