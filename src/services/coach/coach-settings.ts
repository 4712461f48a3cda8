import { listCoachSettings, replaceCoachSettings } from "../../db/repositories/coach-settings.ts";
import { changeOf } from "../../db/repositories/history.ts";
import type { CoachSettingRow } from "../../db/schema.ts";
import { type RuleId, type RuleSetting, type RuleSettings, ruleCards } from "../../domain/coach/index.ts";
import { assertRuleChoices, enforcedRules, type RuleChoice, ruleIds } from "../../domain/coach/settings.ts";
import { type Executor, readTenant, type ServiceContext } from "../context.ts";
import { adminChange, type Scope } from "../write.ts";

/** One rule as the organisation has it: its setting, the default, and who changed it and why. */
export interface RuleSettingView {
  rule: RuleId;
  setting: RuleSetting;
  defaultSetting: RuleSetting;
  /** M1 and K1: the services refuse activations that break it while it is not off. */
  enforced: boolean;
  reason: string;
  changedBy: string | null;
  changedAt: Date | null;
}

export async function getCoachSettings(ctx: ServiceContext, scope: Scope): Promise<RuleSettingView[]> {
  return readTenant(ctx, scope.orgId, async (tx) => present(await listCoachSettings(tx, scope.orgId)));
}

/**
 * Replaces the organisation's rule settings: rules left out go back to their defaults. Admins
 * only; M1 and K1 go off only with a reason, which is kept with the setting.
 */
export async function putCoachSettings(
  ctx: ServiceContext,
  scope: Scope,
  choices: Partial<Record<RuleId, RuleChoice>>,
): Promise<RuleSettingView[]> {
  assertRuleChoices(choices);
  return adminChange(ctx, scope, async (tx) => {
    const previous = new Map((await listCoachSettings(tx, scope.orgId)).map((row) => [row.rule, row]));
    const changedBy = scope.actor.kind === "person" ? scope.actor.personId : null;
    const rows = (Object.entries(choices) as [RuleId, RuleChoice][])
      .filter(([rule, choice]) => choice.setting !== ruleCards[rule].defaultSeverity || choice.reason?.trim())
      .map(([rule, choice]) => {
        const reason = choice.reason?.trim() ?? "";
        const before = previous.get(rule);
        // A PUT repeats the rules it keeps: those keep who set them, when and why.
        if (before && before.setting === choice.setting && before.reason === reason) return before;
        return { rule, setting: choice.setting, reason, changedBy, changedAt: ctx.now() };
      });
    await replaceCoachSettings(tx, scope.orgId, rows);
    const after = new Map(rows.map((row) => [row.rule, row]));
    // One row per rule whose setting moved (a rule left out goes back to its default).
    const history = ruleIds
      .filter((rule) => {
        const [was, is] = [previous.get(rule), after.get(rule)];
        return was?.setting !== is?.setting || (was?.reason ?? "") !== (is?.reason ?? "");
      })
      .map((rule) =>
        changeOf(
          "coach_setting",
          scope.orgId,
          { rule, setting: previous.get(rule)?.setting ?? ruleCards[rule].defaultSeverity },
          { rule, setting: after.get(rule)?.setting ?? ruleCards[rule].defaultSeverity },
          after.get(rule)?.reason,
        ),
      );
    return { result: present(await listCoachSettings(tx, scope.orgId)), history };
  });
}

/** The settings the coach reviews with (unset rules use the cards' defaults). */
export async function ruleSettingsOf(db: Executor, orgId: string): Promise<RuleSettings> {
  const rows = await listCoachSettings(db, orgId);
  return Object.fromEntries(rows.map((row) => [row.rule, row.setting]));
}

function present(rows: CoachSettingRow[]): RuleSettingView[] {
  const byRule = new Map(rows.map((row) => [row.rule, row]));
  return ruleIds.map((rule) => {
    const row = byRule.get(rule);
    const setting = row?.setting ?? ruleCards[rule].defaultSeverity;
    return {
      rule,
      setting,
      defaultSetting: ruleCards[rule].defaultSeverity,
      enforced: enforcedRules.has(rule) && setting !== "off",
      reason: row?.reason ?? "",
      changedBy: row?.changedBy ?? null,
      changedAt: row?.changedAt ?? null,
    };
  });
}
