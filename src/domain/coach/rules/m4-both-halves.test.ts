import { describe, expect, it } from "vitest";
import { checkBothHalves } from "./m4-both-halves.ts";

const kr = {
  title: "Reduce refund rate from 0.5% to 0.2%",
  baseline: 0.5,
  target: 0.2,
};

describe("both halves are required (M4)", () => {
  it.each([
    ["an objective without key results", "Become home cooks' trusted supplier", [], 1],
    ["key results without an objective", "  ", [kr], 1],
    ["an objective with key results", "Become home cooks' trusted supplier", [kr], 0],
  ])("%s", (_label, title, keyResults, expected) => {
    expect(checkBothHalves({ title, keyResults })).toHaveLength(expected);
  });

  // Tenth round (coach-q, tuning-2026-12-08): a placeholder is no objective, by shape.
  it.each([
    "(objective to be agreed with VP)",
    "Objective to be agreed with VP",
    "TBD",
    "Objective: TODO",
    "[placeholder]",
    "待定（等周会和老板对齐后补）",
    "目标：待补充",
    "（等老板定）",
    "暂无",
    // Labels with no words (coach-q), a placeholder with a note after it, waiting for whoever decides.
    "Q1 objective (placeholder)",
    "Objective 1",
    "目标一",
    "TBD – waiting on the strategy offsite",
    "TODO: write the objective",
    "待老板确认",
    // Eleventh round (coach-k4c, set L): a period and a word for the figures themselves.
    "Q1 numbers",
    "Quarterly targets",
    "Our KPIs this quarter",
    "本季度 KPI",
    "今年业绩指标",
    "Q3 任务",
  ])("flags key results under a placeholder objective %j (M4)", (title) => {
    expect(checkBothHalves({ title, keyResults: [kr] })).toHaveLength(1);
  });

  it.each([
    // Traps: a real objective that holds a placeholder's word, or opens with a note in brackets.
    "Decide which market to enter next",
    "Agree pricing with partners before the launch",
    "(EU) Make returns effortless for online shoppers",
    "Make pending refunds reach customers the same day",
    "让待定订单更快得到确认",
    "确定下季度要进入的市场",
    "（华东区）让门店补货不再靠电话",
    "Make Q1 our best quarter for new clinics",
    "Objective: make returns effortless",
    "Grow the team's confidence in the numbers",
    "让待办事项更快处理",
    "待定订单当天确认",
    // Eleventh round traps: a figure of something, or an aspiration about the numbers.
    "Q1 sales numbers",
    "本季度营收指标",
    "Hit our Q1 numbers without burning out the team",
    "Make the monthly numbers trustworthy",
    "让每个门店都能看懂自己的指标",
    "降低本季度获客成本",
  ])("accepts a real objective %j (M4)", (title) => {
    expect(checkBothHalves({ title, keyResults: [kr] })).toEqual([]);
  });
});
