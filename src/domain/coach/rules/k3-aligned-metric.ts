import {
  asksForReach,
  breadthCount,
  KEEP_CUSTOMERS,
  MODEL_AIM,
  mayHoldCount,
  moneyTaken,
  NEWCOMERS,
  OUTCOME_AIM,
  offlineScore,
  ourCut,
  outcomeClause,
  PEOPLE_STOCK,
  REPEAT_THRESHOLD,
  RESEARCH_AIM,
} from "../language/breadth-and-aims.ts";
import { METRIC_FAMILIES, type MetricFamily, outcomesAsked } from "../language/metric-families.ts";
import { CHANGE_VERBS, isChinese, PER_PERSON_EARNINGS_ZH, PERSON_ZH } from "../language/shape.ts";
import { findFirst, isDiscovery, keyResultText, normalize, wordedDirection } from "../text.ts";
import type { DraftKeyResult, DraftObjective, Hit } from "../types.ts";
import { findVanityTotal } from "./k5-vanity-metric.ts";
import { checkCustomerValue, productWork } from "./k6-customer-value.ts";
import { checkOutcomeNotOutput } from "./k7-outcome-not-output.ts";

// K3: a key result's metric must show progress on its objective. The guide's example is
// "monthly active users" under "build deeper workflows for users" (为用户创建更强大的工作流程): a
// team can deepen every workflow and keep the same number of active users, or attract more
// active users without deepening anything. The metric counts how many people use the product
// (breadth) while the objective asks how much each gets out of it (depth).
//
// What this rule can and cannot judge, honestly: alignment in general needs a reader who knows
// the business. This rule checks one shape only, the guide's: a breadth metric (active users,
// sign-ups, downloads, reach, number of users or customers) under an objective that asks for
// depth (deeper, richer, more powerful use; 深度, 深化, 更强大). It fires on every breadth metric
// under a depth objective, even where the team may have a reason; it never fires under a
// breadth objective ("grow our user base", "reach more teams") or a neutral one ("become
// customers' trusted technology partner", where the guide itself lists monthly active users),
// and never on a breadth word narrowed to depth ("share of monthly active users who run three
// workflows a week", "每位活跃用户每月完成的工作流程数").

/**
 * A habit is depth said over time (issue 17, twelfth round): how often each person does the thing the
 * objective names, not how many arrive or are active in a period ("Help first-time savers build a
 * saving habit", "Make reports something teams build once and reuse every week" with sign-ups, set O;
 * "Families order their groceries from us every week" with app installs, set K; "people who build on
 * our data every week" with a count of users, tuning-2026-12-07; 帮年轻人养成每月存下一笔钱的习惯 with
 * 月活, set H). Newcomers and one visit a month both count in the breadth metric while nobody forms the
 * habit. Not a habit of using, opening or coming back to the product itself ("Readers come back to the
 * app every morning", 让销售每天都用 CRM, 让会员每周都愿意回来): that is engagement, which an active
 * count shows (`BREADTH_AIM`); nor an objective that asks for more people too ("Help more people build
 * a daily meditation habit").
 */
