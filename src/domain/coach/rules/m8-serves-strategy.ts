import type { DraftObjective, Hit } from "../types.ts";

/**
 * What the coach needs to know about an objective's place to check M8: whether it is a company
 * objective (its unit has no parent) and how many strategy statements the organisation has.
 */
export interface StrategyContext {
  companyLevel: boolean;
  strategyCount: number;
}

/**
 * M8 (and P1): a company objective serves one of the organisation's strategy statements. Only a
 * company objective is asked: a team's objective serves the strategy through the KR it was
 * cascaded from (M5). An organisation that has written no strategy yet gets no finding here:
 * there is nothing to link to, and the strategy page says so instead.
 */
export function checkServesStrategy(objective: DraftObjective, context: StrategyContext): Hit | null {
  if (!context.companyLevel || context.strategyCount === 0 || objective.strategyId) return null;
  const title = objective.title.trim();
  return {
    message: {
      en: `The company objective "${title}" serves none of the organisation's strategy statements. OKRs are a quarter's execution inside the strategy, not a replacement for it.`,
      zh: `公司目标“${title}”没有服务于组织的任何战略陈述。OKR 是战略之内一个季度的执行，不能替代战略。`,
    },
    suggestion: {
      en: "Choose the strategy statement this objective serves; if it serves none, ask whether it belongs in this quarter, or write the strategy it follows.",
      zh: "选择这个目标所服务的战略陈述；如果它不服务于任何战略，请想一想它是否属于本季度，或者先写下它所遵循的战略。",
    },
  };
}
