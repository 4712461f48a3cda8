import { AppError, type FieldIssue } from "../errors.ts";
import { ruleCards } from "./rule-cards.ts";
import type { RuleId, RuleSetting } from "./types.ts";

/** Every rule the coach knows, in the order of the rule cards. */
export const ruleIds = Object.keys(ruleCards) as RuleId[];

/**
 * Rules the services enforce as well as report (src/domain/activation.ts): they refuse to
 * activate an objective that breaks them. An organisation may turn them off, but only with a
 * recorded reason, because that also lifts the refusal.
 */
export const enforcedRules: ReadonlySet<RuleId> = new Set<RuleId>(["M1", "K1"]);

export interface RuleChoice {
  setting: RuleSetting;
  reason?: string;
}

/** Refuses to turn an enforced rule off without a reason (issue 4: defaults, not dogma). */
export function assertRuleChoices(choices: Partial<Record<RuleId, RuleChoice>>): void {
  const issues: FieldIssue[] = [];
  for (const [rule, choice] of Object.entries(choices) as [RuleId, RuleChoice][]) {
    if (enforcedRules.has(rule) && choice.setting === "off" && !choice.reason?.trim()) {
      issues.push({
        field: `rules.${rule}.reason`,
        rule: "required",
        message: `say why ${rule} is turned off: the services stop enforcing it, and the reason is kept`,
      });
    }
  }
  if (issues.length > 0) {
    throw new AppError("validation_failed", "Turning off a rule the services enforce (M1, K1) needs a reason", issues);
  }
}
