import { describe, expect, it } from "vitest";
import type { HistoryEntry } from "../../api/types.ts";
import { describeChange, inReadingOrder } from "./history.ts";

const entry = (overrides: Partial<HistoryEntry>): HistoryEntry => ({
  id: "h1",
  entity: "key_result",
  entityId: "k1",
  action: "update",
  actorId: "p1",
  reason: "",
  before: null,
  after: null,
  changedAt: "2027-02-01T10:00:00.000Z",
  ...overrides,
});

describe("history in words (S7)", () => {
  it("names the goal fields that moved, before and after, and leaves bookkeeping out", () => {
    const kr = { title: "Raise repeat purchase rate", unit: "%", baseline: 5, target: 15, version: 2, position: 1 };
    const change = describeChange(
      entry({ before: kr, after: { ...kr, target: 12, version: 3, position: 0 }, reason: "Market shrank" }),
    );
    expect(change).toEqual({
      entity: "key_result",
      action: "update",
      title: "Raise repeat purchase rate",
      unit: "%",
      changes: [{ field: "target", before: 15, after: 12 }],
    });
  });

  it("keeps the title of a removed key result from before the removal", () => {
    const change = describeChange(entry({ action: "delete", before: { title: "Total views", unit: "" }, after: null }));
    expect([change.action, change.title, change.changes]).toEqual(["delete", "Total views", []]);
  });

  it("reads objective fields for an objective", () => {
    const o = { title: "Trusted supplier", description: "", status: "draft", version: 1 };
    const change = describeChange(entry({ entity: "objective", before: o, after: { ...o, status: "active" } }));
    expect(change.changes).toEqual([{ field: "status", before: "draft", after: "active" }]);
  });
});

describe("history in reading order", () => {
  it("lists the newest first, and within one save the objective, then its KRs by position; a creation last", () => {
    const at = "2027-02-01T10:00:00.000Z";
    const later = "2027-02-02T10:00:00.000Z";
    const entries = [
      entry({ id: "kr2", action: "create", after: { position: 1 }, changedAt: at }),
      entry({ id: "o", entity: "objective", action: "create", after: {}, changedAt: at }),
      entry({ id: "kr1", action: "create", after: { position: 0 }, changedAt: at }),
      entry({ id: "edit", changedAt: later }),
    ];
    expect(inReadingOrder(entries).map((e) => e.id)).toEqual(["edit", "kr1", "kr2", "o"]);
  });
});
