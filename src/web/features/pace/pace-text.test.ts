import { createInstance } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "../../i18n/en.ts";
import { makeFormat } from "../../i18n/format.ts";
import { zhCN } from "../../i18n/zh-CN.ts";
import { type PaceFacts, paceReason, paceWord } from "./pace-text.ts";

const i18n = createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, "zh-CN": { translation: zhCN } },
    lng: "en",
    interpolation: { escapeValue: false },
  });
});

const facts = (overrides: Partial<PaceFacts> = {}): PaceFacts => ({
  kind: "metric",
  unit: "%",
  pace: "behind",
  reasons: ["behind_pace"],
  progress: 0.62,
  expectedProgress: 0.7,
  confidence: 0.8,
  forecast: { value: 75.5, low: 71, high: 80, progress: 0.755, on: "2027-03-31" },
  ...overrides,
});

describe("the pace in words, the same on the team page and the dashboard", () => {
  it("says how far along, how far expected and the forecast range by the deadline", () => {
    const t = i18n.getFixedT("en");
    expect(paceWord(t, "behind")).toBe("Behind");
    expect(paceReason(t, makeFormat("en"), facts())).toBe("62% done, 70% expected by now, forecast 71–80% by Mar 31");
  });

  it("shows progress clamped to 0-100 % as the bar does (S1), whatever the stored value", () => {
    const t = i18n.getFixedT("en");
    expect(paceReason(t, makeFormat("en"), facts({ progress: -173.3, forecast: null }))).toBe(
      "0% done, 70% expected by now",
    );
  });

  it("puts the team's low confidence first, and orders a decreasing KR's range low to high", () => {
    const t = i18n.getFixedT("en");
    const kr = facts({
      unit: "min",
      pace: "at_risk",
      reasons: ["low_confidence", "behind_pace"],
      confidence: 0.45,
      forecast: { value: 10.96, low: 10.97, high: 10.95, progress: 0.5, on: "2027-03-31" },
    });
    expect(paceReason(t, makeFormat("en"), kr)).toBe(
      "team confidence 45%, 62% done, 70% expected by now, forecast 10.95–10.97 min by Mar 31",
    );
  });

  it("says a guardrail is outside its range, without a line or forecast", () => {
    const t = i18n.getFixedT("en");
    const kr = facts({ kind: "range", pace: "at_risk", reasons: ["outside_range"], expectedProgress: null });
    expect(paceReason(t, makeFormat("en"), kr)).toBe("outside its range");
  });

  it("says a KR without readings is not measured yet, never at risk", () => {
    const t = i18n.getFixedT("en");
    expect(paceWord(t, null)).toBe("Not measured yet");
    expect(paceReason(t, makeFormat("en"), facts({ pace: null, reasons: [] }))).toBe(en.pace.notMeasuredHint);
  });

  it("reads in Chinese", () => {
    const t = i18n.getFixedT("zh-CN");
    expect(paceWord(t, "at_risk")).toBe("有风险");
    expect(paceReason(t, makeFormat("zh-CN"), facts())).toBe("已完成 62%，按进度应达 70%，预计 3月31日 达到 71–80%");
  });
});
