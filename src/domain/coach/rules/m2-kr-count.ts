import { englishWords, type Word } from "../language/english.ts";
import { isChinese } from "../language/shape.ts";
import { normalize } from "../text.ts";
import type { DraftKeyResult, DraftObjective, Hit } from "../types.ts";
import { checkOutcomeNotOutput } from "./k7-outcome-not-output.ts";

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

const known = (v: number | null | undefined): v is number => typeof v === "number";

/** A share ("%" in the title or the unit field): its complement and its threshold shares are shares too. */
const isShare = (kr: DraftKeyResult) => /%|percent|百分|个百分点|比例|占比/.test(`${kr.title} ${kr.unit ?? ""}`);

/**
 * A share as `retargeted` reads it: a share by its words, or a rate written with no percent sign whose
 * values are within 0..100 and which is not counted per something ("一期结课后续报率" 42 → 50 beside
 * "续报率从 42% 提升到 90%", set O: one rate, two targets). Issue 17, eleventh round.
 */
const RATE_NAMED = /率|\brate\b/;
const shareOrRate = (kr: DraftKeyResult) =>
  isShare(kr) ||
  (RATE_NAMED.test(normalize(kr.title)) &&
    !/\bper\b|每/.test(normalize(kr.title)) &&
    [kr.baseline, kr.target].every((v) => known(v) && v >= 0 && v <= 100));

const sharesMetricWord = (a: DraftKeyResult, b: DraftKeyResult) => {
  const wordsOfB = metricWords(b);
  return [...metricWords(a)].some((w) => wordsOfB.has(w));
};

// The verbs that say which way a KR moves, not what it measures.
const CHANGE_EN = new Set(
  "reduce raise cut increase improve grow lift lower decrease boost drop get keep reach hit make bring move take halve double".split(
    " ",
  ),
);
// Characters that carry no content in a Chinese metric phrase: 率 ends every rate, 从 … 到 frames
// every change ("率从" is in every rate KR).
const FUNCTION_ZH = /[率从到的提降高低增减至为了在和与及把将每月周天年季度内以上下中之后前现已]/;

/**
 * The content words of a KR, by lemma, for the readings below (M2): nouns, adjectives and verbs
 * alike, because the tagger reads a metric phrase's words as any of them ("Box-3 churn": box an
 * adjective; "Retention after box 3": box a verb); words that say which way it moves, what every
 * metric shares and anything without a letter ("→") are left out. Chinese: two content characters
 * in a row.
 */
