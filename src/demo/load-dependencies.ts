import type { Period } from "../db/schema.ts";
import { expectedProgress } from "../domain/pace.ts";
import { recordCheckIns } from "../services/check-ins/record-check-ins.ts";
import type { ServiceContext } from "../services/context.ts";
import { createDependency } from "../services/dependencies/manage-dependencies.ts";
import { createObjective } from "../services/objectives/create-objective.ts";
import { createUnit } from "../services/units.ts";
import type { Scope } from "../services/write.ts";

// M7 in the demos, from the guide's cross-team example: Customer Success's churn KR depends on
// Sales's new-customer KR, which is behind, so the dashboard shows the dependency as a risk; and
// the coach finds the conflict the guide describes, new customers of any kind against churn.
// The English demo has no sales teams, so they are added here with the guide's first (unrevised)
// key results; the Chinese demo's own 销售部 and 客户成功部 are used as they are.

interface Loaded {
  period: Period;
  units: Map<string, string>;
  /** KR ids by title, for the current period. */
  krIds: Map<string, string>;
  locale: "en" | "zh";
}

/** The units this file adds to a demo, each with an objective this quarter (none in the Chinese one). */
export function unitsAddedForDependencies(locale: "en" | "zh" | undefined): string[] {
  return locale === "zh" ? [] : ["Sales", "Customer Success"];
}

const NEW_LOGOS = "Reach 120 new logos this quarter";
const CHURN = "Reduce churn of current customers from 6% to 4%";
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
  const [salesName, successName] = unitsAddedForDependencies("en") as [string, string];
  const sales = await createUnit(ctx, scope, { name: salesName, kind: "department", parentId: company });
  const success = await createUnit(ctx, scope, { name: successName, kind: "department", parentId: company });
  const kr = (title: string, metric: string, unit: string, baseline: number, target: number) => ({
    title,
    metric,
    unit,
    baseline,
    target,
    baselineOn: loaded.period.startsOn,
    deadline,
  });
  const won = await createObjective(ctx, scope, {
    unitId: sales.id,
    periodId: loaded.period.id,
    title: "Grow our customer base in the mid-market",
    status: "active",
    keyResults: [
      kr(NEW_LOGOS, "new logos", "customers", 80, 120),
      kr("Raise win rate of qualified opportunities from 20% to 25%", "win rate", "%", 20, 25),
      kr("Hold 40 discovery calls with mid-market buyers", "discovery calls", "calls", 0, 40),
    ],
  });
  const kept = await createObjective(ctx, scope, {
    unitId: success.id,
    periodId: loaded.period.id,
    title: "Keep the customers we win successful",
    status: "active",
    keyResults: [
      kr(CHURN, "churn", "%", 6, 4),
      kr("Raise the share of new customers live within 30 days from 50% to 70%", "live within 30 days", "%", 50, 70),
      kr("Interview 15 customers at risk of churning", "customer interviews", "interviews", 0, 15),
    ],
  });
  for (const row of [...won.keyResults, ...kept.keyResults]) loaded.krIds.set(row.title, row.id);
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
  const keyResultId = loaded.krIds.get(dependent);
  const dependsOnKeyResultId = loaded.krIds.get(other);
  if (!keyResultId || !dependsOnKeyResultId) return;
  if (loaded.locale === "zh") {
    // The other side's latest reading: low confidence, so the dashboard shows the risk here too.
    await recordCheckIns(ctx, scope, [{ keyResultId: dependsOnKeyResultId, value: 20, confidence: 0.4 }]);
  }
  await createDependency(ctx, scope, { keyResultId, dependsOnKeyResultId, note });
}
