import { sql } from "kysely";
import type { Executor } from "../executor.ts";
import type { Unit } from "../schema.ts";

export type UnitWithChildCount = Unit & { childUnitCount: number };

/** Deeper than any organisation's tree; a bound, so that bad data cannot loop. */
const MAX_TREE_DEPTH = 100;

/**
 * The units under the root (or under the top) as the `with recursive` clause `tree (id, depth,
 * path)`, down to `maxDepth` levels. `path` holds the names from the top down: ordered by it,
 * the units come in the organisation's tree order (depth first, siblings by name; names are
 * unique in an organisation, as `UnitIndex` orders them), never by score (S3).
 */
export function unitTree(orgId: string, rootUnitId: string | null, maxDepth = MAX_TREE_DEPTH) {
  const top = rootUnitId === null ? sql`parent_id is null` : sql`id = ${rootUnitId}`;
  return sql`
    tree (id, depth, path) as (
      select id, 0, array[name] from units where org_id = ${orgId} and ${top}
      union all
      select u.id, t.depth + 1, t.path || u.name
      from tree t join units u on u.org_id = ${orgId} and u.parent_id = t.id
      where t.depth < ${Math.min(maxDepth, MAX_TREE_DEPTH)})`;
}

/**
 * The units under the root (or the top), down to `maxDepth` levels, in tree order, each with its
 * depth below the root and its number of child units. Empty when the root is not a unit of the
 * organisation.
 */
export async function listUnitTree(
  db: Executor,
  orgId: string,
  rootUnitId: string | null,
  maxDepth: number = MAX_TREE_DEPTH,
): Promise<(Unit & { depth: number; childUnitCount: number })[]> {
  const result = await sql<Unit & { depth: number; childUnitCount: number }>`
    with recursive ${unitTree(orgId, rootUnitId, maxDepth)}
    select u.*, t.depth,
      (select count(*) from units c where c.org_id = u.org_id and c.parent_id = u.id)::int as child_unit_count
    from tree t join units u on u.org_id = ${orgId} and u.id = t.id
    order by t.path`.execute(db);
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