const HABIT_ASKED =
  /\bhabit\w*|\broutine\b|\bpart of (their|his|her|your|people's) (week|day|morning|evening)\b|\bevery (week|day|month)\b|习惯|每周都|每天都|每月都/;
const USE_AS_HABIT =
  /\b(use|uses|using|open|opens|opening|visit\w*|log\w* in|check\w*|come|comes|coming|return\w*|play\w*)\b( [\w']+){0,4} every (day|week|month)\b|\b(come|comes|coming) back\b|(每天都|每周都|每月都|天天)[\u4e00-\u9fff]{0,2}(用|打开|登录|来|逛|看|刷|玩|访问|使用|回来)|回来/;
// Seventeenth round, third part: winning people (not winning them back) asks for newcomers too ("Win and keep customers
// in our region" with "New customers per month", "Win small online shops that ship every day" with new accounts: AB's
// traps; "Win mid-market customers who stay", P, "Win mid-size landlords …", AA, "Win mid-size fleets …", W, all clean).
const MORE_PEOPLE_ASKED =
  /\b(more|grow\w*|reach|acquir\w*|attract\w*|bring in|(win|wins|winning)(?! (\w+ ){0,4}back\b))\b|更多|拉新|获客|增长|扩大/;

/** The objective asks for depth of use, not for more users. */
const DEPTH_OBJECTIVE: readonly RegExp[] = [
  // Not "in-depth interviews", "deep dive", "deep links" or "deep learning": those are not depth of use.
  /\b(deep(er|en|ens|ening|ly)?|depth)\b(?! (dives?|links?|learning))/,
  // A comparative of capability asks more of each use, whatever it is said of ("make our formulas
  // more powerful for analysts"); "stronger" and "more complete" only of use itself.
  /\b(more powerful|richer|more advanced|more sophisticated|more capable)\b/,
  /\b(stronger|more complete) (workflows?|use|usage|features?|automations?|integrations?|engagement)\b/,
  /\b(rely|depend|build) (\w+ )?(more|further) (heavily |fully )?on\b|\buse (\w+ )?more of\b/,
  // Heavy use is depth said plainly ("Get heavy teams to keep all their files with us", tuning-2026-12-07).
  /\bheavy (users?|teams?|customers?|accounts?|use|usage)\b|重度(团队|客户|商家|使用)/,
  /\bpower users?\b|\b(use|adopt|engage with) (it |us |the product )?more (deeply|fully|intensively)\b/,
  /\bget more (value|done|out) (of|from|with)\b|\bmore value (out of|from)\b/,
  /深度|深入|深化|更深|更强大|更强的|更丰富|更完整|重度用户|用得更深|用得更多/,
];

/**
 * Breadth metrics: how many people or accounts use, join or see the product. The groups are
 * the metric nouns of the guide's example and its usual companions, in both languages.
 */
const BREADTH_METRIC: readonly RegExp[] = [
  /\b(monthly|weekly|daily) active (users|accounts|customers|teams|members)\b|\b[mdw]aus?\b/,
  /\bactive (users|accounts|customers|teams|members)\b/,
  /\b(sign-?ups|registrations|installs|downloads|new users|new accounts|user base|(audience|user|customer) reach)\b/,
  /\b(number|count|#) of (users|accounts|customers|teams|members|sign-?ups|visitors)\b/,
  /\b(users|accounts|customers) (acquired|onboarded|signed up)\b/,
  // Any kind of account counted as it joins ("new companies signing up", "weekly actives",
  // "新注册商家数", "每月新注册企业"), tuning-2026-12-07.
  /\b(new )?(users|accounts|customers|companies|teams|businesses|merchants|workspaces) (signing up|registering|joining)\b|\b(monthly|weekly|daily) actives\b/,
  /新注册|新增(商家|企业|客户|团队|门店)(数|量)?/,
  /(每月|每周|每日|每天)活跃(用户|账户|帐户)数?|[月日周]活(?!动)|活跃用户|活跃账户|活跃帐户|注册用户|注册量|注册数|新用户|新增用户|下载量|安装量|用户数|用户规模|用户总数|覆盖人数/,
  // A newcomer's first purchase counted (issue 17, twelfth round: "Intro pass sales" under "Help new
  // members make yoga a weekly habit", set O; "First-order promo redemptions" under "Families order
  // their groceries from us every week", set K): how many try us once, not how often anyone comes.
  /\b(intro(ductory)?|trial|starter|welcome|first[- ]order|first[- ]time)( \w+){0,2} (sales|redemptions|purchases|passes sold)\b|首单(券)?(核销|购买|下单)?(量|数)|新人(礼包|专享)[\u4e00-\u9fff]{0,2}(销量|购买量)/,
];

/**
 * The same noun narrowed to depth: a share, a per-user figure, or users who do something.
 * "Share of active users who build a workflow each week" measures depth through breadth words.
 * Issue 17, tenth round: any figure per something other than a period is a ratio too ("App downloads
 * per stay", a false alarm of set I under "Guests can run their whole stay from their phone").
 * Seventeenth round, third part: a figure per so many of something is a rate too ("Promo code redemptions per 10k
 * downloads" under "Advertisers renew because host-read ads work for them", AH's trap: downloads only as its base).
 * Thirteenth round, second part (set T's trap: "60 天内下第二单的首单用户数" under 让第一次海淘的用户敢下第二单): a
 * clause with 的 that says what the counted people did again (下单, 第二单, 复购, 续费 …) narrows the count to
 * that behaviour as 完成…的用户 does, and a word may stand between 的 and the people (首单用户).
 */
const NARROWED_TO_DEPTH =
  /\b(share|percentage|percent|proportion|ratio|rate|per (user|account|customer|team|member|active)|per (?!(day|week|month|quarter|year)\b)[a-z]+|per \d[\d.,]*k?)\b|%|\b(users|accounts|customers|teams|members) (who|that|with|running|using|completing|building|creating)\b|占比|比例|比率|人均|每(位|个|名)?(活跃)?(用户|账户|帐户|客户|团队)|中(完成|使用|创建)|(完成|使用|创建|下单|第[二两2]单|复购|回购|续费|续约|再次)[^,，。;；]{0,12}的[\u4e00-\u9fff]{0,3}(用户|账户|帐户|客户|团队|会员)/;

/** The words of the objective that ask for depth, or null when it asks for something else. */
export function depthAsked(objective: Pick<DraftObjective, "title" | "description">): string | null {
  const text = normalize(`${objective.title} ${objective.description ?? ""}`)
    // Understanding something in depth is research, not depth of use.
    .replace(/\bin-? ?depth\b|深入(了解|理解|研究|调研|分析)|深度(访谈|调研|研究|分析)/g, " ");
  const depth = findFirst(text, DEPTH_OBJECTIVE);
  if (depth !== null || MORE_PEOPLE_ASKED.test(text) || USE_AS_HABIT.test(text)) return depth;
  return findFirst(text, [HABIT_ASKED]);
}

/** The breadth metric a key result measures, or null (also when narrowed to depth). */
export function breadthMetric(kr: DraftKeyResult): string | null {
  const text = keyResultText(kr);
  if (NARROWED_TO_DEPTH.test(text) || REPEAT_THRESHOLD.test(text) || kr.unit?.trim() === "%") return null;
  return findFirst(text, BREADTH_METRIC);
}

// A second shape, as narrow as the first: a metric of one of our own marketing channels (the
// newsletter, the blog, social accounts, 公众号, 小红书) under an objective about something else
// entirely ("help pickers pick every order right", "让仓库发货又快又准"). The channel moves with
// the marketing team's work and says nothing of the objective. Any word of audience, brand,
// content, reach or trust in the objective makes the channel a fair measure and keeps it clean.
const CHANNEL_METRIC =
  /\b(newsletters?|blog|podcasts?|social media|instagram|twitter|linkedin|tiktok|youtube|facebook|marketing (site|website|emails?)|seo|organic search|press coverage)\b|公众号|小红书|抖音|微博|视频号|官网|博客|新闻稿|广告投放|搜索排名/;
const MARKETING_OBJECTIVE =
  /\b(brand\w*|aware\w*|audiences?|market\w*|acquir\w*|acquisition|sign[- ]?ups?|leads?|traffic|reach|content|community|followers|readers?|newsletters?|visib\w*|discover\w*|find (us|our)|search\w*|trust\w*|advice|source|voice|thought leadership|launch\w*|known|word of mouth|pipeline|demand|grow\w*|new (users|customers))\b|品牌|认知|知名度|获客|拉新|线索|流量|曝光|内容|社区|粉丝|读者|营销|市场|推广|影响力|信赖|信任|学习平台|口碑|增长|新用户|新客|搜索|搜到|找到我们/;

const ATTENTION_RATE = /\b(open|click|click-?through) rates?\b|\bctr\b|打开率|点击率/;

function offTopicChannel(kr: DraftKeyResult, objective: DraftObjective): string | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  if (MARKETING_OBJECTIVE.test(aim)) return null;
  // The channel the objective itself names is its subject, not a side road ("让官网成为客户了解我们的第一站").
  // In Chinese by its first word too: 广告投放 under 让中小商家投广告真的带来生意 (set P's trap; issue 17,
  // twelfth round), where the objective names the ads the KR's share of merchants measures.
  const channel = findFirst(keyResultText(kr), [CHANNEL_METRIC]);
  if (channel !== null && (aim.includes(channel) || (isChinese(channel) && aim.includes(channel.slice(0, 2)))))
    return null;
  // Followers and site visits are vanity (K5) or activity (K6) wherever they stand: one weakness,
  // one finding, and theirs is the one that says what to measure instead.
  // Counted posts are an output (K7, "公众号本季度推送 60 篇"), the same one-finding rule.
  if (flaggedByOtherRules(kr)) return null;
  // Interviews with the channel's audience are discovery, which serves any objective ("Podcast interviews with lapsed
  // listeners: 25" under "listeners come back for the next episode", AC's trap; K6's calls to learn stay clean).
  if (isDiscovery(keyResultText(kr))) return null;
  // An open or click rate on the channel is attention, K6's by the README's label decision even where
  // K6's own patterns leave it to people ("Security newsletter open rate" under "keep attackers out",
  // set F): one weakness, one finding.
  if (ATTENTION_RATE.test(keyResultText(kr))) return null;
  return findFirst(keyResultText(kr), [CHANNEL_METRIC]);
}

// Two more shapes of the same kind (issue 17), each a pair of opposite directions a team can move
// one without the other, and each silent when the objective also asks for the KR's side:
//
// 1. Keeping the customers we have, measured by how many new ones join ("Keep the restaurants we
//    already serve" with "Grow new restaurants signing up"; "留住老客户" with "每月新注册商家"): every
//    new sign-up can arrive while the old customers leave. Not when the objective also asks for
//    growth or new customers ("Grow and keep our base"), nor for a share of the new who stay.
//    Issue 17, tenth round: keeping is said of customers ("keep members training"), not of doing
//    something ("keep seeing the same doctor"), staying is staying with us, not a hotel stay (two
//    false alarms of set H and I), and winning back those who left is keeping them ("Win back the
//    restaurants that stopped ordering" with new restaurant sign-ups, set H). Eleventh round (set J):
//    keeping said as using us all along, a second order or buying again (一直用, 第二单, 再次光顾), and
//    newcomers counted as opened, signed or moved in (新开通会员数, 新签雇主数, 新入驻门店数).
//    Fourteenth round (sets V and Z; the shape is missed in J and M's words too): new business said by
//    the trade's own words, 新单 (new policies), 新发 (funds newly launched) and prospective tenants or
//    customers, under keeping said as 留得住 or 拿得住 ("新单保费" under 客户买了保单后愿意一直续保, "Property tours
//    for prospective tenants" under "Keep our office tenants when their leases end").
// 2. Saving customers time or effort, measured by how much they use the product ("Give clinicians
//    back their evening" with "Raise daily active clinicians"; "让财务少花时间对账" with "将日活提高"):
//    more use can mean more work, and less work can mean fewer visits. Not for a usage figure per
//    task done, nor when the objective asks for more use too.
const KEEP_OBJECTIVE =
  /\b(keep (?!\w+ing\b)(\w+ ){0,2}(customers|users|accounts|clients|members|subscribers|sellers|merchants|agencies|restaurants|stores|shops|schools|clinics|teams|players|drivers|riders|hosts|patients|tenants|landlords|buyers|businesses)|retain\w*|retention|renew\w*|loyal\w*|stay (with us|on|subscribed|longer)|(win|won|winning|bring) (\w+ ){0,4}back|stick with|come back|churn\w*|stop losing|lose fewer|existing (customers|users|accounts|clients|members|merchants|restaurants|stores)|customers we (have|already))\b|留住|留得住|拿得住|留存|续费|续约|续订|续保|续租|回头客|老客户|老用户|老商家|现有客户|存量客户|长期(客户|用户|会员)|流失|忠诚|一直用|第二单|再次?(买|下单|光顾)/;
// Winning people, not winning them back, is growth (seventeenth round, third part; MORE_PEOPLE_ASKED below).
const GROWTH_OBJECTIVE =
  /\b(new|bring (in|on)|grow\w*|reach|acquir\w*|attract\w*|win (more|new)|(win|wins|winning)\b(?! (\w+ ){0,4}back\b)|sign[- ]?ups?|expand\w*|more (customers|users|teams|merchants))\b|拉新|获客|新客|新用户|新商家|增长|扩大|扩张/;
const RESEARCH_OBJECTIVE = /\b(understand\w*|learn\w*|find out|why)\b|了解|弄清|搞清|研究|原因|为什么/;
// 拉新 only as the count itself: before another noun it names what the promotion is (拉新红包领取人数 counts
// people claiming a red packet, set S, labelled K6), not newcomers counted (thirteenth round).
const JOIN_METRIC =
  /\b(sign-?ups|registrations|installs|downloads|new (users|accounts|customers|logos|teams|merchants|restaurants|stores|clinics|workspaces|trials|leads)|trials started|(users|accounts|customers|companies|teams|businesses|merchants|workspaces|restaurants|stores|clinics) (acquired|signing up|registering|joining|onboarded))\b|新注册|新增(用户|客户|商家|企业|团队|门店|会员)|新(开通|签|入驻)(?!约)[\u4e00-\u9fff]{0,4}(数|量)|新客数|拉新(人数|数|量)?(?=$|[^\u4e00-\u9fff]|从|由|提|增)|获客数|下载量|安装量|注册量|注册数|新(单|发|保单)(?=[\u4e00-\u9fff]{0,2}(规模|保费|件数|件|量|数|额))|\bprospective (\w+ )?(tenants|customers|clients|members|buyers|students)\b/;
const EFFORT_OBJECTIVE =
  /\b(less time|save\w* (\w+ ){0,2}time|time back|on the first search|back (their|your|our) (evening|evenings|weekend|weekends|time|day|days|hours)|hours? back|spend less|fewer (clicks|steps|hours|screens)|less (admin|paperwork|busywork|effort|work|typing|clicking)|without (the )?(busywork|paperwork|effort)|effortless\w*|in and out)\b|省时|省心|节省时间|少花(时间|功夫|精力)|减负|早点下班|不用加班|少操心|更省事|第一屏/;
const USAGE_METRIC =
  /\b(monthly|weekly|daily) active (users|accounts|customers|teams|members|\w+s)\b|\b[mdw]aus?\b|\b(monthly|weekly|daily) actives\b|\busage (hours|minutes)\b|\b(hours|minutes) (of use|used)\b|[日月周]活(?!动)|活跃(用户|账户|商家|医生|员工)数?|使用时长|使用次数|打开次数/;
const PER_TASK = /\bper (task|order|claim|invoice|note|booking|visit|case|ticket)\b|每(单|笔|张|次任务)/;
const MORE_USE_OBJECTIVE =
  /\b(use|using|adopt\w*|engage\w*) (\w+ ){0,3}(more|daily|every day|often)\b|多用|常用|每天都用|天天用/;

/**
 * A metric pushed down is not the usage or head count the team chases: fewer hours in the app,
 * less time spent on password resets, fewer clicks on a phishing drill are the objective's own
 * results (tuning-2026-12-07, tuning-2026-12-08 traps).
 */
function pushedDown(kr: DraftKeyResult): boolean {
  const falling = typeof kr.baseline === "number" && typeof kr.target === "number" && kr.target < kr.baseline;
  // A zero to reach with no baseline written is a count driven down too ("Zero counterfeit luxury handbags sold this
  // quarter", AM, K1 alone: round 14b's zero with no baseline): seventeenth round, third part.
  if (kr.target === 0 && typeof kr.baseline !== "number") return true;
  // "Late deliveries down" (issue 17, eleventh round, set K): a direction said after the metric.
  return falling || wordedDirection(kr.title) === "decrease" || /\bdown\b|↓/.test(normalize(kr.title));
}

function oppositePull(kr: DraftKeyResult, objective: DraftObjective): { metric: string; aim: string } | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  const text = keyResultText(kr);
  if (NARROWED_TO_DEPTH.test(text) || kr.unit?.trim() === "%" || pushedDown(kr)) return null;
  const keep = findFirst(aim, [KEEP_OBJECTIVE]);
  // Understanding why customers leave is research, not keeping them ("深入了解试用团队流失的原因").
  if (keep !== null && !GROWTH_OBJECTIVE.test(aim) && !RESEARCH_OBJECTIVE.test(aim)) {
    const joined = findFirst(text, [JOIN_METRIC]);
    if (joined !== null) return { metric: joined, aim: keep };
  }
  const effort = findFirst(aim, [EFFORT_OBJECTIVE]);
  if (effort !== null && !MORE_USE_OBJECTIVE.test(aim) && !PER_TASK.test(text)) {
    const usage = findFirst(text, [USAGE_METRIC]);
    if (usage !== null) return { metric: usage, aim: effort };
  }
  return null;
}

// The general reading (issue 17, second edition): the metric's family against the outcomes the
// objective names, from the lexicon in `language/metric-families.ts` (data, with its sources).
// A metric whose family can show none of the outcomes asked is misaligned, whatever words say it:
// GitHub stars under "the place developers get unstuck", a model's AUC under "save accounts before
// they churn", 数据表数量 under 让业务同学敢用数据, 点击率 under 不再流失订单.
// Like the shapes above it steps aside when K5 or K6 already flags the KR (one weakness, one
// finding). The writers of the tuning sets disagree here (tuning-2026-12-08 labels a follower count
// under "Grow signups" K5 and K3, tuning-2026-12-06/07 label such KRs K5 or K6 only); reading both
// raised one false alarm on each of two blind sets (aggregates only, docs/coach.md), so the coach
// keeps the convention it documents.
// Silent for research objectives, for a rate or share of a count (narrowed to something else),
// for a figure per task done, for a metric pushed down, and for conversion, which measures what
// the attention led to.
const CONVERSION_METRIC = /\bconver\w*|\b(visitors?|users?) (who|that)\b|转化/;

/** Who a head count counts: people and accounts, not the quantity itself. */
const WHO =
  /^[a-z-]*(users|customers|patients|accounts|clients|teams|members|merchants|agents|analysts|developers|drivers|riders|students|teachers|clinicians|actives|workspaces|companies)$/;

function familyMismatch(
  kr: DraftKeyResult,
  objective: DraftObjective,
  finding: "K3" | "K5" | "K6",
): { family: MetricFamily; metric: string; aim: string } | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  if (RESEARCH_OBJECTIVE.test(aim)) return null;
  const asked = outcomesAsked(aim);
  if (asked.length === 0) return null;
  const text = keyResultText(kr);
  if (CONVERSION_METRIC.test(text) || PER_TASK.test(text)) return null;
  if (pushedDown(kr)) return null;
  const narrowed = NARROWED_TO_DEPTH.test(text) || kr.unit?.trim() === "%";
  if (findVanityTotal(kr) !== null || checkCustomerValue(kr) !== null) return null;
  for (const family of METRIC_FAMILIES) {
    if ((family.finding ?? "K3") !== finding) continue;
    if ((family.narrowable && narrowed) || family.unless?.test(text)) continue;
    if (family.name === "money" && MONEY_PER_DEAL.test(text)) continue;
    // A model's score under an objective about that model ("Model precision at top decile" under "Make the
    // churn model something account managers trust and use", set O's trap): the model is its subject.
    if (family.name === "model" && /\bmodels?\b|模型/.test(aim)) continue;
    const metric = findFirst(text, [family.pattern]);
    if (metric === null) continue;
    // The objective that names the metric itself is about it ("a reliable source of qualified
    // pipeline" measured by pipeline): the metric is its subject, not a neighbour. Not when the
    // shared word is only who is counted ("patients" in "monthly active patients").
    const head = metric.split(" ").pop() ?? metric;
    const counted = family.name === "headcount" || family.name === "active";
    if (!counted && !WHO.test(head) && aim.includes(head)) return null;
    if (asked.some((a) => family.shows.includes(a.outcome))) return null;
    return { family, metric, aim: asked[0]?.words ?? "" };
  }
  return null;
}

/**
 * A count written as a running total ("app downloads (all time)", "alerts configured, all time",
 * 累计): K5's finding whether or not K5's own patterns read it, never K3's too (label decision,
 * tests/coach-corpus/README.md: one weakness, one finding; issue 17, ninth round, a false alarm of
 * set G). "(total)" after the metric says the same (issue 17, eleventh round, set L: "Policies sold
 * (total)", "Apple Podcasts ratings (total)", both labelled K5).
 */
/**
 * Downloads and installs only grow (an install is never taken back), and a download of a paper is a
 * view: the writers of sets J and K label them K5 or K6 under every objective but one about depth
 * ("App downloads 1.2M → 2M" under "Travellers buy the right ticket the first time", "App downloads
 * by members" under "lift retention", 行业白皮书下载量; issue 17, eleventh round), so outside the
 * guide's own shape (breadth under depth, read first) they are K5's or K6's finding, not K3's.
 */
const DOWNLOADS = /\b(downloads|installs)\b|下载量|下载数|安装量/;
const PER_PERIOD =
  /\b(per|a|each|every) (day|week|month|quarter)\b|\b(daily|weekly|monthly|quarterly)\b|每(天|日|周|月|季度?)/;
/**
 * Installs bought through paid acquisition are the period's newcomers as installs per month are (seventeenth round,
 * third part: "Installs from paid UA campaigns" under "Players stay with the game after their first month", J; "Installs
 * from paid channels per month" under "Acquire players who stay, not just installs", AC; both K3).
 */
const PAID_SOURCE = /\bfrom paid\b|\bpaid (ua|channels?|campaigns?|ads|acquisition|media|search|social)\b/;
/**
 * Content counted by the piece (公众号文章 0→24 篇, "24 blog posts") is an output, K7's by the README's
 * label decision, whether or not K7's own patterns read it (issue 17, eleventh round, set L). Seventeenth round, third
 * part (README round 17b, "Reports and newsletters count the piece (K7)"): a newsletter counted by the issue or edition
 * ("Transformation newsletter issues", 0 → 12, AK, K7).
 */
const PIECES = /^(篇|条|期|articles?|posts?|episodes?|videos?|issues?|editions?)$/;

const RUNNING_TOTAL =
  /\b(all[- ]time|cumulative|lifetime|since launch|(?<!\byear )to date)\b|\((total|cumulative)\)|累计|总计/;

/**
 * A title that opens with a verb of the team's own doing and the number it does ("Open 3 new
 * clinics", "Hire and train 60 new caseworkers", "Send 3 carrier newsletters a month", "Train all 45
 * underwriters"): a task counted, K7's output, not a metric whose family K3 could weigh against the
 * objective (issue 17, tenth round: three false alarms of set H, and one of set I the clause reading
 * below would have raised, each labelled K7). A verb that
 * asks a metric to move ("Grow", "Raise", "Cut": CHANGE_VERBS) opens a metric, as before, and so does
 * a metric's name before its numbers ("NPS 30 → 40"). Read from the words' order alone, without the
 * tagger, so that it costs nothing per key result. Issue 17, eleventh round: with or without a metric
 * field ("Write 15 new policies" with "policies written", set K, labelled K7).
 */
function opensWithTask(kr: DraftKeyResult): boolean {
  const task = TASK_OPENING.exec(normalize(kr.title));
  return task !== null && !CHANGE_VERBS.has(task[1] ?? "") && !ACQUIRING.has(task[1] ?? "");
}
/**
 * Training counted (hours, 学时, 人次, sessions) is effort or an output whatever it is counted by: every
 * tuning writer labels it K6 or K7 and none K3 (set M: "设计人员人均培训 40 学时" under 设计一次做对, K6,
 * was read as throughput per head), so K3 leaves it to their findings (one weakness, one finding).
 */
const TRAINING = /\btrain(ing|ed)\b|培训|学时|课时/;
/**
 * Sessions of our own people's support counted (advising appointments, coaching or induction sessions)
 * are the same: every writer labels them K6 ("Advising appointments booked" under "First-generation
 * students get through their first term", set S; "Advising appointments held", R; "Career coaching
 * sessions held", H; "Induction sessions booked", Q), so K3 leaves them to K6 (thirteenth round), while
 * appointments customers book with a business stay its volume ("Appointments booked per day", set J, K3).
 */
const SUPPORT_SESSIONS =
  /\b(advising|advisory|coaching|mentoring|tutoring|counsel+ing|induction|check-in) (appointments|sessions|meetings)\b/;
/** Bringing customers onto our books is the business's growth, not a task: "Onboard 400 new churches" (set I, K3). */
const ACQUIRING = new Set(["onboard", "sign", "acquire", "enrol", "enroll", "win", "land"]);
const TASK_OPENING = /^([a-z]+)( and [a-z]+)? ((all|every|the|our) )?[\d.,]+\s*[km]?\s+(?!(→|->|to|-)\s*[\d$€£¥])[a-z]/;

/** One weakness, one finding (README's label decision): a KR that K5, K6 or K7 flag by its own words is theirs. */
const flaggedByOtherRules = (kr: DraftKeyResult): boolean =>
  findVanityTotal(kr) !== null || checkCustomerValue(kr) !== null || checkOutcomeNotOutput(kr) !== null;

/**
 * Money lent under an objective that asks that people can borrow (issue 17, thirteenth round, third
 * part): "Loan book" under "Small businesses get credit when they need it" (set R), "Loan volume from
 * €18M to €22M" under "Small businesses get working capital when they need it, not weeks later" (T),
 * "Small-dollar loan volume" under "Help members borrow without predatory alternatives" (O), 贷款余额
 * under 让个体户贷得到、还得上 (J), 让县里的农户贷得到、还得上 (S) and 让小微企业主用得上、用得起贷款 (V): every
 * one of these writers leaves it clean of K3 (K2 for money written bare, K5 for a balance). The money
 * lent is how much of the credit the objective asks for people got, its own measure, not the business's
 * size beside it. Read by the lending noun (a book, volume, balance or origination of loans: not a count
 * of loans or applications, 放款笔数 under 贷得到 staying K3 in set J) and the borrowing verb of the
 * objective ("borrow", "get credit", 贷得到, 用得上贷款; not "borrowers", a noun). Not where the objective
 * asks for the decision or its speed: a loan book grows while no answer comes any faster ("Give small
 * businesses a lending decision they can plan around", set G; 让小微企业主在急用钱时能快速拿到贷款, set I; both K3).
 * Fourteenth round (README decision "A balance is not K5"): only the money lent in the period, a flow,
 * is read so. A balance (a loan book or portfolio, 贷款余额, 贷款规模) is a stock that moves with this
 * period's lending and with every repayment, so it is K3 where the objective names something the
 * customer gets, borrowing included ("Loan book" under "Small businesses get credit when they need it",
 * set R; 贷款余额 under 让个体户贷得到、还得上, J; 涉农贷款余额 under 让县里的农户贷得到、还得上, S; 小微贷款余额
 * under 让小微企业主用得上、用得起贷款, V: all relabelled K3), and clean of K3 only where the objective is
 * the book or its funding (the reach reading's own-money test).
 */
const MONEY_LENT = /\b(lending|loan) volume\b|\boriginations?\b|贷款发放额|放款(额|金额|规模)/;
const BORROWING_ASKED =
  /\bborrow(s|ing)?\b|\bget (\w+ ){0,2}(credit|loans?|working capital|financ\w*)\b|贷得到|借得到|贷到款|拿到贷款|用得(上|起)[\u4e00-\u9fff]{0,3}贷款/;
const DECISION_ASKED = /\b(decisions?|answers?|yes or no|fast\w*|quick\w*)\b|答复|知道能不能|审批|快/;

const moneyLentUnderBorrowing = (kr: DraftKeyResult, aim: string): boolean =>
  MONEY_LENT.test(keyResultText(kr)) && BORROWING_ASKED.test(aim) && !DECISION_ASKED.test(aim);

/**
 * Shapes the fourteenth round's label decisions gave to K5 or K6, which carry no K3 (README, "K3 is not
 * labelled beside K5 or K6"), whether or not those rules' own patterns read them yet: footfall counted
 * ("Footfall is K6": 门店客流量, 到店客流 under 新会员坚持练下去 or 让顾客买到新鲜的菜, sets J and R, were K3;
 * a station's or a line's 客流 is ridership, which keeps its label, and stays read); a
 * catalogue's size as a stock ("A catalogue's size is K5": "Tutors listed", 上架酒店数量, set J); people
 * registered with no window ("People registered, counted bare, are K5": "Enrolled members", set F; not
 * new, monthly or this season's sign-ups, a flow that stays read).
 */
const FOOTFALL = /\bfootfall\b|\b(store|shop|branch) (visits|visitors|traffic)\b|(门店|到店|进店|店铺|商场|网点)客流/;
const CATALOGUE_STOCK =
  /\b(tutors|hotels|titles|courses|skus|templates|sellers|products) listed\b|(?<!新)上架[\u4e00-\u9fff]{1,4}(数量|数)|sku ?数/;
const REGISTERED_BARE =
  /^(registered|enrolled|signed-up) (users|members|customers|patients|students|accounts)\b|^(?![\u4e00-\u9fff]*邀请)[\u4e00-\u9fff]{0,4}注册(用户|会员)?(数|量|人数)/;
/**
 * Fifteenth round (sets AC and AD, with F, G, H, J, K, M, T and U, whose totals of accounts are K5):
 * accounts counted bare, with no window and no behaviour, are the same stock of everyone who ever
 * signed up, whoever holds them ("Advertiser accounts opened", "Freelancer accounts" under "Clients
 * pay freelancers on time", 广告主开户数, "安装商 App 注册数从 3800 提升到 6000": K5, no K3). Accounts
 * narrowed by who opened them ("Accounts opened by members under 30", set R) or by what they do
 * (active, funded, paying) are not the bare stock and stay read, as do windowed ones (月开户数, U) and
 * newcomers (新开户数 under 新开户的客户能真正开始投资, AG, K3).
 * Fifteenth round, second part (set AG, the twin of the English "… accounts opened"): the kind of account
 * named before 开户 is the same bare stock (个人养老金账户开户数 under 让打工人愿意每个月往个人养老金账户存一点, K5).
 * Sixteenth round (README round 15b, "People registered, counted bare, are K5": o-zh 开户数 under
 * 让新开户客户真正开始理财 relabelled K3 → K5): 开户 with no holder named is the same bare stock, read too.
 */
const ACCOUNTS_BARE =
  /^(?!.*\b(active|paying|funded|transacting|blocked|suspended|churned|lapsed|stalled|key|top)\b)([a-z-]+ ){0,2}accounts( opened| created)?(?=$|\s*(:|from\b|[\d.,]))|^(?![^邀]*邀请)([\u4e00-\u9fff]{0,4}( ?[a-z]+ ?)?注册|([\u4e00-\u9fff]{1,6}账户|[\u4e00-\u9fff]{0,4})开户)(用户|会员|客户)?(数|量|人数)/;
const REGISTERED_WINDOW =
  /\b(new|per|a|each|this|monthly|weekly|quarterly)\b|新增|新|本(月|季|周|年)|每(月|周|季)|^[月周季日年]|[日月周]均/;
/**
 * Sixteenth round (README decision "Consultations in total are cases handled, K6", round 15b): consultations,
 * consults and patients seen by our clinicians, counted upward in total (问诊量, 在线问诊量, 问诊单量, 门诊量,
 * 门诊人次, 接诊量, 急诊接诊量, "Consults completed per month", "Minor-illness consultations per week") are the
 * cases our people handle, K6 by docs/method.md ("tickets or claims handled"), and a K6 carries no K3: one
 * weakness, one finding. Eight false alarms of seven writers (Q, S, V, AA, AC, AI, AF), every one labelled K6
 * (q-zh 问诊量 and 门诊量 under 患者看病少排队, aa-zh 问诊量 under 慢病患者在线上就能把病管好, af-zh 问诊单量 under
 * 患者问一次就把病情说清楚). Only the count itself: a share, a time or a wait of consultations (问诊后…的比例,
 * 候诊时间, "Consults where the owner says …") is not this, nor money or claims named after the clinic
 * (门诊营收, 门诊统筹报销人次: K3 in sets I and Q).
 */
const CONSULTATIONS =
  /(?<![\u4e00-\u9fff]{2}的)(在线|线上|图文|视频|远程)?(问诊|门诊|接诊|急诊接诊)(咨询|单)?(量|人次|数)|\bconsult(ation)?s( completed| held| done)?( per (day|week|month)\b|\s+[\d,.]+\s*(→|->|to)|\s+from\s+[\d,.]|$)/;
/**
 * Fifteenth round, second part (README decisions of round 15): businesses signed onto our platform, counted
 * as a stock, are its catalogue (K5, no K3): hotels signed, partnered or live on it and listings live on it,
 * from one size to another (签约酒店数, 合作酒店从 12 万家…, 上线酒店数, "Live listings from 48k to 60k",
 * "Hotel listings on platform", sets F, G, K, S, T and AC). Not listings added, created or sold, a flow
 * (K3 in P and AB), nor a share or a figure per hotel (合作酒店淡季入住率), which stay read.
 */
const SIGNED_STOCK =
  /\b(live|active|hotel|host|property|directory) listings\b(?! (added|created|sold|that|with|removed|per)\b)|(签约|合作|上线)(酒店|民宿|房源|景区)(总)?(数量|数)?(?=从|由|\s*\d|$)/;
/**
 * People the team recruits are K7 (README decision "People the team recruits are K7; a headcount is K3",
 * round 15): our own people or partners added with the team's verb (hire, recruit, onboard; 招募, 招聘, 增员)
 * are the initiative under a key result, K7's output, not a count of the business's reach ("New couriers
 * onboarded per month" under "Help couriers earn more", "Onboard 4,000 new riders", "Onboard new haulier
 * partners", 新招募司机数, 新招募团长数: sets G, J, O, AC and AD). Only workers and supply partners: churches,
 * nurseries, restaurants or merchants onboarded are customers won (K3 in I and O; the marketplace case is
 * undecided). Not a time, cost or share of hiring (time to hire, 招聘周期), which stays read.
 */
const RECRUITED =
  /\b(hire[sd]?|hiring|recruit(s|ed|ing)?|onboard(s|ed|ing)?)( [\d,.]+k?| new| more| \w+){0,4} (\w+ )?(drivers|riders|couriers|cleaners|carers|installers|technicians|volunteers|engineers|agents|nurses|hauliers|dealers|resellers|suppliers|partners|physicians|doctors|clinicians|psychiatrists|therapists|tutors|coaches|annotators|labell?ers|moderators|translators|interpreters|pharmacists)\b|\b(new )?(\w+ )?(drivers|riders|couriers|cleaners|carers|installers|technicians|volunteers|engineers|agents|nurses|hauliers|dealers|resellers|suppliers|partners|physicians|doctors|clinicians|psychiatrists|therapists|tutors|coaches|annotators|labell?ers|moderators|translators|interpreters|pharmacists) (hired|recruited|onboarded)\b|(招募|招聘|增员)[\u4e00-\u9fff]{0,3}(司机|骑手|团长|主播|快递员|配送员|派件员|保洁员?|护工|安装工|技师|志愿者|师傅|供应商|经销商|代理商)/;
/**
 * Sixteenth round, third pass: the same decision read for more of the people who work for us or on our platform
 * (doctors, therapists, tutors, coaches, moderators, annotators: "Psychiatrists onboarded 40 → 70 a month", AI;
 * "Annotators onboarded from 200 to 350", AP; "Moderators hired from 40 to 70", T; "Coaches hired from 80 to
 * 110", AO: every one K7), and "Onboard 12 new steel and concrete suppliers" (AJ, K7) with one more word before them.
 */
const HIRING_MEASURE = /\b(time|cost|days?|share|rate|per hire)\b|周期|%|占比|比例|率/;
/**
 * Sixteenth round, third pass (README round 16b, "Webinar registrations" K3 → K6: registrations for our own event
 * are neither sign-ups to the product nor applications for what we sell): K6's, which carries no K3. Every set
 * labels them so ("Webinar registrations" in 08, L and W; 研讨会报名人数 under 让中型企业的IT负责人知道玄甲适合他们, AP).
 */
const EVENT_SIGNUPS =
  /\b(webinar|workshop|meetup|conference|event|summit|seminar)s? (registrations|registrants|sign-?ups)\b|(研讨会|讲座|峰会|沙龙|公开课|发布会|直播课)[\u4e00-\u9fff]{0,2}报名(人数|数|量)?/;
const decidedElsewhere = (kr: DraftKeyResult): boolean => {
  const text = keyResultText(kr);
  const title = normalize(kr.title).trim();
  return (
    FOOTFALL.test(text) ||
    EVENT_SIGNUPS.test(text) ||
    (CONSULTATIONS.test(text) && !NARROWED_TO_DEPTH.test(text) && kr.unit?.trim() !== "%") ||
    CATALOGUE_STOCK.test(text) ||
    SIGNED_STOCK.test(text) ||
    (RECRUITED.test(text) && !HIRING_MEASURE.test(text) && kr.unit?.trim() !== "%") ||
    ((REGISTERED_BARE.test(title) || ACCOUNTS_BARE.test(title)) && !REGISTERED_WINDOW.test(title))
  );
};

/**
 * Seventeenth round, first part: customers counted as they come back (repeat bookings, repeat bookers, 复购用户数,
 * 回购用户数, 第二次下单的用户) or the money they bring on coming back ("Catering revenue from repeat accounts"), under an
 * objective that asks them to come back, is the objective's own measure, not the business's size: the count rises only
 * as more people return (docs/method.md K3: it moves when the objective moves). Clean in every writer that has it: AL
 * ("Repeat bookings from 61k to 72k a month" under "Travellers book their second trip with us"; 每月复购用户数 under
 * 让用户第二次出行还在途拾订), AM (本季度回购用户数 under 让出过一次门的用户下次还用行旅网订; 本季度第二次下单的用户 under
 * 用户下次家里有东西坏了还找家修帮; "Repeat bookers in the quarter"), AJ ("Catering revenue from repeat accounts" under
 * "Office managers reorder our catering without shopping around"; 来自复购企业的团购收入), AI (复购用户数 under
 * 让感冒药用户下次生病还想到我们; "Repeat-client revenue"), AN ("Repeat families per month"): five writers' false
 * alarms and clean cases. Not money per deal of those who return (会员复购客单价 under 让买过一次的顾客愿意再买, Q, Z and
 * W, K3 by the README's round-15 decision: a basket grows while nobody comes back), which stays read.
 */
const REPEAT_COUNTED =
  /\b(repeat|returning)[- ](bookings?|orders?|customers?|buyers?|bookers?|guests?|accounts?|clients?|purchases?|riders?|users?|families|members|shoppers|players)\b|\bfrom repeat\b|(复购|回购)(用户|客户|顾客|会员|企业|客人|人数)|(第二次|二次|再次)(下单|购买|预订|出行)的?(用户|客户|顾客|人)/;
const COMING_BACK_ASKED =
  /\b(second|next|again|repeat\w*|re-?order\w*|come back|comes back|return\w*|regulars?|loyal\w*)\b|下次|再(来|买|订|下单|用|找)|第二次|第二单|复购|回购|回头|反复|一直/;

function repeatUnderReturn(kr: DraftKeyResult, objective: DraftObjective): boolean {
  const text = keyResultText(kr);
  if (!REPEAT_COUNTED.test(text) || moneyPerDeal(text) !== null) return false;
  return COMING_BACK_ASKED.test(normalize(`${objective.title} ${objective.description ?? ""}`));
}

/**
 * Seventeenth round, first part: what the objective's people earn, as a median or as a count of those earning past a
 * line (播客主月分成收入中位数, 月收入超过1000元的播客主, 月流水超过 10 万元的小游戏开发者数, "Median monthly earnings of active
 * experts"), under an objective that asks that they earn, is its own measure, not the business's money: it rises only
 * as they earn more (docs/method.md K3). Clean in every writer that has it (F, H, K, Q, R, U, AA, AC, AH, AL, AM, AN:
 * 创作者月收入中位数, 月收入超过 3000 元的团长占比, "Median weekly earnings of active cleaners", 骑手月收入中位数); the rule
 * raised it only where the earning verb was 挣 or the count was of people (AL's two, AC's one: false alarms). Our own
 * take from their earnings (平台佣金收入 under 小商家在平台上能稳定赚到钱, K, K3) is neither a median nor a line, and stays read.
 */
const EARNINGS_OF_PEOPLE =
  /(收入|流水|分成|佣金|收益)[\u4e00-\u9fff]{0,2}(超过|达到|高于)|(收入|流水|分成|佣金|收益)中位数|\bmedian (\w+ ){0,2}(earnings|income|payouts?)\b|\b(earning|earn|earns) (over|more than|above)\b/;
const EARNING_ASKED = /\b(earn\w*|income|a living|get paid|make money)\b|赚|挣|收入|谋生|活下去/;

function earningsUnderEarning(kr: DraftKeyResult, objective: DraftObjective): boolean {
  return (
    EARNINGS_OF_PEOPLE.test(keyResultText(kr)) &&
    EARNING_ASKED.test(normalize(`${objective.title} ${objective.description ?? ""}`))
  );
}

/**
 * Seventeenth round, third part: cases handled for customers, counted as processed, are K6's (README decisions "Cases
 * handled for customers are K6, in total as per person", rounds 14 and 14b: claims and applications processed are K6 in
 * J, O, Q, T, V, Y, AC, AE, AF, AG, AI and AO), which carries no K3, by more of their nouns: invoices, payments, DSARs,
 * queries and disputes ("Invoices processed" under "Suppliers get paid on the day we promised them" and "DSARs
 * processed" under "Customers' data requests are answered properly and on time", AK; "Payments processed" under
 * "Artists are paid right and on time", AH: all K6). Not goods or samples processed (a returns hub, a lab, a mill: the
 * operation's production, `outputUnderOutcome`), nor a tool's requests processed (`toolVolumeUnderAim`), nor the money
 * that goes through ("Gross claims processed from $40M to $48M", a volume of money, read as money).
 */
const MONEY_THROUGH = /[$€£¥]|\b(gross|value|volume|usd|eur|gbp|[km]?\$)\b/;
const CASES_PROCESSED =
  /\b(claims?|complaints?|applications?|dsars?|invoices|payments|queries|disputes)( [a-z]+)? processed\b/;

/**
 * Seventeenth round, third part: a loyalty card, app, programme or scheme is a product named, not customers kept ("Make
 * the loyalty card worth carrying" with "Active members", Z's trap; "Launch the Waypoint Plus loyalty programme" with
 * "Plus sign-ups", U, K1 alone; "Launch a loyalty app to grow basket size", R, no K3 on its counts): the objective is read
 * without the word, so that keeping and coming back are read only where they are asked.
 */
const LOYALTY_PRODUCT = /\bloyalty (card|cards|app|apps|programme|programmes|program|programs|scheme|schemes|club)\b/i;
const LOYALTY_PRODUCTS = new RegExp(LOYALTY_PRODUCT.source, "gi");
const withoutProductNames = (objective: DraftObjective): DraftObjective =>
  LOYALTY_PRODUCT.test(`${objective.title} ${objective.description ?? ""}`)
    ? {
        ...objective,
        title: objective.title.replace(LOYALTY_PRODUCTS, "$1"),
        description: objective.description?.replace(LOYALTY_PRODUCTS, "$1") ?? null,
      }
    : objective;

/** K3: a metric that can move while its objective stands still (and the other way round) is misaligned. */
export function checkAlignedMetric(kr: DraftKeyResult, asWritten: DraftObjective): Hit | null {
  const objective = withoutProductNames(asWritten);
  if (
    CASES_PROCESSED.test(keyResultText(kr)) &&
    !MONEY_THROUGH.test(`${keyResultText(kr)} ${normalize(kr.unit ?? "")}`)
  )
    return null;
  if (opensWithTask(kr) || TRAINING.test(keyResultText(kr)) || SUPPORT_SESSIONS.test(keyResultText(kr))) return null;
  if (decidedElsewhere(kr) || repeatUnderReturn(kr, objective) || earningsUnderEarning(kr, objective)) return null;
  if (moneyLentUnderBorrowing(kr, normalize(`${objective.title} ${objective.description ?? ""}`))) return null;
  // Activity or a running total off the objective's aim is K6's or K5's finding (below): one
  // weakness, one finding, and so is any KR K5 or K6 flags by its words.
  if (RUNNING_TOTAL.test(keyResultText(kr))) return null;
  if (findVanityTotal(kr) !== null || checkCustomerValue(kr) !== null) return null;
  if (checkActivityOffAim(kr, objective) !== null || checkTotalOffAim(kr, objective) !== null) return null;
  const channel = PIECES.test(kr.unit?.trim() ?? "") ? null : offTopicChannel(kr, objective);
  if (channel !== null) {
    return {
      message: {
        en: `"${channel}" measures one of our marketing channels, which this objective is not about: it can move while the objective stands still, and the other way round.`,
        zh: `“${channel}”衡量的是我们的一个营销渠道，而这个目标与它无关：它可以变化而目标毫无进展，反之亦然。`,
      },
      suggestion: {
        en: 'Measure what the objective asks for in its own terms, e.g. "share of orders picked right the first time" under "help pickers pick every order right".',
        zh: "用目标自己的说法衡量它要的东西，例如在“让仓库发货又快又准”下衡量“一次拣对的订单占比”。",
      },
    };
  }
  const depth = depthAsked(objective);
  const pull = depth === null ? oppositePull(kr, objective) : null;
  // Downloads are left to K5 and K6 outside depth and keeping (above), where they are newcomers
  // against the customers kept ("Installs from paid UA campaigns" under "Players stay with the game
  // after their first month", set J; issue 17, twelfth round).
  // Counted per period, they are the period's newcomers, not a running total ("Telematics app downloads
  // per quarter" under "Price motor policies so careful drivers pay less", set K; the depth readings
  // of tuning-2026-12-06 and -07 count them "a month" too), and are read as any count of newcomers.
  const text = keyResultText(kr);
  if (depth === null && pull === null && DOWNLOADS.test(text) && !PER_PERIOD.test(text) && !PAID_SOURCE.test(text))
    return null;
  // One weakness, one finding: activity counts are K6's and vanity totals K5's.
  if (pull !== null && findVanityTotal(kr) === null && checkCustomerValue(kr) === null) {
    return {
      message: {
        en: `"${pull.metric}" can move while "${pull.aim}", what the objective asks for, stands still, and the other way round: it does not show the objective's progress.`,
        zh: `“${pull.metric}”可以变化而目标要求的“${pull.aim}”毫无进展，反之亦然：它不能说明目标的进展。`,
      },
      suggestion: {
        en: 'Measure what the objective asks for in its own terms, e.g. "share of last quarter\'s customers who renewed" under "keep the customers we have", or "minutes spent per invoice" under "save finance teams time".',
        zh: "用目标自己的说法衡量它要的东西，例如在“留住老客户”下衡量“上季度客户的续费占比”，在“让财务少花时间”下衡量“每张发票的处理分钟数”。",
      },
    };
  }
  const breadth = depth === null ? null : breadthMetric(kr);
  if (breadth === null) {
    const mismatch = familyMismatch(kr, objective, "K3");
    if (mismatch === null)
      return (
        activeUnderReturning(kr, objective) ??
        reachUnderOutcome(kr, objective) ??
        funnelUnderKeep(kr, objective) ??
        offerUnderHiresLater(kr, objective) ??
        wholeForPart(kr, objective) ??
        paceUnderQuality(kr, objective) ??
        releasePaceUnderStability(kr, objective) ??
        toolVolumeUnderAim(kr, objective) ??
        assetUseUnderService(kr, objective) ??
        newcomersUnderNextStage(kr, objective) ??
        volumeUnderFit(kr, objective) ??
        billedTimeUnderOutcome(kr, objective) ??
        outputUnderOutcome(kr, objective) ??
        surveyTurnoutOffAim(kr, objective) ??
        activeCountOffAim(kr, objective) ??
        staffSizeOffAim(kr, objective) ??
        adSpendOffAim(kr, objective) ??
        moneyUnderValueFelt(kr, objective) ??
        adMoneyUnderAdsWorking(kr, objective)
      );
    const { family, metric, aim } = mismatch;
    return {
      message: {
        en: `"${metric}" measures ${family.measures.en}, which can change while "${aim}", what the objective asks for, stands still: it does not show the objective's progress.`,
        zh: `“${metric}”衡量的是${family.measures.zh}，它可以变化而目标要求的“${aim}”毫无进展：它不能说明目标的进展。`,
      },
      suggestion: {
        en: 'Measure what the objective asks for in its own terms, e.g. "share of first searches that end in an order" under "help shoppers find the right product on the first search".',
        zh: "用目标自己的说法衡量它要的东西，例如在“让用户第一屏就找到想点的店”下衡量“首次搜索即下单的占比”。",
      },
    };
  }
  if (depth !== null && HABIT_ASKED.test(depth)) {
    return {
      message: {
        en: `"${breadth}" counts how many arrive or use the product, but the objective asks for a habit ("${depth}"): newcomers and one-off visits can move it while nobody forms the habit, and the other way round.`,
        zh: `“${breadth}”衡量的是来了多少人、有多少人在用，而目标要求的是养成习惯（“${depth}”）：新来的人和偶尔来一次的人都能让它上升，却没有人养成习惯，反之亦然。`,
      },
      suggestion: {
        en: 'Measure the habit the objective names, e.g. "share of new savers who save in each of their first three months".',
        zh: "衡量目标所说的习惯，例如“前三个月每月都存钱的新用户占比”。",
      },
    };
  }
  return {
    message: {
      en: `"${breadth}" counts how many use the product, but the objective asks for "${depth}": the team can deepen every workflow and leave it unchanged, or move it without deepening anything.`,
      zh: `“${breadth}”衡量的是有多少人在用，而目标要求的是“${depth}”：团队可以深化所有工作流程而它纹丝不动，也可以让它上升却没有深化任何东西。`,
    },
    suggestion: {
      en: 'Measure the depth the objective asks for, e.g. "average completed workflows per user per month" or "share of active users who run a workflow every week".',
      zh: "衡量目标要求的深度，例如“每位用户每月平均完成的工作流程数”，或“每周运行工作流程的活跃用户占比”。",
    },
  };
}

/** What K5 and K6 say when they read a family off the objective's aim (below). */
const OFF_AIM: Record<"K5" | "K6", (metric: string, aim: string) => Hit> = {
  K6: (metric, aim) => ({
    message: {
      en: `"${metric}" counts activity, not value: people can look, click or be reached more while "${aim}", what the objective asks for, stands still.`,
      zh: `“${metric}”衡量的是活动而不是价值：点开、浏览或触达可以更多，而目标要求的“${aim}”毫无进展。`,
    },
    suggestion: {
      en: 'Measure the value the customer gets in the objective\'s own terms, e.g. "share of refunds settled right the first time" under "make refunds fast and error-free".',
      zh: "用目标自己的说法衡量客户得到的价值，例如在“让退款处理又快又不出错”下衡量“一次处理正确的退款占比”。",
    },
  }),
  K5: (metric, aim) => ({
    message: {
      en: `"${metric}" is a running total: it grows as time passes and work is added, while "${aim}", what the objective asks for, can stand still.`,
      zh: `“${metric}”是只增不减的累计数：它随时间和工作量增长，而目标要求的“${aim}”可以毫无进展。`,
    },
    suggestion: {
      en: 'Measure a rate or ratio in the objective\'s own terms, e.g. "share of dashboards whose numbers finance signs off" under "trustworthy data".',
      zh: "用目标自己的说法改用比率或比例，例如在“让业务敢用数据”下衡量“财务确认无误的报表占比”。",
    },
  }),
};

function offAim(kr: DraftKeyResult, objective: DraftObjective, rule: "K5" | "K6"): Hit | null {
  const mismatch = familyMismatch(kr, objective, rule);
  return mismatch === null ? null : OFF_AIM[rule](mismatch.metric, mismatch.aim);
}

/**
 * K6 read with the objective (issue 17, sixth round): attention given to the product (time, opens,
 * clicks, views, searches) or our own outreach counted upward, under an objective that asks for
 * something attention cannot show ("公众号推文打开率" under 让退款处理又快又不出错, "视频号观看人数"
 * under 让店长排班更省心). K6 says a view delivers no value yet; the objective is the second signal
 * that this activity is chased for itself, so the finding is K6's and K3 stays silent (label
 * decision, tests/coach-corpus/README.md: one weakness, one finding). Under an objective that asks
 * for engagement or reach ("让读者追更追得停不下来"), reading time may be the value, and stays clean.
 */
// Not the work the product does for its users (seventeenth round, k6-customer-value.ts PRODUCT_WORK: API calls, what users send
// through it, their invoices sent): their use, K3's volume when off the aim, not our activity.
export const checkActivityOffAim = (kr: DraftKeyResult, objective: DraftObjective): Hit | null =>
  productWork(kr) ? null : offAim(kr, objective, "K6");

/**
 * K5 read with the objective (issue 17, sixth round): an audience, an inventory the team builds or
 * a volume since launch, counted upward, under an objective it cannot show ("GitHub Star数" under
 * 让开发者遇到问题时第一个想到来社区问, "number of dbt models" under "make trustworthy data the
 * default"). Each grows as time passes and work is added, whatever happens to the aim: K5's running
 * total, the objective being the second signal. The finding is K5's, K3 stays silent (label
 * decision, tests/coach-corpus/README.md).
 */
export const checkTotalOffAim = (kr: DraftKeyResult, objective: DraftObjective): Hit | null =>
  offAim(kr, objective, "K5");

// The general reading (issue 17, seventh round; `language/breadth-and-aims.ts`): a plain count of the
// business's reach or volume (users, sign-ups, customers, orders, bookings, revenue, GMV, pipeline,
// applications) under an objective that asks for an outcome such a count cannot show (speed, ease,
// accuracy, safety, keeping customers, depth, cost, a feeling, a decision made well) and asks for no
// reach, growth, money or market of its own. The guide's MAU under "build deeper workflows" is one
// case of it; "Number of loan applications" under "give farmers a yes or no before planting",
// "GMV" under "让买家买到新鲜的水果", "new merchants" under "make payouts predictable" are others: the
// count rises with marketing, sales or the season while the objective stands still, and the other
// way round. Silent for research objectives, a count pushed down (fewer orders needing a call is the
// objective's own result), a conversion, a figure per task, a money word the objective itself names
// ("a reliable source of qualified pipeline"), and wherever K5, K6 or K7 already flag the KR.
// Money by its kind too: a fee, premium or subscription is what kept customers pay (issue 17, eleventh
// round: "Monthly membership fee from €240 to €260" under "Members renew because the space works for
// them", a clean trap of set J).
const MONEY =
  /\b(revenue|arr|mrr|gmv|bookings?|fees?|premiums?|subscriptions?|commissions?|billings?|donations?)\b|营收|收入|销售额|交易额|成交额|签约额|筹款额|捐款额|流水(?!线)|gmv|保费|会费|年费|月费/;
const OWN_SUBJECT =
  /\b(revenue|arr|mrr|gmv|pipeline|sales|deals?|bookings?|leads?|contract|loan)\b|营收|收入|销售|商机|线索/;
/**
 * Money per deal (客单价, average order value) is left to people (issue 17, eleventh round; see
 * `breadth-and-aims.ts`, NARROWED): the money family below steps aside for it as the count reading does.
 */
const MONEY_PER_DEAL = /\b(average|avg|mean|aov)\b|客单价|单(客|柜|店|台|人|户|用户)(?![数量])/;
const SIGNED = /\b(signed|landed|won)\b/;
const PARTNER_DEALS = /\b(agreements|partnerships|partners) signed\b/;
const SIGNING_ASKED = /^(sign|land|win)\b(?! (in|off|on|up|back)\b)(?![^,;]*\b(who|that|which)\b)/;
const REFERRED = /\b(referred|referrals?|invited|invitees?|by invitation)\b|被?邀请|被推荐|推荐(来|注册|新)|转介绍/;
const RECOMMEND_AIM =
  /\b(recommend\w*|refer\w*|word of mouth|invite\w*|tell (their|a) friends?)\b|推荐|介绍|口碑|邀请|拉上/;
const COLLECTED = /collection|回收|收缴/;
const COLLECT_AIM = /\bcollect(s|ing)?\b|收缴|收齐|收回/;
const CONNECTED = /\bconnected\b|接入/;
const DIRECT_NETWORK =
  /\b(connected|integrated|signed up|live) (to|with|for|by|via|on) (our |the )?(\w+ )?(direct[- ]billing|direct[- ]pay\w*|direct[- ]settlement|api|apis)\b|直付(合作)?[\u4e00-\u9fff]{0,2}(医院|药店|药房|诊所|机构|医疗机构)/;
const ROLLED_OUT =
  /\broll(ed|s|ing)? out (\w+ ){0,4}(to|across|in)\b|(铺设|部署|铺开|上线|安装|推广)[\u4e00-\u9fff]{0,10}覆盖/;
const ADOPTION_AIM =
  /\b(adopt\w*|roll(ed|s)? out|rollout|go live|live on|put \w+ to use|connect\w*)\b|用起来|用上|上线|接入|落地|推广/;
const UPTAKE_AIM =
  /\b(upgrad\w*|upsell\w*|cross-?sell\w*|expand\w* (their|its) (use|usage|plan|spend))\b|升级|增购|加购|一起用|多用/;
const SUPPLY_COUNT =
  /\b(listed|listings?|catalog(ue)?|skus?|suppliers?|in (our |the )?network|on (our |the )?(price list|menu))\b|上架|sku|供应商|品类|货架/;
const CHOICE_AIM =
  /\b(find|finds|found|choice|choices|choose|range|selection|in stock|options?)\b|找到|找得到|买得到|选到|挑到|可选|选择|齐全|品类|种类|不断货|有货/;
const SATISFIED = /\bsatisf\w*|满意/;
const PAY_ON_TIME = /\b(pay\w* (\w+ ){0,3}on time|late payments?)\b|(按时|按期|准时|及时)(缴|交|付|还)|逾期|拖欠/;

const RATED = /\b(ratings?|rated|scores?|scored) (of|for|on)\b|(评分|评价分|打分)/;
/**
 * Satisfaction is a judgement on a scale, as a rating is (fourteenth round, set Z's trap: "Customer
 * satisfaction with billing", 6.4 → 7.2 "score /10", under "Bills customers understand"): "customer" in it
 * names who judges, not a count of customers. A unit naming a score or a scale ("score /10") is the same.
 */
const JUDGED = /\bsatisf\w*\b|满意度/;
const SCALE_IN_UNIT = /^(points?|pts|stars?|分|星)$|\bscore\b|^(\w+ )?\/\s*\d+$/;
/**
 * Things our own office issues, counted ("Quotes issued", "Decisions issued", "Miles issued", "Loans
 * issued"): the team's own act, which writers label K6 or K7 (sets T, V, Y and Z, six false alarms; set J
 * alone labels "Quotes issued per week" K3), so K3 leaves them to those findings: one weakness, one finding
 * (README). Read by the participle after its noun; not "issues", nor a count of people issued something.
 */
const ISSUED = /\b[a-z]+s issued\b/;

/**
 * Money per deal written bare, off its objective (README decision "Bare money carries K3 when it is off
 * its objective", round 14): an average order, basket, booking or contract value, ARPU or ARPPU, a
 * margin, premium or price per load, policy or tonne, 客单价, 平均成交价, 单票毛利, 吨钢毛利. K2 says nobody
 * can tell the amount; K3 says what each deal is worth to us does not show what the objective asks for
 * ("Average order value from 310 to 380" under "Make re-ordering consumables a two-minute job", "ARPPU 从
 * 86 提高到 95" under 让玩家觉得花钱值, "Gross margin per load" under "Shippers get a truck when they need
 * one"): two weaknesses, two findings. Seventeen writers' bare cases carry it (07, B, C, F, G, H, I, J, K,
 * L, M, O, P, Q, R, T, U, V, Z). Fifteenth round, second part (README decision "Money with its currency is
 * read for K3 as bare money is", round 15; 25 clean traps of C, H, J, L, O, P, Q, S, T, U, Z, AA and AB
 * relabelled K3): the currency clears K2, never K3, so the amount need not be bare (会员 ARPPU 从 12.5 元提升到
 * 14 元 under 让付费会员觉得这钱花得值, "Average order value from C$74 to C$80" under "Parents keep the box because
 * the clothes fit"), and buying again, a habit or being kept no longer clears it (会员客单价 under 会员愿意再来
 * 第二次、第三次, the decision's own example): a basket can grow while nobody comes back. Clean of K3: money
 * that is the objective's own measure (what its people earn, cost, price, terms, funding, worth), money per
 * deal under an objective about the whole of a customer's spend (everything "in one place", "the whole
 * trip", 整趟行程, "becomes the account people get paid into", 越来越多), taking up more of what we sell, or
 * finding what one wants (what is found is what is bought: "Spend per departing passenger" under
 * "Passengers find what they want airside", set AB), and a per-person average (the guide's example 3,
 * "per agent", 每个代理商的平均每月…, which K2 leaves silent too).
 */
const MONEY_PER_DEAL_READ =
  /\b(aov|arpu|arppu|arpa|acv)\b|\b(average|avg|mean|median)( [\w-]+){0,3} (order|basket|booking|contract|transaction|ticket|deal|loan|cart|first-order) (value|size)\b|\b(average|avg|mean) (basket|bill|gift|premium|price|spend|fare|margin)\b|\b(revenue|margin|profit|premium|price|fee|spend) per (?!(day|week|month|quarter|year|hour)\b)[a-z]+\b|\bper (?!(day|week|month|quarter|year|hour)\b)[a-z]+ (revenue|margin|profit|premium|price|spend)\b|客单价|平均[\u4e00-\u9fff]{0,6}(成交价|价格|金额|消费|毛利|捐额|捐款额|单价)|(单|每)(票|吨|台|笔|车|件|单)毛利|吨[\u4e00-\u9fff]?毛利/;
const MAIN_PROVIDER_AIM =
  /\b(their|its|his|her) (main|primary|first-choice|go-to|everyday) (\w+ ){0,2}(supplier|provider|vendor|partner|card|bank|account|lender|insurer|carrier|distributor|wholesaler)\b|主卡|主力卡|主账户|主力银行|首选(供应商|分销商|服务商|银行)/;
const MONEY_AIM =
  /\b(earn\w*|money|fund\w*|revenue|profit\w*|margins?|income|pay (them|us|more)|cost\w*|cheaper|price\w*|spend\w*|worth|budget|terms)\b|赚|收入|省钱|利润|毛利|成本|价格|收益|划算/;
const WHOLE_SPEND_AIM =
  /\b(in one place|for (every|all) (their )?\w+|more and more|(the )?whole (\w+ )?(trip|shop|basket|order|holiday|journey)|(becomes?|be) (the|their) (main |first |everyday |primary |go-to )?(\w+ )?(account|card|bank|app|shop|store|place))\b|越来越多|一站|整趟|全部交给|都交给/;
const EACH_PERSON =
  /\bper (agent|person|head|employee|rep|seller|driver|member)\b|每(个|位|名)[\u4e00-\u9fff]{1,4}的?平均|人均/;
const moneyPerDeal = (text: string): string | null => MONEY_PER_DEAL_READ.exec(normalize(text))?.[0] ?? null;

/** Whether money per deal is to be left unread here (see MONEY_PER_DEAL_READ): its own measure or the whole spend. */
function perDealLeft(text: string, aim: string): boolean {
  return (
    EACH_PERSON.test(text) ||
    [MONEY_AIM, WHOLE_SPEND_AIM, UPTAKE_AIM, ADOPTION_AIM, CHOICE_AIM].some((p) => p.test(aim))
  );
}

/**
 * Money per deal under an objective about customers coming back (README decision "Money with its currency is read
 * for K3 as bare money is", round 15: "buying again … no longer clears it", its own example 会员客单价 under
 * 会员愿意再来第二次、第三次; sixteenth round, second pass): a basket, ARPPU or 客单价 grows with prices and upsell
 * while nobody comes back any more often, and the other way round. Found in J, AB, AI, W, AF, AH and T (复住客人客单价
 * under 住过一次的客人还想再来, 种植客单价 under 种植牙患者做完一期还愿意回来做二期, 会员客单价 under 会员回来得更勤, 回流玩家
 * ARPPU under 让回流玩家回来后玩得下去, "Revenue per paying user" under "Readers who pay once pay again", "Average basket
 * of loyalty members" under "Give regulars a reason to keep coming back": all K3). Coming back is otherwise read as
 * engagement (BREADTH_AIM, REACH_CLAUSE) and keeping (KEEP_CUSTOMERS), under which counts of people and money in
 * total stay clean; per deal it is not. People must be the ones coming back (商场人气回来, set Z's clean case, is
 * footfall, not a customer's return), and an objective that asks for reach besides stays read as reach. The phrase
 * returned stands for the objective's outcome in the finding.
 */
const COMING_BACK =
  /\b(come|comes|coming) back\b|\b(pay|pays|buy|buys|book|books|order|orders|shop|shops|visit|visits) (\w+ ){0,2}again\b|(客人|会员|玩家|患者|游客|观众|用户|客户|顾客|读者|学员|买家|老人|家长|回流)[^，,。；;]{0,12}(回来|再来)/;
function perDealUnderReturn(aim: string): string | null {
  const back = COMING_BACK.exec(aim);
  if (back === null) return null;
  return asksForReach(aim.replace(new RegExp(COMING_BACK.source, "g"), " ")) ? null : back[0];
}

/**
 * Franchisees newly signed, counted, under an objective about the franchisees' own stores (README decision
 * "Businesses that sign to sell through us are customers won", round 15b; sixteenth round, fourth part): K3,
 * "franchisees who break even or survive" being the decision's own example of what the count does not show.
 * Four writers label it so and none leaves it clean (本季度新签约加盟门店 300 家 under 让加盟商开店后 6 个月就能回本, L;
 * 新签加盟诊所 200 家 under 加盟诊所开业一年内能赚到钱, AI; 新签约加盟商 150 家 under 选对加盟商，开一家活一家, AJ;
 * 新签约加盟商15家 under 加盟商开的店一年内能回本, AO; its English twin "Franchise agreements signed from 6 to 15" under
 * "Franchisees open clubs that break even within a year", AO-en, beside AJ-en's, found before): signing goes up with the sales team's effort while no store
 * breaks even sooner, and the other way round. Such objectives name the franchise but often no outcome word the
 * rule reads (回本, 赚到钱 and 活 are the franchisee's money and survival, which earning words leave out elsewhere:
 * a seller's earnings rise with our volume), so the franchise in the objective is read as its subject here, for
 * this count only: the franchisees' own results under it (加盟诊所月均营收, 新店开业首月营业额, AC) stay unread, as
 * do their shares (回本的比例, 续约率: NARROWED). Not under an objective that asks to sign, recruit or open
 * franchises, or names how many (三个月内开出 200 家加盟店, 07: the count is its own measure), nor one about
 * franchisees recommending us (加盟店主愿意推荐朋友来开店, AJ: newcomers are what recommending yields).
 */
const FRANCHISEES_SIGNED =
  /(新签约?|签约|新增)[\u4e00-\u9fff]{0,2}加盟(商|店|门店|诊所|药店|校区|网点)|\bfranchise (agreements|contracts|deals) signed\b|\b(new|signed|onboarded) franchisees\b/;
const FRANCHISE_AIM = /加盟|\bfranchis/;
const FRANCHISE_SIGNING_ASKED =
  /签|招募|招商|开出|新开|开到|拓展|扩张|扩大|覆盖|更多|\d+\s*(家|个|所)|^(sign|recruit|open|win|land|add|grow|expand|attract)\b|\bmore (\w+ )?franchis|\b\d+ (new )?(franchis\w*|stores|units|clubs|outlets|restaurants)\b/;

function franchiseesOwnSuccess(text: string, title: string): string | null {
  const aim = normalize(title);
  if (!FRANCHISEES_SIGNED.test(normalize(text)) || !FRANCHISE_AIM.test(aim)) return null;
  if (FRANCHISE_SIGNING_ASKED.test(aim) || RECOMMEND_AIM.test(aim)) return null;
  return aim.split(/[,，;；。]/)[0]?.trim() || null;
}

function reachUnderOutcome(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  const text = keyResultText(kr);
  const back = moneyPerDeal(text) === null ? null : perDealUnderReturn(aim);
  if (RESEARCH_AIM.test(aim) || (asksForReach(aim) && back === null)) return null;
  if (pushedDown(kr) || CONVERSION_METRIC.test(text)) return null;
  // A count the KR calls qualified has passed a bar, as a conversion has (seventeenth round, third part: "Product-qualified
  // accounts per month" under "Reps get value from the free plan before they ever talk to sales", AL, K1 alone; clean in
  // every writer that counts what is qualified: "Qualified leads per dealer per month" under "Dealers make good money
  // selling on Cartwheel", K; "Sales-qualified opportunities sourced from latency content" under "Engineering leaders see
  // Packetwise as the CDN …", AP; "Qualified discovery conversations", AA; 07, 08, C, I, Q and S).
  if (/\b([a-z]+-)?qualified\b/.test(text)) return null;
  // Newcomers who came because someone asked them are what recommending yields, under an objective that
  // asks people to recommend or refer us (twelfth round, third part: 被邀请注册数 under 让用过的人主动推荐给合作方,
  // set R, not K3): the count is the objective's own result, not the business's size.
  // So are franchisees signed under an objective about franchisees recommending us to their friends (sixteenth
  // round, fourth part: `franchiseesOwnSuccess`).
  if ((REFERRED.test(text) || FRANCHISEES_SIGNED.test(text)) && RECOMMEND_AIM.test(aim)) return null;
  // What is signed or landed, counted, under an objective that opens by asking to sign or land them is its own
  // measure (sixteenth round, third pass: "Seed to Series B logos signed" under "Sign AI-native startups before they
  // settle on an eval stack", AP; "Late-stage projects signed" under "Land biotech clients for late-stage
  // fill-finish", AD; clean like "Enterprise contracts signed" under "Land regulated enterprises on the platform",
  // AP, and "New contracts signed with shippers" under "Land more shippers who fit our network", AD). Not where the
  // objective names who should be signed by a clause ("Sign franchisees who will still be thriving in three years",
  // AJ, K3): that is the fit the count does not show.
  if (SIGNED.test(text) && SIGNING_ASKED.test(normalize(objective.title))) return null;
  // Agreements or partnerships the team signs with partners, counted ("Peering agreements signed", AF; "Framework
  // agreements signed with 5 suppliers", AJ; "Resale agreements signed", AP; "Japanese travel-agent partnerships
  // signed", J; "Employer partners signed", AB: all K7) are the team's own deals, its output, not the business's
  // reach (seventeenth round, second part). Franchise agreements are franchisees won (`FRANCHISEES_SIGNED`).
  if (PARTNER_DEALS.test(text) && !FRANCHISEES_SIGNED.test(text)) return null;
  // A share of our own money is still our money ("take rate", 物业费收缴率): OUR_CUT, read before
  // the percent sign that narrows a count of people.
  const cut = ourCut(text);
  // A unit that is a share ("% of active customers", set O's trap) narrows the count as "%" does.
  const perDeal = moneyPerDeal(text);
  if ((PER_TASK.test(text) && perDeal === null) || (/^%/.test(kr.unit?.trim() ?? "") && cut === null)) return null;
  if (perDeal !== null && perDealLeft(text, aim)) return null;
  // A rating or score on a scale is how people judge the thing named, not a count of it ("Passenger
  // rating of boarding from 3.5 to 4.1 /5" under "Passengers with cars board without stress", set V's
  // trap; issue 17, thirteenth round, third part): the noun after "rating of" is what is judged.
  if (RATED.test(text) || JUDGED.test(text) || SCALE_IN_UNIT.test(normalize(kr.unit ?? "").trim())) return null;
  if (ISSUED.test(text)) return null;
  // What each of the objective's people earns on average (团长月均佣金收入 under 让团长愿意长期跟我们干,
  // set O's trap) is why they stay, a figure per person, not the business's size. Not what each does
  // for us: 商户日均交易笔数 under 让商户收款稳、到账快 is volume (set G, K3).
  const earner = PER_PERSON_EARNINGS_ZH.exec(text);
  if (earner?.[1] !== undefined && aim.includes(earner[1])) return null;
  // Collecting what customers owe is the objective's own subject when it asks them to pay on time
  // ("让业主按时缴费" with 物业费按期收缴率, set G).
  // And satisfaction moves how willingly they pay (issue 17, eleventh round, set L's trap 物业费收缴率
  // under 业主满意度提升到 90 分): a collection rate under it is a fair sign of it.
  // And an objective that asks for the collecting itself names its own measure (set M's trap: "In-year
  // collection rate" under "Help councils collect council tax without chasing residents").
  if (
    cut !== null &&
    (PAY_ON_TIME.test(aim) || (COLLECTED.test(cut) && (SATISFIED.test(aim) || COLLECT_AIM.test(aim))))
  )
    return null;
  // 0 -> 1 is a task done, not a count (K7's reading: "lauch the new canary pipeline"); interviews
  // and experiments are discovery, which serves any objective (K6).
  if ((kr.baseline === 0 && kr.target === 1) || isDiscovery(text)) return null;
  const words = kr.metric ? `${kr.title} ${kr.metric}` : kr.title;
  const score = MODEL_AIM.test(aim) ? null : offlineScore(words);
  // The objective's outcome by its words, or by its shape: a clause saying what happens for the
  // people it serves (issue 17, tenth round; `outcomeClause`), read only where the key result may
  // hold a count (the tagger is the coach's costly part).
  const named = findFirst(aim, [OUTCOME_AIM]);
  if (named === null && score === null && !mayHoldCount(words) && moneyPerDeal(words) === null) return null;
  const outcome = named ?? outcomeClause(objective.title) ?? back ?? franchiseesOwnSuccess(words, objective.title);
  if (outcome === null) return null;
  const metric = score ?? breadthCount(words) ?? moneyPerDeal(words);
  if (metric === null) return null;
  // What we list or stock, counted, is the choice itself under an objective about finding or
  // choosing what one wants (issue 17, eleventh round: "上架商品数" under 让顾客找到想买的东西 is the
  // objective's own measure), while under an objective about quality it is the neighbouring
  // quantity (上架酒店数量 under 用户订到的房间和看到的一样, set J). Being able to buy it (买得到) is
  // choice, having bought it (采购方买到的商品质量稳定, set K) is not.
  if (SUPPLY_COUNT.test(normalize(words)) && CHOICE_AIM.test(aim)) return null;
  // Connecting a customer's machines or sites is the adoption an objective about putting the product
  // to use asks for, or a rollout (K7), not a neighbouring count ("设备接入数" under 客户工厂上线以后真的
  // 用起来, set K, labelled K7), while under an objective about what the data or the service gives it
  // is (数据采集点接入数量 under 车间数据准得让厂长敢拿来做决策, set J, K3).
  if (CONNECTED.test(normalize(words)) && ADOPTION_AIM.test(aim)) return null;
  // A partner network connected to the service the customer uses through it, written as a size (README decision
  // "A partner network written as a size is read for K3", round 15; sixteenth round): practices, hospitals or
  // fitters connected for direct billing or by our API are where the customer claims, pays or books without the
  // paperwork, so their reach is the objective's own measure, clean in three writers ("Vet practices connected to
  // our direct billing API" under "Vets and owners get paid without paperwork" and "Fitting partners connected by
  // API" under "Drivers book the right tyres and a fitting slot in one go", set AE; "Vet practices connected for
  // direct billing" under "Pet owners claim vet bills without paperwork", AG; 直付合作医院 under 客户看病后理赔不用跑腿,
  // V). Not devices, feeds or data points connected (J's 接入设备数, "Feeds connected per day": no service named).
  if (DIRECT_NETWORK.test(normalize(words))) return null;
  // Money taken by a line of business (`moneyTaken`) is what customers pay for taking it up: under an
  // objective that asks them to adopt, upgrade to or use more of what we sell (政企收入 under
  // 让中小企业客户把专线和云一起用起来, set T; 月扩展收入 under 让成长中的团队不用找销售也能自己升级, set C), it
  // is the uptake's own money, not the business's size beside it.
  if (moneyTaken(normalize(words)) !== null && (ADOPTION_AIM.test(aim) || UPTAKE_AIM.test(aim))) return null;
  // Our system laid out or rolled out to more sites, counted by the sites it covers ("铺设智能补货系统覆盖门店数
  // 从 2000 家到 10000 家" under 让夫妻店补货不再断货, set O, K7) is a rollout's coverage, K7's output by the
  // README's decision on 100 % targets, not the business's reach: read by the verb of laying out before 覆盖.
  if (ROLLED_OUT.test(normalize(words))) return null;
  // The subject is the metric's head ("pipeline"), not a word before the head: "loan applications"
  // count applications, and "Give farmers a yes or no on input loans" names loans, not applications
  // (issue 17, tenth round, set C).
  const subject = findFirst(normalize(metric), [OWN_SUBJECT]);
  const ownHead = subject !== null && normalize(metric).endsWith(subject);
  if (ownHead && aim.includes(subject)) return null;
  if (partnerKindNamed(metric, aim)) return null;
  // The people the objective itself names, counted with their mark ("付费会员数" under "让付费会员觉得这钱
  // 花得值", set L's trap: a stock of paying members that churn lowers): the objective's subject, as
  // its own money is. Only the whole phrase: "Weekly active teachers" under "Give teachers their
  // evenings back" counts teachers by another mark and stays read (issue 17, eleventh round).
  const namedPeople = normalize(metric).replace(/(人数|数量|数|量)$/, "");
  if (PEOPLE_STOCK.test(namedPeople) && /\s|[\u4e00-\u9fff]{3}/.test(namedPeople) && aim.includes(namedPeople))
    return null;
  if (ownPeopleAtOwnMoment(text, metric, aim)) return null;
  // Keeping customers: a stock of them grows as they are kept ("Keep subscribers who love the box for
  // longer" with "paying subscribers", tuning-2026-12-06), and so does the money they pay (the money
  // family of `metric-families.ts` shows keeping), unlike newcomers or units sold ("new subscribers
  // acquired", "e-bikes sold" under "keep riders riding", tuning set F).
  // Keeping customers, not "keep their glucose in range" (a patient's health, set F): KEEP_CUSTOMERS.
  const counted = normalize(metric);
  const money = MONEY.test(counted) || cut !== null;
  if (
    KEEP_CUSTOMERS.test(aim) &&
    (PEOPLE_STOCK.test(counted) || (money && back === null)) &&
    !NEWCOMERS.test(counted)
  ) {
    return null;
  }
  // Being the customer's main supplier, card or bank asks for their share of spend, which the money that goes
  // through us shows, as it shows 首选 (BREADTH_AIM) (sixteenth round: "Revenue" under "Restaurants make us their
  // main salad supplier", set AE; 分期交易额 under 让持卡人把我们当主卡用, Z; 持卡人消费额 under 持卡人把我们的卡当作日常主力卡,
  // K; 销售额 under 工程客户把我们列为首选供应商, Z, and 成为头部客户认可的首选分销商, AD: all clean of K3). Only money:
  // new cards or accounts counted under it stay read (发卡量 under 主力卡 in K, O, S and T; "Accounts opened by
  // members under 30" under "Young members make us their main bank", R: all K3), the breadth under depth.
  if (money && !NEWCOMERS.test(counted) && MAIN_PROVIDER_AIM.test(aim)) return null;
  // Our own staff counted under an objective about staffing itself is its own measure (`staffSizeOffAim`).
  if (STAFF_SIZE.test(counted) && STAFFING_ASKED.test(aim)) return null;
  if (flaggedByOtherRules(kr)) return null;
  return reachHit(metric, outcome);
}

/**
 * A partner network whose kind the objective names (README decision "A partner network written as a size is read
 * for K3", round 15: clean "where that reach is the objective's own measure", its own example 合作宠物医院数量 under
 * 宠物主人看完病当天就能拿到理赔款; sixteenth round, fourth pass): 合作 before the kind of partner, and the kind's first
 * word in the objective, where the customer is served through those partners, so their reach moves as the
 * objective does: 合作电网公司 under 让用户参加电网需求响应 (AO) and 合作宠物医院数量 (AG) clean of K3, as 合作酒店 under
 * 让用户订到的酒店和看到的一样 (G, K5) and 合作体检中心数量 under 让更多体检中心愿意…交给我们 (AI, K5) carry none. A kind the
 * objective does not name stays read (合作企业数量 under 学员学完真的找到工作, Q, K3); what is signed is not read so
 * (签约医院 under 医院的医保结算少被扣款, AI, K3: the hospitals are the objective's people). Money narrowed to a kind
 * the objective names is not read so: writers split on it ("Seed sales" under "Farmers reorder our seed because it
 * paid off", T, K3; 饲料销量, 心电贴销量, "Phone GMV" under their own product, M, AI, AC: all K3).
 */
const PARTNER_KIND_ZH = /^合作([\u4e00-\u9fff]{2,6}?)(数量|总数|家数|数|量)?$/;

function partnerKindNamed(metric: string, aim: string): boolean {
  const kind = PARTNER_KIND_ZH.exec(normalize(metric).trim())?.[1];
  return kind !== undefined && aim.includes(kind.slice(0, 2));
}

/**
 * The people the objective names, counted when or where it names them (issue 17, eleventh round, set
 * K's trap: "早晚高峰在线司机数" under 让司机愿意在高峰时段出车, "exactly the objective"): the count is the
 * objective's own behaviour, not the business's size. Read in Chinese, where the count's words run
 * together: the counted people are in the objective and so is a word written just before them (高峰).
 * Not the people alone: 团长数量 under 让团长放心 counts every group leader, whatever happens to them
 * (set J, K3), and "Weekly active teachers" under "Give teachers their evenings back" stays read.
 */

function ownPeopleAtOwnMoment(text: string, metric: string, aim: string): boolean {
  const counted = normalize(metric).replace(/(人数|数量|总数|数|量)$/, "");
  if (!isChinese(counted) || !PERSON_ZH.test(counted) || !aim.includes(counted)) return false;
  const at = text.indexOf(normalize(metric));
  const before = (at < 0 ? "" : text.slice(Math.max(0, at - 8), at)).split(/[,，;；。]/).pop() ?? "";
  for (let i = 0; i + 2 <= before.length; i++) {
    const pair = before.slice(i, i + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(pair) && aim.includes(pair)) return true;
  }
  return false;
}

function reachHit(metric: string, outcome: string): Hit {
  return {
    message: {
      en: `"${metric}" counts how many people, orders or how much money the business gets, which rises with marketing, sales or the season while "${outcome}", what the objective asks for, stands still: it does not show the objective's progress.`,
      zh: `“${metric}”衡量的是业务的规模（多少人、多少单或多少钱），它会随营销、销售或季节上涨，而目标要求的“${outcome}”毫无进展：它不能说明目标的进展。`,
    },
    suggestion: {
      en: 'Measure the outcome the objective names, for the people it names, e.g. "share of loan applications answered before planting" instead of "number of loan applications".',
      zh: "衡量目标所说的结果，针对目标所说的人群，例如用“播种前给出结论的贷款申请占比”代替“贷款申请量”。",
    },
  };
}

// A different stage of the customer's life (issue 17, seventh round): keeping the customers we have,
// measured at the top of the funnel, by a rate of how newcomers convert or what acquiring them costs
// ("Stop losing agencies after their first year" with "trial-to-paid conversion"; "降低老客户流失"
// with "访客到注册的转化率", "获客成本"). Conversion and acquisition cost move with who arrives, not
// with who stays: every trial can convert while last year's customers leave. The opposite-pull
// reading above counts newcomers (sign-ups); this one reads their rate, which it leaves alone.
// Silent when the objective asks for new customers or growth too, or is research. The reverse (a
// retention rate under an objective about new customers) is not read: new users' retention is the
// aim of activation ("Get new users to their aha moment faster" with day-7 retention, tuning-2026-12-07).
// Issue 17, eleventh round, third part: CPI is cost per install said short, as CAC, CPA and CPL are ("买量 CPI"
// under 让东南亚新玩家第一周就留下来, set O, K3; the only CPI in the tuning sets).
const FUNNEL_METRIC =
  /\b((trial|visitor|sign-?up|lead|landing[- ]page|ad|demo|mql|sql)s?[- ](to[- ](\w+[- ]){0,2})?conver\w*|sign-?up rate|cost per (lead|acquisition|sign-?up|install|click)|cac|cpa|cpl|cpi)\b|(访客|试用|注册|线索|落地页|广告|留资)[^,，。;；]{0,6}转化率|获客成本|注册率|注册转化/;

// Thirteenth round, second part (drawn from set T: "Brand search volume" under "Get more travellers to book a
// second trip with us"; found on Q: 明星代言带来的搜索指数 under 让买过一次的顾客愿意再买, both K3): how many search for
// the brand is awareness, the funnel's top, which a campaign moves while nobody buys a second time; a second
// trip or order, or buying again (再买), asks for keeping as "again" does. Under an objective about the brand
// itself (品牌搜索指数 under 上线新官网提升品牌影响力, set R, no K3) it is the objective's own measure, and not read.
const BRAND_SEARCH = /\bbrand(ed)? search(es)?( volume| index)?\b|(品牌)?搜索指数|品牌搜索量/;
const REPEAT_ASKED =
  /\b(a|their|the) (second|next) (trip|order|purchase|booking|stay|visit|box)\b|再(买|来|订|下单|购)|第二(单|次)/;

function funnelUnderKeep(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  const brand = findFirst(keyResultText(kr), [BRAND_SEARCH]);
  const keep = findFirst(aim, brand === null ? [KEEP_CUSTOMERS] : [KEEP_CUSTOMERS, REPEAT_ASKED]);
  if (keep === null || GROWTH_OBJECTIVE.test(aim) || RESEARCH_OBJECTIVE.test(aim)) return null;
  const funnel = findFirst(keyResultText(kr), [FUNNEL_METRIC]) ?? brand;
  if (funnel === null || checkCustomerValue(kr) !== null || findVanityTotal(kr) !== null) return null;
  return {
    message: {
      en: `"${funnel}" measures how newcomers arrive, while the objective asks for "${keep}": every newcomer can convert while the customers we have leave, and the other way round.`,
      zh: `“${funnel}”衡量的是新客怎么进来，而目标要求的是“${keep}”：新客可以全部转化，而老客户照样流失，反之亦然。`,
    },
    suggestion: {
      en: 'Measure the stage the objective names, e.g. "share of last year\'s customers who renewed" under "stop losing customers after their first year".',
      zh: "衡量目标所说的阶段，例如在“降低老客户流失”下衡量“去年客户的续费占比”。",
    },
  };
}

// Who is active now against coming back (K3, issue 17, twelfth round, second part): a daily, monthly or
// peak concurrent count of players or users under an objective that asks people to come back, for a
// reason of its own ("Players enjoy the first week enough to come back" with "Peak concurrent players",
// set Q; "Players come back to the game because it stays fun" with "Daily active users" and
// 让玩家因为好玩而回来 with 日活 DAU, set P: all K3, and no tuning writer keeps such a pair clean). The count
// mixes newcomers with those who return: a launch or a campaign lifts it while nobody comes back, and the
// other way round. Not where the objective asks for more people too ("让更多用户每天都回来刷一刷"), nor a
// habit of use said by its frequency ("Readers come back to the app every morning": engagement, which an
// active count shows, as the habit reading above leaves it), nor a share or a figure per user.
const ACTIVE_NOW =
  /\b(daily|weekly|monthly) active (users|players|accounts|customers|members|readers|listeners|learners|viewers)\b|\b[dmw]aus?\b|\b(daily|weekly|monthly) actives\b|\b(peak )?concurrent (users|players|viewers)\b|\bccu\b|[日周月]活(?!动)|活跃(用户|玩家)数?|同时在线(人数|玩家|用户)?/;
const RETURN_ASKED = /\b(come|comes|coming) back\b|回来/;
const USE_FREQUENCY = /\bevery (day|week|morning|evening|night)\b|\b(daily|weekly)\b|每天|每周|每日|天天/;

function activeUnderReturning(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  const back = findFirst(aim, [RETURN_ASKED]);
  if (back === null || MORE_PEOPLE_ASKED.test(aim) || USE_FREQUENCY.test(aim) || RESEARCH_AIM.test(aim)) return null;
  const text = keyResultText(kr);
  if (NARROWED_TO_DEPTH.test(text) || kr.unit?.trim() === "%" || pushedDown(kr)) return null;
  const active = findFirst(text, [ACTIVE_NOW]);
  if (active === null || findVanityTotal(kr) !== null || checkCustomerValue(kr) !== null) return null;
  return {
    message: {
      en: `"${active}" counts who is active, newcomers and returners alike, while the objective asks people to "${back}": a launch or a campaign can lift it while nobody comes back, and the other way round.`,
      zh: `“${active}”衡量的是有多少人在用，新来的和回来的都算，而目标要求的是让人“${back}”：一次上线或活动就能让它上升，却没有人回来，反之亦然。`,
    },
    suggestion: {
      en: 'Measure the coming back itself, e.g. "share of first-week players who play again in their second week" instead of "daily active users".',
      zh: "衡量“回来”本身，例如用“首周玩家第二周再次登录的占比”代替“日活”。",
    },
  };
}

// The same funnel for the people we hire (K3, issue 17, twelfth round, second part): how many candidates
// accept our offer is the top of hiring's funnel, a fair measure of winning candidates, while an
// objective about what hires do once they have joined (productive sooner, still with us and thriving a
// year later, 留得住, 上手) asks for a later stage: every offer can be accepted by people who leave in
// their first year or take months to contribute, and the other way round ("Offer acceptance rate" under
// "Make new joiners productive sooner", set Q; under "Hire engineers who are still with us, and thriving,
// a year later", set K). Silent when the objective also asks for the choosing, joining or filling that
// acceptance does show ("a place good engineers choose and stay", set P; "Hire faster without lowering
// the bar", tuning-2026-12-07; 关键岗位不再长期空缺, set P; 愿意接我们的 offer, set F), all clean.
const OFFER_ACCEPTANCE =
  /\b(offer[- ]acceptance( rate)?|offers? accepted|acceptance rate of (our )?offers)\b|offer\s*(接受率|接受数|接受人数)|录用接受率|接受\s*offer/;
const HIRES_LATER =
  /\b(productive|productivity|ramp(ed|s|ing)? up|thriv\w*|still (with us|here)|a year (later|in|on)|first year|perform\w* well|stay\w*|retain\w*|retention)\b|留得住|留下来|上手|胜任|独立上岗|转正/;
const HIRES_CHOOSING =
  /\b(choose|chose|choosing|pick\w*|prefer\w*|accept\w*|join(s|ed|ing)? (us|our|the)\b|attract\w*|fill\w*|vacanc\w*|(hire|hiring|recruit\w*) (\w+ ){0,2}(faster|quicker|sooner)|time[- ]to[- ](hire|fill))\b|愿意(加入|来|接)|接[\u4e00-\u9fff]{0,4}offer|空缺|招得快|更快招|快招/;

function offerUnderHiresLater(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  const later = findFirst(aim, [HIRES_LATER]);
  if (later === null || HIRES_CHOOSING.test(aim) || RESEARCH_AIM.test(aim)) return null;
  const offer = findFirst(keyResultText(kr), [OFFER_ACCEPTANCE]);
  if (offer === null || pushedDown(kr)) return null;
  return {
    message: {
      en: `"${offer}" measures how many candidates accept our offer, while the objective asks what hires do once they have joined ("${later}"): every offer can be accepted by people who never get there, and the other way round.`,
      zh: `“${offer}”衡量的是有多少候选人接受录用，而目标要求的是他们入职以后的表现（“${later}”）：录用可以全部被接受，入职的人却做不到这一点，反之亦然。`,
    },
    suggestion: {
      en: 'Measure the stage the objective names, e.g. "share of new joiners shipping on their own within 60 days" instead of "offer acceptance rate".',
      zh: "衡量目标所说的阶段，例如用“入职 60 天内能独立上岗的新员工占比”代替“offer 接受率”。",
    },
  };
}

// The whole against a part (issue 17, tenth round, sets G and H): a metric said of the whole company,
// organisation or platform ("Org-wide deploys per day" under "New engineers make a meaningful
// production change in their first week", "Company gross written premium" under "Make brokers choose
// us for their clients' fleet policies", 全平台, 全公司) under an objective about some of its people
// or business. The whole moves with every other team, product and segment, so it can rise while the
// part the objective names stands still, and the other way round. Silent when the objective asks
// for the whole's reach, growth or money itself ("Grow the business"), is research, or the metric is
// pushed down, and wherever K5, K6 or K7 already flag the KR. Issue 17, twelfth round (set O, both
// languages): a hotel group's whole portfolio or every channel ("RevPAR for the whole portfolio", 全渠道
// RevPAR) under an objective about midweek nights mixes in the weekends the objective leaves out.
const WHOLE_SCOPE =
  /\b(org(anisation|anization)?-wide|company-wide|platform-wide|group-wide|business-wide|portfolio-wide|across the (company|organisation|organization|org|business|platform|portfolio)|company (gross|net|total|overall)|for the (whole|entire) (portfolio|estate|chain|group))\b|全公司|全平台|全站|全渠道/;

function wholeForPart(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  if (RESEARCH_AIM.test(aim) || asksForReach(aim) || pushedDown(kr)) return null;
  const whole = findFirst(keyResultText(kr), [WHOLE_SCOPE]);
  if (whole === null || /\b(company|org|organisation|organization|business|platform)\b|公司|平台/.test(aim))
    return null;
  if (flaggedByOtherRules(kr)) return null;
  return {
    message: {
      en: `"${whole}" measures the whole, while the objective asks about some of its people or business: the whole can move with every other team and segment while this one stands still, and the other way round.`,
      zh: `“${whole}”衡量的是整体，而目标说的是其中一部分人或业务：整体可以随其他团队和业务变化，而这一部分毫无进展，反之亦然。`,
    },
    suggestion: {
      en: 'Measure the part the objective names, e.g. "share of new engineers who ship to production in their first week" instead of "org-wide deploys per day".',
      zh: "衡量目标所说的那一部分，例如用“入职第一周就完成上线的新工程师占比”代替“全公司每日部署次数”。",
    },
  };
}

// Pace against quality (issue 17, eleventh round, set J): how many each worker gets through ("Claims
// processed per handler per day", "Jobs dispatched per dispatcher per day", "Pickers' items per hour",
// "Plans sold per staff member per day", set K) under an objective that asks for the case to come out
// right (settled in a way policyholders trust, fixed on the first visit, a basket complete, a plan
// that fits) and not for speed or output. Throughput is the team's efficiency: it can rise while
// quality stands still, and rushing pulls against it. Silent when the objective asks for speed, time
// or more work done too ("fast and fair", "让司机少等、多跑"), and wherever K5, K6 or K7 flag the KR
// (calls handled per agent are K6's, README). A time per case under such an objective ("Average handle
// time" under "resolve billing questions on the first try", five misses of set J) is not read: the
// other writers keep it clean ("Mean time to close a billing incident" under "Make every invoice we
// send correct the first time", set B; 退款平均处理时长 under 又快又不出错), seven false alarms.
const QUALITY_AIM =
  /\b(trust\w*|properly|right the first time|on the first (try|visit|go)|first[- ]time right|complete|accura\w*|errors?|error-free|mistakes?|surprises?|double-check\w*|the right (\w+ ){0,2}(clinician|part|plan|person|one|match)|that fits?|works? from day one|correct\w*|can (count|rely) on|no surprises|the first time|spotless|intact)\b|准确|出错|差错|[做发拣配填]对|修好|一次就?[装做办]好|相信|信任|信得过|舒服|合适|一次(就|性)?解决|靠谱|完整|齐全|不返工/;
const PACE_ASKED =
  /\b(fast\w*|quick\w*|speed\w*|swift\w*|same[- ](day|week)|in (minutes|seconds|hours|days)|without (a )?wait\w*|wait\w*|sooner|on time|instant\w*|turnaround|productiv\w*|efficien\w*|more (cases|jobs|orders|work))\b|更快|快速|及时|当天|马上|立刻|分钟|小时|少等|多跑|效率|产能/;
const THROUGHPUT =
  /\bper (handler|technician|crew|dispatcher|agent|staff member|picker|worker|employee|adviser|advisor|clinician|nurse|engineer|rep|person|head|driver|courier|rider|attendant|housekeeper|cleaner)\b|\b\w+s?'? (items|units|orders|tasks|jobs) per (hour|shift)\b|人均(处理|完成|接待|拣)|人均(日|每天|每日)|(师傅|[员师工])(日均|人均)|每人每(天|日|小时)/;

const MET_WITH = /\b(visits?|calls?|meetings?|contacts?|chats?)\b|上门|接待|拜访|回访|通话|外呼/;
/**
 * Cases handled for customers and checks carried out, per person, are K6's (README decision "Work handled
 * per person: contacts and checks are K6, production is K3 or clean", round 14): "Claims processed per
 * handler per day" under "Settle claims in a way policyholders trust" and 检测员人均每天检测 8 台 under
 * 买家相信我们的检测报告 were this reading's and are K6 now, as tickets, chats, consultations, reviews,
 * inspections, samples tested and alerts cleared per person are in nineteen sets. Read by the case or
 * check noun, or the checking verb (检测, 审核, 质检, 巡检); the team's own production per person (orders
 * picked, parcels sorted, installs, rooms made up) stays read.
 */
const CASES_HANDLED = /\b(claims?|tickets?|cases?|applications?|complaints?|enquir(y|ies)|inquir(y|ies)|requests?)\b/;
const CASES_OR_CHECKS =
  /\b(claims?|tickets?|cases?|consultations?|applications?|complaints?|enquir(y|ies)|inquir(y|ies)|reviews?|inspections?|audits?|checks?|samples?|alerts?)\b|检测|审核|审方|审批|质检|巡检|检查|抽检|工单|案件|理赔|投诉|咨询/;

function paceUnderQuality(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  const quality = findFirst(aim, [QUALITY_AIM]);
  if (quality === null || PACE_ASKED.test(aim) || RESEARCH_AIM.test(aim)) return null;
  const text = keyResultText(kr);
  const pace = findFirst(text, [THROUGHPUT]);
  // Visits and calls per worker are K6's activity (README: calls handled per agent), whether or not
  // K6's own patterns read them ("工程师日均上门从 4 单提升到 6 单", set L).
  if (pace === null || isDiscovery(text) || MET_WITH.test(text) || CASES_OR_CHECKS.test(text)) return null;
  // A share per person is how often the work goes right, not its pace ("First-attempt deliveries per driver
  // from 80% to 90%").
  if (kr.unit?.trim() === "%" || /%|占比|比例/.test(text)) return null;
  if (flaggedByOtherRules(kr)) return null;
  return {
    message: {
      en: `"${pace}" measures how fast the work goes, while the objective asks for "${quality}": the team can speed up without getting it right more often, and rushing can pull against it.`,
      zh: `“${pace}”衡量的是工作有多快，而目标要求的是“${quality}”：团队可以更快却没有更常做对，赶工还可能适得其反。`,
    },
    suggestion: {
      en: 'Measure the quality the objective names, e.g. "share of billing questions resolved on the first contact" instead of "average handle time".',
      zh: "衡量目标所说的质量，例如用“首次联系即解决的账单问题占比”代替“平均处理时长”。",
    },
  };
}

// How often we release against what releasing breaks (K3, issue 17, thirteenth round, second part:
// drawn from set T, "Deploys per week" under "Releases stop breaking customers' campaigns"; found on S,
// 发布次数 under 核心系统稳定，业务高峰不掉链子, and on S in English and H the same pace is K3 too). Release
// frequency is a fair engineering measure, of speed: it can double while every release breaks as much,
// and shipping faster pulls against stability. Silent when the objective asks to ship, to ship faster or
// without waiting, or without fear (then frequency is what confidence yields: "Let product teams ship on a
// Friday without fear", 让业务团队发布不再担心把线上搞挂, set O's clean pair), for releases rolled back or
// failed (the stability itself), a share or a count pushed down, and wherever K5, K6 or K7 flag the KR
// ("Firmware releases shipped per quarter", K7). Read by the plural noun, never the verb ("Deploy EDR").
const RELEASE_PACE =
  /\b(deploys|deployments|releases|deploy frequency|release frequency)\b(?! (rolled|hot-?fixed|failed|that|which|with|without|causing))|(发布|部署|上线)(次数|频次|频率)/;
const STABILITY_AIM =
  /\b(break|breaks|breaking|broken|outages?|stable|stability|reliab\w*|downtime|crash\w*|incidents?)\b|稳定|掉链子|宕机|搞挂|踩坑|崩溃/;
const SHIPPING_ASKED =
  /\b(ship\w*|fast\w*|quick\w*|speed\w*|wait\w*|same day|fear\w*|confiden\w*|friday|any day|boring)\b|更快|担心|敢|放心|随时/;

function releasePaceUnderStability(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  const stability = findFirst(aim, [STABILITY_AIM]);
  if (stability === null || SHIPPING_ASKED.test(aim) || RESEARCH_AIM.test(aim)) return null;
  const text = keyResultText(kr);
  if (pushedDown(kr) || kr.unit?.trim() === "%" || /%|\b(rate|share)\b|率|占比|比例/.test(text)) return null;
  const pace = findFirst(text, [RELEASE_PACE]);
  if (pace === null) return null;
  if (flaggedByOtherRules(kr)) return null;
  return {
    message: {
      en: `"${pace}" measures how often we release, while the objective asks for "${stability}": releases can come faster while each breaks as much, and shipping faster can pull against it.`,
      zh: `“${pace}”衡量的是我们发布得有多频繁，而目标要求的是“${stability}”：发布可以更频繁而每次照样出问题，赶着发布还可能适得其反。`,
    },
    suggestion: {
      en: 'Measure the stability the objective names, e.g. "share of releases with no customer-facing incident" instead of "deploys per week".',
      zh: "衡量目标所说的稳定，例如用“未引发线上故障的发布占比”代替“发布次数”。",
    },
  };
}

// Work a tool or service does for its users, counted (README decision "Work a tool or service does for its
// users is not K6", round 15): builds or CI jobs run, queries run, API calls or requests served, 调用量, 调用次数.
// Such a volume is a fair measure of use, read as monthly active users are (docs/method.md K3): it grows with
// the customers' own business as much as with the objective, so under an objective that names something the
// volume does not show it is K3 ("Builds run per day" under "Engineers ship safely without waiting on other
// teams", set J; "Number of CI jobs run per day" under "Engineers ship changes without waiting on
// infrastructure", P; "Queries run on the warehouse per week" under "Product teams trust the numbers", T;
// "API requests served" under "Sites keep working when the connection drops", R; "API calls per day" under "HR
// teams never re-type data between systems", "开放 API 日调用量" under 客户的电商店铺订单自动进仓, AA in both
// languages). Silent where use, reach or growth is the objective's own measure, for research, for a share, a
// rate, a cost, failures or a figure per request, a count pushed down, totals since launch (K5), and wherever
// K5, K6 or K7 flag the KR. Deploys are release pace, read below (`releasePaceUnderStability`).
// Sixteenth round, third pass (the same decision; drawn from sets AO and AP, whose writers label every such volume
// K3): more of the product's own work by its nouns and verbs. What it generates or raises for its users (alerts,
// findings, suggestions, recommendations, quotes: "Alerts generated per shift" under "Nurses see deterioration
// alerts they act on", AF; "Quotes generated by the model per day" under "Give dispatchers prices they can quote
// without a second check", G; "Recommendations generated" under "Farmers trust our spray recommendations", W;
// "AI review suggestions generated per day", 每台终端日均告警数, AP), the data it takes in (logs, events, readings,
// rows ingested, synced or uploaded; 日志写入量, 设备上报数据: "Ingested log volume" under "Help on-call engineers
// find the cause of an incident quickly", F; "Air-quality readings uploaded per day" under "People with asthma
// breathe clean air at home", AO; "Rows synced per month", AP), what it blocks (requests, attempts, 拦截…请求/订单:
// "Credential-stuffing attempts blocked" under "Attackers can't take over customer accounts", AG; 日均拦截刷单订单
// under 让刷单者无利可图, AC; "Bot requests blocked per day" under "… without blocking real shoppers", AP), requests
// processed or forwarded, and the jobs it runs for them (调度任务, 备份任务, 测试任务, 构建次数: AP, AO). Not
// reports, letters or contracts generated, which writers give to our own people's work (K6 or K7 in J, M, AG and
// AK), nor test cases or checks executed (K6), nor alerts handled (处理告警数, K6), nor money blocked (拦截金额,
// clean in P), nor a level held (维持在…以内).
const TOOL_VOLUME =
  /\b((ci |pipeline )?(builds|jobs|runs) run|queries (run|executed)|api (calls|requests)|(requests|calls) (served|processed|forwarded|routed)|transactions processed|(alerts|findings|suggestions|recommendations|predictions|quotes|insights) (generated|raised|produced|surfaced)|(log volume|logs|events|data points|readings|rows|records|telemetry|spans) (ingested|synced|uploaded|indexed)|ingested (log |data )?volume|(requests|attempts|attacks|logins|bots) blocked|(reports|contracts|matches|documents) generated)\b|调用(量|次数)|请求(量|数)|(拦截|转发)[\u4e00-\u9fff]{0,4}请求|拦截[\u4e00-\u9fff]{0,4}(订单|攻击|登录)(?![\u4e00-\u9fff]{0,2}金额)|(日志|数据)[\u4e00-\u9fff]?写入量|(设备|终端)上报的?数据|(执行|调度|备份|评测|构建)[\u4e00-\u9fff]{0,3}任务|(评测|构建|备份)(运行)?次数|(?<!处理)告警(数|量)|生成[\u4e00-\u9fff]{0,4}(建议|告警)/;
// Seventeenth round, third part: README round 17's "Documents a product generates are its work for its users, read for
// K3" by its own nouns ("Contracts generated by the new template engine" under "Hiring managers stop chasing HR for
// contracts", AK; "Matches generated per day" under "First lessons that lead to a second", AN; its "Match reports
// generated", AO, and "Suitability reports generated", AG, beside K7's reading), "generated" only (reports produced or
// written are our people's pieces, K7). And what users send through the product (k6-customer-value.ts `productWork`:
// "Emails sent through free workspaces per day" under "Reps get value from the free plan before they ever talk to
// sales", AL; "Emails sent through the API per month" under "Senders' mail lands in the inbox, not in spam", AF;
// "Invoices sent per month" under "Freelancers get paid faster by invoicing from Ferro", AL; "Invoices sent" under
// "Freelancers get paid on time", AG; "Invoices sent per customer per month" under "Small businesses get paid faster",
// P: all K3, the shares of invoices sent their traps), which K6 leaves to this reading.
const TOOL_VOLUME_NARROWED =
  /%|\b(rate|share|cost|costs|latency|timeouts?|failed|failures?|errors?|red|broken|per \d[\d,.]*k?|per (session|user|account|request|query|call|build|job))\b|率|占比|比例|成本|耗时|失败|超时|报错/;

/** The metric's phrase in a title: the words before "from", "per", a number or a colon. */
const metricPhrase = (title: string): string => title.split(/\s+(?:from|per)\s+|\s+[\d$€£]|:/)[0]?.trim() || title;

function toolVolumeUnderAim(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  if (RESEARCH_AIM.test(aim) || asksForReach(aim) || MORE_USE_OBJECTIVE.test(aim)) return null;
  const text = keyResultText(kr);
  // A level held ("将每周告警数维持在 20 条以内", set 06's clean case) is a ceiling kept, not a volume chased.
  if (
    pushedDown(kr) ||
    wordedDirection(kr.title) === "keep" ||
    kr.unit?.trim() === "%" ||
    TOOL_VOLUME_NARROWED.test(text)
  )
    return null;
  const volume = findFirst(text, [TOOL_VOLUME]) ?? (productWork(kr) ? metricPhrase(kr.title) : null);
  if (volume === null || RUNNING_TOTAL.test(text)) return null;
  if (flaggedByOtherRules(kr)) return null;
  return {
    message: {
      en: `"${volume}" counts the work our tool does for its users, which grows with their own business and their habits while what the objective asks for, "${objective.title}", stands still: it does not show the objective's progress.`,
      zh: `“${volume}”衡量的是我们的工具替用户做了多少工作，它随客户自己的业务和习惯增长，而目标要求的“${objective.title}”可能毫无进展：它不能说明目标的进展。`,
    },
    suggestion: {
      en: 'Measure what the objective asks for in its own terms, e.g. "share of changes merged without waiting on another team" instead of "builds run per day".',
      zh: "用目标自己的说法衡量它要的东西，例如用“自动进仓的订单占比”代替“API 日调用量”。",
    },
  };
}

// Our assets' use against the customer's service (issue 17, eleventh round, sets J and K): how full
// we run our trucks, seats, rooms or machines (load factor, utilisation, 装载率, 满载率, 利用率) under an
// objective about what the customer gets (on time, intact, in days not months: "车辆平均装载率" under
// 准点发车、准点到达, "车辆满载率" under 货物准时、完好地送到每个网点, "GPU utilisation" under "Data
// scientists get a model from notebook to production in days, not months"). Utilisation is our
// efficiency and pulls against service: a fuller truck waits for its load, a busier GPU queues the
// next job. Silent when the objective asks for cost, efficiency or fullness itself (帮助单体酒店在淡季
// 也能住满 with 入住率, set F), for reach or a market (拿下…租赁 with 出租率, set C), or for keeping
// customers, whose renewals fill the units (出租率 under 到期愿意续租 is left to people); and for a
// fill rate, which is how much of an order we fulfil, the customer's own service ("Brand fill rate on
// reorders", set B). Issue 17, eleventh round, third part (set O): 可利用率 is availability, the share of time a
// plant can run, not how full it runs ("电站可利用率" under 让业主电站少停机、多发电 is the objective's own
// measure); and the use of an asset the KR says belongs to the people the objective names (新房东首月入住率
// under 让新房东上线后很快接到稳定订单, "Billable utilisation reported by firms" under "Help small law firms
// bill every hour they work") is their result, the orders or billed hours the objective asks for, not our
// efficiency pulling against their service. Twelfth round, second part (set Q): 稼动率 is the factory's word for
// utilisation (how long a machine runs), read as 利用率 is ("ATE 测试机稼动率" under 交给客户的芯片不出现批次性失效, K3);
// not OEE, which counts good parts too (set L and P's traps under objectives about quality).
const ASSET_USE =
  /\b(utili[sz]ation|load factor|(?<!-)occupancy( rate)?)\b|装载率|满载率|实载率|(?<!可)利用率|稼动率|出租率|上座率|入住率/;
const EFFICIENCY_ASKED =
  /\b(cost\w*|cheap\w*|efficien\w*|productiv\w*|utili[sz]\w*|idle|empty|waste\w*|margins?|profit\w*|full|fill\w*|pay for)\b|成本|效率|利用|闲置|空置|空驶|浪费|[住坐排订约装]满|满(载|座|员|房|仓)|客满|利润|盈利|降本|省钱/;

/**
 * An objective that asks people to ride, book or use the asset itself makes its utilisation their
 * choice, the objective's own measure (set M's traps: 上座率 under 让园区上班族愿意坐定制公交而不是开车,
 * 仪器机时利用率 under 让…科研人员约得上、用得好大型仪器); "use less energy" asks for less, not for use.
 * Coming to it is using it (issue 17, thirteenth round, third part: 主场平均上座率 under 让球迷每个主场都愿意来,
 * set V's trap): attending a match or a show is the use of the seats the objective asks for, as riding is of
 * a bus. And an objective asking that the units run full (把日历排满, set U's trap 在架房源入住率; 住满 in set F)
 * names fullness as the cost and efficiency words above do: [住坐排订约装]满, 满座, 满房.
 */
const USE_ASKED =
  /\b(ride|rides|riding|book|books|booking|use|uses|using|attend|attends|attending)\b(?! less| fewer)|(坐|乘|搭)[\u4e00-\u9fff]{0,4}(车|公交|巴士|班车|地铁|航班|船)|用得(好|上|起)|约得(上|到)|愿意(来|到场)|来看(比赛|演出|球)?|到场/;

/** Owners of an asset a KR may measure, in English: the customers whose rooms, hours or fleets they are. */
const OWNERS =
  /\b(firms|practices|hosts|landlords|owners|farmers|growers|operators|fleets|carriers|hotels|restaurants|clinics|shops|stores|merchants|sellers|clients|customers|members|tenants)\b/g;
/** In Chinese, the people's word written right before the asset: 新房东首月入住率, 商家仓库利用率. */
const ZH_OWNER = /([\u4e00-\u9fff]{0,2}(房东|业主|商家|商户|门店|酒店|民宿|司机|车主|农户|客户|会员|卖家|车队|工厂))/g;

/**
 * The KR measures the use of an asset belonging to the people the objective names, or to those the
 * objective names as the asset's owners (合作酒店淡季入住率 under 让酒店老板觉得跟我们合作生意更好, set R's
 * clean case: the partner hotels' occupancy is the owners' business doing better).
 */
function theirOwnAsset(text: string, aim: string): boolean {
  for (const owner of text.match(OWNERS) ?? []) {
    // Or their owners named by it (twelfth round, third part: "hotel owners", 酒店老板).
    if (new RegExp(`\\b(${owner}|${owner.replace(/s$/, "")} owners?)\\b`).test(aim)) return true;
  }
  for (const owner of text.match(ZH_OWNER) ?? []) {
    if (aim.includes(owner) || aim.includes(`${owner.slice(-2)}老板`)) return true;
  }
  return false;
}

function assetUseUnderService(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  const use = findFirst(keyResultText(kr), [ASSET_USE]);
  if (use === null || pushedDown(kr) || RESEARCH_AIM.test(aim) || asksForReach(aim)) return null;
  if (EFFICIENCY_ASKED.test(aim) || KEEP_CUSTOMERS.test(aim) || USE_ASKED.test(aim)) return null;
  if (theirOwnAsset(keyResultText(kr), aim)) return null;
  const service = findFirst(aim, [OUTCOME_AIM]) ?? outcomeClause(objective.title);
  if (service === null) return null;
  return {
    message: {
      en: `"${use}" measures how fully we use our own assets, while the objective asks for "${service}": running fuller can slow the service down, and better service can leave it where it is.`,
      zh: `“${use}”衡量的是我们自己的资源用得有多满，而目标要求的是“${service}”：跑得更满可能让服务变慢，服务变好它也可能纹丝不动。`,
    },
    suggestion: {
      en: 'Measure the service the objective names, e.g. "share of deliveries arriving on time and intact" instead of "truck load factor".',
      zh: "衡量目标所说的服务，例如用“准时、完好送达的货物占比”代替“车辆满载率”。",
    },
  };
}

// Newcomers counted under an objective about what newcomers do next (issue 17, eleventh round, sets J
// and K): "Sign-ups" under "Turn new sign-ups into people who make the app part of their week",
// 新客数 under 让下沉市场的新用户愿意下第二单, 新注册企业数 under 团队试用以后，整个团队都用起来. The objective
// takes the newcomers as given and asks for the next step (a habit, a second order, the whole team
// using it); the count of arrivals can rise while nobody takes that step. The reach readings stay
// silent here because the objective names new users, as its subject, not as its ask. Silent when it
// asks for more newcomers too ("Grow sign-ups and turn them into weekly users"), for a share or rate
// of them (the stage measured), and wherever K5, K6 or K7 flag the KR.
// Fifteenth round (sets AC, with O and U, whose same shape other readings find): an objective that
// names what newcomers do in their first days, weeks or months ("Learners who pay in week one stay to
// month three", "Small merchants start taking payments the day they sign up", 新司机第一个月能跑得起来,
// 小微企业开户当天就能用起来) asks for that next step as plainly as "turn sign-ups into": sign-ups per
// month can rise while none of them takes it.
const NEXT_STAGE_AIM =
  /\bturn (\w+ ){0,2}(new )?(\w+ )?(sign-?ups|signups|trials?|trialists|users|visitors|customers|buyers|leads|members|players|installs) into\b|新(用户|客户|客|会员|玩家|学员|商家)[\u4e00-\u9fff]{0,8}(愿意|再|第二|复购|留下|坚持|养成|用起来)|试用(以|之)?后|\b(in|within|during|after|past) (their|the) (first|1st) (week|weeks|month|months|days?|session)\b|\bin (week|month) one\b|\b(on|from) day one\b|\bthe (same )?day (they|it) (sign|join|open|register|start)\w*\b|\b(to|past|through|until) (month|week) (two|three|four|six|\d+)\b|第一(周|个月|天)|首(周|月)|当天就/;
const FOR_EVERYONE = /\b(to|for) (all|every)\b|(向|给|对)(所有|全部|全体)/;
const MORE_NEWCOMERS_ASKED = /\b(grow\w*|more|acquir\w*|attract\w*|bring in)\b|拉新|获客|更多|增长|扩大/;

function newcomersUnderNextStage(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  const stage = findFirst(aim, [NEXT_STAGE_AIM]);
  if (stage === null || MORE_NEWCOMERS_ASKED.test(aim) || RESEARCH_AIM.test(aim)) return null;
  const text = keyResultText(kr);
  if (NARROWED_TO_DEPTH.test(text) || kr.unit?.trim() === "%" || pushedDown(kr)) return null;
  const joined = findFirst(text, [JOIN_METRIC]);
  // Something done for all newcomers ("Contact-sync permission prompt shown to all new users", set AC)
  // is a change put in place for a whole group, K7's, not newcomers counted.
  if (joined === null || FOR_EVERYONE.test(text)) return null;
  if (flaggedByOtherRules(kr)) return null;
  return {
    message: {
      en: `"${joined}" counts newcomers arriving, while the objective asks what they do next ("${stage}"): more can arrive while none takes that step, and the other way round.`,
      zh: `“${joined}”衡量的是新来的人有多少，而目标要求的是他们的下一步（“${stage}”）：来的人可以更多，却没有人迈出这一步，反之亦然。`,
    },
    suggestion: {
      en: 'Measure the step the objective names, e.g. "share of new sign-ups active in each of their first four weeks" instead of "sign-ups".',
      zh: "衡量目标所说的那一步，例如用“新客 30 天内下第二单的占比”代替“新客数”。",
    },
  };
}

// The top of a funnel counted under an objective that asks for the right ones (issue 17, thirteenth
// round): "Applications received this cycle" under "Enrol admitted students who will thrive here" (set
// S), "Applications" under "Enrol students who will thrive here" (R), "Demo requests" under "Sign
// customers who will succeed with us, not just customers" (O), 简历投递量 under 让招聘经理更快招到留得住的人
// (O), 线索数 under 获客成本降下来，来的人更对口 (R); sets I, J, K and Q label the same shape K3 (报名人数 under
// 学员学完能找到对口工作, "Applications received" under "Fill critical nursing roles with people who
// stay"). The objective takes acquiring as given and asks for fit: who thrives, stays or suits; more
// applications, leads or sign-ups can arrive while no more of them fit, and a better fit can come from
// fewer. Silent where the objective names the count itself, for a share, rate or conversion (the fit measured), a count the KR itself calls
// qualified or valid ("Qualified leads per month", 有效线索), a count pushed down, and wherever K5, K6 or
// K7 flag the KR.
const FIT_AIM =
  /\bwho (will |would |can )?(thrive|succeed|stay|stick|fit|last|renew|repay|complete|finish|graduate)\w*\b|\bthe right (customers|clients|students|people|hires|candidates|applicants|tenants|borrowers|members|accounts)\b|\b(right|good)[- ]fit\b|\bnot just (customers|clients|students|users|sign-?ups|leads|applicants|anyone)\b|留得住|对口|(对|合适|靠谱)的(人|候选人|客户|学生|学员|员工|租客)/;
const FUNNEL_TOP =
  /\b(applications?|applicants|leads|demo requests|enquiries|inquiries|sign-?ups|registrations|cvs|resumes|installs)\b|简历(投递)?(量|数)|投递量|线索(数|量)|报名(人数|量|数)|申请(人数|量|数)|注册(人数|量|数)|咨询量|留资(量|数)/;
const VETTED = /\b(qualified|valid|vetted|shortlisted|eligible)\b|有效|合格|优质|精准/;

function volumeUnderFit(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  const fit = findFirst(aim, [FIT_AIM]);
  if (fit === null || RESEARCH_AIM.test(aim)) return null;
  const text = keyResultText(kr);
  if (NARROWED_TO_DEPTH.test(text) || kr.unit?.trim() === "%" || pushedDown(kr)) return null;
  if (CONVERSION_METRIC.test(text) || VETTED.test(text)) return null;
  const top = findFirst(text, [FUNNEL_TOP]);
  // An objective that names the count asks for it too ("Grow applications from students who will thrive"), not one
  // that names it to set it aside ("Acquire players who stay, not just installs", AC, K3; seventeenth round, third
  // part: installs are the top of a game's funnel, "Installs" under "Acquire players who stick, at a cost we can
  // afford", W, K3 too).
  const named = aim.replace(/\bnot (just|only|merely) [\w-]+/g, " ");
  if (top === null || named.includes(top.split(" ").pop() ?? top)) return null;
  if (flaggedByOtherRules(kr)) return null;
  return {
    message: {
      en: `"${top}" counts how many apply or enquire, while the objective asks for the right ones ("${fit}"): more can come while no more of them fit, and a better fit can come from fewer.`,
      zh: `“${top}”衡量的是有多少人申请或咨询，而目标要求的是来对的人（“${fit}”）：来的人可以更多，合适的却没有增加，更合适的也可能来得更少。`,
    },
    suggestion: {
      en: 'Measure the fit the objective names, e.g. "share of this year\'s enrolled students still enrolled after their first term" instead of "applications".',
      zh: "衡量目标所说的合适，例如用“入职满 6 个月仍在岗的新员工占比”代替“简历投递量”。",
    },
  };
}

// What our own operation produces, counted upward (issue 17, eleventh round, second part): "Dye lots
// produced per shift" under "Get colour right the first time", "ULDs built per shift" under "Move
// transfer cargo through the hub without misses", "Tonnes landed" under "a better price for the catch without landing more fish", 染缸日产量
// under 一次染对, 出图数量 under 设计一次做对, 出栏头数 under 让每一窝仔猪都养得活. Output is the
// operation's volume: it rises with capacity and hours while the quality, timeliness or result the
// objective names stands still, and rushing can pull against it. Set M wrote it eleven times, all K3,
// and sets F, J and K label the same shape K3 ("Payroll runs processed per month", 工厂日产能, "Leaks
// repaired per crew per week", 日识别票据张数). Not "closed": tickets and work orders closed are K6's
// (sets G, L, M). Read by the participle of making or processing after its noun, or a Chinese word of output;
// not "completed" or "built" without a per-shift pace (tasks completed are K6's, things built K7's,
// sets L and M), nor "repaired", "replaced" or "audited" without a pace per crew, day or job ("Mains
// replaced", km, is a programme's output, K7 in set O, while "Leaks repaired per crew per week" is K3), nor "run" (builds run are engineers' activity, K6 in set J, while samples and tests
// run are K3 in sets K and M), nor per head in Chinese (人均日处理 is K6's, README), nor under an objective that asks
// for output, capacity, a backlog, efficiency or reach itself. Thirteenth round (drawn from set S: "Stops per
// driver per day" under "Parcels arrive when we promised", 网点分拣员人均分拣量 under 包裹不丢不损; found on M,
// Q and R too: "Spindle speed" under "Make yarn our weavers never have to send back", "Line speed" under
// "Stop giving away product in every pack", 岸桥单机效率 under 让船公司愿意把更多航线挂靠在我们码头,
// 骑手日均接单量 under 让用户下单后 30 分钟内稳稳收到货, 网点日均派件量 under 把件送到村里): the same output
// said as a pace, per driver, per hour or per machine, or as a line's speed (nor, for a pace per worker, under one
// that asks for speed: "Settle claims fast and …"), and wherever K5, K6 or K7 flag the KR.
// Sixteenth round (README "Deliveries per courier are production", round 15; drawn from AE and AF: "Workshop hours
// sold per technician", "Hectares sprayed per pilot per day", 机手人均每天作业亩数, 调度员人均挪车量; found on AC, AI, AJ, J
// and T, all K3): production per worker by more of its nouns (hectares, lines, trips, assemblies, attempts, rooms
// cleaned) and workers (pilot, operator), and 人均 before a verb of the team's own production (配送, 挪车, 调度,
// 作业; 拣货效率 is a pace, not a rate); clean under an objective about the team's own cost (COST_ASKED: "Orders
// picked per picker hour" under "Keep costs down as we add stores", AC; 运维人员人均日挪车量 under 把运维成本降下来).
// Seventeenth round, third part (README "Deliveries per courier are production": pickups, stops and rooms per person):
// the same class in more of its Chinese verbs after 人均, pickups, pallets moved, rooms cleaned and pieces handed over
// (取件, 搬运, 打扫, 交付: 物流司机人均日取件点数 under 标本在路上不坏, AI; 客房清洁人均每日打扫间数 under 客人进门就是一间干净…的房间,
// AJ; 文书老师人均每月交付文书 under 学生的申请文书能体现自己, AN; 叉车司机人均每小时搬运托盘数, AD), and the count written
// before 从 with its measure word after the number (快递员人均日派件从 180 件, AC): all K3. Not 交付 without 人均 (交付项目数,
// a project delivered, K7), nor the workers the objective names (`outputUnderOutcome`). Nor a phrasal verb: "Stories picked
// up by other outlets" (AH's trap) counts what others do with our work, not what we pick.
const PRODUCED =
  /\b[a-z]+s?'? (produced|processed|landed|picked|washed|coded|packed|manufactured|assembled|harvested|milled|dyed|baked)\b(?! (up|on time|within|in under|first|right|without|correctly)\b)|\b[a-z]+s? (built|completed) per (shift|hour|day|week)\b|\b[a-z]+s? (repaired|replaced|audited) per \w+|日?产量|日?产能|日处理[\u4e00-\u9fff]{0,2}量|日(识别|检测|加工|分拣)[\u4e00-\u9fff]{0,4}(量|数)|出栏|出图(数量|量|数)|\b(stops|drops|deliveries|parcels|packs|boxes|items|units|containers|moves|lifts|picks|installs|installations|rooms) per (driver|courier|rider|picker|packer|technician|installer|fitter|crew|housekeeper|attendant|cleaner|hour|shift|minute)\b|\b(line|spindle|belt|conveyor) speed\b|(日均|每日|每天|人均日?)(接单|派件|派送|揽收|分拣|拣货|打包|装卸|出库|做房|安装)[\u4e00-\u9fff]?(量|数)|单机效率|人均[\u4e00-\u9fff]{0,3}?(拣货|分拣|打包|派件|派送|配送|揽收|取件|装卸|搬运|出库|做房|打扫|安装|挪车|调度|作业|交付)[\u4e00-\u9fff]{0,4}?((量|数|效率|单|件)|(?=\s*(从|由)))|\b(hours sold|hectares|acres|lines|orders|trips|assemblies|attempts|rooms|stops|drops|deliveries|parcels|packs|boxes|items|units|containers|moves|lifts|picks|installs|installations)( (sprayed|picked|dispatched|cleaned|packed|assembled|loaded|delivered|made))? per (hour |shift |day )?(per )?(driver|courier|rider|picker|packer|technician|installer|fitter|crew|housekeeper|attendant|cleaner|pilot|operator)\b/;
// Sixteenth round, second pass (README "A year's count is a flow, not K5", round 15: "a volume produced, shipped
// or handled K3 under an objective that names what the customer gets"): goods or people our own operation moves,
// counted upward, are its output as production is: "Cargo handled, tonnes" under "Forwarders get their cargo
// released faster at our terminal" (AD), 承运量 under 卖家发到欧洲海外仓的货，时效可预期 (AD), "Containers handled year
// to date" under "Turn ships around faster" and 货站操作量 under 货物进出港又快又不丢 (Z), "Total containers handled this
// year" under "Shipping lines can rely on our berth times" (V), 年吞吐量 under 船来了就能靠、靠了就能走 (Q), "Passengers
// carried" and "Ridership" under "Flights leave on time from our hub" and "Buses come when the timetable says" (W),
// under "Passengers trust us to sail on time" and 客运量 under 乘客在高峰也能准点到达 (AB), 年客运量 under 乘客等车心里有数
// (AE): all K3 (docs/method.md K3: the volume rises with the season and the network while the punctuality, speed or
// safety the objective names stands still). Read by a noun of goods or passengers and a verb of moving them (not
// "handled" alone: calls, claims and tickets handled are K6's), ridership, and the Chinese words of a transport's
// or a terminal's volume (客运量, 货运量, 承运量, 吞吐量, 装卸量, 货站操作量). Silent where the objective asks people to
// ride or take the service at all (日均客运量 under 让市民愿意坐公交上班, set R's clean case: riding is its own measure).
const MOVED =
  /\b(cargo|containers|freight|tonnes|tons|teu|pallets|passengers)( [a-z]+)? (handled|carried|moved|shipped|transported)\b|\bridership\b|(客运|货运|承运|吞吐|货站操作|装卸)量/;
const RIDING_ASKED =
  /愿意[\u4e00-\u9fff]{0,2}(坐|乘|搭|用)|\b(ride|riding|take|taking|choose|choosing|use|using) (the |our )?(bus|buses|train|trains|tram|trams|metro|ferry|ferries|flights?)\b/;
/** A pace per worker (PRODUCED's second half) under an objective about the team's own cost is its own measure (README round 14). */
const PER_WORKER =
  /\bper (hour |shift |day )?(per )?(driver|courier|rider|picker|packer|technician|installer|fitter|crew|housekeeper|attendant|cleaner|pilot|operator|line|machine)\b|人均/;
// Sixteenth round, third pass (AO's trap "Units produced per line per shift" under "Make each watch for less without
// hurting water resistance", beside AH's "cheaper to produce" and AJ's "cheaper for us", both clean): making something
// "for less" asks for our cost, and a production line or machine is our capacity as a worker is.
const COST_ASKED = /\b(cost\w*|cheap\w*|for less)\b|成本|降本|省钱/;
const OUTPUT_ASKED =
  /\b(output|capacity|throughput|volume|backlogs?|productiv\w*|efficien\w*|scale|more (\w+ )?(made|produced|processed)|more \w+ per \w+)\b|产能|产量|效率|增产|扩产|多产|规模|积压/;
/** Speed asked of the work: a pace per worker is then the objective's own (the throughput reading above). */
const SPEED_ASKED = /\b(fast\w*|quick\w*|speed\w*|swift\w*)\b|更快|快速|多跑|又快/;

function outputUnderOutcome(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  if (RESEARCH_AIM.test(aim) || asksForReach(aim) || OUTPUT_ASKED.test(aim)) return null;
  const text = keyResultText(kr);
  // 人均 reads what each of our people does, K6's for a service act (README), but not for the operation's own
  // handling of goods (人均分拣量, set S: the thirteenth round).
  if (
    pushedDown(kr) ||
    kr.unit?.trim() === "%" ||
    /%|\b(rate|share)\b|(?<!效)率|占比|比例|人均(?![\u4e00-\u9fff]{0,3}?(分拣|拣货|打包|装卸|搬运|做房|打扫|安装|派件|派送|配送|揽收|取件|出库|挪车|调度|作业|交付))/.test(
      text,
    )
  )
    return null;
  const output = findFirst(text, [PRODUCED]) ?? (RIDING_ASKED.test(aim) ? null : findFirst(text, [MOVED]));
  if (output !== null && PER_WORKER.test(text) && COST_ASKED.test(aim)) return null;
  if (output === null || (THROUGHPUT.test(text) && SPEED_ASKED.test(aim))) return null;
  // Cases handled for customers, processed in total or per person, are K6's (README decisions "Work
  // handled per person" and "Cases handled for customers are K6, in total as per person", round 14 and
  // 14b): "Claims processed per handler per day", "Process 45,000 claims"; goods and documents made or
  // processed stay read.
  if (CASES_HANDLED.test(output)) return null;
  // A pace per worker under an objective about those workers (their pay, their load) is their own day.
  const worker = /\bper (driver|courier|rider|picker|packer)\b/.exec(text);
  if (worker?.[1] !== undefined && aim.includes(worker[1])) return null;
  // The same in Chinese, the workers written before 人均 (seventeenth round, third part: 临时工人均日拣货 under
  // 旺季的临时工招得来、用得上, AK's clean case: how much the temps the objective hires get done is its own measure).
  const zhWorker = /([\u4e00-\u9fff]{2})人均/.exec(text)?.[1];
  if (zhWorker !== undefined && aim.includes(zhWorker)) return null;
  // Any objective that asks for neither output nor reach asks for a result of it: "Never let a ward run
  // short of clean linen", "Get patients the meals they ordered and actually eat" (set M).
  // Read without the tagger (`outcomeClause`), which would cost a sentence per objective.
  const outcome = findFirst(aim, [OUTCOME_AIM]) ?? findFirst(aim, [QUALITY_AIM]) ?? objective.title;
  if (flaggedByOtherRules(kr)) return null;
  return {
    message: {
      en: `"${output}" counts what the operation turns out, which rises with capacity and hours while "${outcome}", what the objective asks for, stands still: it does not show the objective's progress.`,
      zh: `“${output}”衡量的是产出了多少，它会随产能和工时上涨，而目标要求的“${outcome}”毫无进展：它不能说明目标的进展。`,
    },
    suggestion: {
      en: 'Measure the result the objective names, e.g. "share of dye lots matching the shade on the first try" instead of "dye lots produced per shift".',
      zh: "衡量目标所说的结果，例如用“一次染对的缸数占比”代替“染缸日产量”。",
    },
  };
}

// Our people's billable time under an objective about what clients get (K3, fourteenth round; the shape
// stands in four writers' words, every one labelled K3: "Billable hours recorded" under "Get paid for the
// work we do", set M; "Billable hours per associate" and 律师人均计费小时 under "Clients know where their case
// stands and what it will cost", V; "Billable utilisation of consultants" under "Clients who renew because the
// work paid off" and 计费工时 under 客户觉得我们的账单物有所值, Z; "Implementation consultants' billable hours",
// J). Hours billed are the firm's take and its people's load: they rise with every hour charged while the
// client's outcome stands still, and the other way round. Silent when the objective asks for the hours'
// efficiency or use itself, for hours of the people the objective names (their own asset: "Billable
// utilisation reported by firms" under "Help small law firms bill every hour they work", set O's clean case),
// for hours pushed down, and wherever K5, K6 or K7 flag the KR.
const BILLED_TIME = /\bbill(able|ed) (hours|time|utili[sz]ation)\b|计费(工时|小时|时长)/;
const USE_OF_TIME_ASKED = /\b(utili[sz]\w*|productiv\w*|efficien\w*|capacity)\b|利用率|效率|产能|人效/;

function billedTimeUnderOutcome(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  const text = keyResultText(kr);
  const billed = findFirst(text, [BILLED_TIME]);
  if (billed === null || pushedDown(kr) || USE_OF_TIME_ASKED.test(aim) || RESEARCH_AIM.test(aim)) return null;
  if (theirOwnAsset(text, aim) || flaggedByOtherRules(kr)) return null;
  const outcome = findFirst(aim, [OUTCOME_AIM]) ?? findFirst(aim, [QUALITY_AIM]) ?? objective.title;
  return {
    message: {
      en: `"${billed}" measures the time our people bill, which rises with every hour charged while "${outcome}", what the objective asks for, stands still: it does not show the objective's progress.`,
      zh: `“${billed}”衡量的是我们的人计费的时间，它随每一个收费小时上涨，而目标要求的“${outcome}”毫无进展：它不能说明目标的进展。`,
    },
    suggestion: {
      en: 'Measure what the client gets, e.g. "share of clients told the cost of their case before work starts" instead of "billable hours per associate".',
      zh: "衡量客户得到了什么，例如用“开工前就知道案件费用的客户占比”代替“律师人均计费小时”。",
    },
  };
}

// Active users counted bare under an objective that asks for something else (issue 17, fifteenth round,
// sets AC and AD, with M, R, T, U, Z and AA, which the other readings miss): "DAU 12M → 14M" under "New
// users find friends in their first session", "Weekly active surgeons" under "Make pre-op planning worth the
// surgeon's time", "Crew app monthly active users" under "Keep experienced officers sailing with us",
// 活跃收款账户 under 让外贸企业收款到账快、费用看得懂, 月活跃用户 under 销售少做表，多签单. Every writer labels
// an active count K3 under an objective that is not about how many use the product (about ninety cases
// in the tuning sets, the guide's own example, MAU under depth, among them): it rises with marketing,
// the season and newcomers while the outcome stands still. Silent where the objective asks for reach,
// more people, adoption or replacing another tool ("Replace Notion and Evernote for students", set R's
// clean case), names the active count itself ("Double weekly active teams"), is a position to reach
// ("Become customers' trusted technology partner", en.json's clean case), research, a habit of coming
// back to the product (engagement, which an active count shows) or names no outcome; for a count
// narrowed per user, per site, to a share or by a clause ("Weekly active teachers who complete a marking
// session", set C), or pushed down; and wherever K5, K6 or K7 flag the KR.
// Not 会员日活动 or 质量月活动 (events: 日/月 + 活动).
const ACTIVE_COUNT =
  /\b(dau|mau|wau)\b|\b(daily|weekly|monthly)[- ]active\b|(日|月|周)活(?!动)|活跃[\u4e00-\u9fff]{0,4}(用户|账户|帐户|商家|客户|会员|设备)/;
const ACTIVE_ASKED = /\bactives?\b|\b(dau|mau|wau)\b|活跃|(日|月|周)活(?!动)/;
const POSITION_OR_SWITCH_AIM = /^(become|be the|be our)\b|^(成为|做|打造)|\breplac\w*\b|替代|取代/;
/**
 * An objective that opens on the people it serves (after 让 in Chinese) says what happens for them: "Customers
 * who do their banking in the app", 用户刷到的是真正喜欢的内容, 销售少做表，多签单 (sets Z, R and U, K3). Not our
 * own teams ("Our teams move the billing system", a trap of the outcome-clause reading).
 */
const PEOPLE_FIRST =
  /^(?!our\b)([a-z-]+ ){0,2}(users|customers|clients|members|players|shoppers|buyers|sellers|merchants|drivers|riders|learners|students|teachers|patients|doctors|readers|viewers|listeners|parents|families|owners|hosts|guests|travell?ers|passengers|creators|developers|teams|businesses|restaurants|agencies|advertisers|farmers)\b|^让?[\u4e00-\u9fff]{0,6}?(用户|客户|会员|玩家|商家|商户|司机|骑手|学员|学生|老师|医生|患者|家长|销售|员工|团长|主播|创作者|开发者|车主|乘客|读者|熟客|老客|新客)/;
const EACH_PLACE = /^每(个|家|位)|每(个|家)[\u4e00-\u9fff]{1,3}(的)?(日|月|周)?活/;

function activeCountOffAim(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  const text = keyResultText(kr);
  const active = findFirst(text, [ACTIVE_COUNT]);
  if (active === null || NARROWED_TO_DEPTH.test(text) || EACH_PLACE.test(text) || /\b(who|that)\b/.test(text))
    return null;
  if (pushedDown(kr)) return null;
  if (kr.unit?.trim() === "%" || ACTIVE_ASKED.test(aim) || POSITION_OR_SWITCH_AIM.test(aim)) return null;
  if (asksForReach(aim) || MORE_PEOPLE_ASKED.test(aim) || ADOPTION_AIM.test(aim) || RESEARCH_AIM.test(aim)) return null;
  if (USE_AS_HABIT.test(aim) || flaggedByOtherRules(kr)) return null;
  const outcome =
    findFirst(aim, [OUTCOME_AIM]) ??
    outcomeClause(objective.title) ??
    (PEOPLE_FIRST.test(normalize(objective.title)) ? objective.title : null);
  return outcome === null ? null : reachHit(active, outcome);
}

// How many answer a survey, raised, under an objective that asks for something else (issue 17, fifteenth
// round; sets M, V and AD, all K3, all missed): "Worker voice survey response rate from 40% to 70%" under
// "Keep every worker safe and fairly paid", "Engagement survey response rate" under "People stay and grow
// with us on the factory floor", "Engagement survey participation 70% -> 90%" under "Keep the service
// engineers we worked hard to hire", 店长满意度调研参与率 under 门店收货准时、准确，不用店长操心. Answering
// shows who took the survey, not what they said: everyone can answer while nobody stays, and the other
// way round. What the survey finds (a score, a share who say something) is not read here, nor a flow's
// survey completed ("Exit survey completion" under "Subscribers skip a week instead of cancelling", set
// AC's clean case: the answers say why they leave); nor an
// objective that asks to hear from people (feedback, voice, listening), nor a rate pushed down.
const SURVEY_TURNOUT =
  /\bsurvey (response|participation)( rate)?\b|\bsurvey (responses|participants)\b|\b(response|participation) rate (to|in|on|of) (the |our )?(\w+ )?survey\b|(调研|问卷|调查)(的)?(参与|回收|填写|答复)率/;
const HEARING_ASKED = /\b(surveys?|feedback|hear\w*|listen\w*|voices?)\b|反馈|调研|问卷|倾听|心声|听到|听取/;

function surveyTurnoutOffAim(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  const turnout = findFirst(keyResultText(kr), [SURVEY_TURNOUT]);
  if (turnout === null || pushedDown(kr) || HEARING_ASKED.test(aim) || RESEARCH_AIM.test(aim)) return null;
  if (flaggedByOtherRules(kr)) return null;
  return {
    message: {
      en: `"${turnout}" counts who answers a survey, not what the objective asks for ("${objective.title}"): everyone can answer while it stands still, and the other way round.`,
      zh: `“${turnout}”衡量的是有多少人回答调研，而不是目标要求的“${objective.title}”：人人都能回答而目标毫无进展，反之亦然。`,
    },
    suggestion: {
      en: 'Measure what the objective asks for, or what the survey finds, e.g. "share of engineers hired last year still with us" instead of "survey participation".',
      zh: "衡量目标要求的东西，或调研得出的结果，例如用“按时、准确收货的门店占比”代替“调研参与率”。",
    },
  };
}

// Our own staff counted as a size under an objective about something else (README decision "People the team
// recruits are K7; a headcount is K3", round 15; sixteenth round, drawn from AF's misses "Engineering headcount
// from 84 to 110" under "Make Ledgerly the most reliable accounting backend for mid-market finance teams",
// 大促值班人数 under 大促期间卖家后台不卡 and 设计中心人数 under 新客户第一周就能让整个团队用起来; found on R, AD, AJ, V and
// S: "Finance headcount from 14 to 16" under "Every plant manager knows their cost per tonne weekly", "Headcount
// of service engineers 210 → 260" under "Keep the service engineers we worked hard to hire", 驻段服务人员 (人数)
// under 地铁公司早高峰上线的车一辆不少, 保洁员人数 under 小区公共区域随时干净, 促销员人数 under 在华东商超把低温肉制品卖成
// “必买单品”, 跑腿员在线人数 under 用户急用的东西一小时内送到手: all K3). docs/method.md K3 names a head count among
// the families that show none of the outcomes an objective names: it rises with hiring while what the objective
// names stands still, and the other way round. The reach reading finds most headcounts; this one reads those it
// leaves (an objective that names a market or new customers, or no outcome word), by the headcount alone.
// Silent where the objective asks for staffing itself (staffed, hiring enough, capacity, 人手, 招聘: "Wards are
// staffed with our own nurses, not agency shifts" with "Registered nurse headcount", set AI's clean case), for
// research, for a headcount narrowed (per, a share, 人均) or pushed down, for a customer's own headcount
// ("Customer headcount under management", AA's clean case), and wherever K5, K6 or K7 flag the KR (recruiting
// with the team's verb, K7). Chinese by a noun of our workers (…员, …师, 值班, 中心, 团队, not 会员 or 学员)
// before 人数, or a title ending in 人员 with 人数 in the metric field, or written "…从 N 人增加到 M 人" (below, since
// round 16d settled K's split). English also by a network of our workers written as a size ("Installer network from
// 900 to 1,200 pros" under "Homeowners get their thermostat installed right the first time", AO; "Fitter network
// grown from 140 to 180" under "Kitchens fitted right the first time", AJ; "Certified installers in network", J;
// README round 15: "installers in the network" is its own example of a size); a total in the network stays K5's.
const STAFF_SIZE =
  /\bheadcount\b|(?<![会学社成队])员[\u4e00-\u9fff]{0,2}人数|[\u4e00-\u9fff]师人数|(值班|中心|团队)人数|\b(installer|fitter|technician|engineer|contractor|plumber|electrician|carer|cleaner)s? network\b|\b(installers|fitters|technicians|engineers|contractors|plumbers|electricians|carers|cleaners) in (the |our )?network\b/;
/**
 * Sixteenth round, third pass (README round 16d: k-zh "品控人员从 30 人增加到 50 人", ab-zh "高峰在岗骑手从 150 人增加到 220 人"
 * relabelled K7 → K3, "a size written as a size, not the team's hiring verb"): our workers written "…从 N 人增加到 M 人" with
 * a verb of the size's direction (增加, 提升, 增长, 提高) are a headcount. Found in K, AB, AF (研发人员 under 降低每笔贷款的科技
 * 成本), AK (在册船员 under 船员按时上船) and AP (交付项目经理 under 新客户第一个月就把机器人用起来), all K3, with F's and Q's already
 * read. Not with 扩充 or 扩到, which writers split (K7 in G, K, S and AA; K3 in AP and AK), nor a partner's or a customer's
 * people (伙伴认证工程师, 客户工程师), nor members or students (会员, 学员).
 */
const STAFF_WRITTEN_AS_SIZE =
  /^(?![\u4e00-\u9fff]*(伙伴|客户|认证|会员|学员|成员))[\u4e00-\u9fff]{0,6}(人员|(?<![会学成社队])员|师|经理|骑手)(人数)?\s*(从|由)\s*[\d,.]+\s*人\s*(增加|提升|增长|提高)到/;
const STAFF_IN_FIELD = /人员$/;
const THEIR_HEADCOUNT = /\b(customer|client|member|employer|partner)s?'? headcount\b/;
const STAFFING_ASKED =
  /\b(staff(ed|ing)|understaffed|short-staffed|headcount|team size|(hire|hiring|recruit\w*) (\w+ ){0,2}(more|enough|faster|sooner)|capacity|(grow|build|expand|scale) (\w+ ){0,3}(team|teams|workforce))\b|人手|编制|人力|招聘|招人|招募|招得|扩编|组建|排班|缺人|满编/;

function staffSizeOffAim(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  if (STAFFING_ASKED.test(aim) || RESEARCH_AIM.test(aim)) return null;
  const text = keyResultText(kr);
  const title = normalize(kr.title).trim();
  const staff =
    findFirst(text, [STAFF_SIZE]) ??
    (STAFF_IN_FIELD.test(title) && /人数/.test(normalize(kr.metric ?? "")) ? title : null) ??
    (STAFF_WRITTEN_AS_SIZE.test(title) ? (title.split(/\s*[从由]/)[0] ?? title) : null);
  if (staff === null || THEIR_HEADCOUNT.test(text) || pushedDown(kr) || kr.unit?.trim() === "%") return null;
  if (/%|\b(per|ratio|share)\b|人均|占比|比例|率/.test(text) || flaggedByOtherRules(kr)) return null;
  return {
    message: {
      en: `"${staff}" counts our own people, which rises with hiring while what the objective asks for, "${objective.title}", stands still: it does not show the objective's progress.`,
      zh: `“${staff}”衡量的是我们自己有多少人，它随招聘上涨，而目标要求的“${objective.title}”可能毫无进展：它不能说明目标的进展。`,
    },
    suggestion: {
      en: 'Measure what the objective asks for, e.g. "share of month-end closes finished by day 3" instead of "finance headcount".',
      zh: "衡量目标要求的东西，例如用“大促期间后台响应超过 2 秒的请求占比”代替“值班人数”。",
    },
  };
}

/**
 * Seventeenth round, first part: money put into advertising, counted upward or set as an amount (a marketing or
 * promotion budget, ad or paid-search spend, 推广预算, 营销费用, 投放费用, 广告消耗, 直通车投放), is an input the team
 * decides, not progress on any objective: it rises with the budget while what the objective asks for (sign-ups, a
 * market's first place, learners who finish, customers won profitably) stands still, and the other way round
 * (docs/method.md K3: a metric has to move when the objective moves). Five writers label it K3 and none leaves it
 * clean: "Google Ads spend from $80k to $140k" under "Grow paid signups by 40% this quarter" and 应用商店关键词投放费用
 * 从40万元增加到90万元 under 本季度注册用户突破500万 (AN), 信息流广告消耗 under 招到适合的学员，少退费 (AN), "German marketing
 * budget €4M" and 东南亚市场推广预算4000万元 under "Dominate food delivery in every German city" / 成为东南亚第一外卖平台 (AM),
 * "Paid search spend from 90 to 140" under "Grow new customers in the UK profitably" and 直通车投放从90提升到140 (AO),
 * "Advertiser ad spend from 14 to 20" (J) and "Average first-campaign budget" (I), found beside K2. Not a spend pushed
 * down (a cost cut), a rate or return on it (营销费用率, "Return on ad spend", a share or a figure per unit: K5's and
 * the cost family's, clean in K and Z), nor under an objective about the spending itself (用更少的钱拉到会留下来的用户 with
 * 投放预算, AA, K2 alone; an objective about cost, budget or return), nor under one that asks customers to advertise
 * with us, where their spend is its own measure (广告主季度消耗 under 让更多中小广告主在平台投放, a trap of the eleventh round).
 */
const AD_SPEND =
  /\b(marketing|advertising|ad|ads|paid[- ]search|paid[- ]social|google ads|facebook ads|meta ads|promotion(al)?|campaign|user acquisition|ua|media) (spend|budget|spending|outlay)\b|(营销|市场|推广|广告|信息流|投放|买量|获客)[\u4e00-\u9fff]{0,4}(预算|费用|花费|支出|消耗|投入)|(直通车|广告|信息流|买量)投放(?=\s*(从|由|[\d,.]))/;
const SPEND_RATIO = /%|\b(return on|roas|roi|per|share|ratio|rate|as a share)\b|率|占比|比例|每|单(个|次|位)|成本/;
const SPENDING_ASKED =
  /\b(spend\w*|budget\w*|cost\w*|cheap\w*|for less|less money|roi|return on|advertise|advertising)\b|预算|花钱|花费|少花|更少的钱|省钱|成本|投入产出|回本|降本|投放|投广告/;

function adSpendOffAim(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  const text = keyResultText(kr);
  const spend = findFirst(text, [AD_SPEND]);
  if (spend === null || SPENDING_ASKED.test(aim) || SPEND_RATIO.test(text) || kr.unit?.trim() === "%") return null;
  if (pushedDown(kr) || flaggedByOtherRules(kr)) return null;
  return {
    message: {
      en: `"${spend}" is money put into advertising, which rises with the budget while what the objective asks for, "${objective.title}", stands still: it does not show the objective's progress.`,
      zh: `“${spend}”是投进广告的钱，它随预算上涨，而目标要求的“${objective.title}”可能毫无进展：它不能说明目标的进展。`,
    },
    suggestion: {
      en: 'Measure what the spending should bring, in the objective\'s own terms, e.g. "paid sign-ups still active after 30 days" instead of "Google Ads spend".',
      zh: "衡量这笔投入应带来的结果，用目标自己的说法，例如用“30 天后仍活跃的付费注册用户数”代替“投放费用”。",
    },
  };
}

/**
 * Seventeenth round, second part: our money, per paying customer or in total (ARPPU, ARPU, ARPA, revenue per paying
 * user or per DAU, 客单价, 会员收入, 企业培训收入), under an objective that asks customers to feel or see that what they pay
 * is worth it or fair ("Players who pay feel it was worth it", "Make spending feel fair to players who pay", "Firms on
 * Starter see why Pro is worth paying for", 付费体验让玩家觉得值, 企业客户觉得派员工来培训物有所值): it rises with the price
 * while nobody feels it is worth more, and the other way round (docs/method.md K3). Thirteen writers label it K3 and
 * none leaves it clean (B, F, G, H, I, W, AA, AC, AI, AJ, AO, AL, AN, beside K, L, U, AB, AH and AM found before); the
 * money the objective's word "worth" or "spend" seemed to name (MONEY_AIM) is what the customer judges, not ours.
 * Not what members save (会员每年节省金额中位数 under 付费会员真的觉得值, AC; 会员月均省下的金额, 07; AE: clean), which is
 * the worth itself, nor a share or rate of the money, nor money pushed down.
 */
const VALUE_FELT =
  /\b(feel|feels|felt|feeling|see why|see that)\b[^,;]{0,40}\b(worth|fair|well spent|value for money)\b|\bworth (paying|the money|the price)\b|觉得[^，,。；;]{0,10}值|花得值|物有所值|值回票价/;
const MONEY_OF_OURS =
  /\b(revenue|arr|mrr|gmv|bookings|fees?|premiums?|subscriptions?|commissions?|billings?|sales)\b|营收|收入|销售额|交易额|成交额|流水(?!线)|gmv|金额/;
const SAVED = /\b(sav(e|ed|es|ing|ings))\b|省|节省|节约/;

function moneyUnderValueFelt(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  const felt = findFirst(aim, [VALUE_FELT]);
  if (felt === null) return null;
  const text = keyResultText(kr);
  const money = moneyPerDeal(text) ?? findFirst(text, [MONEY_OF_OURS]) ?? moneyTaken(text);
  if (money === null || SAVED.test(text) || pushedDown(kr) || kr.unit?.trim() === "%") return null;
  if (/%|\b(rate|share|ratio)\b|率|占比|比例/.test(text) || flaggedByOtherRules(kr)) return null;
  return {
    message: {
      en: `"${money}" is the money we take, which rises with the price while whether customers feel it is worth it ("${felt}"), what the objective asks for, stands still: it does not show the objective's progress.`,
      zh: `“${money}”是我们收到的钱，它随价格上涨，而目标要求的客户觉得值（“${felt}”）可能毫无进展：它不能说明目标的进展。`,
    },
    suggestion: {
      en: 'Measure how customers judge the worth, e.g. "share of paying players who say their last purchase was worth it" instead of "ARPPU".',
      zh: "衡量客户自己怎么评价值不值，例如用“认为上次付费物有所值的付费玩家占比”代替“ARPPU”。",
    },
  };
}

/**
 * Seventeenth round, second part: the money advertisers pay us (ad, promotion or sponsorship revenue, 曝光服务收入,
 * 赞助收入) under an objective that asks that the ads work for them, bringing them sales, customers or conversions
 * ("Advertisers renew because the ads worked", AA; "Local advertisers get customers through the door from our ads",
 * AH; "Local businesses get walk-ins from map ads they can see", AF; "Brands see sales they can trace to Gleam ads",
 * AL; "Sellers pay for promotion because it sells their items faster" and 卖家愿意花钱买曝光，是因为真的卖得更快, AM;
 * 赞助商续约，因为他们看到了粉丝的真实转化, AH: all K3, with J, L, AB, AC and AF found before): it rises with our prices
 * and the budgets we sell while no advertiser gets more from an ad, and the other way round (docs/method.md K3).
 * The sales or selling the objective names are the advertiser's, not a reach the money shows. Not where the objective
 * asks only that advertising pay off, stay or be worth a premium (B, K, AB: clean or K2 alone), nor a return or a
 * figure per unit ("Return on ad spend", "Ad revenue per thousand streamed hours": ratios, clean in F, AH, AL).
 */
const AD_MONEY =
  /\b(ad|ads|advertising|promotion|promoted|sponsorship|sponsored)( [\w-]+){0,2} (revenue|income)\b|(广告|曝光|推广|赞助)[\u4e00-\u9fff]{0,4}(收入|营收)/;
const ADS_NAMED = /\b(ads?|advertis\w*|promotion|promoted|sponsors?\w*)\b|广告|曝光|推广|赞助/;
const ADS_WORKING =
  /\b(work|works|worked|working|sales|sells?|customers|walk-?ins?|through the door)\b|转化|卖得|成交|带来[\u4e00-\u9fff]{0,4}(客|生意|购买)/;

function adMoneyUnderAdsWorking(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  if (!ADS_NAMED.test(aim) || RESEARCH_AIM.test(aim)) return null;
  const working = findFirst(aim, [ADS_WORKING]);
  const text = keyResultText(kr);
  const money = findFirst(text, [AD_MONEY]);
  if (working === null || money === null || pushedDown(kr) || kr.unit?.trim() === "%") return null;
  if (SPEND_RATIO.test(text) || flaggedByOtherRules(kr)) return null;
  return {
    message: {
      en: `"${money}" is what advertisers pay us, which rises with our prices and the budgets we sell while the ads work no better for them ("${working}"), what the objective asks for: it does not show the objective's progress.`,
      zh: `“${money}”是广告主付给我们的钱，它随价格和卖出的预算上涨，而目标要求的广告对他们有效（“${working}”）可能毫无进展：它不能说明目标的进展。`,
    },
    suggestion: {
      en: 'Measure what the ads bring the advertisers, e.g. "share of advertisers who can trace a sale to their campaign" instead of "ad revenue".',
      zh: "衡量广告给广告主带来了什么，例如用“能追踪到成交的广告主占比”代替“广告收入”。",
    },
  };
}
