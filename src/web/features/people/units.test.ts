import { describe, expect, it } from "vitest";
import type { Unit } from "../../api/types.ts";
import { inTreeOrder } from "./units.ts";

const unit = (id: string, name: string, parentId: string | null): Unit => ({
  id,
  orgId: "o",
  parentId,
  name,
  kind: "team",
  private: false,
  createdAt: "2027-01-01T00:00:00.000Z",
});

describe("units in the organisation's order", () => {
  it("puts each unit under its parent, siblings by name", () => {
    const units = [
      unit("s", "Support", "c"),
      unit("c", "Company", null),
      unit("a", "Accounts", "s"),
      unit("b", "Billing", "c"),
    ];
    expect(inTreeOrder(units).map(({ unit, depth }) => `${depth}:${unit.name}`)).toEqual([
      "0:Company",
      "1:Billing",
      "1:Support",
      "2:Accounts",
    ]);
  });
});
