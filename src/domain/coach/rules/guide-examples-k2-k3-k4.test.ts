import { describe, expect, it } from "vitest";
import { reviewObjective } from "../review.ts";
import type { DraftObjective } from "../types.ts";

// The guide's worked examples (seed/okr-product-guide.zh.txt, docs/method.md section 7) through
// the whole engine: its one K3 example is found, and its good examples raise no K2, K3 or K4.

const q1 = { name: "2027-Q1", startsOn: "2027-01-01", endsOn: "2027-03-31" };
const objective = (title: string, ...krs: [string, number, number][]): DraftObjective => ({
  title,
  keyResults: krs.map(([title, baseline, target]) => ({ title, baseline, target, deadline: "2027-03-31" })),
});
const newRules = (o: DraftObjective) =>
  reviewObjective(o, { period: q1 })
    .filter((f) => ["K2", "K3", "K4"].includes(f.rule))
    .map((f) => `${f.rule} ${f.path}`);

const good: [string, DraftObjective][] = [
  [
    "cookware",
    objective(
      "Become home cooks' trusted cookware supplier",
      ["Reduce refund rate from 0.5% to 0.2%", 0.5, 0.2],
      ["Raise repeat purchase rate from 5% to 15%", 5, 15],
      ["Raise preferred-brand awareness from 10% to 25%", 10, 25],
    ),
  ],
  [
    "product leadership, where the guide lists monthly active users itself",
    objective(
      "Become customers' trusted technology partner",
      ["Increase average completed workflows per user per month from 3.2 to 4.0", 3.2, 4],
      ["Increase monthly active users from 12,000 to 14,000", 12000, 14000],
      ["Increase number of product integrations from 8 to 12", 8, 12],
    ),
  ],
  [
    "产品负责人（指南原文）",
    objective(
      "成为客户值得信赖的技术合作伙伴",
      ["增加每个用户每月完成的平均工作流程数", 3.2, 4],
      ["增加每月活跃用户数", 12000, 14000],
      ["增加产品的集成数量", 8, 12],
    ),
  ],
  [
    "the workflow director",
    objective(
      "Help users complete more of their workflows",
      ["Run 8 A/B tests on the workflow builder", 2, 8],
      ["Run 6 usability tests with customers", 0, 6],
      ["Cut workflow completion time from 12 to 9 minutes", 12, 9],
    ),
  ],
  [
    "负责“完成的工作流程”的产品总监（指南原文）",
    objective(
      "让用户完成更多工作流程",
      ["完成大量 A/B 测试", 2, 8],
      ["完成一些可用性测试", 0, 6],
      ["将工作流完成时间加快一定百分比", 0, 20],
    ),
  ],
  [
    "the real-estate CRM",
    objective(
      "Enable real-estate agents to drive more home sales with less effort",
      ["Increase lead conversion rate from 30% to 34%", 30, 34],
      ["Increase average monthly home sales per agent from 1.5 to 1.8", 1.5, 1.8],
      ["Improve home value estimate accuracy from 85% to 90%", 85, 90],
    ),
  ],
  [
    "房地产经纪人（指南原文）",
    objective(
      "让房地产经纪人能够以更少的努力推动更多的房屋销售",
      ["将销售线索转化率从 30% 提高到 34%", 30, 34],
      ["将每个代理商的平均每月房屋销售额从 1.5 增加到 1.8", 1.5, 1.8],
      ["将房屋价值估算的准确性从 85% 提高到 90%", 85, 90],
    ),
  ],
];

describe("the guide's examples under K2, K3 and K4", () => {
  it.each(good)("keeps the good example of %s clean (K2, K3, K4)", (_label, o) => {
    expect(newRules(o)).toEqual([]);
  });

  it.each([
    ["the method's words", "Build deeper workflows for users", "Increase monthly active users from 12,000 to 14,000"],
    ["the guide's words", "为用户创建更强大的工作流程", "每月活跃用户"],
  ])("finds the guide's K3 example in %s (K3)", (_label, title, kr) => {
    const o = objective(
      title,
      ["Raise average completed workflows per user per month from 3.2 to 4.0", 3.2, 4],
      [kr, 12000, 14000],
      ["Cut workflow completion time from 12 to 9 minutes", 12, 9],
    );
    expect(newRules(o)).toEqual(["K3 key_results[1]"]);
  });
});