function contentWords(kr: DraftKeyResult): Set<string> {
  if (!isChinese(kr.title)) {
    return new Set(
      englishWords(kr.title)
        .filter((w) => (w.noun || w.adjective || w.verb) && !w.number && /^[a-z][a-z-]{2,}$/.test(w.lemma))
        .map((w) => w.lemma)
        .filter((lemma) => !GENERIC_EN.has(lemma) && !CHANGE_EN.has(lemma)),
    );
  }
  const words = new Set<string>();
  for (const run of normalize(kr.title).match(/[\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (!FUNCTION_ZH.test(pair) && !GENERIC_ZH.test(pair)) words.add(pair);
    }
  }
  return words;
}

const sharedContent = (a: DraftKeyResult, b: DraftKeyResult): string[] => {
  const wordsOfB = contentWords(b);
  return [...contentWords(a)].filter((w) => wordsOfB.has(w));
};

/** Two KRs whose unit fields name different units ("logins", "interviews") count different things. */
const unitsDiffer = (a: DraftKeyResult, b: DraftKeyResult) => {
  const [ua, ub] = [normalize(a.unit ?? ""), normalize(b.unit ?? "")];
  return ua !== "" && ub !== "" && ua !== ub;
};

/**
 * The unit written after the target ("400 单", "400 小时", "400 tickets", "2.4%"): two KRs whose
 * targets carry different units count different things even when a word is shared ("找不到功能的
 * 咨询 … 400 单" and "老功能维护 … 400 小时", tuning-2026-12-07), so M2 does not call them one.
 */
function targetUnit(kr: DraftKeyResult): string | null {
  const text = normalize(kr.title).replace(/\bpercent\b|个百分点/g, "%");
  const written = [...text.matchAll(/(\d[\d.,]*)\s*(%|[a-z]+|[\u4e00-\u9fff]{1,2})/g)];
  // Issue 17, eleventh round (set O): only a number that is the target carries the target's unit. A
  // title that writes no values has only its qualifiers' numbers ("Share of reported leaks attended
  // within 1 hour": an hour is the window, not the unit of 97.5 %), and they say nothing of the unit.
  const isTarget = (m: RegExpMatchArray) => !known(kr.target) || Number((m[1] ?? "").replace(/,/g, "")) === kr.target;
  const last = written.filter(isTarget).at(-1)?.[2];
  return last === undefined || /^(to|from|by|in|a|per|到|降到|提高|以|之)$/.test(last) ? null : last;
}

/**
 * M2's "a different facet each" when the metric field is empty: two KRs that move the same values
 * ("from 3.2% to 2.4%", both ways of writing it) and name the same thing ("churn", 流失) are one
 * metric said twice ("Reduce monthly churn" and "Cut monthly subscriber churn rate"). Equal
 * values alone are a coincidence; a shared word alone is a family of metrics.
 */
function sameMetricInOtherWords(a: DraftKeyResult, b: DraftKeyResult): boolean {
  if (!known(a.baseline) || !known(a.target) || a.baseline === a.target) return false;
  // 0 to 1 or 0 to 100 is a task's "done" or "percent done" (K7), which many tasks share.
  if (a.baseline === 0 && (a.target === 1 || a.target === 100)) return false;
  if (a.baseline !== b.baseline || a.target !== b.target) return false;
  // A count and a share moving alike are two metrics ("interviews from 0 to 20" and "hospitals
  // agreeing to a pilot, 0% → 20%", tuning-2026-12-f), and so are two named units.
  if (isShare(a) !== isShare(b) || unitsDiffer(a, b)) return false;
  const unitA = targetUnit(a);
  const unitB = targetUnit(b);
  if (unitA !== null && unitB !== null && unitA !== unitB) return false;
  return sharesMetricWord(a, b);
}

/**
 * M2 names "a metric and its complement" as one metric: a success rate and its failure rate, churn
 * and retention, acceptance and decline ("机审准确率 95% → 98%" and "机审错误率 5% → 2%", "Restaurant
 * churn 4.2% → 3.0%" and "Restaurant retention 95.8% → 97.0%", tuning-2026-12-08, -f, -g). Read by
 * shape, whatever the antonym: two shares whose baselines add up to 100 and whose targets add up
 * to 100, naming a shared thing (the restaurants, 机审). One pair of sums is a coincidence of two
 * numbers; both pairs with a shared noun is one quantity read from its two ends.
 */
function complementOf(a: DraftKeyResult, b: DraftKeyResult): boolean {
  if (!known(a.baseline) || !known(a.target) || !known(b.baseline) || !known(b.target)) return false;
  if (a.baseline === a.target || !isShare(a) || !isShare(b)) return false;
  const near100 = (x: number, y: number) => Math.abs(x + y - 100) < 0.05;
  if (!near100(a.baseline, b.baseline) || !near100(a.target, b.target)) return false;
  const windowsOfB = windows(b);
  // Issue 17, round 17: one quantity's two ends are counted over one span; a share counted within a window after
  // the event beside one with none is a later event ("调解成功率 88%→92%" beside "调解后 6 个月内再起纠纷比例 12%→8%",
  // set Y, clean): no M2-labelled complement in any set writes a window on one side only.
  if ((windows(a).size === 0) !== (windowsOfB.size === 0)) return false;
  return sharedContent(a, b).length > 0 || [...windows(a)].some((w) => windowsOfB.has(w)) || onTimeAndLate(a, b);
}

/**
 * Issue 17, twelfth round (set P: "准时送达率从 86% 提升到 93%" and "迟到率从 14% 降到 7%", M2): the
 * share on time and the share late are one quantity's two ends though they share no word, "on time"
 * and "late" being each other's complement as retention and churn are. Read where the late side
 * names nothing the on-time side does not (its other words, if any, are the on-time side's), so "Late
 * refunds" beside "On-time delivery" stay two metrics.
 */
const ON_TIME = /\bon[- ]time\b|\bpunctual\w*|准时|按时|准点|及时/;
const LATE = /\blate\b|\blateness\b|\bdelayed\b|迟到|延误|晚点|超时|延迟/;
function onTimeAndLate(a: DraftKeyResult, b: DraftKeyResult): boolean {
  const [onTime, late] = ON_TIME.test(normalize(a.title)) ? [a, b] : [b, a];
  if (
    !ON_TIME.test(normalize(onTime.title)) ||
    !LATE.test(normalize(late.title)) ||
    LATE.test(normalize(onTime.title))
  ) {
    return false;
  }
  const lateWord = /^(late|lateness|delay\w*|迟到|延误|晚点|超时|延迟)$/;
  const ofOnTime = contentWords(onTime);
  return [...contentWords(late)].every((w) => lateWord.test(w) || ofOnTime.has(w) || /[迟延晚超]/.test(w));
}

/**
 * The window a share is counted over, written with its number ("30 日", "Month-3", "30-day", "day 7",
 * "box 3"): the thing two ends of one quantity share when the antonyms share no word ("30 日留存率 24% →
 * 30%" and "30 日卸载流失率从 76% 降至 70%", set J; "Month-3 subscriber retention from 38% to 45%" and
 * "Month-3 churn from 62% to 55%", set K). Issue 17, eleventh round (M2). Two shares of different
 * things whose numbers happen to add up share no window ("机器人独立解决率从 20% 提高到 45%" and
 * "转人工率从 80% 降到 55%", labelled clean in tuning-2026-12-07-zh, stay apart).
 */
function windows(kr: DraftKeyResult): Set<string> {
  const text = normalize(kr.title);
  const found = [
    ...text.matchAll(/\b(day|week|month|quarter|year|box|level)[- ]?(\d+)\b/g),
    ...text.matchAll(/\b(\d+)[- ]?(day|week|month|year)s?\b/g),
    ...text.matchAll(/(\d+)\s*(日|天|周|个月|月|年)/g),
  ];
  return new Set(found.map((m) => m[0].replace(/[\s-]/g, "").replace(/s$/, "")));
}

/**
 * M2: the same metric from the same baseline with another target ("Price model mean error from 11%
 * to 7%" and "… from 11% to 6%, measured weekly"; "科目二首次通过率 62%→72%" and "… 达到 100%";
 * "Repeat orders per customer per month from 1.6 to 1.9" and "Repeat-order frequency to 2.0/month"
 * with baseline 1.6, tuning-2026-12-g, -h, -i, -08): one side measured twice, with two goals. Both
 * move the same way from one value, name a shared thing and are of one kind (two shares, or two
 * counts): "interviews from 0 to 20" and "interviewed hospitals agreeing to a pilot, 0% → 20%" are
 * a count and a share (tuning-2026-12-f), and a baseline of 0 is where every new metric starts.
 */
/** The nouns a share is taken of, by a plain singular: "% of sites" -> site. */
function populationOf(kr: DraftKeyResult): string[] {
  const text = normalize(`${kr.title} ${kr.unit ?? ""}`);
  return [...text.matchAll(/%\s*of\s+(?:all\s+|our\s+)?([a-z]+)/g)].map((m) => (m[1] ?? "").replace(/s$/, ""));
}
const WINDOW_WORDS = new Set(["hour", "minute", "second", "within", "小时", "分钟", "时内", "钟内"]);
/**
 * Words that say how new or how often whatever is counted, which any count may carry: "New logos from
 * qualified segment from 42 to 55" and "Average monthly new ARR per account executive from 42 to 48"
 * (set P, clean) share only "new" and a baseline. Issue 17, twelfth round.
 */
const QUALIFIER_WORDS = new Set(["new", "monthly", "weekly", "daily", "yearly", "annual", "quarterly", "average"]);
/**
 * README label decision "Two key results on one metric are M2, whatever the second's target" (round 14b): the
 * second KR's out-of-reach target is its own K4, and the objective still carries M2. Two ways of writing one
 * share or rate that `shareOrRate` read as two kinds:
 * - a share named by its words with no percent sign ("Share of garage orders placed online" 38 → 52 beside
 *   "Online share of orders at 100% of garages" 38 → 100, set O);
 * - one rate named alike in both, neither written with a percent sign, one saying what it is per
 *   ("行李差错率（每千名旅客）从 3.2 降到 2.4" beside "行李差错率降到 0" from 3.2, set R). A rate per something beside
 *   a share written with "%" stays two kinds ("每千单投诉率" beside "投诉率从 38% 降到 20%").
 * Read so, they must share two content words (below), not the objective's subject alone.
 */
const NAMES_SHARE = /\bshare\b|\b(percentage|proportion) of\b|占比|比例/;
const namedShare = (kr: DraftKeyResult) =>
  NAMES_SHARE.test(normalize(kr.title)) && [kr.baseline, kr.target].every((v) => known(v) && v >= 0 && v <= 100);
const shareKind = (kr: DraftKeyResult) => shareOrRate(kr) || namedShare(kr);
function oneKind(a: DraftKeyResult, b: DraftKeyResult): boolean {
  if (shareKind(a) === shareKind(b)) return true;
  const rate = (kr: DraftKeyResult) => RATE_NAMED.test(normalize(kr.title)) && !isShare(kr);
  return rate(a) && rate(b);
}
/**
 * Issue 17, sixteenth round: two KRs from one baseline in one unit of one thing per another ("kg/m²",
 * "kg CO2e/l", "hl/hl", "t/ha", "Ml/d") are one quantity with two targets whatever their words: "Yield per m²
 * per cycle from 3.1 to 3.6 kg" beside "Yield per m² up 60% on all racks" (3.1 → 5, its "60%" a change, not a
 * share), "kg CO2e per litre across member farms from 1.14 to 1.08" beside "Cut footprint by half" (1.14 →
 * 0.57), sets AE, AK, V and Z, every one labelled M2 ("the same quantity ... read with the same baseline",
 * README). A ratio unit is specific enough that one baseline in it is no coincidence; a bare unit ("天", "次",
 * "minutes") is not, and is read by the words as before.
 */
const RATIO_UNIT = /\/|\bper\b|每/;
function oneRatioUnit(a: DraftKeyResult, b: DraftKeyResult): boolean {
  const [ua, ub] = [normalize(a.unit ?? ""), normalize(b.unit ?? "")];
  return ua !== "" && ua === ub && RATIO_UNIT.test(ua) && !/%/.test(ua);
}

export function retargeted(a: DraftKeyResult, b: DraftKeyResult): boolean {
  if (!known(a.baseline) || !known(a.target) || !known(b.baseline) || !known(b.target)) return false;
  if (a.baseline === 0 || a.baseline !== b.baseline || a.target === b.target) return false;
  if (Math.sign(a.target - a.baseline) !== Math.sign(b.target - b.baseline) || a.target === a.baseline) return false;
  if (oneRatioUnit(a, b)) return true;
  if (!oneKind(a, b) || unitsDiffer(a, b)) return false;
  const unitA = targetUnit(a);
  const unitB = targetUnit(b);
  if (unitA !== null && unitB !== null && unitA !== unitB) return false;
  // A window's unit of time ("within 1 hour", 24 小时内) is no shared thing: two different acts can be
  // bound by the same hour (issue 17, eleventh round).
  // Nor is the population a share is taken of ("% of sites", "at 100% of sites"): "Sites where picks
  // per labour hour are up 30%+" and "Payback within a year at 100% of sites" (set O, clean) measure
  // two things across the same sites.
  const population = new Set([...populationOf(a), ...populationOf(b)]);
  const shared = sharedContent(a, b).filter(
    (w) => !WINDOW_WORDS.has(w) && !QUALIFIER_WORDS.has(w) && !population.has(w),
  );
  if (shared.length === 0 && !abbreviates(a, b) && !abbreviates(b, a)) return false;
  // Two kinds read as one (oneKind) need more than the objective's subject in common: "Share of permit
  // applications completed online without a follow-up" beside "Digital take-up of permits at 100%" (set O,
  // clean) share only the permits.
  if (shareOrRate(a) !== shareOrRate(b) && shared.length < 2) return false;
  // A rollout taken to 100 % is a task's percent done (K7's finding, README), not a second target
  // of the metric beside it: "Sensor coverage on customer endpoints 62% → 100% by week 2" beside
  // "Endpoints with the agent reporting within 7 days, 62% → 85%" (set J, clean). Issue 17, eleventh
  // round. Asked last: the K7 reading costs more than the numbers.
  const rollout = (kr: DraftKeyResult) => kr.target === 100 && checkOutcomeNotOutput(kr) !== null;
  return !rollout(a) && !rollout(b);
}

/**
 * M2 (issue 17, eleventh round, set J): one KR names the metric by its initials, the other spells it
 * out ("ETR accuracy from 44% to 100% on every outage" beside "Estimated restoration time within
 * ±30 min of actual, 44% → 55%"): an acronym of three to five capitals whose letters begin as many
 * words in a row of the other title, in any order (an acronym follows the name as it is said).
 * Read only where the two already move one kind of metric from one baseline the same way
 * (`retargeted`), so an acronym that happens to match words elsewhere names nothing.
 */
function abbreviates(a: DraftKeyResult, b: DraftKeyResult): boolean {
  // The words of three letters or more, in order; an acronym may order its letters as the name
  // is said ("ETR", estimated time to restoration, for "estimated restoration time").
  // Issue 17, round 17: the short words of a hyphened name count too, as its acronym spells them ("DOA" for
  // "Dead-on-arrival", set AO; WIP, OOS and EOL are said so).
  const words = (b.title.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []).flatMap((w) =>
    w.includes("-") ? w.split("-") : w.length > 2 ? [w] : [],
  );
  const sorted = (letters: string[]) => letters.sort().join("");
  return (a.title.match(/\b[A-Z]{3,5}\b/g) ?? []).some((acronym) => {
    const letters = sorted(acronym.toLowerCase().split(""));
    return words.some((_, at) => sorted(words.slice(at, at + acronym.length).map((w) => w[0] ?? "")) === letters);
  });
}

/**
 * M2: two statistics of one distribution are one metric: the share of customers whose value passes
 * a bar and the median or average of that value ("Customers with ≥80% endpoints deployed by day 30"
 * and "Endpoint deployment coverage at day 30 (median)"; "90 天内设备接入率≥70% 的工厂占比" and
 * "第 90 天工厂设备接入率中位数", tuning-2026-12-c). One KR holds a bar (≥, at least, 以上), the other
 * a median or an average, and the thing the bar is put on is what the other averages: in English
 * the head noun after the bar ("endpoints") is among the other's words and they share two; in
 * Chinese four characters in a row (设备接入率). A bar on one thing beside the median of another
 * ("Artists with at least one direct fan purchase" and "Median monthly direct earnings per artist",
 * "BP under 140/90" and "Average time in app per patient", tuning-2026-12-i) names two measures.
 */
const BAR = /≥|>=|\bat least\b|\bover (?=\d)|\babove (?=\d)|以上|不低于|≤|<=|\bunder (?=\d)|\bbelow (?=\d)|以下/;
const CENTRE = /\bmedian\b|\baverage\b|\bmean\b|\bp50\b|中位|平均/;

/** The head noun of what a bar is put on: "≥80% endpoints deployed" -> endpoint. */
function barredNoun(title: string): string | null {
  const match = BAR.exec(title);
  if (!match) return null;
  const after = englishWords(title.slice(match.index + match[0].length));
  let at = 0;
  while (at < after.length && (after[at]?.number || /^(one|a|an|the|of)$/.test(after[at]?.text ?? ""))) at++;
  let head: string | null = null;
  while (at < after.length && (after[at] as Word).noun && !(after[at] as Word).number)
    head = (after[at++] as Word).lemma;
  return head;
}

function twoStatistics(a: DraftKeyResult, b: DraftKeyResult): boolean {
  const [barred, centred] = BAR.test(a.title) && CENTRE.test(normalize(b.title)) ? [a, b] : [b, a];
  if (!BAR.test(barred.title) || !CENTRE.test(normalize(centred.title))) return false;
  if (isChinese(barred.title) !== isChinese(centred.title)) return false;
  if (!isChinese(barred.title)) {
    // By stem, as a noun and its verb are one measure ("deployed", "deployment").
    const stems = (kr: DraftKeyResult) => new Set([...contentWords(kr)].map((w) => w.slice(0, 6)));
    const [ofBarred, ofCentred] = [stems(barred), stems(centred)];
    const head = barredNoun(barred.title);
    const shared = [...ofBarred].filter((w) => ofCentred.has(w));
    // "Average X of Y" averages X, a measure of each Y, not how many Y there are: "Pros who accept at least
    // one plumbing job a week" beside "Average rating of completed plumbing jobs" (set T, clean) are a count
    // of pros and a rating (thirteenth round, second part).
    const averaged = /\b(?:median|average|mean|avg\.?) (?:[a-z-]+ )?([a-z-]+) of\b/.exec(normalize(centred.title))?.[1];
    if (head !== null && averaged !== undefined && averaged.slice(0, 6) !== head.slice(0, 6)) return false;
    return head !== null && ofCentred.has(head.slice(0, 6)) && shared.length >= 2;
  }
  const [ta, tb] = [normalize(barred.title), normalize(centred.title)];
  // The run shared must reach what the other averages, the two characters before 中位 or after 平均, as the English
  // asks the barred head among the averaged words (fifteenth round, set AC: "新司机首月完成 100 单以上的比例" and
  // "新司机首月收入中位数" share the cohort 新司机首月, not a measure: orders above a bar, a median of income).
  const measure = /([\u4e00-\u9fff]{2})中位/.exec(tb)?.[1] ?? /平均([\u4e00-\u9fff]{2})/.exec(tb)?.[1] ?? "";
  const reaches = (run: string) => measure === "" || [...measure].some((c) => run.includes(c));
  for (const run of ta.match(/[\u4e00-\u9fff]{4,}/g) ?? []) {
    for (let i = 0; i + 4 <= run.length; i++) {
      const four = run.slice(i, i + 4);
      if (tb.includes(four) && reaches(four)) return true;
    }
  }
  return false;
}

/**
 * M2: a rate and its count are one metric: "Refund rate from 3% to 2%" and "Refunds per month from
 * 300 to 200", 退款率 and 退款量, "Late delivery rate" and "Late deliveries" (coach-q). The event
 * the rate is of (the noun before "rate", the characters before 率) is the thing the other KR
 * counts (its first noun phrase's head; the same characters before 数, 量, 笔数, 单数, 次数), and
 * both move the same way. "Order defect rate" beside "Orders per week" is a rate of defects beside
 * a count of orders: two metrics.
 */
const COUNT_ZH = /^([\u4e00-\u9fff]{2,6}?)(数量|笔数|单数|次数|件数|人数|数|量)(?![\u4e00-\u9fff]*率)/;
function rateAndCount(a: DraftKeyResult, b: DraftKeyResult): boolean {
  if (!known(a.baseline) || !known(a.target) || !known(b.baseline) || !known(b.target)) return false;
  if (a.baseline === a.target || Math.sign(a.target - a.baseline) !== Math.sign(b.target - b.baseline)) return false;
  if (isShare(a) === isShare(b)) return false;
  const [rate, count] = isShare(a) ? [a, b] : [b, a];
  if (isChinese(rate.title) !== isChinese(count.title)) return false;
  if (isChinese(rate.title)) {
    const event = /([\u4e00-\u9fff]{2,4})率/.exec(normalize(rate.title))?.[1];
    const counted = normalize(count.title)
      .match(/[\u4e00-\u9fff]+/g)
      ?.map((run) => COUNT_ZH.exec(run.replace(/^(将|把|降低|减少|提高|提升|每月|每周|每天)+/, ""))?.[1]);
    return event !== undefined && (counted ?? []).some((c) => c !== undefined && event.endsWith(c));
  }
  // The words are tagged only when the rate's event word stands in the count's title (`grove lint`
  // on 100 KRs asks the tagger for few sentences: language/english-cost.test.ts).
  const before = /([a-z]+) rates?\b/.exec(normalize(rate.title))?.[1];
  if (before === undefined || !normalize(count.title).includes(before.slice(0, 5))) return false;
  const words = englishWords(rate.title);
  const at = words.findIndex((w) => w.lemma === "rate");
  const event = at > 0 ? words[at - 1] : undefined;
  // The tagger reads a title's first word as a verb as often as a noun ("Refund rate").
  if (!(event?.noun || event?.verb)) return false;
  // The word that says which of the events the rate is of ("Clean claim rate", "Late delivery rate")
  // must qualify the count too: "Late deliveries" counts the late ones, "Claims worked per biller"
  // counts every claim, a second metric beside the share of clean ones (set M, clean). Issue 17,
  // eleventh round (M2). Words of direction ("Reduce refund rate") qualify nothing.
  const qualifier = at > 1 ? words[at - 2] : undefined;
  const qualifies =
    qualifier !== undefined &&
    qualifier.after === "" &&
    /^[a-z][a-z-]{2,}$/.test(qualifier.lemma) &&
    !CHANGE_EN.has(qualifier.lemma) &&
    !GENERIC_EN.has(qualifier.lemma);
  if (qualifies && !normalize(count.title).includes(qualifier.text.slice(0, 4))) return false;
  // The count's first noun is its head when no noun follows it ("Refunds per month"; not "Refund
  // requests", which counts requests).
  const counted = englishWords(count.title);
  const first = counted.findIndex((w) => w.noun && !w.number && /^[a-z]/.test(w.lemma));
  const head = counted[first];
  return head !== undefined && !counted[first + 1]?.noun && head.lemma === event.lemma;
}

/**
 * M2 (issue 17, eleventh round, set J): one metric counted two ways, by cases and by their value
 * ("Fraud caught before settlement from 68% to 74%" and "Fraud caught before settlement, by value,
 * 62% → 70%"; 按笔数, 按金额): the same words once the basis is set aside, moving the same way. Two
 * different things each weighed by value ("Orders shipped on time, by value" beside "Refunds paid,
 * by value") share no words but the basis.
 */
const BASIS =
  /\b(by|in) (value|volume|count|number|amount|revenue|units?|spend|gmv)\b|按(金额|笔数|件数|数量|单数|人数|gmv)计?/g;
function byTwoBases(a: DraftKeyResult, b: DraftKeyResult): boolean {
  if (!known(a.baseline) || !known(a.target) || !known(b.baseline) || !known(b.target)) return false;
  if (a.baseline === a.target || Math.sign(a.target - a.baseline) !== Math.sign(b.target - b.baseline)) return false;
  const [ta, tb] = [normalize(a.title), normalize(b.title)];
  const basis = new RegExp(BASIS.source);
  if (!(basis.test(ta) || basis.test(tb)) || isShare(a) !== isShare(b)) return false;
  const without = (kr: DraftKeyResult) => ({ ...kr, title: normalize(kr.title).replace(BASIS, " ") });
  const [wa, wb] = [contentWords(without(a)), contentWords(without(b))];
  return wa.size >= 2 && wa.size === wb.size && [...wa].every((w) => wb.has(w));
}

/**
 * M2 (issue 17, eleventh round, set L): a quantity cut and the amount saved of it, counted up from
 * zero ("Teacher-reported weekly marking hours from 6.5 to 4" and "Weekly marking hours saved per
 * teacher from 0 to 2.5"): the saving is the cut said again, to the same figure. The amount saved
 * equals the cut and the two name a shared thing; a saving of another quantity ("Hours saved on
 * scheduling from 0 to 2.5" beside "Marking hours from 6.5 to 4") shares no word but the unit.
 */
const SAVED = /\b(saved|freed( up)?|reclaimed|given back)\b|节省|省下|节约|省出/;
function savingOfCut(a: DraftKeyResult, b: DraftKeyResult): boolean {
  if (!known(a.baseline) || !known(a.target) || !known(b.baseline) || !known(b.target)) return false;
  const [saving, cut] = SAVED.test(normalize(a.title)) ? [a, b] : [b, a];
  if (!SAVED.test(normalize(saving.title)) || SAVED.test(normalize(cut.title))) return false;
  const saved = (saving.target as number) - (saving.baseline as number);
  const cutBy = (cut.baseline as number) - (cut.target as number);
  if (saved <= 0 || Math.abs(saved - cutBy) > 1e-9 * Math.max(1, saved)) return false;
  const generic = new Set([
    "hour",
    "minute",
    "day",
    "week",
    "weekly",
    "time",
    "saved",
    "save",
    "时长",
    "时间",
    "小时",
    "节省",
    "耗时",
  ]);
  return sharedContent(saving, cut).some((w) => !generic.has(w));
}

/**
 * M2 (thirteenth round, second part, set T: "New multi-site logos from 40 to 60" beside "Multi-site logos signed
 * per rep from 2 to 3", M2): a count and the same count per head of the team are one quantity, the total being
 * the average times the heads. Read where both are counts (no share), moving the same way, and every noun
 * before "per" names what the other counts. A count per head of something else ("Tickets handled per agent"
 * beside "Share of tickets answered within our 4h SLA", a share; "Clinic visits per rep" beside "Clinics
 * ordering monthly", visits against clinics) is two metrics.
 */
const PER_HEAD =
  /\bper (rep|agent|seller|salesperson|ae|account executive|advis[eo]r|csm|nurse|engineer|driver|rider|courier|picker|teacher|tutor|employee|fte|head|person|staff member)\b/;
function perHead(a: DraftKeyResult, b: DraftKeyResult): boolean {
  const [each, total] = PER_HEAD.test(normalize(a.title)) ? [a, b] : [b, a];
  if (!PER_HEAD.test(normalize(each.title)) || /\bper\b|每/.test(normalize(total.title))) return false;
  if (isChinese(each.title) || isChinese(total.title) || isShare(each) || isShare(total)) return false;
  const [eb, et, tb, tt] = [each.baseline, each.target, total.baseline, total.target];
  if (!known(eb) || !known(et) || !known(tb) || !known(tt) || eb === et || Math.sign(et - eb) !== Math.sign(tt - tb))
    return false;
  const words = englishWords(each.title);
  const per = words.findIndex((w) => w.text === "per");
  // What is counted: the words before "per" but a participle saying what was done to it ("logos signed per rep"),
  // its head read as a noun or a verb, since the tagger reads "visits" as either ("Clinic visits per rep" counts
  // visits, not the clinics of "Clinics ordering monthly", set Q).
  const before = words.slice(0, per);
  while (before.length > 1 && /ed$/.test(before.at(-1)?.text ?? "") && before.at(-1)?.verb) before.pop();
  const counted = before
    .filter((w, i) => (w.noun || (i === before.length - 1 && w.verb)) && !w.number && /^[a-z][a-z-]{2,}$/.test(w.lemma))
    .filter((w) => !GENERIC_EN.has(w.lemma))
    .map((w) => w.lemma);
  // Read in the other's words as written: the tagger splits a hyphened compound that opens a title ("Multi-site").
  const ofTotal = normalize(total.title);
  if (counted.length === 0 || !counted.every((w) => new RegExp(`(?<![a-z])${w}`).test(ofTotal))) return false;
  // And it is what the other counts, the head of its first noun phrase: "Ship CSAT of 4.3 on resolved tickets"
  // rates tickets, it does not count them (set Q, beside "Tickets handled per agent per day").
  const totalWords = englishWords(total.title);
  let at = totalWords.findIndex((w) => w.noun && !w.number);
  while (at >= 0 && totalWords[at + 1]?.noun && !totalWords[at + 1]?.number && totalWords[at]?.after !== ",") at++;
  return at >= 0 && totalWords[at]?.lemma === counted.at(-1);
}

/** Why two KRs are one metric (M2), or null: each reading has its own message. */
type SameMetric = "values" | "complement" | "retarget" | "statistic" | "count" | "basis" | "saving" | "perHead";
function sameMetric(a: DraftKeyResult, b: DraftKeyResult): SameMetric | null {
  if (sameMetricInOtherWords(a, b)) return "values";
  if (complementOf(a, b)) return "complement";
  if (retargeted(a, b)) return "retarget";
  if (twoStatistics(a, b)) return "statistic";
  if (rateAndCount(a, b)) return "count";
  if (byTwoBases(a, b)) return "basis";
  if (savingOfCut(a, b)) return "saving";
  if (perHead(a, b)) return "perHead";
  return null;
}

/**
 * A metric field that writes only a unit or the kind of quantity ("占比", "分钟", "次", "share", "seconds",
 * "ms") names no metric: it says how a KR is counted, as the unit field does, not what is counted. Two KRs
 * with such a field in common are one metric only if their titles say so (M2 "two key results on the same
 * metric"): "团长日均对账耗时" and "团长端页面停留时长", both "分钟", are two metrics, while "首屏加载 P75" 2.8 → 1.2
 * and "首屏加载 P75 降到 0.3 秒" from 2.8, both "秒", are one metric retargeted (set AF, both languages: 15 of
 * its zh objectives had two clean KRs read as one through "占比", "分钟", "次" or "个"). Issue 17, sixteenth round.
 */
const UNIT_ONLY =
  /^(%|percent(age)?|share|rate|ratio|count|number|total|amount|ms|millisecond|second|minute|hour|day|week|month|year|占比|比例|百分比|比率|数量|次数|人数|个数|毫秒|秒|分钟|小时|天|日|周|个月|月|年|次|个|场|件|人|条|张|篇|台|起|通|笔|行|轮|晚|单|元|万元)$/;
const namesNoMetric = (metric: string) => UNIT_ONLY.test(metric) || UNIT_ONLY.test(metric.replace(/(?<=[a-z])s$/, ""));

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
    const written = normalize(kr.metric ?? "");
    const metric = namesNoMetric(written) ? "" : written;
    if (metric === "") {
      for (const [first, other] of objective.keyResults.slice(0, index).entries()) {
        const why = sameMetric(other, kr);
        if (why === null) continue;
        hits.push(sameMetricHit(first, index, null, why));
        break;
      }
      return;
    }
    const first = seen.get(metric);
    if (first === undefined) {
      seen.set(metric, index);
      // Two metric fields can name one quantity's two ends ("M3 retention" and "M3 churn", set K):
      // the numbers say so whatever the names (complementOf). Issue 17, eleventh round.
      const complement = objective.keyResults.slice(0, index).findIndex((other) => complementOf(other, kr));
      if (complement >= 0) {
        hits.push(sameMetricHit(complement, index, null, "complement"));
        return;
      }
      // Issue 17, round 17: a KR that names its metric in the field after one that names it only in its title
      // ("保全业务线上办理占比从 55% 提升到 75%", then the field "保全业务线上办理占比" 55 → 75, set R) is read as the
      // other order is (the branch above): the readings by title and values, against the earlier KRs whose
      // field names no metric. Two fields naming two metrics stay the writer's word for two metrics.
      for (const [earlier, other] of objective.keyResults.slice(0, index).entries()) {
        const field = normalize(other.metric ?? "");
        if (field !== "" && !namesNoMetric(field)) continue;
        const why = sameMetric(other, kr);
        if (why === null) continue;
        hits.push(sameMetricHit(earlier, index, null, why));
        break;
      }
      return;
    }
    if (twoPlatforms(objective.keyResults[first] as DraftKeyResult, kr)) return;
    hits.push(sameMetricHit(first, index, kr.metric ?? ""));
  });
  return hits;
}

