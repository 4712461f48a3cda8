import { expectedProgress } from "../domain/pace.ts";
import { recordCheckIns } from "../services/check-ins/record-check-ins.ts";
import type { ServiceContext } from "../services/context.ts";
import { createDependency } from "../services/dependencies/manage-dependencies.ts";
import { createObjective } from "../services/objectives/create-objective.ts";
import { createUnit } from "../services/units.ts";
import type { Scope } from "../services/write.ts";
import type { LoadedDemo as Loaded } from "./loaded-demo.ts";

// M7 in the demos, from the guide's cross-team example: Customer Success's churn KR depends on
// Sales's new-customer KR, which is behind, so the dashboard shows the dependency as a risk; and
// the coach finds the conflict the guide describes, new customers of any kind against churn.
// The English demo has no sales teams, so they are added here with the guide's first (unrevised)
// key results; the Chinese demo's own 销售部 and 客户成功部 are used as they are.

const NEW_LOGOS = "Reach 120 new logos this quarter";
const CHURN = "Reduce churn of current customers from 6% to 4%";

/** The English demo's sales teams and their objectives; each KR as [title, metric, unit, baseline, target]. */
const addedUnits: { name: string; objective: string; keyResults: [string, string, string, number, number][] }[] = [
  {
    name: "Sales",
    objective: "Grow our customer base in the mid-market",
    keyResults: [
      [NEW_LOGOS, "new logos", "customers", 80, 120],
      ["Raise win rate of qualified opportunities from 20% to 25%", "win rate", "%", 20, 25],
      ["Hold 40 discovery calls with mid-market buyers", "discovery calls", "calls", 0, 40],
    ],
  },
  {
    name: "Customer Success",
    objective: "Keep the customers we win successful",
    keyResults: [
      [CHURN, "churn", "%", 6, 4],
      ["Raise the share of new customers live within 30 days from 50% to 70%", "live within 30 days", "%", 50, 70],
      ["Interview 15 customers at risk of churning", "customer interviews", "interviews", 0, 15],
    ],
  },
];

/** The units this file adds to a demo, each with an objective this quarter (none in the Chinese one). */
export function unitsAddedForDependencies(locale: "en" | "zh" | undefined): string[] {
  return locale === "zh" ? [] : addedUnits.map((unit) => unit.name);
}
const ZH_NEW_CUSTOMERS = "将每月获取的新客户从 20 家提高到 22 家";
const ZH_CHURN = "将合格客户的流失率从 6% 降低到 4%";

export async function loadDemoDependencies(ctx: ServiceContext, scope: Scope, loaded: Loaded): Promise<void> {
  if (loaded.locale === "zh") {
    await dependOn(
      ctx,
      scope,
      loaded,
      ZH_CHURN,
      ZH_NEW_CUSTOMERS,
      "只需要合格客户：不符合理想客户画像的新客户三个月内就会流失。",
    );
    return;
  }
  const company = [...loaded.units.values()][0] ?? null;
  const deadline = loaded.period.endsOn;
  const objectives = [];
  for (const added of addedUnits) {
    const unit = await createUnit(ctx, scope, { name: added.name, kind: "department", parentId: company });
    const objective = await createObjective(ctx, scope, {
      unitId: unit.id,
      periodId: loaded.period.id,
      title: added.objective,
      status: "active",
      keyResults: added.keyResults.map(([title, metric, unitOfMeasure, baseline, target]) => ({
        title,
        metric,
        unit: unitOfMeasure,
        baseline,
        target,
        baselineOn: loaded.period.startsOn,
        deadline,
      })),
    });
    for (const row of objective.keyResults) loaded.keyResults.set(row.title, row.id);
    objectives.push(objective);
  }
  const [won, kept] = objectives as [(typeof objectives)[0], (typeof objectives)[0]];
  // New logos trail the straight line by a third of the quarter: behind, so the dependency is a risk.
  const elapsed = expectedProgress(loaded.period.startsOn, deadline, ctx.now());
  const logos = Math.round(80 + 40 * Math.max(0, elapsed - 0.3));
  await recordCheckIns(ctx, scope, [
    {
      keyResultId: won.keyResults[0]?.id as string,
      value: logos,
      confidence: 0.6,
      comment: "Pipeline is thin after the summer.",
    },
    { keyResultId: kept.keyResults[0]?.id as string, value: 5.6, confidence: 0.7 },
  ]);
  await dependOn(
    ctx,
    scope,
    loaded,
    CHURN,
    NEW_LOGOS,
    "Only logos that fit our ideal customer profile: the others churn within three months.",
  );
}

async function dependOn(
  ctx: ServiceContext,
  scope: Scope,
  loaded: Loaded,
  dependent: string,
  other: string,
  note: string,
): Promise<void> {
  const keyResultId = loaded.keyResults.get(dependent);
  const dependsOnKeyResultId = loaded.keyResults.get(other);
  if (!keyResultId || !dependsOnKeyResultId) return;
  if (loaded.locale === "zh") {
    // The other side's latest reading: low confidence, so the dashboard shows the risk here too.
    await recordCheckIns(ctx, scope, [{ keyResultId: dependsOnKeyResultId, value: 20, confidence: 0.4 }]);
  }
  await createDependency(ctx, scope, { keyResultId, dependsOnKeyResultId, note });
}
