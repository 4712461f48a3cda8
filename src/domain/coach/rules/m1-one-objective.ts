import type { DraftUnit, Hit } from "../types.ts";

/**
 * M1: a team pursues one objective per period. Units are grouped by name so that a unit listed
 * twice cannot hide a second objective; the finding goes on the unit's first entry.
 */
export function checkOneObjectivePerUnit(units: readonly DraftUnit[]): Array<{ unitIndex: number; hit: Hit }> {
  const groups = new Map<string, { first: number; name: string; count: number }>();
  units.forEach((unit, index) => {
    const key = unit.name.trim().toLowerCase();
    const group = groups.get(key) ?? {
      first: index,
      name: unit.name.trim(),
      count: 0,
    };
    group.count += unit.objectives.length;
    groups.set(key, group);
  });
  const results: Array<{ unitIndex: number; hit: Hit }> = [];
  for (const group of groups.values()) {
    if (group.count <= 1) continue;
    results.push({
      unitIndex: group.first,
      hit: {
        message: {
          en: `Unit "${group.name}" has ${group.count} objectives in this period; a team pursues one. When a team has several priorities in theory it has none in practice.`,
          zh: `单元“${group.name}”在本周期有 ${group.count} 个目标；一个团队一个周期只追求一个目标。理论上有多个优先级，实践中就等于没有优先级。`,
        },
        suggestion: {
          en: "Keep the most urgent objective; sequence the others into later periods or give them to other teams.",
          zh: "保留最紧迫的一个目标；其余的安排到后续周期，或交给其他团队。",
        },
      },
    });
  }
  return results;
}
