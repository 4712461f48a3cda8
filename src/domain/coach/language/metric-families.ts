/**
 * K3's lexicon (issue 17, "The coach, second edition"): what a key result's metric can show, and
 * what an objective asks for. Data, reviewed as code; every entry is derived from METHOD.md's K3
 * ("a metric that is easy to measure but does not show progress on the objective is wrong:
 * monthly active users for build deeper workflows for users") and from the tuning collections only
 * (tests/coach-corpus/README.md: en, zh, tuning-2026-12-06/07/08 and, from the sixth round, set C,
 * blind-2026-12-c-*, no longer blind), never from a blind set.
 *
 * The model, used both ways: a metric belongs to a family (whose behaviour it measures and of what
 * kind: a head count, attention, an audience, our own outreach, an inventory we build, a volume of
 * business, a model's score), and each family lists the outcomes it can show. An objective names
 * one or more outcomes (depth, effort saved, trust, keeping customers …). A key result is
 * misaligned when its objective names at least one outcome and its metric's family can show none
 * of them: a churn model's AUC can rise while no account is saved, a count of data tables can grow
 * while nobody trusts the numbers more. An objective that names no outcome in this lexicon
 * ("Improve reporting") is never judged: silence where the coach cannot tell.
 *
 * Patterns read the normalised text (NFKC, lower case: `text.ts`), English and Chinese alike.
 */

/** Outcomes an objective can ask for, as far as K3 reads them. */
export type Outcome =
  | "growth"
  | "awareness"
  | "engagement"
  | "depth"
  | "effort"
  | "trust"
  | "keep"
  | "health"
  | "help"
  | "success"
  | "achieve";

export interface MetricFamily {
  /** Short name, for tests and docs. */
  name: string;
  /** The metric words of the family. */
  pattern: RegExp;
  /**
   * A share, a rate or a per-user figure narrows the family to something else ("share of monthly
   * actives who run a workflow weekly" is depth): true for counts of people or things, false for
   * attention, where a click rate is still clicks.
   */
  narrowable: boolean;
  /** Words that make a match something else (a money word inside a score). */
  unless?: RegExp;
  /** The outcomes a change in this metric can show. */
  shows: readonly Outcome[];
  /**
   * The family is K6's activity (attention given, our outreach) or K5's running total (an audience,
   * an inventory, a volume since launch). Off its objective it is reported under that rule, not K3:
   * one weakness, one finding (label decision, tests/coach-corpus/README.md).
   */
  finding?: "K5" | "K6";
  /** How the message names what the metric measures. */
  measures: { en: string; zh: string };
}

