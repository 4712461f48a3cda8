import { describe, expect, it } from "vitest";
import { keptBy } from "./kept.ts";

describe("keptBy", () => {
  it("reads each key once, null answers included, and forgets all past its limit", () => {
    const asked: string[] = [];
    const read = keptBy(
      (text: string) => text.toLowerCase(),
      (text: string) => {
        asked.push(text);
        return text.startsWith("x") ? null : text.length;
      },
      2,
    );
    expect([read("ab"), read("AB"), read("xy"), read("xy")]).toEqual([2, 2, null, null]);
    expect(asked).toEqual(["ab", "xy"]);
    read("cde"); // a third key: the two kept are forgotten first
    read("ab");
    expect(asked).toEqual(["ab", "xy", "cde", "ab"]);
  });
});
