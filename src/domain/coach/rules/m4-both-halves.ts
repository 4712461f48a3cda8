import { normalize } from "../text.ts";
import type { DraftObjective, Hit } from "../types.ts";

/**
 * M4: a placeholder where the objective should be leaves its key results without one as surely as
 * an empty title: "(objective to be agreed with VP)", "待定（等周会和老板对齐后补）", "TBD", "Objective:
 * TODO" (tuning-2026-12-08). Read by shape: a title that is only a note in brackets, or whose words
 * outside brackets are only a placeholder (TBD, to be agreed/decided/confirmed, placeholder, 待定,
 * 待补充, 暂无 …), optionally after the word "objective". A real objective that merely holds such a
 * word stays one: "Decide which market to enter next", "让待定订单更快确认" (pending orders),
 * "(EU) Make returns effortless".
 */
const BRACKETS = /[(（[【][^)）\]】]*[)）\]】]/g;
const PLACEHOLDER =
  /^((our |the |this quarter's |q\d )?(objective|okr|目标)( title)? ?[:：-]? ?)?(tbd|tbc|tba|todo|to do|placeholder|pending|n\/a|none yet|coming soon|to be (agreed|decided|confirmed|defined|determined|written|set|added|discussed|finalised|finalized)\b.*|待定|待补充?|待确认|待讨论|待对齐|未定|暂无|暂定|占位|后补|再定)[\s.?!。…！？]*$/;

function isPlaceholder(title: string): boolean {
  const text = normalize(title);
  if (text === "") return true;
  const outside = text.replace(BRACKETS, " ").trim();
  return outside === "" || /^[\s\p{P}]*$/u.test(outside) || PLACEHOLDER.test(outside);
}

/** M4: an objective needs key results, and key results need an objective to give them context. */
export function checkBothHalves(objective: DraftObjective): Hit[] {
  if (objective.keyResults.length === 0) {
    return [
      {
        message: {
          en: "This objective has no key results: nobody can see progress or agree what success means.",
          zh: "该目标没有关键结果：无法看到进展，也无法就成功的定义达成一致。",
        },
        suggestion: {
          en: 'Add 3 to 5 key results, each a metric with a baseline and a target, e.g. "Raise repeat purchase rate from 5% to 15%".',
          zh: "添加 3 到 5 个关键结果，每个都包含指标、基线和目标值，例如“将重复购买率从 5% 提高到 15%”。",
        },
      },
    ];
  }
  if (isPlaceholder(objective.title)) {
    return [
      {
        message: {
          en: "These key results have no objective: without the business context they invite short-term metric gaming.",
          zh: "这些关键结果没有目标：缺少业务背景，容易导致为了短期指标而牺牲长期利益。",
        },
        suggestion: {
          en: 'Write the qualitative objective these key results serve, e.g. "Become home cooks\' trusted cookware supplier".',
          zh: "写出这些关键结果所服务的定性目标，例如“成为家庭厨师信赖的炊具供应商”。",
        },
      },
    ];
  }
  return [];
}
