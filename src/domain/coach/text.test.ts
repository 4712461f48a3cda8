import { describe, expect, it } from "vitest";
import { itMaps } from "../../../tests/support/table-cases.ts";
import { findFirst, normalize, statesChange, wordedDirection } from "./text.ts";

describe("normalize", () => {
  it("folds full-width digits and percent signs so one pattern serves both languages", () => {
    expect(normalize("从３０％提高到  ３４％")).toBe("从30%提高到 34%");
  });
});

describe("findFirst", () => {
  it("returns the matched words of the first matching pattern", () => {
    expect(findFirst("total page views", [/\bnothing\b/, /total \w+/])).toBe("total page");
    expect(findFirst("refund rate", [/\btotal\b/])).toBeNull();
  });
});

describe("wordedDirection", () => {
  itMaps("%s -> %s", wordedDirection, [
    ["Reduce refund rate from 0.5% to 0.2%", "decrease"],
    ["Raise repeat purchase rate from 5% to 15%", "increase"],
    ["Increase share of users who complete onboarding", "increase"],
    ["Reduce churn so that revenue can grow", "decrease"],
    ["Keep p95 latency below 300 ms", "keep"],
    ["将退款率从 0.5% 降低到 0.2%", "decrease"],
    ["将销售线索转化率从 30% 提高到 34%", "increase"],
    ["可用性保持在 99.9%", "keep"],
    ["Refund rate", null],
  ]);
});

describe("statesChange", () => {
  itMaps("%s -> %s", statesChange, [
    ["Reduce refund rate from 0.5% to 0.2%", true],
    ["将首次价值时间从 10 天缩短到 3 天", true],
    ["Launch the new dashboard", false],
    ["Move from Jira to Linear", false],
  ]);
});
