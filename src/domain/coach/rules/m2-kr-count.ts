import { normalize } from "../text.ts";
import type { DraftObjective, Hit } from "../types.ts";

/**
 * M2: three to five KRs, each on a different facet. An objective with no KRs at all is M4's
 * error, so M2 stays quiet then rather than reporting the same gap twice.
 */
export function checkKeyResultCount(objective: DraftObjective): Hit[] {
  const hits: Hit[] = [];
  const count = objective.keyResults.length;
  if (count > 0 && count < 3) {
    hits.push({
      message: {
        en: `This objective has ${count} key result${count === 1 ? "" : "s"}; fewer than 3 leaves parts of it unmeasured.`,
        zh: `该目标只有 ${count} 个关键结果；少于 3 个会让目标的部分方面无法衡量。`,
      },
      suggestion: {
        en: "Add key results until 3 to 5 cover the objective's different facets (e.g. adoption, quality, business value).",
        zh: "补充关键结果，用 3 到 5 个覆盖目标的不同方面（例如采用、质量、商业价值）。",
      },
    });
  } else if (count > 5) {
    hits.push({
      message: {
        en: `This objective has ${count} key results; more than 5 dilutes the team's focus.`,
        zh: `该目标有 ${count} 个关键结果；超过 5 个会分散团队的注意力。`,
      },
      suggestion: {
        en: "Keep the 3 to 5 key results that best show progress; track the rest as health metrics.",
        zh: "保留最能体现进展的 3 到 5 个关键结果，其余作为健康指标跟踪。",
      },
    });
  }
  const seen = new Map<string, number>();
  objective.keyResults.forEach((kr, index) => {
    const metric = normalize(kr.metric ?? "");
    if (metric === "") return;
    const first = seen.get(metric);
    if (first === undefined) {
      seen.set(metric, index);
      return;
    }
    hits.push({
      message: {
        en: `Key results ${first + 1} and ${index + 1} measure the same metric "${kr.metric}"; each KR should cover a different facet.`,
        zh: `第 ${first + 1} 和第 ${index + 1} 个关键结果衡量同一个指标“${kr.metric}”；每个关键结果应覆盖目标的不同方面。`,
      },
      suggestion: {
        en: "Merge them into one key result, or replace one with a metric for another facet of the objective.",
        zh: "将它们合并为一个关键结果，或把其中一个换成衡量目标另一方面的指标。",
      },
    });
  });
  return hits;
}
