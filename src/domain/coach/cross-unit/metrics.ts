import { normalize, wordedDirection } from "../text.ts";
import { disjointDenominators, lemma, type MetricPhrase, metricPhrase, rephrase, samePhrase } from "./metric-phrase.ts";

// M7: what a key result measures and which way it pulls, read from its metric field, its unit
// and its title, in English and Chinese. The cross-unit rules compare these across units.

/** A KR as the cross-unit rules read it: stored KRs and labelled cases both fit. */
export interface CrossUnitKeyResult {
  /** The unit (team) that owns it: KRs of one unit are never compared with each other. */
  unit: string;
  title: string;
  metric?: string | null;
  /** The unit of measure ("%", "ms", "customers"). */
  unitOfMeasure?: string | null;
  kind?: "metric" | "range";
  baseline?: number | null;
  target?: number | null;
  rangeLow?: number | null;
  rangeHigh?: number | null;
}

/**
 * A metric concept: its id, the family it belongs to (a cascade is linked when parent and child
 * share a family), its polarity inside the family (churn is retention upside down) and how it is
 * written. English patterns run on the normalised text, Chinese ones too (NFKC, lower case).
 */
interface Concept {
  id: string;
  family: string;
  polarity: 1 | -1;
  pattern: RegExp;
}

const CONCEPTS: readonly Concept[] = [
  {
    id: "acquisition",
    family: "acquisition",
    polarity: 1,
    pattern:
      /\bnew (qualified |paying |enterprise |business )?(logos?|customers?|clients?|accounts?|users?|sign-?ups?|subscribers?|buyers?|merchants?)\b|\blogos?\b|\bacquisition\b|\bacquired customers\b|新(的)?(合格)?(客户|徽标|用户|签约|注册|买家|商户)|徽标|获客|拉新|新签/,
  },
  {
    id: "churn",
    family: "retention",
    polarity: -1,
    pattern:
      /\bchurn(ed|s|ing)?\b|\battrition\b|\bcancell?ations?\b|\bunsubscribe\w*|\bcustomers? lost\b|\blost (customers|accounts)\b|流失|退订|解约|取消订阅|退租/,
  },
  {
    id: "retention",
    family: "retention",
    polarity: 1,
    pattern: /\bretention\b|\bretained\b|\brenewals?\b|\brenew(ed)?\b|留存|续约|续费|续订/,
  },
  {
    id: "repeat_purchase",
    family: "retention",
    polarity: 1,
    pattern: /\brepeat (purchases?|orders?|buyers?)\b|复购|回购/,
  },
  { id: "refunds", family: "quality", polarity: -1, pattern: /\brefunds?\b|\breturns? rate\b|退款|退货/ },
  {
    id: "price",
    family: "price",
    polarity: 1,
    pattern:
      /\bprices?\b|\bpricing\b|\blist price\b|\b(plan|subscription|monthly|annual|membership) fees?\b|价格|定价|售价|单价|客单价|月费|年费|会员费|订阅费/,
  },
  { id: "discount", family: "price", polarity: -1, pattern: /\bdiscounts?\b|\bcoupons?\b|折扣|优惠|折让/ },
  { id: "margin", family: "revenue", polarity: 1, pattern: /\b(gross |profit |operating )?margins?\b|利润率|毛利/ },
  {
    id: "revenue",
    family: "revenue",
    polarity: 1,
    pattern: /\brevenue\b|\bbookings\b|\barr\b|\bmrr\b|\bsales revenue\b|\bturnover\b|收入|营收|营业额|销售额|流水/,
  },
  {
    id: "cost",
    family: "cost",
    polarity: 1,
    pattern: /\b(costs?|spend(ing)?|expenses?|budget|opex|cloud bill)\b|成本|费用|开支|支出|预算|开销/,
  },
  {
    id: "latency",
    family: "speed",
    polarity: 1,
    pattern:
      /\blatency\b|\b(response|load|loading|page load|render) times?\b|\bp9\d\b|响应时间|延迟|时延|加载时间|加载时长/,
  },
  {
    id: "resolution_time",
    family: "support",
    polarity: 1,
    pattern:
      /\b(resolution|first[- ]response|time to (resolve|respond|first response)|handling) times?\b|\btime to resolve\b|解决时间|处理时长|首次响应|解决时长/,
  },
  {
    id: "tickets",
    family: "support",
    polarity: 1,
    pattern:
      /\b(support )?tickets?\b|\bsupport (contacts|requests|calls)\b|\bcontact rate\b|工单|支持请求|客服咨询|咨询量|来电量/,
  },
  {
    id: "satisfaction",
    family: "satisfaction",
    polarity: 1,
    pattern: /\bcsat\b|\bsatisfaction\b|\bnps\b|\bnet promoter\b|\bhappiness\b|满意度|净推荐值|推荐值|好评率/,
  },
  {
    id: "defects",
    family: "quality",
    polarity: 1,
    pattern:
      /\b(bugs?|defects?|incidents?|outages?|crash(es)?|crash rate|errors?|escaped defects)\b|缺陷|故障|事故|崩溃|宕机|bug|报错/,
  },
  { id: "uptime", family: "quality", polarity: -1, pattern: /\buptime\b|\bavailability\b|可用性|可用率|正常运行时间/ },
  {
    id: "release_frequency",
    family: "delivery",
    polarity: 1,
    pattern:
      /\b(releases?|deploys?|deployments?|deployment frequency|release frequency|ship(ped)? features?)\b|发布频率|发布次数|部署频率|部署次数|上线次数/,
  },
  { id: "lead_time", family: "delivery", polarity: -1, pattern: /\b(lead|cycle) times?\b|交付周期|研发周期|前置时间/ },
  { id: "conversion", family: "sales", polarity: 1, pattern: /\bconver(sion|t|ted)\w*\b|转化/ },
  { id: "leads", family: "sales", polarity: 1, pattern: /\bleads?\b|\bpipeline\b|\bmql\b|\bsql\b|线索|商机/ },
  {
    id: "deals",
    family: "sales",
    polarity: 1,
    pattern: /\b(deals?|home sales|units sold|orders?|sales per)\b|成交|销量|订单|房屋销售|销售量/,
  },
  {
    id: "conversations",
    family: "sales",
    polarity: 1,
    pattern: /\b(conversations?|calls|meetings|demos)\b with\b|\bsales (calls|meetings|conversations)\b|对话|洽谈|拜访/,
  },
  {
    id: "active_users",
    family: "engagement",
    polarity: 1,
    pattern:
      /\b(monthly|weekly|daily) active (users|accounts)\b|\b[mdw]au\b|\bactive (users|accounts)\b|月活|日活|周活|活跃用户|活跃帐户|活跃账户/,
  },
  { id: "workflows", family: "engagement", polarity: 1, pattern: /\bworkflows?\b|工作流/ },
  { id: "awareness", family: "brand", polarity: 1, pattern: /\b(brand )?awareness\b|认知度|知名度/ },
  { id: "accuracy", family: "quality", polarity: 1, pattern: /\baccuracy\b|\bprecision\b|准确率|准确度|精度/ },
  {
    id: "delivery_time",
    family: "logistics",
    polarity: 1,
    pattern: /\b(delivery|shipping|fulfil?ment|dispatch) times?\b|配送时间|送达时间|发货时间|配送时长/,
  },
  { id: "inventory", family: "logistics", polarity: 1, pattern: /\binventory\b|\bstock levels?\b|库存/ },
  { id: "headcount", family: "people", polarity: 1, pattern: /\bheadcount\b|\bhires\b|人数|编制|招聘/ },
  {
    id: "wait_time",
    family: "support",
    polarity: 1,
    pattern: /\bwait(ing)? times?\b|\bqueue times?\b|等待时间|排队时间/,
  },
  {
    id: "onboarding_time",
    family: "engagement",
    polarity: 1,
    pattern: /\btime to (value|onboard)\b|\bonboarding time\b|上手时间|入门时间/,
  },
];

