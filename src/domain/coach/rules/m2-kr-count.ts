import { englishWords } from "../language/english.ts";
import { isChinese } from "../language/shape.ts";
import { normalize } from "../text.ts";
import type { DraftKeyResult, DraftObjective, Hit } from "../types.ts";

// Words every metric shares ("share", "rate", "monthly", 占比, 每月): two KRs that share only these
// may well measure different things.
const GENERIC_EN = new Set(
  "share rate number percentage percent count total average ratio level score time day week month quarter year baseline target".split(
    " ",
  ),
);
const GENERIC_ZH =
  /^(占比|比例|数量|总数|平均|每月|每周|每日|每天|本月|本季|季度|现为|提高|降低|提升|增加|减少|压到|降到|提到|达到|从|到)$/;

/** The words that name what a KR measures: English nouns' lemmas, Chinese two-character runs. */
function metricWords(kr: DraftKeyResult): Set<string> {
  const text = kr.metric ? `${kr.title} ${kr.metric}` : kr.title;
  if (!isChinese(text)) {
    return new Set(
      englishWords(text)
        .filter((w) => w.noun && !w.number && !GENERIC_EN.has(w.lemma))
        .map((w) => w.lemma),
    );
  }
  const words = new Set<string>();
  for (const run of normalize(text).match(/[\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (!GENERIC_ZH.test(pair)) words.add(pair);
    }
  }
  return words;
}

/**
 * The unit written after the target ("400 单", "400 小时", "400 tickets", "2.4%"): two KRs whose
 * targets carry different units count different things even when a word is shared ("找不到功能的
 * 咨询 … 400 单" and "老功能维护 … 400 小时", tuning-2026-12-07), so M2 does not call them one.
 */
function targetUnit(kr: DraftKeyResult): string | null {
  const text = normalize(kr.title).replace(/\bpercent\b|个百分点/g, "%");
  const units = [...text.matchAll(/\d[\d.,]*\s*(%|[a-z]+|[\u4e00-\u9fff]{1,2})/g)].map((m) => m[1] ?? "");
  const last = units.at(-1);
  return last === undefined || /^(to|from|by|in|a|per|到|降到|提高|以|之)$/.test(last) ? null : last;
}

/**
 * M2's "a different facet each" when the metric field is empty: two KRs that move the same values
 * ("from 3.2% to 2.4%", both ways of writing it) and name the same thing ("churn", 流失) are one
 * metric said twice ("Reduce monthly churn" and "Cut monthly subscriber churn rate"). Equal
 * values alone are a coincidence; a shared word alone is a family of metrics.
 */
function sameMetricInOtherWords(a: DraftKeyResult, b: DraftKeyResult): boolean {
  const known = (v: number | null | undefined): v is number => typeof v === "number";
  if (!known(a.baseline) || !known(a.target) || a.baseline === a.target) return false;
  // 0 to 1 or 0 to 100 is a task's "done" or "percent done" (K7), which many tasks share.
  if (a.baseline === 0 && (a.target === 1 || a.target === 100)) return false;
  if (a.baseline !== b.baseline || a.target !== b.target) return false;
  const unitA = targetUnit(a);
  const unitB = targetUnit(b);
  if (unitA !== null && unitB !== null && unitA !== unitB) return false;
  const wordsOfB = metricWords(b);
  return [...metricWords(a)].some((w) => wordsOfB.has(w));
}

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
    if (metric === "") {
      const first = objective.keyResults.findIndex((other, i) => i < index && sameMetricInOtherWords(other, kr));
      if (first >= 0) hits.push(sameMetricHit(first, index, null));
      return;
    }
    const first = seen.get(metric);
    if (first === undefined) {
      seen.set(metric, index);
      return;
    }
    hits.push(sameMetricHit(first, index, kr.metric ?? ""));
  });
  return hits;
}

/** Two KRs on one metric: named in the metric field, or (`metric` null) said in other words. */
function sameMetricHit(first: number, index: number, metric: string | null): Hit {
  const [a, b] = [first + 1, index + 1];
  return {
    message:
      metric === null
        ? {
            en: `Key results ${a} and ${b} move the same values and name the same thing: one metric said twice; each KR should cover a different facet.`,
            zh: `第 ${a} 和第 ${b} 个关键结果的基线和目标相同，衡量的也是同一件事：同一个指标换了说法；每个关键结果应覆盖目标的不同方面。`,
          }
        : {
            en: `Key results ${a} and ${b} measure the same metric "${metric}"; each KR should cover a different facet.`,
            zh: `第 ${a} 和第 ${b} 个关键结果衡量同一个指标“${metric}”；每个关键结果应覆盖目标的不同方面。`,
          },
    suggestion: {
      en: "Merge them into one key result, or replace one with a metric for another facet of the objective.",
      zh: "将它们合并为一个关键结果，或把其中一个换成衡量目标另一方面的指标。",
    },
  };
}
