import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { makeFormat } from "./format.ts";
import { zhCN } from "./zh-CN.ts";

function leaves(tree: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("message catalogs", () => {
  const english = leaves(en);
  const chinese = leaves(zhCN);

  it("have the same keys in English and Simplified Chinese", () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, text] of english)
      expect([key, placeholders(chinese.get(key) ?? "")]).toEqual([key, placeholders(text)]);
  });

  it("translate every string that is not a pure placeholder pattern", () => {
    const same = [...english].filter(
      ([key, text]) => chinese.get(key) === text && /[a-z]{3}/i.test(text.replace(/\{\{\w+\}\}/g, "")),
    );
    expect(same).toEqual([]);
  });
});

describe("formatting per locale", () => {
  it("formats percentages, values with units and dates in English and Chinese", () => {
    const enFormat = makeFormat("en");
    const zhFormat = makeFormat("zh-CN");
    expect(enFormat.percent(0.425)).toBe("43%");
    expect(enFormat.value(12000, "users")).toBe("12,000 users");
    expect(enFormat.value(0.38, "%")).toBe("0.38%");
    expect(enFormat.date("2027-03-31")).toBe("Mar 31, 2027");
    expect(zhFormat.date("2027-03-31")).toBe("2027年3月31日");
    expect(zhFormat.daysAgo("2027-03-28T10:00:00Z", new Date("2027-03-31T12:00:00Z"))).toBe("3天前");
  });
});
