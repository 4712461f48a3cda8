import { describe, expect, it } from "vitest";
import { parseDecimal } from "./decimal.ts";

describe("a number as a person types it", () => {
  it.each<[string, number | null]>([
    ["52.5", 52.5],
    ["52,5", 52.5],
    [" 1 200,5 ", 1200.5],
    ["-3", -3],
    [".5", 0.5],
    ["", null],
    ["abc", null],
    ["1.2.3", null],
    ["5e3", null],
  ])("%j is %s", (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });
});