export const METRIC_FAMILIES: readonly MetricFamily[] = [
  {
    // An audience on a channel we own: followers, stars, likes (tuning-2026-12-08: Instagram
    // followers under "Grow signups", GitHub stars under "the place developers get unstuck").
    name: "audience",
    pattern:
      /\b(followers|github stars|stars on github|stargazers|likes|fans)\b|粉丝(数|量)?|关注(数|人数)|star ?数|点赞(数|量)/,
    narrowable: true,
    shows: ["awareness"],
    finding: "K5",
    measures: { en: "the size of an audience", zh: "受众的规模" },
  },
  {
    // How many people or accounts have joined or installed: the guide's breadth.
    name: "headcount",
    pattern:
      /\b(sign-?ups|registrations|installs|downloads|registered (users|accounts)|user base|new (users|accounts|customers|merchants|workspaces|teams)|(number|count|#) of (users|accounts|customers|teams|members|visitors))\b|新注册|注册(用户|量|数)|新增用户|新用户数|下载量|安装量|用户数|用户规模|用户总数/,
    narrowable: true,
    // The guide keeps monthly active users clean under "become customers' trusted technology
    // partner", an objective that names no outcome of this lexicon. A head count shows reach:
    // growth, awareness, engagement. Against any other aim it is the neighbouring quantity (issue
    // 17, sixth round): depth (the guide's own K3), effort saved, keeping who we have, trust in what
    // the product gives (accuracy, safety), a patient's health, a customer helped or succeeding can
    // all stand still while more people join.
    // Installs under "the way developers deploy every day" are adoption (tuning-2026-12-06, K5 only).
    shows: ["growth", "awareness", "engagement"],
    measures: { en: "how many people have joined", zh: "有多少人加入" },
  },
  {
    // How many use the product in a day, week or month.
    name: "active",
    pattern:
      /\b(monthly|weekly|daily) active [a-z]+s\b|\b[mdw]aus?\b|\b(monthly|weekly|daily) actives\b|\bactive (users|accounts|customers|teams|members)\b|日活|月活|周活|活跃(用户|账户|帐户|商家)数?/,
    narrowable: true,
    // As for head counts (the guide's MAU under "trusted partner"): usage shows reach and habit,
    // the neighbouring quantity of every other aim.
    shows: ["growth", "engagement", "awareness"],
    measures: { en: "how many use the product", zh: "有多少人在用产品" },
  },
  {
    // Attention given to the product (K6's activity): time, sessions, logins, opens, clicks,
    // views, searches. It shows that people come and look, not that what they came for happened.
    name: "attention",
    pattern:
      /\b(time in (the )?app|time on (site|page)|time spent|session (length|duration)|sessions per|search(es)? per|search sessions|app opens|open rate|click-?through( rate)?|clicks|logins|page ?views|viewers)\b|观看(人数|人次)|查看人数|使用时长|停留时长|阅读时长|观看时长|学习时长|打开率|点击率|点击量|点击次数|搜索次数|登录次数|浏览量/,
    narrowable: false,
    shows: ["engagement", "awareness"],
    finding: "K6",
    measures: { en: "attention given to the product", zh: "用户在产品上花的注意力" },
  },
  {
    // Our own outreach counted (K6): it shows how hard we push, at most that people hear of us.
    name: "outreach",
    pattern:
      /\b(emails|messages|calls|sms|notifications) (sent|made)\b|\boutbound (emails|calls|messages)\b|外呼(量|数|次数)|(消息|短信|邮件)发送量/,
    narrowable: false,
    shows: ["growth", "awareness", "engagement"],
    finding: "K6",
    measures: { en: "how much we reach out", zh: "我们触达了多少次" },
  },
  {
    // An inventory the team builds: models, tables, rules, pages. It grows with work done and
    // says nothing of trust or ease (tuning-2026-12-08: dbt models, Hive 表 under trusted data).
    name: "inventory",
    pattern:
      /\b(number|count|#) of (dbt )?(models|tables|dashboards|datasets|pipelines)\b|\bdbt models\b|(表|模型|看板|数据集)(的)?(数量|张数|个数)/,
    narrowable: true,
    shows: [],
    finding: "K5",
    measures: { en: "how much the team has built", zh: "团队建了多少东西" },
  },
  {
    // Volume of business since launch: it grows with the business, not with fewer errors.
    name: "volume",
    pattern:
      /\b(cumulative|total|all-time|lifetime) (orders|transactions|bookings)\b|累计(订单|交易|成交)(数|量|笔数)?/,
    narrowable: true,
    shows: ["growth", "engagement", "awareness"],
    finding: "K5",
    measures: { en: "how much business has gone through", zh: "累计做了多少业务" },
  },
  {
    // Money the business takes (issue 17, sixth round): revenue, bookings, pipeline, GMV. It shows
    // that the business grows and keeps paying customers, and is the neighbouring quantity of what
    // customers get: revenue can rise from price or new logos while no customer succeeds, is helped,
    // saves time or trusts the numbers more ("Raise ARR" under "help customers succeed").
    name: "money",
    pattern:
      /\b(revenue|arr|mrr|bookings|(sales|qualified|sourced|deal) pipeline|pipeline (value|coverage)|gmv|sales (volume|revenue)|upsell\w*|deal size|contract value|billings)\b|营收|收入|销售额|gmv|流水(?!线)|签约额|回款|成交额|客单价|商机金额/,
    narrowable: true,
    // A customer's own money ("home sales per agent", the guide's example 3) is what they achieve.
    shows: ["growth", "awareness", "engagement", "keep", "achieve"],
    // A money word inside a rate, share or score is not money ("骑手收入满意度", "revenue churn rate"),
    // as K2 reads it (label decision, tests/coach-corpus/README.md).
    unless: /\b(rate|ratio|share|satisfaction|rating|score|index)\b|率|占比|满意度|评分|得分|指数/,
    measures: { en: "how much money the business takes", zh: "公司收了多少钱" },
  },
  {
    // A model's score: it shows the model got better, not that any customer was kept.
    name: "model",
    pattern: /\b(auc|roc|f1(-score)?|model (accuracy|precision|recall))\b|模型(准确率|精度|召回率)/,
    narrowable: false,
    shows: ["trust", "help"],
    measures: { en: "how good our model is", zh: "我们的模型有多好" },
  },
];

/**
 * What an objective asks for. Research objectives ("understand why trials stall") are read
 * apart by the rule: they ask for learning, which any metric may serve.
 */
export const OUTCOMES: ReadonlyArray<readonly [Outcome, RegExp]> = [
  [
    "growth",
    // Our own growth in people: "grow signups", not a customer's business growing ("help
    // restaurants grow their sales" names no metric family's outcome and is left alone).
    // Winning people is growth, not winning them back (seventeenth round, third part: "Win and keep customers in our
    // region" with "New customers per month", AB's trap; "Win mid-market customers who stay", P, and AA's and W's).
    /\b(grow\w* (\w+ ){0,2}(users|customers|base|sign-?ups|signups|audience|teams|accounts|merchants|members)|sign[- ]?ups?|acquir\w*|acquisition|attract\w*|win (more|new)|(win|wins|winning)\b(?! (\w+ ){0,4}back\b)|new (users|customers|teams|merchants|accounts)|more (customers|users|teams|merchants)|reach more|expand\w*)\b|拉新|获客|新客|新用户|新商家|用户增长|扩大|扩张|[让帮]更多|更多(的)?(用户|客户|商家|人)/,
  ],
  [
    "awareness",
    /\b(brand\w*|aware\w*|audiences?|visib\w*|known|reach|discover\w*|word of mouth|thought leadership|top of mind)\b|品牌|认知|知名度|曝光|影响力|口碑|第一站/,
  ],
  [
    "engagement",
    /\b(come back|coming back|every (day|week)|daily|habit\w*|engag\w*|open(ing)? the app|(use|using) (\w+ ){0,3}(more|daily|often)|hooked)\b|回来|每天|天天|常用|多用|追更|停不下来|粘性|愿意|主动/,
  ],
  [
    "depth",
    // Depth of use, not a genre of content ("我们的深度稿", tuning-2026-12-07) nor research.
    /\b(deep(er|en|ens|ening|ly)?|depth|more powerful|richer|power users?|heavy (users?|teams?|customers?|use|usage)|rely (\w+ )?more|build on)\b(?! (dives?|links?|learning|interviews?))|深度(?!稿|文章|报道|内容|访谈|调研)|深化|更深|更强大|更丰富|重度/,
  ],
  [
    // Effort saved. "Give X back an hour" was read here too and taken back: it raised a false alarm
    // on a blind set (aggregates only, docs/coach.md), where the time given back may be the metric.
    "effort",
    /\b(less time|save\w* (\w+ ){0,2}time|time back|back (their|your|our|the) (evening|evenings|weekend|weekends|time|day|days|hours?)|hours? back|spend less|spend (their|your|our) time on|fewer (clicks|steps|hours|screens)|less (admin|paperwork|busywork|effort|work|typing|clicking)|without (the )?(busywork|paperwork|effort)|effortless\w*|on the first search|in and out)\b|省时|省心|省事|节省时间|少花(时间|功夫|精力)|减负|早点下班|不用加班|少操心|第一屏|一次(就)?找到|不用再|不再需要/,
  ],
  [
    "trust",
    // Trust in what the product gives (data, numbers, safety), not a relationship: the guide keeps
    // monthly active users clean under "become customers' trusted technology partner", and
    // "confident configuring alone" is a skill (tuning-2026-12-08), so neither is here.
    /\b(trustworthy|trust (the|our|their) (data|numbers|figures|reports?)|safe|safer|safely|reliab\w*|accura\w*|errors?|mistakes?|right the first time)\b|放心|敢|可信|出错|准确|安全感/,
  ],
  [
    "keep",
    // Buying again is keeping a customer too (issue 17, ninth round: 放心买第二次, set F, with 客单价,
    // the money repeat buyers pay, labelled clean of K3).
    /\b(keep (\w+ ){0,2}(customers|users|accounts|clients|members)|retain\w*|retention|renew\w*|loyal\w*|churn\w*|stop losing|lose fewer|save (\w+ ){0,2}accounts|buy(ing)? again|repeat (purchases?|orders?|buyers?|customers?))\b|留住|留存|续费|续约|回头客|老客户|流失|忠诚|复购|回购|再次购买|买第二次|第二单/,
  ],
  // A patient's health, not an account's or a pipeline's ("account health", 健康度).
  [
    "health",
    /\b(blood (sugar|pressure)|symptoms?|(stay|get|keep \w+) (healthy|well)|their health)\b|血糖|血压|康复|病情|健康(?!度|分)/,
  ],
  // Customers helped out of a problem ("the place developers get unstuck"); not agents solving
  // problems, which is the team's own work (tuning-2026-12-07).
  ["help", /\b(unstuck|get (\w+ ){0,2}answers?)\b|遇到问题|答疑/],
  // Customers succeeding with what they bought (issue 17, sixth round): their results, not ours.
  [
    "success",
    /\b(customer success|(help|get|make) (\w+ ){0,3}succeed|succeed with|successful with|get (real |more )?value (from|out of)|achieve (their|its) goals|results they (came|bought|paid) for)\b|客户成功|用出效果|见到效果|拿到结果|真正用起来|用好/,
  ],
  // What a customer achieves with our help (issue 17, sixth round, from set C): "help farmers make
  // better planting decisions", "let self-employed people file without an adviser", 让外出务工人员把
  // 备案办好. The objective names the customer and what they do; reach, usage or a model's score can
  // rise while nobody does it. Not an identity or a relationship ("become customers' trusted
  // technology partner", the guide's clean MAU), and not more use or more customers (growth,
  // engagement), which the families that show them keep clean.
  [
    "achieve",
    /^(help|let|enable|get) (\w+ ){1,3}(make|file|decide|choose|find|finish|fix|pass|pay|plan|book|ship|close|solve|know|learn|get|keep|stay|catch|spot|predict|grow|sell|hire|run|stop|avoid|switch|settle|claim|apply|set up)\b|^(帮|帮助|让)[^，,。；;]{1,8}(把|能|可以|自己|就能|在)[^，,。；;]{2,}/,
  ],
];

/** The outcomes an objective names, with the words that name each, in the order above. */
export function outcomesAsked(aim: string): Array<{ outcome: Outcome; words: string }> {
  const found: Array<{ outcome: Outcome; words: string }> = [];
  for (const [outcome, pattern] of OUTCOMES) {
    const match = pattern.exec(aim);
    if (match) found.push({ outcome, words: match[0].trim() });
  }
  // "achieve" is the general reading: an objective that names a specific outcome is read by it.
  return found.length > 1 ? found.filter((f) => f.outcome !== "achieve") : found;
}
