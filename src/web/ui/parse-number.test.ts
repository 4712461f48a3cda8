import { describe, expect, it } from "vitest";
import { type ParsedNumber, parseNumber } from "./parse-number.ts";

const ok = (value: number): ParsedNumber => ({ ok: true, value });
const refused = (reason: "empty" | "notANumber"): ParsedNumber => ({ ok: false, reason });

describe("parseNumber", () => {
  it.each<[string, ParsedNumber]>([
    // Both decimal marks mean the same number, in English and in Chinese.
    ["52.5", ok(52.5)],
    ["52,5", ok(52.5)],
    ["-52,5", ok(-52.5)],
    ["+3", ok(3)],
    ["−4.5", ok(-4.5)], // U+2212, a typographic minus
    ["0", ok(0)],
    ["  7 ", ok(7)],
    [".5", ok(0.5)],
    [",5", ok(0.5)],
    ["52.", ok(52)],
    ["0,125", ok(0.125)], // nobody writes a leading zero group: a decimal comma
    ["1234,567", ok(1234.567)], // four digits before: not a thousands group
    ["1,23", ok(1.23)],
    ["1.234", ok(1.234)], // a single dot is the decimal point in every locale Grove speaks
    // Thousands separators, written the English, continental or SI way.
    ["1,234.5", ok(1234.5)],
    ["1.234,5", ok(1234.5)],
    ["1 234,5", ok(1234.5)],
    ["1\u00A0234,5", ok(1234.5)], // a no-break space, as Intl writes it
    ["1 234", ok(1234)],
    ["1,234,567", ok(1234567)],
    ["1.234.567", ok(1234567)],
    ["1,234,567.89", ok(1234567.89)],
    // Full-width digits and marks from a Chinese input method.
    ["５２．５", ok(52.5)],
    ["５２，５", ok(52.5)],
    // Refused, never guessed.
    ["", refused("empty")],
    ["   ", refused("empty")],
    ["abc", refused("notANumber")],
    ["52,5%", refused("notANumber")],
    ["1e3", refused("notANumber")],
    ["12,34,5", refused("notANumber")], // groups that are not threes
    ["1,2345.6", refused("notANumber")],
    ["1.2.3", refused("notANumber")],
    ["1.234,5,6", refused("notANumber")],
    ["5-2", refused("notANumber")],
    [".", refused("notANumber")],
    ["-", refused("notANumber")],
    [",", refused("notANumber")],
    // One comma and three digits: 1234 in English, 1.234 in German. Ask.
    ["1,234", { ok: false, reason: "ambiguous", readings: [1234, 1.234] }],
    ["-12,500", { ok: false, reason: "ambiguous", readings: [-12500, -12.5] }],
  ])("reads %j", (typed, expected) => {
    expect(parseNumber(typed)).toEqual(expected);
  });
});
