import { isIsoDate, isWithin } from "../period.ts";
import { normalize, statesChange, wordedDirection } from "./text.ts";
import type { Bilingual, DraftKeyResult, FixEdit, Hit, Period, RuleId } from "./types.ts";

/**
 * One-click fixes (issue 17 point 3): where a finding's remedy is mechanical, the coach returns
 * it as data, the new value of named fields of the key result, and the UI applies it through the
 * normal edit path (S7: a history row like any edit). Only where nothing needs judgement: the
 * numbers the wording already states, baseline and target swapped, the period's last day as
 * deadline, the "from X to Y" the values already say. Kept apart from the rule files, which only
 * find; a fix is worked out again from the key result, so it cannot disagree with it.
 */
export type HitFix = NonNullable<Hit["fix"]>;

const known = (value: number | null | undefined): value is number =>
  typeof value === "number" && Number.isFinite(value);

const NUMBER = String.raw`(-?\d+(?:[.,]\d+)?)`;
const FROM_TO = [
  new RegExp(String.raw`\bfrom\s+[^\d-]{0,3}${NUMBER}[^;]*?\bto\s+[^\d-]{0,3}${NUMBER}`),
  new RegExp(String.raw`从\s*${NUMBER}[^。;]*?到\s*${NUMBER}`),
];

/** The two numbers of "from 5% to 15%" / "从 5% 提高到 15%", when the wording states them. */
export function statedValues(title: string): { baseline: number; target: number } | null {
  const text = normalize(title);
  for (const pattern of FROM_TO) {
    const match = pattern.exec(text);
    if (match) {
      const [baseline, target] = [match[1], match[2]].map((n) => Number((n as string).replace(",", ".")));
      if (known(baseline) && known(target)) return { baseline, target };
    }
  }
  return null;
}

const values = (edits: FixEdit[], zh: boolean) =>
  edits
    .map(({ field, value }) => {
      const name = zh
        ? { baseline: "基线", target: "目标值", deadline: "截止日期", title: "措辞" }[field]
        : { baseline: "baseline", target: "target", deadline: "deadline", title: "wording" }[field];
      return field === "title" ? (zh ? `“${value}”` : `"${value}"`) : `${name} ${value}`;
    })
    .join(zh ? "，" : ", ");

/** "Apply: baseline 5, target 15" / "应用：基线 5，目标值 15". */
export function fixOf(edits: FixEdit[]): HitFix {
  return { edits, label: { en: `Apply: ${values(edits, false)}`, zh: `应用：${values(edits, true)}` } };
}

/** K1: fill in the values the wording states, or swap them when they contradict it. */
function fixK1(kr: DraftKeyResult): HitFix | null {
  const stated = statedValues(kr.title);
  if (!known(kr.baseline) || !known(kr.target)) {
    if (!stated) return null;
    return fixOf([
      { field: "baseline", value: stated.baseline },
      { field: "target", value: stated.target },
    ]);
  }
  const worded = wordedDirection(kr.title);
  const valued = kr.target > kr.baseline ? "increase" : kr.target < kr.baseline ? "decrease" : null;
  const contradicts = (worded === "increase" || worded === "decrease") && valued !== null && worded !== valued;
  if (!contradicts) return null;
  return fixOf([
    { field: "baseline", value: kr.target },
    { field: "target", value: kr.baseline },
  ]);
}

/** K2: the period's last day, when there is a period and the deadline is missing or outside it. */
function fixK2(kr: DraftKeyResult, period: Period | null): HitFix | null {
  if (!period) return null;
  const deadline = kr.deadline?.trim() ?? "";
  if (isIsoDate(deadline) && isWithin(deadline, period)) return null;
  return fixOf([{ field: "deadline", value: period.endsOn }]);
}

const FIXES: Partial<Record<RuleId, (kr: DraftKeyResult, period: Period | null) => HitFix | null>> = {
  K1: fixK1,
  K2: fixK2,
};

/** The mechanical fix of a finding of `rule` on this key result, if it has one. */
export function keyResultFix(rule: RuleId, kr: DraftKeyResult, period: Period | null): HitFix | null {
  return FIXES[rule]?.(kr, period) ?? null;
}

const han = /\p{Script=Han}/u;
const format = (value: number, unit: string | null | undefined) => {
  const u = unit?.trim() ?? "";
  return u === "" || u === "%" ? `${value}${u}` : `${value} ${u}`;
};
const EN_VERBS = /^(increase|raise|grow|boost|lift|reduce|lower|cut|decrease|shorten|improve)\b/i;
const ZH_VERBS = /^(提高|提升|增加|降低|减少|缩短|改善)/;

/**
 * The key result's wording with its change stated, from its baseline and target (K1: "reduce
 * refund rate from 0.5% to 0.2%"): the title as the team wrote it, with "from X to Y" added.
 * Null when the wording already states a change, asks to keep a value, or the values are not
 * both there (K1's own finding covers that). Written in the title's language, not the UI's.
 */
export function fromToWording(kr: DraftKeyResult): string | null {
  const title = kr.title.trim();
  if (title === "" || !known(kr.baseline) || !known(kr.target) || kr.baseline === kr.target) return null;
  if (statesChange(title) || wordedDirection(title) === "keep") return null;
  const up = kr.target > kr.baseline;
  const [from, to] = [format(kr.baseline, kr.unit), format(kr.target, kr.unit)];
  // Only two shapes are mechanical: a leading verb ("Raise X", "提高X"), or a bare metric name
  // with no direction word at all. Anything else ("Help teams grow revenue") needs a person.
  const directed = wordedDirection(title) !== null;
  if (han.test(title)) {
    const verb = ZH_VERBS.exec(title)?.[1];
    if (verb) return `将${title.slice(verb.length)}从 ${from} ${verb}到 ${to}`;
    if (directed || /^[将把]/.test(title)) return null;
    return `将${title}从 ${from} ${up ? "提高" : "降低"}到 ${to}`;
  }
  if (EN_VERBS.test(title)) return `${title} from ${from} to ${to}`;
  if (directed) return null;
  return `${up ? "Increase" : "Reduce"} ${title[0]?.toLowerCase()}${title.slice(1)} from ${from} to ${to}`;
}

/** The hint the editor shows beside a key result whose wording does not state its change (K1). */
export function fromToHint(kr: DraftKeyResult): Hit | null {
  const wording = fromToWording(kr);
  if (wording === null) return null;
  const message: Bilingual = {
    en: "The wording does not say where the metric starts and where it should end; a key result reads on its own when it does.",
    zh: "措辞没有说明指标从哪里开始、要到达哪里；写明起点和终点，关键结果才能独立读懂。",
  };
  return {
    message,
    suggestion: {
      en: `State the change in the wording: "${wording}".`,
      zh: `在措辞中写明变化：“${wording}”。`,
    },
    fix: fixOf([{ field: "title", value: wording }]),
  };
}
