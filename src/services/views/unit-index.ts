import { listUnitPath, listUnitTree } from "../../db/repositories/units.ts";
import type { Unit } from "../../db/schema.ts";
import { notFound } from "../../domain/errors.ts";
import { groupBy } from "../../domain/group-by.ts";
import { canReadUnit } from "../access.ts";
import type { Executor } from "../context.ts";
import type { Scope } from "../write.ts";
import {
  type DatedPeriod,
  loadScoredObjectives,
  loadScoredObjectivesOfUnits,
  type ObjectiveView,
} from "./period-scores.ts";

/** A unit where it stands in the organisation's tree. */
export interface PlacedUnit extends Unit {
  depth: number;
  childUnitCount: number;
}

/**
 * The organisation's units as a tree, in its own order: depth first, siblings by name (as the
 * database sorts them). Views list units and KRs in this order, never by score (S3). Units are
 * small rows: even 10,000 of them are read in one query and walked in memory.
 */
export class UnitIndex {
  readonly byId: Map<string, Unit>;
  private readonly children: Map<string | null, Unit[]>;

  /**
   * `units` sorted by name (`loadUnitIndex` has the database sort them). `childCounts`, when
   * given, says how many units sit directly below each unit: an index of part of the tree
   * (`loadUnitSubtree`) cannot count children it did not load.
   */
  constructor(
    sorted: Unit[],
    private readonly childCounts?: ReadonlyMap<string, number>,
  ) {
    this.byId = new Map(sorted.map((unit) => [unit.id, unit]));
    // A unit whose parent is gone (should not happen) stands at the top rather than vanishing.
    this.children = groupBy(sorted, (unit) => (unit.parentId && this.byId.has(unit.parentId) ? unit.parentId : null));
  }

  get(id: string): Unit {
    const unit = this.byId.get(id);
    if (!unit) throw notFound("Unit");
    return unit;
  }

  childCount(id: string): number {
    return this.childCounts?.get(id) ?? this.children.get(id)?.length ?? 0;
  }

  /**
   * The units under `rootId` (or under the top when null), the root included, down to `depth`
   * levels below it (all levels when undefined), in tree order.
   */
  subtree(rootId: string | null, depth?: number): PlacedUnit[] {
    const out: PlacedUnit[] = [];
    const walk = (unit: Unit, level: number) => {
      out.push({ ...unit, depth: level, childUnitCount: this.childCount(unit.id) });
      if (depth !== undefined && level >= depth) return;
      for (const child of this.children.get(unit.id) ?? []) walk(child, level + 1);
    };
    const starts = rootId === null ? (this.children.get(null) ?? []) : [this.get(rootId)];
    for (const unit of starts) walk(unit, 0);
    return out;
  }

  /** From the top of the organisation down to the unit, the unit included. */
  pathTo(id: string): Unit[] {
    const path: Unit[] = [];
    let current = this.byId.get(id);
    while (current && !path.includes(current)) {
      path.unshift(current);
      current = current.parentId ? this.byId.get(current.parentId) : undefined;
    }
    return path;
  }
}

export async function loadUnitIndex(db: Executor, orgId: string): Promise<UnitIndex> {
  return new UnitIndex(
    await db.selectFrom("units").selectAll().where("orgId", "=", orgId).orderBy("name").orderBy("id").execute(),
  );
}

/**
 * An index of one subtree only: the units under `rootId` (the top units when null) down to
 * `depth` levels, found through the parent index instead of reading every unit of the
 * organisation (10,000 rows for a map that shows a hundred). Throws not found for an unknown root.
 */
export async function loadUnitSubtree(
  db: Executor,
  orgId: string,
  rootId: string | null,
  depth: number | undefined,
): Promise<UnitIndex> {
  const rows = await listUnitTree(db, orgId, rootId, depth);
  if (rootId !== null && !rows.some((row) => row.id === rootId)) throw notFound("Unit");
  return indexOf(rows);
}

/** An index of the units from the top of the organisation down to `unitId`. */
export async function loadUnitPath(db: Executor, orgId: string, unitId: string): Promise<UnitIndex> {
  return indexOf(await listUnitPath(db, orgId, unitId));
}

function indexOf(rows: (Unit & { childUnitCount: number })[]): UnitIndex {
  const units = rows.map(({ childUnitCount: _, ...unit }) => unit);
  return new UnitIndex(units, new Map(rows.map((row) => [row.id, row.childUnitCount])));
}

/** Above this many units, one read of the whole period is cheaper than a list of their objectives. */
const CASCADE_LIMIT = 2000;

/**
 * The scored objectives (S1, S2, with M5 roll-up) of the given units, by unit. Units the caller
 * may not read (private) get none: they stay in the tree, their OKRs do not show.
 */
export async function scoredObjectivesOfUnits(
  db: Executor,
  scope: Scope,
  period: DatedPeriod,
  units: Unit[],
  now: Date,
): Promise<Map<string, ObjectiveView[]>> {
  const { orgId } = scope;
  const readable = new Set(units.filter((unit) => canReadUnit(scope, unit)).map((unit) => unit.id));
  let scored: ObjectiveView[];
  if (readable.size > CASCADE_LIMIT) {
    scored = await loadScoredObjectives(db, orgId, period, now);
  } else if (readable.size === 0) {
    scored = [];
  } else {
    scored = await loadScoredObjectivesOfUnits(db, orgId, [...readable], period, now);
  }
  return groupBy(
    scored.filter((objective) => readable.has(objective.unitId)),
    (objective) => objective.unitId,
  );
}
