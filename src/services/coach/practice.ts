import { activationSnapshot, closedObjectivesOf } from "../../db/repositories/practice.ts";
import {
  type Locale,
  type PracticePeriod,
  type PracticePeriodInput,
  type PracticeTrend,
  practiceOverTime,
  practiceSentence,
} from "../../domain/coach/index.ts";
import { assertCanReadUnit } from "../access.ts";
import { defineUseCase } from "../use-case.ts";
import { ruleSettingsOf } from "./coach-settings.ts";
import { reviewStoredUnit } from "./review-stored-okrs.ts";

export interface Practice {
  unitId: string;
  /** The unit's closed periods, oldest first: findings at activation and the final band. */
  periods: PracticePeriod[];
  trend: PracticeTrend;
  /** The trend in plain words, in the asked language. */
  sentence: string;
}

/**
 * Practice over time (issue 17, point 4): for one unit, each of its last closed periods with the
 * coach's findings on its objectives as they stood when activated (rebuilt from the history, S7,
 * and reviewed with the organisation's rule settings today) and the final score they ended with
 * (S2). Whoever may read the unit may read it (everyone, except for private units, S5); it is
 * never computed across units, so nothing here can rank them (S3).
 */
export const getPractice = defineUseCase("read", async ({ tx, scope, orgId }, unitId: string, locale: Locale) => {
  await assertCanReadUnit(tx, scope, unitId);
  const settings = await ruleSettingsOf(tx, orgId);
  const objectives = await closedObjectivesOf(tx, orgId, unitId);
  const byPeriod = new Map<
    string,
    { period: Omit<PracticePeriodInput, "findingsAtActivation" | "finalScore">; findings: number[]; scores: number[] }
  >();
  for (const row of objectives) {
    const period = { periodId: row.periodId, periodName: row.periodName, endsOn: row.endsOn };
    const entry = byPeriod.get(row.periodId) ?? { period, findings: [], scores: [] };
    byPeriod.set(row.periodId, entry);
    if (row.finalProgress !== null) entry.scores.push(row.finalProgress);
    const snapshot = await activationSnapshot(tx, orgId, row.objectiveId);
    // Never active (still a draft when the period closed): nothing was activated to count.
    if (!snapshot) continue;
    const reviewed = { name: row.periodName, startsOn: row.startsOn, endsOn: row.endsOn };
    entry.findings.push(reviewStoredUnit({ name: "" }, [snapshot], { locale, settings, period: reviewed }).length);
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const input: PracticePeriodInput[] = [...byPeriod.values()].map(({ period, findings, scores }) => ({
    ...period,
    findingsAtActivation: findings.length === 0 ? null : sum(findings),
    finalScore: scores.length === 0 ? null : sum(scores) / scores.length,
  }));
  const { periods, trend } = practiceOverTime(input);
  return { unitId, periods, trend, sentence: practiceSentence(trend, locale) };
});
