import { describe, expect, it } from "vitest";
import { type AuditEntry, apiFilters, changesOf, exportHref, shown } from "./audit-text.ts";

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: "e1",
  changedAt: "2027-01-15T09:30:00.000Z",
  actorId: null,
  actorName: null,
  entityType: "person",
  entityId: "p1",
  entityName: "Ana Lima",
  action: "update",
  reason: "",
  before: null,
  after: null,
  ...overrides,
});
const names = new Map([
  ["u1", "Payments"],
  ["p1", "Ana Lima"],
]);

describe("changesOf", () => {
  it.each<[string, Partial<AuditEntry>, unknown]>([
    [
      "a role change names only what moved",
      {
        before: { id: "p1", name: "Ana", role: "member", updatedAt: "x" },
        after: { id: "p1", name: "Ana", role: "viewer", updatedAt: "y" },
      },
      [{ field: "role", before: "member", after: "viewer" }],
    ],
    [
      "a membership's unit is shown by name",
      { entityType: "membership", action: "create", after: { unitId: "u1", personId: "p1", role: "lead" } },
      [
        { field: "role", after: "lead" },
        { field: "unitId", after: "Payments" },
      ],
    ],
    [
      "a removal shows what it was",
      { action: "delete", before: { name: "Ana", role: "viewer", email: "ana@example.com" } },
      [
        { field: "role", before: "viewer" },
        { field: "email", before: "ana@example.com" },
      ],
    ],
    [
      "an invitation is not named twice",
      { entityType: "invitation", action: "create", after: { email: "li@example.com", role: "member" } },
      [{ field: "role", after: "member" }],
    ],
    ["nothing recorded", { action: "create" }, []],
    [
      "a field that appears",
      { before: { rule: "K1" }, after: { rule: "K1", reason: "Later" } },
      [{ field: "reason", before: "–", after: "Later" }],
    ],
  ])("%s", (_name, overrides, changes) => {
    expect(changesOf(entry(overrides), names)).toEqual(changes);
  });
});

describe("shown", () => {
  it.each<[unknown, string]>([
    [null, "–"],
    ["", "–"],
    [true, "true"],
    [6, "6"],
    ["u1", "Payments"],
    [{ a: 1 }, '{"a":1}'],
    ["x".repeat(100), `${"x".repeat(79)}…`],
  ])("%j -> %s", (value, text) => {
    expect(shown(value, names)).toBe(text);
  });
});

describe("apiFilters and exportHref", () => {
  it("sends the reader's days as instants of local midnight, `to` as the next one", () => {
    const query = apiFilters({ from: "2027-03-01", to: "2027-03-01", entityType: "unit" });
    expect(new Date(query.from as string).getTime()).toBe(new Date(2027, 2, 1).getTime());
    expect(new Date(query.to as string).getTime()).toBe(new Date(2027, 2, 2).getTime());
    expect(query.entityType).toBe("unit");
    expect(apiFilters({})).toEqual({});
  });
  it("builds the download address with the filters", () => {
    expect(exportHref("acme", "csv", { actor: "p1" })).toBe("/api/v1/orgs/acme/audit-log/export?format=csv&actor=p1");
  });
});
