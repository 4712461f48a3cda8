import { describe, expect, it } from "vitest";
import {
  decodeCursor,
  decodePlaceKey,
  decodeTimeKey,
  encodeCursor,
  pageFrom,
  pageInOrder,
  placeCursor,
} from "./paging.ts";

const rows = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (page: { rows: { id: string }[] }) => page.rows.map((row) => row.id);

describe("cursor paging (docs/api.md, Paging and sync)", () => {
  it("round-trips a key and refuses a cursor of another shape, naming `cursor`", () => {
    expect(decodeCursor(encodeCursor(["a", 2]), ["string", "number"])).toEqual(["a", 2]);
    for (const bad of ["", "%%%", encodeCursor(["a"]), encodeCursor([2, "a"]), btoa("{")]) {
      expect(() => decodeCursor(bad, ["string", "number"])).toThrow(
        expect.objectContaining({ details: [expect.objectContaining({ field: "cursor", rule: "cursor" })] }),
      );
    }
  });

  it("accepts only a real instant to the microsecond and a uuid as a time key", () => {
    const id = "0b7f3c9e-4a51-4a8e-9d43-3f6a2c1d5e7f";
    expect(decodeTimeKey(encodeCursor(["2027-02-28T23:59:59.123456Z", id]))).toEqual({
      at: "2027-02-28T23:59:59.123456Z",
      id,
    });
    for (const at of ["2027-02-31T00:00:00.000000Z", "2027-02-01T00:00:00.000Z", "2027-02-01 00:00:00.000000+00"]) {
      expect(() => decodeTimeKey(encodeCursor([at, id]))).toThrow("The cursor is not one this list gave");
    }
    expect(() => decodeTimeKey(encodeCursor(["2027-02-01T00:00:00.000000Z", "x"]))).toThrow();
  });

  it("cuts a keyset page from limit + 1 rows, with a cursor only when a row is left", () => {
    expect(pageFrom(rows("a", "b", "c"), 2, (r) => [r.id]).nextCursor).toBe(encodeCursor(["b"]));
    expect(pageFrom(rows("a", "b"), 2, (r) => [r.id]).nextCursor).toBeNull();
  });

  it("continues a list read whole after the cursor's row wherever it moved, and at its place once it is gone", () => {
    const first = pageInOrder(rows("a", "b", "c", "d", "e"), { limit: 2 }, (r) => r.id);
    expect(ids(first)).toEqual(["a", "b"]);
    const cursor = first.nextCursor as string;
    // Rows added before the cursor's row do not shift the next page.
    expect(ids(pageInOrder(rows("x", "a", "b", "c", "d", "e"), { limit: 2, cursor }, (r) => r.id))).toEqual(["c", "d"]);
    // The cursor's row deleted: the next page starts where it was.
    expect(ids(pageInOrder(rows("a", "c", "d", "e"), { limit: 2, cursor }, (r) => r.id))).toEqual(["c", "d"]);
    const last = pageInOrder(rows("a", "b", "c", "d", "e"), { limit: 3, cursor }, (r) => r.id);
    expect([ids(last), last.nextCursor]).toEqual([["c", "d", "e"], null]);
  });

  it("names a row of a list paged in place by its uuid and place, and ends the walk at the list's last row", () => {
    const id = "0b7f3c9e-4a51-4a8e-9d43-3f6a2c1d5e7f";
    const cursor = placeCursor({ id, position: 50 }, 120);
    expect(decodePlaceKey(cursor as string)).toEqual({ id, position: 50 });
    expect(placeCursor({ id, position: 120 }, 120)).toBeNull();
    expect(placeCursor(undefined, 0)).toBeNull();
    for (const bad of [encodeCursor(["not-a-uuid", 3]), encodeCursor([id, 0]), encodeCursor([id, 1.5]), "x"]) {
      expect(() => decodePlaceKey(bad)).toThrow(
        expect.objectContaining({ details: [expect.objectContaining({ field: "cursor" })] }),
      );
    }
  });
});