/** Families that feed each other: a child KR in one serves a parent KR in the other. */
const RELATED_FAMILIES: readonly [string, string][] = [
  ["retention", "satisfaction"],
  ["sales", "acquisition"],
  ["sales", "revenue"],
  ["acquisition", "revenue"],
  ["support", "satisfaction"],
  ["quality", "satisfaction"],
  ["price", "revenue"],
];

export interface ConceptHit {
  id: string;
  family: string;
  polarity: 1 | -1;
  index: number;
  /** The words that named it. */
  match: string;
}

/** Every concept the text names, in the order they appear. */
export function conceptsIn(text: string): ConceptHit[] {
  const normalized = normalize(text);
  const hits: ConceptHit[] = [];
  for (const concept of CONCEPTS) {
    const match = concept.pattern.exec(normalized);
    if (match) {
      hits.push({
        id: concept.id,
        family: concept.family,
        polarity: concept.polarity,
        index: match.index,
        match: match[0],
      });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

export function relatedFamilies(a: string, b: string): boolean {
  return a === b || RELATED_FAMILIES.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/**
 * The metric a KR measures: the head concept of its metric field, else of its title, else (no
 * concept) the words of its metric field or title. The head is the last concept before "of",
 * "per" or "for" ("customer acquisition cost" measures a cost, "churn of new customers" churn,
 * "客户流失率" churn), as a noun phrase's head is its last noun in both languages.
 */
export interface MetricIdentity {
  concept: ConceptHit | null;
  /** What kind of quantity it is, from its unit of measure and its words; null when unknown. */
  measure: Measure | null;
  /** The metric's own words (measure nouns such as time or rate kept), for comparing without a concept. */
  words: Set<string>;
  /** The words beside the concept ("cloud" in "cloud cost"), when the KR has a metric field. */
  modifiers: Set<string> | null;
  /** "qualified customers", "合格客户": the guide's joint revision (M7) narrows both KRs to them. */
  qualified: boolean;
  /** Its noun phrase, for metrics outside the lexicon (metric-phrase.ts). */
  phrase: MetricPhrase;
}

export function metricOf(kr: CrossUnitKeyResult): MetricIdentity {
  const metric = kr.metric?.trim() ?? "";
  const fromMetric = metric ? headConcept(metric) : null;
  const concept = fromMetric ?? headConcept(kr.title);
  const own = metric || kr.title;
  return {
    concept,
    measure: measureOf(kr.unitOfMeasure ?? "", metric || kr.title),
    words: identityWords(own),
    // Only the metric field's own head phrase says what kind of the concept it is ("cloud" in
    // "cloud cost"); a title's words, or a scope after the head ("discount on new contracts"),
    // narrow the same metric rather than name another.
    modifiers: fromMetric ? modifiersOf(metric, fromMetric) : null,
    qualified: /\bqualified\b|\bqualifying\b|合格|优质|符合条件/.test(normalize(`${kr.title} ${metric}`)),
    phrase: metricPhrase(own),
  };
}

// English and Chinese complements after the head: what follows them narrows, it does not name.
const HEAD_CUT = /\s(of|per|for|among|from|by|with|in|on|at|across|within|over|during|after)\s|的/;

/**
 * The head concept: the last concept in the head phrase, where of two overlapping matches the
 * one that starts first (and so carries the modifiers) counts: "first response time" and
 * "首次响应时间" are first-response times, not latencies.
 */
function headConcept(text: string): ConceptHit | null {
  const normalized = rephrase(text);
  const cut = HEAD_CUT.exec(normalized);
  const head = cut && cut.index > 0 ? normalized.slice(0, cut.index) : normalized;
  const inHead = longest(conceptsIn(head));
  return inHead.at(-1) ?? longest(conceptsIn(normalized))[0] ?? null;
}

/** Drops a hit that another overlapping hit starts before (or at, and is longer). */
function longest(hits: ConceptHit[]): ConceptHit[] {
  const end = (hit: ConceptHit) => hit.index + hit.match.length;
  const overlap = (x: ConceptHit, y: ConceptHit) => x.index < end(y) && y.index < end(x);
  return hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other !== hit &&
          overlap(other, hit) &&
          (other.index < hit.index || (other.index === hit.index && other.match.length > hit.match.length)),
      ),
  );
}

// Segments a metric is read for (customers, deals, plans): they scope a metric, not change it.
const SEGMENT_EN =
  /\b(customers?|clients?|users?|accounts?|deals?|contracts?|orders?|plans?|enterprise|smb|mid-market|new|existing|annual|renewals?|closed-won|signed)\b/g;
const SEGMENT_ZH = /客户|用户|企业|合同|订单|新签|新|老|现有|续约|年度|中小/g;
// Left after the concept, a measure word says how it is read, not what it is ("时长" of "首次响应时长").
const MEASURE_WORDS_ZH = /时间|时长|耗时|次数|数量|比例|占比|率/g;

function modifiersOf(metric: string, concept: ConceptHit): Set<string> {
  const normalized = normalize(metric);
  const cut = HEAD_CUT.exec(normalized);
  const head = cut && cut.index > 0 ? normalized.slice(0, cut.index) : normalized;
  const words = head
    .replace(concept.match, " ")
    .replace(SEGMENT_EN, " ")
    .replace(SEGMENT_ZH, " ")
    .replace(MEASURE_WORDS_ZH, " ");
  return new Set([...identityWords(words)].map(lemma));
}

export type Measure = "time" | "share" | "money";

const MEASURE_UNITS: readonly [Measure, RegExp][] = [
  ["time", /^(ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|毫秒|秒|分钟|小时|天|周|个月)$/],
  ["share", /^(%|percent|pct|pp|百分比|百分点)$/],
  ["money", /^(\$|usd|eur|€|£|¥|元|万元|千元|亿元|k\$|\$k|cny|rmb)$/],
];
const TIME_WORDS = /\b(time|times|duration|latency|days to|minutes to|hours to)\b|时间|时长|耗时|周期|天数/;

/**
 * The kind of quantity a metric is: its unit of measure says it ("min", "%", "$"), else a time
 * word in its name ("completion time"). "Workflow completion" (a share) and "workflow completion
 * time" share a concept but are two metrics.
 */
function measureOf(unitOfMeasure: string, text: string): Measure | null {
  const unit = normalize(unitOfMeasure);
  for (const [measure, pattern] of MEASURE_UNITS) if (pattern.test(unit)) return measure;
  return TIME_WORDS.test(normalize(text)) ? "time" : null;
}

/** Two KRs measure the same thing: one concept (and no clashing modifiers), or the same words. */
export function sameMetric(a: MetricIdentity, b: MetricIdentity): boolean {
  // A time is never one metric with anything that is not a time ("completion" vs "completion
  // time"); a share is never money.
  if ((a.measure === "time") !== (b.measure === "time")) return false;
  if (a.measure && b.measure && a.measure !== b.measure) return false;
  // "Cost per ticket" and "cost per acquisition": a denominator is part of the metric.
  if (disjointDenominators(a.phrase, b.phrase)) return false;
  if (a.concept && b.concept) {
    if (a.concept.family !== b.concept.family || relatedPolarity(a, b) === null) return false;
    // "cloud cost" and "marketing spend" are two costs: both name what they cost, differently.
    if (a.modifiers && b.modifiers && a.modifiers.size > 0 && b.modifiers.size > 0) {
      return overlaps(a.modifiers, b.modifiers);
    }
    return true;
  }
  if (a.concept || b.concept) return false;
  return similarWords(a.words, b.words) || samePhrase(a.phrase, b.phrase);
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const word of a) if (b.has(word)) return true;
  return false;
}

/** The same words, or one phrasing inside the other ("handle time" in "average handle time"). */
function similarWords(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const union = a.size + b.size - shared;
  const smaller = Math.min(a.size, b.size);
  return shared / union >= 0.6 || (shared === smaller && smaller >= 2);
}

/** +1 when the two concepts read the same way, -1 when one is the other upside down. */
function relatedPolarity(a: MetricIdentity, b: MetricIdentity): 1 | -1 | null {
  if (!a.concept || !b.concept) return 1;
  if (a.concept.id === b.concept.id) return 1;
  // Inside a family only the concepts built as each other's inverse are one metric.
  const inverse = INVERSES.some(
    ([x, y]) => (x === a.concept?.id && y === b.concept?.id) || (x === b.concept?.id && y === a.concept?.id),
  );
  return inverse ? (a.concept.polarity === b.concept.polarity ? 1 : -1) : null;
}

const INVERSES: readonly [string, string][] = [
  ["churn", "retention"],
  ["price", "discount"],
];

export function polarityBetween(a: MetricIdentity, b: MetricIdentity): 1 | -1 {
  return relatedPolarity(a, b) ?? 1;
}

/** Which way a KR pushes its metric. */
export type Pull =
  | { kind: "up" | "down"; target: number | null }
  /** Hold the metric inside [low, high]; either bound may be open. */
  | { kind: "band"; low: number | null; high: number | null }
  | { kind: "none" };

const FLOOR = /\bat least\b|\bno less than\b|\bnot (below|under|less than)\b|\bminimum\b|≥|>=|不低于|不少于|至少|以上/;
const CEILING =
  /\bno more than\b|\bat most\b|\bnot (above|over|more than)\b|\bbelow\b|\bunder\b|\bmaximum\b|≤|<=|不超过|不高于|最多|以内|以下/;

export function pullOf(kr: CrossUnitKeyResult): Pull {
  const title = normalize(kr.title);
  if (kr.kind === "range" && (isNumber(kr.rangeLow) || isNumber(kr.rangeHigh))) {
    return { kind: "band", low: kr.rangeLow ?? null, high: kr.rangeHigh ?? null };
  }
  if (isNumber(kr.baseline) && isNumber(kr.target)) {
    if (kr.target > kr.baseline) return { kind: "up", target: kr.target };
    if (kr.target < kr.baseline) return { kind: "down", target: kr.target };
    const floor = FLOOR.test(title);
    const ceiling = CEILING.test(title);
    return {
      kind: "band",
      low: ceiling && !floor ? null : kr.target,
      high: floor && !ceiling ? null : kr.target,
    };
  }
  const worded = wordedDirection(kr.title);
  if (worded === "increase") return { kind: "up", target: isNumber(kr.target) ? kr.target : null };
  if (worded === "decrease") return { kind: "down", target: isNumber(kr.target) ? kr.target : null };
  return { kind: "none" };
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** Units of measure that can be compared value for value. */
export function comparableUnits(a: CrossUnitKeyResult, b: CrossUnitKeyResult): boolean {
  const x = normalize(a.unitOfMeasure ?? "");
  const y = normalize(b.unitOfMeasure ?? "");
  return x === "" || y === "" || x === y;
}

// Words that say nothing about what is measured: shared, they do not link two KRs.
const GENERIC_EN = new Set(
  (
    "a an the of to for from in on at by with and or per our their its into than as is are be " +
    "increase increasing raise grow growing boost improve improving reduce reducing decrease lower cut keep maintain hold " +
    "get make reach achieve deliver drive enable more less fewer most least higher lower better new current " +
    "number count rate ratio share percentage percent total average avg mean median monthly weekly daily quarterly annual yearly " +
    "month week day quarter year time score level value amount volume index " +
    "customer customers user users client clients people team teams company product products service services " +
    "qualified all each every first top key main core overall within least most least from"
  ).split(" "),
);
const GENERIC_ZH = new Set(
  (
    "提高 提升 增加 增长 扩大 降低 减少 下降 缩短 保持 维持 达到 实现 完成 推动 每月 每周 每天 每日 平均 数量 比例 百分 " +
    "客户 用户 团队 产品 公司 服务 合格 新的 当前 现有 以上 以下 不低 不超 季度 年度 月度 总数 次数 人数 个数 " +
    "的客 的用 户的 品的 从到 到的 提高到 率从 率的"
  ).split(" "),
);

// Words that do not change what a metric is: function words, direction verbs and aggregations.
// Measure nouns (time, rate, cost, count) stay: "response time" is not "response rate".
const FILLER_EN = new Set(
  (
    "a an the of to for from in on at by with and or per our their its into than as is are be " +
    "increase increasing raise grow growing boost improve reduce reducing decrease lower cut keep maintain hold " +
    "average avg mean median monthly weekly daily quarterly annual yearly total number"
  ).split(" "),
);
const FILLER_ZH = /[的了和与及在是从到将把对为]|平均|每月|每周|每日|每天|提高|提升|增加|降低|减少|缩短|保持|总数|数量/g;

/** The words that say what a metric is, for comparing two metrics outside the lexicon. */
export function identityWords(text: string): Set<string> {
  const normalized = normalize(text).replace(/\d+([.,]\d+)?/g, " ");
  const words = new Set<string>();
  for (const match of normalized.matchAll(/[a-z][a-z'-]+/g)) {
    if (!FILLER_EN.has(match[0])) words.add(stem(match[0]));
  }
  for (const run of normalized.replace(FILLER_ZH, " ").matchAll(/[\u4e00-\u9fff]+/g)) {
    const chars = [...run[0]];
    if (chars.length === 1) words.add(chars[0] as string);
    for (let i = 0; i + 1 < chars.length; i += 1) words.add(`${chars[i]}${chars[i + 1]}`);
  }
  return words;
}

/** The content words of a text: English words stemmed lightly, Chinese character pairs. */
export function contentWords(text: string): Set<string> {
  const normalized = normalize(text);
  const words = new Set<string>();
  for (const match of normalized.matchAll(/[a-z][a-z'-]+/g)) {
    const word = stem(match[0]);
    if (word.length >= 3 && !GENERIC_EN.has(match[0]) && !GENERIC_EN.has(word)) words.add(word);
  }
  for (const run of normalized.matchAll(/[\u4e00-\u9fff]+/g)) {
    const chars = [...run[0]];
    for (let i = 0; i + 1 < chars.length; i += 1) {
      const pair = `${chars[i]}${chars[i + 1]}`;
      if (!GENERIC_ZH.has(pair) && !/[的了和与及在是从到将把对为]/.test(pair)) words.add(pair);
    }
  }
  return words;
}

function stem(word: string): string {
  return word
    .replace(/'s$/, "")
    .replace(/ies$/, "y")
    .replace(/([^s])s$/, "$1");
}
