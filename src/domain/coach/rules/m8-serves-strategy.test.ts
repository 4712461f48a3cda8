import { describe, expect, it } from "vitest";
import type { DraftObjective } from "../types.ts";
import { checkServesStrategy, type StrategyContext } from "./m8-serves-strategy.ts";

const objective = (title: string, strategyId: string | null): DraftObjective => ({ title, strategyId, keyResults: [] });
const company: StrategyContext = { companyLevel: true, strategyCount: 2 };
const team: StrategyContext = { companyLevel: false, strategyCount: 2 };
const noStrategy: StrategyContext = { companyLevel: true, strategyCount: 0 };

// Labelled cases in both languages: true = the coach should speak (M8, P1).
describe("a company objective serves a strategy (M8)", () => {
  it.each([
    ["company objective with no strategy", objective("Win on workflow depth", null), company, true],
    ["公司目标未关联战略", objective("让客户的工作流程在我们的产品中完成", null), company, true],
    ["company objective serving a strategy", objective("Win on workflow depth", "s-1"), company, false],
    ["公司目标已关联战略", objective("让客户的工作流程在我们的产品中完成", "s-1"), company, false],
    [
      "team objective with no strategy (serves it through its parent KR, M5)",
      objective("Make onboarding effortless", null),
      team,
      false,
    ],
    ["团队目标未关联战略", objective("让新手引导毫不费力", null), team, false],
    [
      "company objective while the organisation has no strategy yet",
      objective("Grow revenue", null),
      noStrategy,
      false,
    ],
    ["组织尚未写战略时的公司目标", objective("提高收入", null), noStrategy, false],
    ["an empty strategy id counts as none", objective("Grow revenue", ""), company, true],
  ])("%s", (_label, draft, context, speaks) => {
    expect(checkServesStrategy(draft, context) !== null).toBe(speaks);
  });

  it("names the objective in both languages and says how to fix it", () => {
    const hit = checkServesStrategy(objective("Become home cooks' trusted supplier", null), company);
    expect(hit?.message.en).toContain('"Become home cooks\' trusted supplier" serves none');
    expect(hit?.message.zh).toContain("没有服务于组织的任何战略陈述");
    expect(hit?.suggestion.en).toMatch(/Choose the strategy statement/);
    expect(hit?.suggestion.zh).toMatch(/选择/);
  });
});
