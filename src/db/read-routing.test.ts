import { describe, expect, it } from "vitest";
import { currentRouting, laterLsn, lsnValue, onPrimary, parseLsn, routeReads } from "./read-routing.ts";

describe("WAL positions a client carries (docs/operations.md, Read replica)", () => {
  it("orders positions by both halves, not as text", () => {
    expect(lsnValue("0/A") < lsnValue("0/10")).toBe(true);
    expect(lsnValue("1/0") > lsnValue("0/FFFFFFFF")).toBe(true);
    expect(laterLsn("0/10", "0/A")).toBe("0/10");
    expect(laterLsn("0/A", "0/10")).toBe("0/10");
    expect(laterLsn(null, "16/B374D848")).toBe("16/B374D848");
  });

  it.each([
    ["16/b374d848", "16/B374D848"],
    [" 0/3000148 ", "0/3000148"],
    ["", null],
    [undefined, null],
    ["0/", null],
    ["0/3000148; drop table x", null],
    ["123456789/0", null],
  ])("takes %j from a client as %j (anything else is ignored)", (text, parsed) => {
    expect(parseLsn(text)).toBe(parsed);
  });

  it("keeps the write path on the primary inside a GET, and its writes still count for the request", async () => {
    const positions = { seen: null, wrote: null as string | null };
    await routeReads({ replica: true, positions }, async () => {
      expect(currentRouting()?.replica).toBe(true);
      await onPrimary(async () => {
        expect(currentRouting()?.replica).toBe(false);
        const routing = currentRouting();
        if (routing) routing.positions.wrote = "0/5";
      });
      expect(currentRouting()?.replica).toBe(true);
    });
    expect(positions.wrote).toBe("0/5");
  });
});
