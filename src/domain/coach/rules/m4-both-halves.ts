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

/**
 * A label says which objective, not what it is after: "Objective 1", "O1", "Q1 objective", 目标一.
 * With nothing but labels (and a placeholder in brackets: "Q1 objective (placeholder)") the title
 * is no objective either (coach-q). Issue 17, eleventh round (set L, both languages): a period and a
 * word for the figures themselves ("Q1 numbers", "本季度 KPI", "Quarterly targets", 今年业绩) name the
 * key results' own numbers, no aspiration; a figure of something stays an objective for Q4 to read
 * ("Q1 sales numbers", 本季度营收指标: sales and 营收 are left).
 */
const LABELS =
  /\b(our|the|team|q[1-4]|h[12]|o\d+|\d{1,4}|objective|okr|goal|this|quarter|quarterly|year|month|fy\d*|numbers?|kpis?|metrics?|targets?|goals|figures|results)\b|目标|[一二三四五六七八九十]|本|季度|季|年度|月度|今年|上半年|下半年|kpi|指标|数字|业绩|任务/g;
/** A placeholder word, then a note after a dash or a colon: "TBD – waiting on the offsite", "TODO: write it". */
const PLACEHOLDER_NOTE = /^(tbd|tbc|tba|todo|to do|placeholder|待定|待补充?|未定)\s*[-–—:：]/;
/** 待 + whoever decides + the deciding verb: "待老板确认", "待周会定" (not 待办事项, 待定订单当天确认). */
const WAITING_ZH =
  /^待[^，,。；;]{0,4}(老板|领导|vp|总监|经理|负责人|周会|会议|评审|上级|ceo|cto|cpo|管理层)[^，,。；;]{0,4}(确认|定|补充?|对齐|讨论)?$/;

function isPlaceholder(title: string): boolean {
  const text = normalize(title);
  if (text === "") return true;
  const outside = text.replace(BRACKETS, " ").trim();
  const unlabelled = outside.replace(LABELS, " ").trim();
  return (
    outside === "" ||
    /^[\s\p{P}]*$/u.test(unlabelled) ||
    PLACEHOLDER.test(outside) ||
    PLACEHOLDER_NOTE.test(outside) ||
    WAITING_ZH.test(outside)
  );
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
