import { findFirst, normalize } from "../text.ts";
import type { DraftObjective, Hit } from "../types.ts";

/**
 * Q4: numbers belong in the key results. Years ("in 2027"), rank claims ("#1", left to Q1) and
 * digits inside names ("B2B", "Q1", "3D", "v2") are not targets, so they are skipped.
 */
const NUMBERS: readonly RegExp[] = [
  /(?<![\w#.])\d+(?:[.,]\d+)*\s*(%|x\b|k\b|m\b|percent\b|倍|万|亿|个百分点)/,
  /(?<![\w#.]|no\. ?)(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*(?![\w])/,
  /\b(double|triple|quadruple|halve)\b(?! down)/,
  // Spelled-out quantities: "within five working days", "in under a minute", "三天内".
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred) (working |business )?(seconds?|minutes?|hours?|days?|weeks?|months?|percent|times)\b/,
  /\b(under|within|less than) an? (second|minute|hour|day|week)\b/,
  // Not the idiom "一个月接一个月" (month after month): a repeated unit is a rhythm, not a target.
  /(?<![第每接又])[一二两三四五六七八九十百千]+个?(工作日|分钟|小时|天|周|个月|秒)(?![接又]一)/,
  // Chinese magnitudes written in characters ("DAU 破千万", "三百万"), not 千万 as "by all means".
  /[一二两三四五六七八九十百千]+(万|亿)(?![不别要记])/,
  /翻(一|两)?番|翻倍|减半|砍半|降一半|百分之[一二三四五六七八九十百]+|[一二两三四五六七八九十]+(倍|成)(?!功|长|立|为|本)/,
];

/**
 * Digits that are part of a name, not a quantity (Q4), by their shape rather than by listing the
 * names: a number right after an acronym or a mixed-case product word ("SOC 2", "ISO 27001",
 * "WCAG 2.1", "iOS 17"), after version, tier, phase or level words, a dotted version ("2.0 版本"),
 * two numbers joined by / : x × ("24/7", "7×24", "1:1"), a letter-number code ("K-12") and the
 * sales festivals ("双 11", "618"). They are blanked before the number patterns run.
 */
const NAMED_NUMBERS: readonly RegExp[] = [
  // Not a metric's acronym with its target ("NPS 50", "ARR 40%"): that is a number to move.
  /\b(?!(NPS|ARR|MRR|CSAT|DAU|MAU|WAU|GMV|CAC|LTV|SLA|KPI|ROI)\b)([A-Z]{2,}|[a-z]+[A-Z][A-Za-z]*)( [A-Z]{2,})? ?v?\d+(\.\d+)*\b(?! ?(%|x\b|k\b|m\b|percent))/g,
  // A rank word joined by a hyphen is a name too: "tier-1 cities", "Level-2 support", "Grade-3 pupils".
  /\b(version|release|v|tier|phase|level|stage|gen|generation|series|web|wave|grade|class|type|category|band|zone) ?-?\d+(\.\d+)*\b/gi,
  // Chinese names with a number: a generation (90 后, 00 后), a metro or bus line, a numbered
  // building, warehouse or store (2 号线, 3 号仓). A date (3 月 15 号) is not one of these.
  /(?<!\d)(00|05|10|60|70|80|85|90|95) ?后(?=[\u4e00-\u9fff])|\d+ ?号(线|楼|仓|店|馆|厅|门)|\d+ ?路(公交|车)/g,
  // A date is when, not how much (Q4, as a year is): "3 月 15 日前", "3·15" (a consumer-rights day),
  // and the name of a return policy ("7 天无理由退货"). English dates ("by March 31") are a number
  // after a name (AFTER_NAME).
  /\d+ ?月 ?\d+ ?(日|号)|\d+ ?月(底|初|中旬|上旬|下旬|份)?(前|内|起)?|\d+ ?·\s?\d+|7 ?天无理由/g,
  // Idioms and names built on a number, not a target: "from 0 to 1" (starting something), a
  // "360-degree view", a time of day ("3 a.m. pages"), a delivery promise's name (一小时达, 半日达).
  /(from |从 ?)0 ?(to|到) ?1(?!\d)|\b\d+-degree\b|\d+ ?°|\b\d{1,2} ?(a\.m\.|p\.m\.|am\b|pm\b)|[一两半]?(小时|日|天)达/gi,
  // A dotted number is a version unless a percent follows: "99.95% uptime" is a target (Q4).
  /\d+(\.\d+)+(?![\d.]| ?%)|\d+ ?(版本|版|代|期)|(版本|第) ?\d+/g,
  /\d+ ?[/:×x*] ?\d+/g,
  /\b[A-Za-z]-\d+\b/g,
  /双 ?1[12]|双十[一二]|(?<!\d)618(?!\d)/g,
];

/**
 * A number right after a name mid-sentence belongs to the name, whatever the brand: "Microsoft
 * 365", "Fortune 500", "Windows 11", "Formula 1" (Q4: a product or a list, not a target). Not after
 * the first word (a title's verb is capitalised: "Serve 500 more schools"), not with a unit after
 * it ("Shopify 40%"), and not in Title Case, where every word is capitalised.
 */
const AFTER_NAME = /(?<=\S [A-Z][a-z]+ )\d+(?![\d.,]|\s?(%|x\b|k\b|m\b|percent\b|more\b|new\b))/g;

/** Title Case ("Serve 500 More Schools") capitalises every word, so a capital there names nothing. */
const titleCase = (title: string) => {
  const words = title.split(/\s+/).filter((w) => /^[A-Za-z]{4,}/.test(w));
  return words.length >= 3 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length > 0.6;
};

/** The title with named numbers blanked, so only quantities are left to find. */
function withoutNamedNumbers(title: string): string {
  const patterns = titleCase(title) ? NAMED_NUMBERS : [...NAMED_NUMBERS, AFTER_NAME];
  return patterns.reduce((text, pattern) => text.replace(pattern, " "), title.normalize("NFKC"));
}

export function checkQualitative(objective: DraftObjective): Hit[] {
  const found = findFirst(normalize(withoutNamedNumbers(objective.title)), NUMBERS);
  if (found === null) return [];
  return [
    {
      message: {
        en: `The objective contains a number ("${found}"); an objective is a qualitative aspiration and its numbers belong in the key results.`,
        zh: `目标中包含数字（“${found}”）；目标是定性的愿景，数字应放在关键结果中。`,
      },
      suggestion: {
        en: 'Move the figure into a key result ("Raise ... from X to Y") and word the objective as the direction, e.g. "Become home cooks\' trusted cookware supplier".',
        zh: "把数字移到关键结果中（“将……从 X 提高到 Y”），目标只写方向，例如“成为家庭厨师信赖的炊具供应商”。",
      },
    },
  ];
}
