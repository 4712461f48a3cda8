import type { MapKeyResult, MapObjective, MapUnit } from "../../api/types.ts";

// Presentation helpers over the API's flat unit list: nesting, search and the path to the top.
// They take the map's shape (`GET /map`); the search's and the path's fuller units fit it too.

export interface UnitNode {
  unit: MapUnit;
  children: UnitNode[];
}

export function buildTree(units: MapUnit[]): UnitNode[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The objectives a map shows: everything but cancelled ones. */
export function visibleObjectives(unit: MapUnit): MapObjective[] {
  return unit.objectives.filter((o) => o.status !== "cancelled");
}

export interface PathStep {
  unit: MapUnit;
  objective: MapObjective | undefined;
  /** The parent's KR this step's objective was cascaded from (M5), when it was. */
  fromKeyResult: MapKeyResult | undefined;
}

/** From the top of the organisation down to `unitId`: how a team's work connects upwards. */
export function pathTo(units: MapUnit[], unitId: string): PathStep[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const keyResults = new Map(
    units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults.map((kr) => [kr.id, kr] as const))),
  );
  const steps: PathStep[] = [];
  let current = byId.get(unitId);
  while (current) {
    const objective = mainObjective(current);
    const fromKeyResult = objective?.parentKeyResultId ? keyResults.get(objective.parentKeyResultId) : undefined;
    steps.unshift({ unit: current, objective, fromKeyResult });
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return steps;
}

/** The objective a unit is pursuing: the active one (M1), else its first draft. */
export function mainObjective(unit: MapUnit): MapObjective | undefined {
  const objectives = visibleObjectives(unit);
  return objectives.find((o) => o.status === "active") ?? objectives[0];
}

/** Where each objective id lives, to link a cascaded KR to the unit that took it on. */
export function objectiveOwners(units: MapUnit[]): Map<string, MapUnit> {
  return new Map(units.flatMap((u) => u.objectives.map((o) => [o.id, u] as const)));
}
