import { describe, expect, it } from "vitest";
import type { MapObjective, MapUnit } from "../../api/types.ts";
import { buildTree, pathTo } from "./tree.ts";

function unit(id: string, parentId: string | null, objectives: Partial<MapObjective>[] = []): MapUnit {
  return {
    id,
    parentId,
    name: `Unit ${id}`,
    kind: "team",
    childUnitCount: 0,
    objectives: objectives.map((o) => ({ keyResults: [], status: "active", parentKeyResultId: null, ...o })),
  } as MapUnit;
}

const kr = (id: string, title: string) => ({ id, title }) as MapObjective["keyResults"][number];

const units = [
  unit("a", null),
  unit("b", "a", [{ id: "ob", title: "Trusted partner", keyResults: [kr("k1", "Completed workflows")] }]),
  unit("c", "b", [{ id: "oc", title: "Effortless workflows", parentKeyResultId: "k1" }]),
  unit("d", "a", [{ id: "od", title: "Cookware", keyResults: [] }]),
];

describe("map tree helpers", () => {
  it("nests units under their parents", () => {
    const roots = buildTree(units);
    expect(roots.map((n) => n.unit.id)).toEqual(["a"]);
    expect(roots[0]?.children.map((n) => n.unit.id)).toEqual(["b", "d"]);
  });

  it("walks from the top down to a unit through the KR it was cascaded from (M5)", () => {
    const steps = pathTo(units, "c");
    expect(steps.map((s) => [s.unit.id, s.objective?.id, s.fromKeyResult?.id])).toEqual([
      ["a", undefined, undefined],
      ["b", "ob", undefined],
      ["c", "oc", "k1"],
    ]);
  });
});