/**
 * README round 16e ("Checked"): M2's "same metric" is one quantity over one population, and two disjoint
 * platforms are two populations: "Crash-free sessions iOS" beside "Crash-free sessions Android", one metric
 * field for both (set AF, clean; disjoint segments are clean in AF-en, J-en and U-en). Read where each title
 * names a platform the other does not; a whole beside one of its platforms (a subset) is left as it was.
 * Issue 17, round 17.
 */
const PLATFORM =
  /\b(ios|iphone|ipad|android|web|desktop|mac ?os|windows)\b|安卓|苹果|鸿蒙|网页版|小程序|pc ?端|桌面端/g;
function twoPlatforms(a: DraftKeyResult, b: DraftKeyResult): boolean {
  const [pa, pb] = [a, b].map((kr) => new Set(normalize(kr.title).match(PLATFORM) ?? []));
  if (pa === undefined || pb === undefined || pa.size !== 1 || pb.size !== 1) return false;
  return [...pa].every((p) => !pb.has(p));
}

/** Two KRs on one metric: named in the metric field, or (`metric` null) said in other words. */
function sameMetricHit(first: number, index: number, metric: string | null, why: SameMetric = "values"): Hit {
  const [a, b] = [first + 1, index + 1];
  const inOtherWords = {
    values: {
      en: `Key results ${a} and ${b} move the same values and name the same thing: one metric said twice; each KR should cover a different facet.`,
      zh: `第 ${a} 和第 ${b} 个关键结果的基线和目标相同，衡量的也是同一件事：同一个指标换了说法；每个关键结果应覆盖目标的不同方面。`,
    },
    complement: {
      en: `Key results ${a} and ${b} are one metric and its complement (their values add up to 100%): moving one moves the other; each KR should cover a different facet.`,
      zh: `第 ${a} 和第 ${b} 个关键结果是同一个指标的两面（数值相加为 100%）：一个变了另一个跟着变；每个关键结果应覆盖目标的不同方面。`,
    },
    retarget: {
      en: `Key results ${a} and ${b} start from the same value on the same metric with different targets: one metric measured twice; each KR should cover a different facet.`,
      zh: `第 ${a} 和第 ${b} 个关键结果是同一个指标、同一个基线、不同的目标：同一个指标衡量了两次；每个关键结果应覆盖目标的不同方面。`,
    },
    saving: {
      en: `Key results ${a} and ${b} are one cut said twice: the amount saved is the cut itself; each KR should cover a different facet.`,
      zh: `第 ${a} 和第 ${b} 个关键结果是同一次削减说了两遍：节省的量就是削减的量；每个关键结果应覆盖目标的不同方面。`,
    },
    basis: {
      en: `Key results ${a} and ${b} are one metric counted two ways (by cases and by value): moving one moves the other; each KR should cover a different facet.`,
      zh: `第 ${a} 和第 ${b} 个关键结果是同一个指标的两种算法（按笔数和按金额）：一个变了另一个跟着变；每个关键结果应覆盖目标的不同方面。`,
    },
    count: {
      en: `Key results ${a} and ${b} are one metric as a rate and as a count of the same events: moving one moves the other; each KR should cover a different facet.`,
      zh: `第 ${a} 和第 ${b} 个关键结果是同一件事的比率和数量：一个变了另一个跟着变；每个关键结果应覆盖目标的不同方面。`,
    },
    perHead: {
      en: `Key results ${a} and ${b} are one count, in total and per head of the team: moving one moves the other; each KR should cover a different facet.`,
      zh: `第 ${a} 和第 ${b} 个关键结果是同一个数量的总数和人均数：一个变了另一个跟着变；每个关键结果应覆盖目标的不同方面。`,
    },
    statistic: {
      en: `Key results ${a} and ${b} measure one quantity twice, as a share above a bar and as its median or average; each KR should cover a different facet.`,
      zh: `第 ${a} 和第 ${b} 个关键结果把同一个量衡量了两次：一个是达标的占比，一个是中位数或平均值；每个关键结果应覆盖目标的不同方面。`,
    },
  };
  return {
    message:
      metric === null
        ? inOtherWords[why]
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
