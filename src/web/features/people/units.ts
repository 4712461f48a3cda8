import type { Unit } from "../../api/types.ts";

export interface PlacedUnit {
  unit: Unit;
  depth: number;
}

/** Units in the organisation's tree order (parents before children, siblings by name), with depth. */
export function inTreeOrder(units: Unit[]): PlacedUnit[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const out: PlacedUnit[] = [];
  const visit = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    for (const unit of list) {
      out.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** The units as a drop-down's options, indented by depth (a unit's place in the tree shows). */
export const unitOptions = (units: PlacedUnit[]) =>
  units.map(({ unit, depth }) => ({ value: unit.id, label: `${"\u00a0\u00a0".repeat(depth)}${unit.name}` }));
