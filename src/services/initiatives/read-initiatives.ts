import { links } from "../../db/repositories/links.ts";
import { sameTenant } from "../../db/repositories/tenant-joins.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { InitiativeRow } from "../../db/schema.ts";
import { notFound } from "../../domain/errors.ts";
import { idsOf } from "../../domain/ids.ts";
import { assertCanReadUnit, readableUnitIds } from "../access.ts";
import { type Executor, readTenant, type ServiceContext } from "../context.ts";
import { requireReadableKeyResult } from "../references.ts";
import type { Scope } from "../write.ts";

/** A key result an initiative should move, with where it lives (for links and labels). */
export interface LinkedKeyResult {
  id: string;
  title: string;
  objectiveId: string;
  unitId: string;
}

/** An initiative as the API shows it: its row and the key results it should move (K7). */
export interface Initiative extends InitiativeRow {
  keyResults: LinkedKeyResult[];
}

export interface InitiativeFilter {
  unitId?: string;
  keyResultId?: string;
}

/**
 * The initiatives a caller may read (S5: everyone sees everything, except private units): all of
 * the organisation's, a unit's, or those under one key result. A unit or KR the caller cannot
 * read answers 404, as one that does not exist.
 */
export async function listInitiatives(
  ctx: ServiceContext,
  scope: Scope,
  filter: InitiativeFilter = {},
): Promise<Initiative[]> {
  return readTenant(ctx, scope.orgId, async (tx) => {
    if (filter.unitId) await assertCanReadUnit(tx, scope, filter.unitId);
    if (filter.keyResultId) await requireReadableKeyResult(tx, scope, filter.keyResultId, "keyResult");
    let query = tx.selectFrom("initiatives").selectAll().where("orgId", "=", scope.orgId);
    if (filter.unitId) query = query.where("unitId", "=", filter.unitId);
    if (filter.keyResultId) {
      query = query.where("id", "in", links("initiativeKeyResults").ownersOf(tx, scope.orgId, filter.keyResultId));
    }
    const rows = await query.orderBy("createdAt").orderBy("id").execute();
    return withKeyResults(tx, scope, rows);
  });
}

export async function getInitiative(ctx: ServiceContext, scope: Scope, id: string): Promise<Initiative> {
  return readTenant(ctx, scope.orgId, (tx) => readInitiative(tx, scope, id));
}

/** One initiative the caller may read, inside a transaction (also the result of a write). */
export async function readInitiative(tx: Executor, scope: Scope, id: string): Promise<Initiative> {
  const row = await tenantRows("initiatives").find(tx, scope.orgId, id);
  const [initiative] = row ? await withKeyResults(tx, scope, [row]) : [];
  if (!initiative) throw notFound("Initiative");
  return initiative;
}

/** Adds each initiative's key results; leaves out what sits in a unit the caller cannot read. */
async function withKeyResults(tx: Executor, scope: Scope, rows: InitiativeRow[]): Promise<Initiative[]> {
  if (rows.length === 0) return [];
  const linked = await tx
    .selectFrom("initiativeKeyResults as link")
    .innerJoin("keyResults as kr", (join) => sameTenant(join, "kr.id", "link.keyResultId"))
    .innerJoin("objectives as o", (join) => sameTenant(join, "o.id", "kr.objectiveId"))
    .select(["link.initiativeId", "kr.id", "kr.title", "kr.objectiveId", "o.unitId", "kr.position"])
    .where("link.orgId", "=", scope.orgId)
    .where("link.initiativeId", "in", idsOf(rows))
    .orderBy("kr.title")
    .execute();
  const unitIds = [...new Set([...rows.map((row) => row.unitId), ...linked.map((link) => link.unitId)])];
  const readable = await readableUnitIds(tx, scope, unitIds);
  return rows
    .filter((row) => readable.has(row.unitId))
    .map((row) => ({
      ...row,
      keyResults: linked
        .filter((link) => link.initiativeId === row.id && readable.has(link.unitId))
        .map(({ id, title, objectiveId, unitId }) => ({ id, title, objectiveId, unitId })),
    }));
}
