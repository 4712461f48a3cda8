import type { OrgPlan } from "./generate.ts";
import { benchToken } from "./load.ts";
import { Rng } from "./rng.ts";

/** The ids the measurements use, picked from the plan so both databases see the same requests. */
export interface Fixtures {
  orgId: string;
  /** Bearer token of the benchmark's admin person (see load.ts). */
  token: string;
  slug: string;
  periodId: string;
  periodName: string;
  /** Team pages to open, drawn like real traffic: mostly small teams and individuals. */
  unitIds: string[];
  /** Active KRs that ingestion writes to. */
  keyResultIds: string[];
  /** A front-line KR whose objectives cascade all the way to the company objective. */
  deepKeyResultId: string;
  deepKeyResultDepth: number;
  rootObjectiveId: string;
}

export function pickFixtures(plan: OrgPlan, seed: number): Fixtures {
  const rng = new Rng(seed ^ 0x5eed);
  const period = plan.periods.find((p) => p.status === "active") as OrgPlan["periods"][number];
  const objectives = plan.objectives.filter((o) => o.periodId === period.id);
  const objectiveById = new Map(objectives.map((o) => [o.id, o]));
  const krs = plan.keyResults.filter((kr) => objectiveById.has(kr.objectiveId));
  const krById = new Map(krs.map((kr) => [kr.id, kr]));
  const depthToRoot = (objectiveId: string): number | null => {
    let depth = 0;
    let objective = objectiveById.get(objectiveId);
    while (objective && objective.level > 0) {
      const parent = objective.parentKeyResultId ? krById.get(objective.parentKeyResultId) : undefined;
      if (!parent) return null;
      objective = objectiveById.get(parent.objectiveId);
      depth++;
    }
    return depth;
  };
  const deepest = Math.max(...objectives.map((o) => o.level));
  const deep = krs.find((kr) => kr.level === deepest && depthToRoot(kr.objectiveId) === deepest);
  if (!deep) throw new Error("the plan has no fully cascaded front-line KR");
  const root = objectives.find((o) => o.level === 0) as OrgPlan["objectives"][number];
  const unitIds = Array.from({ length: 50 }, () => rng.pick(plan.units).id);
  const keyResultIds = Array.from({ length: 200 }, () => rng.pick(krs).id);
  return {
    orgId: plan.orgId,
    token: benchToken(plan),
    slug: plan.slug,
    periodId: period.id,
    periodName: period.name,
    unitIds,
    keyResultIds,
    deepKeyResultId: deep.id,
    deepKeyResultDepth: deepest,
    rootObjectiveId: root.id,
  };
}
