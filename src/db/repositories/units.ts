import { sql } from "kysely";
import type { Executor } from "../../services/context.ts";
import type { Unit } from "../schema.ts";

export type UnitWithChildCount = Unit & { childUnitCount: number };

/**
 * The units under `rootId` (the top units when null), the root included, down to `depth` levels
 * below it (every level when null), each with how many units sit directly below it. Sorted by
 * name and id, as the tree lists siblings. Walks the parent index (units_parent_idx), so the
 * cost is the subtree's, not the organisation's.
 */
export async function listUnitSubtree(
  db: Executor,
  orgId: string,
  rootId: string | null,
  depth: number | null,
): Promise<UnitWithChildCount[]> {
  const result = await sql<UnitWithChildCount>`
    with recursive placed (id, depth) as (
      select id, 0 from units
      where org_id = ${orgId} and ${rootId === null ? sql`parent_id is null` : sql`id = ${rootId}`}
      union all
      select u.id, placed.depth + 1 from placed
      join units u on u.org_id = ${orgId} and u.parent_id = placed.id
      where ${depth === null ? sql`true` : sql`placed.depth < ${depth}`})
    ${withChildCounts(orgId)}`.execute(db);
  return result.rows;
}

/** The units from the top of the organisation down to `unitId`, each with its child count. */
export async function listUnitPath(db: Executor, orgId: string, unitId: string): Promise<UnitWithChildCount[]> {
  const result = await sql<UnitWithChildCount>`
    with recursive placed (id, parent_id, depth) as (
      select id, parent_id, 0 from units where org_id = ${orgId} and id = ${unitId}
      union all
      select u.id, u.parent_id, placed.depth + 1 from placed
      join units u on u.org_id = ${orgId} and u.id = placed.parent_id
      where placed.depth < 64)
    ${withChildCounts(orgId)}`.execute(db);
  return result.rows;
}

function withChildCounts(orgId: string) {
  return sql`
    select u.*, (select count(*)::int from units c where c.org_id = u.org_id and c.parent_id = u.id) as child_unit_count
    from placed join units u on u.org_id = ${orgId} and u.id = placed.id
    order by u.name, u.id`;
}
