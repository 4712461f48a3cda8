import { ACCUMULATES_ZH, COLLECTION, PERIOD, stockCount, stockCountZh } from "../language/measured-quantity.ts";
import { isChinese } from "../language/shape.ts";
import { findFirst, keyResultText, wordedDirection } from "../text.ts";
import type { DraftKeyResult, Hit } from "../types.ts";
import { checkOutcomeNotOutput } from "./k7-outcome-not-output.ts";

const COUNT_NOUN =
  "(views|page ?views|accounts|users|downloads|installs|sign-?ups|sign ups|registrations|followers|fans|subscribers|visitors|visits|impressions|members|likes|stars)";
// "total monthly active users" or "total paying accounts" can fall, so they are not vanity totals.
const GAP = "(?:(?!(?:active|paying|retained|churned)\\b)[\\w'-]+ ){0,3}";

const VANITY_TOTAL: readonly RegExp[] = [
  new RegExp(`\\b(total|cumulative|all-time|all time|lifetime|overall|aggregate) (number of )?${GAP}${COUNT_NOUN}\\b`),
  // Registration is a one-way door: registered accounts of any kind only accumulate.
  // Of any kind (tenth round, set K: "Registered farmers from 14k to 20k"): the door is one-way whoever
  // walks through it. Not registered after the noun ("Services registered in the catalog", a K7 count).
  // Not "registered" followed by its preposition (seventeenth round, part 2, set AP: "Co-sell opportunities registered with AWS", K6): the
  // participle after what was registered, whose next plural ("AWS") is no people registered.
  /\bregistered (?!(with|on|in|at|for|by|to|under|as|via|through)\b)(\w+ ){0,2}?[a-z-]+s\b|\buser accounts\b|\baccounts created\b/,
  // People registered on our app, platform or portal, the participle after them (sixteenth round, sets AE and AK beside H's "Total
  // patients registered in the EHR": "Growers registered on the trading app 4,000 to 7,000", "SMEs registered on the supplier portal
  // 800 → 2,000"): the same one-way door, by the README's decision "People registered, counted bare, are K5". Only on or with a
  // platform we run: not things registered in a catalogue (set B: "Services registered in the catalog", K7), not the newly
  // registered, nor registrations in a window (a flow).
  /(?<!\bnew )\b[a-z-]+s registered (on|with) (the |our )?([\w-]+ ){0,2}?(app|platform|portal|marketplace|site|website)\b(?!.*\b(this|per|each|every|a) (week|month|quarter|year)\b)/,
  // Enrolled or signed-up people counted bare, as the title's own noun phrase (fourteenth round, README's label decision
  // "People registered, counted bare, are K5": "Enrolled members from 62k to 75k", "签约人数 30000 → 36000"): the same
  // one-way door as registered. Not narrowed to a behaviour (who, that, with) nor with a window (the caller's PERIOD
  // words are read by RATIO and the window checks); a share of them is set aside before.
  /^\s*enrolled (members|users|patients|learners|customers)\b(?! (who|that|which|with|whose|in their)\b)/,
  /^[^，,。；;\d]{0,6}?(?<!新|新增|本季|本月|当月|每月)签约(人数|用户数|会员数)(?!率|占比|比例)/,
  // An audience on someone else's platform only grows and says nothing of value delivered.
  // Not likes, retweets or reposts (fourteenth round, sets I, Y and Z: "Instagram likes", 直播间点赞数, all K6): a
  // reaction to one post is attention, read by K6 (measured-quantity.ts), not an audience that stays.
  /\b(followers|fans|subscribers on \w+|(github|repo|repository) stars)\b/,
  // The same audience counted by its noun's count (twelfth round, second part, set Q: "Social media follower count from
  // 310k to 420k"): a follower or fan count is the followers.
  /\b(follower|fan|stargazer) (count|number|total)\b/,
  // A game's wishlists and pre-registrations counted bare (fifteenth round, set AH: "Steam wishlists 12k → 60k"; sets U and
  // AC: "Wishlists from 310k to 450k", "愿望单数量从 28 万增长到 45 万", "预约用户" 1.2M → 2.5M; set G's "Steam wishlists in
  // total", L's and T's 累计预约人数): a wishlist stays whether its owner ever buys, a following that only grows. Not the
  // wishlists added in a period (set K: "Expansion wishlist adds", K3), nor a conversion from or to them (a rate).
  /^(?:[\w-]+ ){0,2}?wishlists\b(?!\s+(added|per)\b)/i,
  /愿望单(数量|总数|数)?(?=\s*(从|\d|$))|^(游戏)?预约用户(数|总数)?$/,
  /(粉丝|关注者)(数|量|总数)?/,
  // Stars of a code host in Chinese (thirteenth round, third part, set U: "GitHub Star 数从 1.2 万增长到 2 万"; set B's
  // "GitHub Star数", set C's "Gitee + GitHub 累计 star"), the Chinese twin of "GitHub stars" above: an audience that stays.
  /(github|gitee)[^，,。；;\d]{0,10}?star/,
  /\b(downloads|sign-?ups|registrations|installs|users|views) (to date|since launch|ever)\b/,
  // An app's downloads counted bare in Chinese by the store or the client named for the app (sixteenth round, part 2, writers AH,
  // AI and W: "应用商店下载量 200 万→350 万", "客户端下载量 120 万→150 万", "家属端 App 下载 10 万" from 4 万, 应用商店下载总量): the
  // decision "App downloads counted bare are K5" (stockCountZh reads "App 下载量"), whatever names the app and with the count
  // word left to the values. Not in a window or per head (每月, 月均, 本季, 新增, 人均: a flow), nor a document's downloads (模板,
  // 手册, 白皮书: views, K6's), nor the time a download takes (下载时长).
  /^(?![^，,。；;]*(每|[日周月季年]均|本[日周月季年]|当[日周月]|新增|人均|协助|时长|速度|率|占比|比例))[^，,。；;\d]{0,6}?(应用商店|应用市场|客户端|app)\s*(?<![日周月季年天])(下载|安装)(量|数|次数|总量)?(?=\s*(从|由|\d|→|$))/i,
  // One class of what accumulates (`ACCUMULATES_ZH`: 阅读 and 收听 as 观看 and 播放) after 累计 or 总 or before 总数.
  new RegExp(`累计[^,。;]{0,8}(${ACCUMULATES_ZH})`),
  // Not the time of it here (tenth round: "赛事直播总观看时长", then K6): the total time watched, played or listened to is read
  // below since round 17b relabelled it K5; other times (总耗时, a wait) are not a stock.
  new RegExp(
    `总(?!体|部|监|结|经理|裁|额|收入|成本|时长|时间|耗时)[^,。;]{0,4}(${ACCUMULATES_ZH})(?!时长|时间|小时|分钟)`,
  ),
  new RegExp(`(${ACCUMULATES_ZH}|关注者)[^,。;]{0,4}(总数|总量|总和|总次数)`),
  // But the total time of watching, playing or listening, summed over every viewer (seventeenth round, part 2, writers U, I and AN:
  // "总播放时长从 3.8 亿小时提升到 4.5 亿小时", "赛事直播总观看时长 1.2 亿小时→1.6 亿小时" relabelled K5 in round 17b, "有声书总收听时长从800万
  // 小时增加到1100万小时"; in English AB, AC, AH, AL, H and U's "Total hours streamed", "Total listening hours"): the README's round-14
  // decision "a total of hours watched is K5"; time per viewer or per session stays K6's (a share or 人均 is set aside before). Not
  // a wait or a job's time (总耗时, 叫车到上车总时长: no act of watching, and cut), nor reading or study time (on a reading or learning
  // product the time may be the value, K6's rule).
  /总(观看|播放|收听|收看)时长|(观看|播放|收听|收看)总时长/,
  // K5 (tenth round, set J: "注册车主数突破 200 万"): registered people of any kind counted, as 注册用户 is; not
  // the newly registered (新注册商家数 per month is a flow, K3's), nor a certificate or documents (注册证).
  // 新增 is 新 said in two characters (twelfth round, third part, set R: "新增注册用户从 120 万提升到 150 万", K3, beside
  // J's 买量新增用户 and H's 新注册用户 per month): the newly added users are a flow, whichever noun follows.
  // And 注册数 with nothing between (fifteenth round, sets AC and AD: 开发者注册数, "安装商 App 注册数从 3800 提升到 6000"), the
  // twin of 注册量; not sign-ups by invitation (set R: 被邀请注册数, a referral's flow, K2's).
  // And people registered on a platform, counted bare with their values next (sixteenth round, sets AE and AK: "平台注册机手从 8 万到 12
  // 万", "采购平台注册供应商从1.2万家增加到3万家"; beside sets AD, O, S and H's 平台注册司机, 平台注册译员数, 平台注册阿姨数, 平台注册学员总数,
  // found before): the README's decision "People registered, counted bare, are K5" whatever the people are called. Not a filing
  // (注册申报, 注册证: K7's), nor the newly registered (a flow), nor what follows registration (注册后, 注册转化).
  /(?<!新|新增\s?)平台注册(?!申报|证|资料|后|流程|环节|页|转化)[\u4e00-\u9fff]{1,4}?(?=\s*(从|由|\d|→|$))/,
  // Accounts opened counted bare (sixteenth round, part 2, writers O, AC and AG: 开户数 8 → 12 万户, 广告主开户数, 个人养老金账户开户数;
  // "Advertiser accounts opened" 540k → 700k, AC; beside I's "Accounts opened, all-time" and J's 开户商家数累计): an account once
  // opened stays in the count whether it is ever used, the one-way door of registration, by the README's decision "People
  // registered, counted bare, are K5" (set O's 开户数 relabelled by it). Not the newly opened (新开户数, K3), a month's or a
  // window's (月开户数, "per month", K3: PERIOD), accounts opened by a group (by, among: a cohort's behaviour, K3), nor what
  // follows opening (开户后, 开户审核, 开户流程).
  /^[^，,。；;\d]{0,10}?(?<!新|[日周月季年]|本月|当月|每月)开户(数|量|户数)(?!率|占比|比例)/,
  /^\s*([\w-]+ ){0,2}?accounts opened(?! (by|among|per|in|through|via|with)\b)(?=\s*($|[:→(]|->|from\b|\d))/,
  /(?<!新|新增\s?)注册用户|(?<!新|新增\s?)注册量|(?<!新|新增\s?|邀请)注册数(?!据)|(?<!新|新增\s?)注册(?!资料|证|后|转化|流程|环节|时长|页|名单)[^，,。；;\d%率]{1,4}?(数|总数)(?!据)/,
  // K5 (tuning-2026-12-07): a list or database counted by its size grows by sign-up alone ("Grow
  // our mailing list to 80k contacts", "Users in the community database"); 人数, 好友 and 成员 are
  // head counts like 会员 ("社群总人数", "企微好友总数").
  // And a catalogue counted by its lines or entries, or a library by its size (twelfth round, second part, sets Q and
  // J: "Parts catalogue lines from 180k to 220k", "Total library size 2.1M titles → 2.5M"): a collection that keeps
  // every entry, as "Products in our library" is (COLLECTION). Not SKUs (K3's range, measured-quantity.ts).
  /\bcatalog(ue)? (lines|entries|items|titles)\b/,
  /\b(mailing|email|contact|subscriber|newsletter|waiting|crm) list\b|\b(users|members|contacts|people|subscribers) in (the|our) (\S+ ){0,2}(database|list|crm|directory)\b/,
  /总(?!体|部|监|结|经理|裁|额|收入|成本|时长|时间|耗时)[^,。;]{0,2}(人数|好友|成员)|(好友|成员|人数)(总数|总量)/,
  // Cumulative wording makes any count a vanity total ("total scans run since launch").
  // The plural is a noun's: not "this", "is" or "across" ("Bookings in total this quarter", ninth round).
  // Not a total sold with no beginning (eleventh round, set M: "Total bags of seed sold from 310k to 340k",
  // labelled K3): a sale is a flow, the quarter's sales; sold since a beginning stays a running total.
  // Nor a total of work our people do in the period (twelfth round, second part, set Q: "Total units graded", K6: "'Total'
  // here is a quarter's volume of work"): graded, processed, handled, repaired, inspected, shipped, packed or picked
  // with no beginning is the period's throughput; since launch it stays a running total (sets H and I).
  // Nor money taken (seventeenth round, part 2, set AB: "Total retail sales", K2): sales, revenues or earnings with no beginning are the
  // period's money, a flow (NOT_STOCKS sets them aside after the plural too), not a count that keeps what it counted.
  new RegExp(
    `\\btotal (?!(?:[\\w-]+ ){0,4}(sold|graded|processed|handled|repaired|inspected|shipped|packed|picked|sales|revenues|earnings|profits|proceeds|takings)\\b(?!.*\\b(since|to date|ever|all[- ]time)\\b))(number of )?${GAP}(?!(this|is|was|has|its|us|plus|across|as|less|unless)\\b)[a-z-]+s\\b`,
  ),
  // "accumulated" is the participle of "cumulative" ("Google reviews accumulated", ninth round).
  // And since any other beginning of the thing counted (eleventh round, set M: "Total MWh generated since
  // commissioning", beside every writer's since launch and since opening).
  // Not the idiom "up to date" (eleventh round, set O: "Balances brought back up to date each month"): a
  // state reached, not a total since a beginning.
  // And since a year or a named start (sixteenth round, part 2, writers W, Y and Z: "Total raised since 2019", "Total MWh
  // generated since 2019", "Total kg flown since 2020", "Passenger numbers since franchise start"; beside 07, K, L, M, R, V,
  // AB and AE's "since 2019", "since 2010", found by a plural before it): a count from a beginning years back keeps all it
  // ever counted, whatever stands before "since" (a unit, money, a noun that is no plural); every tuning case so worded is K5.
  /\b(cumulative|accumulated|all-time|since (launch|commissioning|go-live|inception|reopening|(19|20)\d\d|([\w-]+ ){0,2}(start|launch))|(?<!\bup )to date)\b|\blifetime (?!value)[a-z-]+/,
  // K5 (ninth round): an audience named as a whole, a base, a size or a following ("Grow our user
  // base", "Community size from 5k to 12k", "Twitter following"), is the same stock as registered
  // users or followers: it keeps everyone who ever joined. Not a customer base or a deal size (people
  // who pay, money), and not narrowed by a period or a use (active, paying: the GAP words above).
  /(?<!\b(active|paying|paid|retained|engaged|premium) )\b(user|fan|follower|subscriber|member|installed|install|reader|listener|viewer) base\b|\b(community|audience|email list|mailing list|newsletter|channel|server|group|library|catalogue|catalog|archive|database|repository) size\b|\b(social|twitter|instagram|linkedin|tiktok|youtube|facebook|social media) following\b/,
  /累计|总计|(上线|发布|成立)以来/,
  // 至今 and 迄今 after a beginning say 以来 (ninth round: "上线至今下载量", "迄今注册人数").
  /(上线|发布|成立|开服|开业|创立|开通)至今|迄今(为止)?/,
];

// Shares, rates and per-user figures are what the method recommends instead of totals. K5 (tenth
// round, set J: "作品在社区被其他学员点赞的中位数 3 → 5"): a median or an average is a figure per
// thing, which falls when the typical one does, not a running total.
const RATIO =
  /\b(share|percentage|percent|proportion|ratio|rate|per|median|average|mean)\b|%|占比|比例|比率|率|人均|每|中位数|平均|均值/;

const CONVERSION_RATE = /\bconversion\b(?! (events|count|volume)s?\b)|转化/;

/** The vanity total in the key result's words, or null. K6 uses it to leave totals to K5. */
export function findVanityTotal(kr: DraftKeyResult): string | null {
  const text = keyResultText(kr);
  // A unit that opens with a percent sign ("% per month", "% of passes due", set O) is a share as "%" is;
  // and a conversion is a rate (set O: "Digital subscription conversion from registered readers"): the
  // registered readers are its base, not a total counted.
  const checklist = CHECKLIST_ZH.exec(kr.title.trim());
  if (checklist !== null && !falls(kr)) return checklist[0].trim();
  if (RATIO.test(text) || CONVERSION_RATE.test(text) || /^%/.test(kr.unit?.trim() ?? "")) return null;
  // A total the team wants to bring down (open bugs, total cost) does not grow by itself.
  if (falls(kr)) return null;
  // K5 (fourteenth round, README's label decision "A year's count is a flow, not K5", writers V, Y and Z: "Total annual
  // visits", "Total tonnes shipped year to date", "Containers handled year to date", 年接待观众总量): a count over a named year
  // or a year to date starts again each year, so it is not a total that "grows by itself" (docs/method.md K5 leaves out
  // "a period's flow"), however the writer says "total". Running totals stay: since, all-time, ever, lifetime, 累计.
  if (YEAR_FLOW.test(text) && !RUNNING.test(text)) return null;
  // K5 (seventeenth round, set AM: "司机月注册量从1.2万提升到1.8万", K3, a trap): a day, week, month or quarter written straight before
  // the act counted (月注册量, 日激活量, 周下载量) makes it that window's flow, as 每月 and 新增 do (FLOW_OR_USE_ZH) and as the app
  // downloads' look-behind reads 月下载; not after 累计 or another running word.
  if (WINDOWED_ACT_ZH.test(text) && !RUNNING.test(text)) return null;
  // K5 (seventeenth round, part 2, docs/method.md K5 "unless … a behaviour (active, paying)"): users or members named active (活跃,
  // 日活, 月活) are those who still use it this period, a count that falls when they stop, as GAP sets "total active users" aside in
  // English (set AP: "活跃用户总数从12万增加到20万", K3); not after 累计 or another running word.
  if (ACTIVE_ZH.test(text) && !RUNNING.test(text)) return null;
  // K5 (seventeenth round, part 2, writers 07, AD and AG: "搜索带来的试用注册", "本季投放带来的新注册企业数", "抖音投放带来的注册量", none
  // K5): sign-ups or downloads a channel or a campaign brought (带来的, 引来的) are that channel's yield this period, a flow read
  // for K3, as English sets a source after "from" aside ("Installs from paid UA campaigns", APP_DOWNLOADS).
  if (CHANNEL_YIELD_ZH.test(text) && !RUNNING.test(text)) return null;
  // Items the team adds to a catalogue, with its verb first ("Add 150 titles to the catalogue", set AB): K7's, by the same
  // decision as CATALOGUE_SIZE's verbs below; read before the title and the metric field are joined ("… catalogue" +
  // "titles added" reads as "catalogue titles").
  if (ITEMS_ADDED.test(kr.title.trim())) return null;
  // K5 (README round 17b, "A pool the team draws people from is a panel, not a catalogue", writers AK and AN: "评标专家库从800人扩充到
  // 1500人", "当地法律顾问库从30家扩充到80家", "审稿专家库从900人扩充到1500人", all K3): experts, advisers, reviewers or firms the team
  // assigns to the work, written as a 库 of a size, are a headcount or a partner network (K3's), not a library's entries; 库 in the
  // name does not make a library. Read by what the 库 holds (people or firms named before it) or by what its size counts (人, 名,
  // 位, 家). Not a running total or a 总数 of them (round 17b keeps registered or total counts of supply K5), nor a 库 of documents
  // about people (人才库简历总数: résumés, K5).
  const pool = isChinese(kr.title) && PEOPLE_POOL_ZH.test(kr.title) && !RUNNING.test(text) && !/总/.test(kr.title);
  const catalogue = pool ? null : (catalogueSize(kr, text) ?? platformStock(kr));
  if (catalogue !== null) return catalogue;
  // 扩充 (to stock up by adding to it) names the team filling what it keeps (thirteenth round, third part, sets O, R and
  // U: "平台阿姨总数从 2 万扩充到 3 万" K3, "课程总数从 3000 节扩充到 5000 节" K7, "滤镜库从 160 款扩充到 240 款" K7 then, K5 since round 16d; and every
  // other writer's 扩充: SKUs, staff, checklists, articles, as K3 or K7): supply, range or content the team adds, not an
  // audience that accumulates by itself. Not 扩大 (set 07: "社群总人数从 2 万扩大到 5 万", K5), and not an audience named
  // (社群成员, 粉丝, 会员, 用户: people who join, whatever verb says it).
  if (/扩充/.test(text) && !/粉丝|关注|会员|用户|成员|订阅/.test(text)) return null;
  return (
    findFirst(text, VANITY_TOTAL) ??
    totalSaidAfter(text) ??
    stockShape(kr) ??
    (pool ? null : collectionShape(kr, text)) ??
    namedStock(kr, text)
  );
}

const ACTIVE_ZH = /活跃|日活|月活/;
const CHANNEL_YIELD_ZH = /(带来|引来|带来了)的[^，,。；;]{0,6}(注册|下载|安装|激活|关注|粉丝|会员|用户)/;
const PEOPLE_POOL_ZH =
  /(专家|顾问|律师|律所|讲师|导师|评委|评审|审稿人?|达人|译员|翻译|师资|供应商|服务商|承包商|分包商|合作方|志愿者|配音员?|主播|技师|师傅|工程师|设计师|摄影师|顾问团|律所|机构)库|库[^，,。；;\d]{0,4}?(从|由)\s*[\d,.]+\s*(万|千)?\s*(人|名|位|家)(?![\u4e00-\u9fff]*(文章|条|篇|份|道|题))/;

const falls = (kr: DraftKeyResult): boolean =>
  (typeof kr.baseline === "number" && typeof kr.target === "number" && kr.target < kr.baseline) ||
  wordedDirection(kr.title) === "decrease";

/**
 * K5 (seventeenth round, part 2, writers Q, AC and S: "检测项从 260 项扩充到 400 项", "检测项从 259 项增加到 300 项", "每台设备出厂检验项目从
 * 60 项增加到 90 项", each relabelled K5 by the README's rounds 16d and 17, "A stock is not K7 without the team's verb": a checklist
 * written as a stock): the items of an inspection or test checklist, from one size to another in 项, are a library's entries, "a
 * collection counted bare" (docs/method.md K5), as a suite's test cases are (round 16c). Read before the shares, since 每台 (on each
 * machine) names what the checklist is applied to, not a figure per head. Not items added with the team's verb or "new" (新增检测项目,
 * set AD: K7), nor a share, a rate or checks carried out (完成, 执行: the work, K6's).
 */
const CHECKLIST_ZH =
  /^(?![^，,。；;]*(新|率|占比|比例|人均|平均|完成|执行|开展|覆盖|每(?![台件批辆套个款])))[^，,。；;\d]{0,10}?(检测|检验|检查|质检|测试)(项|项目|条目)(数|数量|总数)?(?=\s*(从|由)\s*[1-9][\d,.]*\s*项)/;

const YEAR_FLOW =
  /\b(this year|year to date|year-to-date|ytd|annual|annually|yearly|per year|a year|each year|every year|in 20\d\d)\b|(^|[^\d\s])\s?年(接待|吞吐|总|度|销量|访问|客流)|全年|年度/;
// And anything under management (fourteenth round, set AA beside H's "Total deposits under management": "total units under
// management", a landlord's portfolio, a trap): what a firm manages for its clients leaves with them, a book like assets
// under management, by the same decision.
const BALANCE =
  /\b(deposits|loan (book|portfolio)|balances?|assets under management|aum|funds under management|under management)\b|余额|资产规模|贷款规模/;
const WINDOWED_ACT_ZH = /[日周月季](注册|激活|下载|安装)(量|数|人数|用户数?)/;
const RUNNING = /\b(since|all[- ]time|ever|lifetime|cumulative)\b|累计|以来|至今|迄今/;

/**
 * K5 (fourteenth round, README's label decision "A catalogue's size is K5; items added are K7", writers F, J, K, O, R, T,
 * U, V and Z: "Private label SKUs from 800 to 1,400", "Catalogue SKUs online 4,000 → 9,000", "Tutors listed 3,500 → 6,000",
 * "Design template library grows to 6,000 templates", "SKU 数量从 800 个增加到 2000 个", "课程总数从 3000 节扩充到 5000 节",
 * "上架酒店数量从 8 万家扩充至 12 万家", "上架车辆总数"; set AC: "SKU count in phone category 1,800 → 2,500"): the size of a collection written as a stock, SKUs, titles, courses,
 * templates or things listed, is "a collection counted bare (… a library's entries)" (docs/method.md K5): a bigger shelf
 * says nothing of what customers find on it. Filled by 扩充 too, which the line after sets aside for other stocks. Not
 * items the team adds, launches or makes with its verb or "new" ("Launch 120 new SKUs", "新增 SKU 数", "上架 2000 本新书":
 * K7's), not a period's count, a share, a rate or a figure per thing (set aside before, or PERIOD), and not what is
 * narrowed to a state (SKUs out of stock, 缺货 SKU, 动销 SKU: the range's health, not its size).
 */
// The verbs of making, buying and adding (fifteenth round, sets AD and AB: "Number of SKUs printed", K3 under an on-time
// launch objective; "Add 150 titles to the catalogue", K7): the decision names items the team "adds, launches, buys or
// produces, with its verb" K7's, so a verb of printing, producing, buying or publishing sets the count aside as "launched"
// and "added" do.
const CATALOGUE_SIZE =
  /^(?!.*\b(launch|launched|add|added|introduce|introduced|create|created|develop|developed|printed|produced|made|manufactured|bought|purchased|acquired|sourced|published|uploaded|commissioned|new|out of stock|delisted|sold|selling|stocked out|with|that|which|per)\b)(?:[\w-]+ ){0,3}?(skus\b|sku (count|number|total)\b|[\w-]+s listed\b(?! (at|by|with|on (amazon|tesco)))|(template|course|title|content|video|book|design) library (grows|grown|size)\b)/i;
const CATALOGUE_SIZE_ZH =
  /^(?![^，,。；;]*(新增|新上|上新|新品|新开发|新引进|动销|缺货|断货|滞销|售罄|在售率))[^，,。；;\d]{0,8}?(sku\s*(数量|总数|数|(?=从|\d))|上架[^，,。；;\d%率]{0,6}?(数量|总数|数)|(课程|商品|模板|图书|书籍|房源)(总数|总量))/i;

/**
 * K5 (fifteenth round, README's label decision "Businesses signed onto our platform, counted as a stock, are its catalogue",
 * writers F, G, K, T and AC in Chinese: 签约酒店数从 6.5 万家增加到 7 万家, 合作酒店从 12 万家增加到 15 万家, 酒店签约数从 8 万家增加到
 * 10 万家, 上线酒店数从 12 万家提升到 15 万家; K, S and AG in English: "Live listings from 48k to 60k", "Hotel listings on
 * platform from 210k to 260k", "Partner directory listings"): the hotels, shops or listings buyers choose among on our
 * platform, written as a stock, are the size of a collection, as hotels listed are (round 14's catalogue decision). Only
 * the places a buyer books among (hotels, homestays, rooms) and listings: not merchants, restaurants or shops (合作商家,
 * 签约商户, 签约餐馆: as often the platform's own customers, K3 where the objective is theirs, the K3 rule's traps), stores (签约门店,
 * set H: a queue product's own customers, K3), hospitals or clinics (partners of a service, clean or K3), drivers or
 * hosts (people the team recruits, K7), and not "X on the platform" in English (set F labels restaurants and clinics on
 * the platform K3: the writers split on it). Not signing them with the team's verb or "new" (新签约, 新入驻, "Listings
 * added", "Listings created": undecided or K3), not a window (本月, 每月), a share, a rate or a figure per business (每家,
 * 平均), nor listings narrowed to what they do ("Listings that sell", "Listings with a verified report", "Listings across
 * the top 5 retailers": listings won at a retailer stay clean).
 */
const PLATFORM_STOCK_ZH =
  /^(?![^，,。；;]*(新|本季|本月|当月|每|平均|人均|率|占比|比例))[^，,。；;\d]{0,4}?((签约|合作|上线|在线|入驻)(的)?(酒店|民宿|房源)|(酒店|民宿|房源)(签约|入驻|上线))(数量|总数|数|量)?(?=\s*(从|由|\d|$|突破|达到|增加|提升))/;
const PLATFORM_STOCK =
  /^((live|active|hotel|host|home|property|rental|partner|directory|partner directory|merchant|restaurant)\s+){0,2}listings(\s+on\s+(the\s+|our\s+)?(platform|site|app|marketplace))?(?=\s*($|from\b|\d|→|->|:))/i;

/**
 * K5 (seventeenth round, part 2, writers AC, AH and AM: "Restaurants live on platform", "Venues on platform 1,900 → 2,000", "Salons on
 * Glossly from 6,500 to 8,000"; README round 17b: "a catalogue is what buyers choose among on our platform (hotels, stores, tutors …)"):
 * the businesses customers book or order from, named first as the title's own noun phrase and counted on our platform or app by its
 * name, are the catalogue's size, as "Hotel listings on platform" is (PLATFORM_STOCK). Named first with at most one word of kind
 * before: not after a verb of change or "Number of" (set F: "Grow restaurants on the platform from 8,200 to 8,800", "Number of
 * clinics on the platform from 410 to 480", K3: the writers split on those), not on a system the team rolls out ("Stores on new POS",
 * K7), nor with anything but their values after.
 */
const PLATFORM_BUSINESSES =
  /^\s*(?!(Number|Grow|Add|Increase|Sign|Onboard|Recruit|Bring|Get|More|New)\b)([A-Z]?[a-z-]+ )?([Rr]estaurants|[Vv]enues|[Ss]alons|[Gg]yms|[Ss]tudios|[Ss]hops|[Pp]harmacies|[Hh]otels)( live)? on (platform|[A-Z][\w-]+)(?=\s*($|from [\d.,]+|[\d.,]+\s*[km]?\s*(→|->|to\b)))/;

function platformStock(kr: DraftKeyResult): string | null {
  const title = kr.title.trim();
  if (isChinese(title)) return PLATFORM_STOCK_ZH.exec(title)?.[0].trim() || null;
  return (PLATFORM_STOCK.exec(title) ?? PLATFORM_BUSINESSES.exec(title))?.[0].trim() || null;
}

/**
 * K5 (fifteenth round, sets AG, AH, AC and AD, the round-14 decision "A catalogue's size is K5" on their words: "积分商城商品数从
 * 3000 个扩充到 8000 个", "机器人知识库条目从 2000 条扩充到 6000 条", "在售产品数从 120 款提升到 200 款", "电子书目录数从 6000 种增加到
 * 8000 种", "剧本储备 120 部→200 部", "内置课程资源从 8 万节扩充到 12 万节", "方案模板库从 60 套扩充到 150 套"; sets F, G and AH
 * before them: 合同模板库, 题库题目总数, 课程库总数): a library of entries (templates, a knowledge base, questions, courses,
 * goods on sale, a book or script list) written as a stock is a collection counted bare, filled by 扩充 or any verb. (A
 * filter library, set U's 滤镜库, was K7's until round 16d relabelled it K5: ANY_LIBRARY_ZH reads it.) Not articles written by the
 * 篇 (知识库文章, K7's content), not new or removed items (新, 上新, 下架, 违规), and not a rate or a share.
 */
const LIBRARY_SIZE_ZH =
  /^(?![^，,。；;]*(新|下架|违规|删除|清理|率|占比|比例|篇|文章))[^，,。；;\d]{0,8}?((模板|知识|题|素材|课程|商品|曲|片|书|剧本|案例)库(条目|题目|内容)?(数量|总数|数|规模)?(?=\s*(从|由|\d))|(商品|在售[\u4e00-\u9fff]{1,3}?|课程资源|电子书目录|书目录)(数量|总数|数)?(?=\s*(从|由|\d))|剧本储备)/;

/**
 * K5 (sixteenth round, writers AF, AG, G, U and B in Chinese: "数据表数量 8000 → 12000", "数据资产目录表数", "数据资产目录收录表数量",
 * "数据表总数从 2 万张增加到 3 万张", "数仓表数量从 3200 张增加到 5000 张", "Hive表数量从3200张增加到4500张"; in English K, Q and U's
 * "Tables in the warehouse", COLLECTION): the tables of a data warehouse or a data catalogue counted bare are "a collection counted
 * bare (… a library's entries)" (docs/method.md K5): a table once built stays in the count whether anyone trusts or reads it,
 * and no writer labels such a count otherwise. Only tables named by their store (数据, 数仓, Hive, 目录, 资产): not reports (报表,
 * K7 or K5 by writer), forms to fill (填表, 表单), new or removed tables, nor a share or tables narrowed to a fault (含明文…的数据表).
 */
const DATA_TABLES_ZH =
  /^(?![^，,。；;]*(新|删除|清理|下线|治理|含|问题|率|占比|比例))[^，,。；;\d]{0,10}?(数据|数仓|hive|目录|资产|收录|明细|维度)[^，,。；;\d%率]{0,4}?(?<!报|填|列|代|图|仪|发)表(的)?((数量|总数|张数|个数|数)(?!据)|(?=\s*(从|由)))/i;
/**
 * K5 (sixteenth round, writers AF, AE and AK in Chinese: "模板数量 5000 → 12000", "课件模板数从 3000 套增加到 8000 套", "接入 5G 消息的
 * 行业模板从 40 个增加到 100 个", "Prompt模板从50个增加到300个"; beside Q's 模板总数 and F's and AD's 模板库, found before): a library of
 * templates counted bare, from one size to another or by its count word, is the round-14 decision "A catalogue's size is K5"
 * (its own example: "Design template library grows to 6,000 templates"). Not templates the team makes, puts up or launches with
 * its verb or "new" (上新, 上架, 上线, 编写, 制作: K7's, by the same decision), not a count with its number straight after the word
 * ("报表附注模板40套", set AK: K7), not templates used, applied or downloaded (使用, 套用, 下载: a behaviour or a view), and not a share.
 */
const TEMPLATES_ZH =
  /^(?![^，,。；;]*(新|上线|上架|发布|编写|上传|制作|开发|新建|下载|使用|套用|调用|覆盖|删除|率|占比|比例))[^，,。；;]{0,12}?模板(库)?(的)?(数量|总数|数)?(?=\s*(从|由|$))/i;

/**
 * K5 (sixteenth round, part 2; README decisions "A stock is not K7 without the team's verb" (round 16), "Rules, knowledge-base
 * and FAQ articles, dashboards and reports counted as a stock are K5" (round 16b) and round 16c's test cases and model inputs
 * counted bare; writers 08 (B), J, K, R, AC, AD, AG, AF and W: "规则引擎中的规则条数由200条增加到300条", "风控规则条数从 900 条增加到
 * 1,500 条", "数据看板从 300 个增加到 500 个", "FAQ 文章从 120 篇扩充到 300 篇", 报表数量 180 → 300, "知识库文章 200 篇" from 80,
 * "自动化测试用例数 8000 条" from 3000, "数据质量规则数从 1200 条增加到 3000 条", 规则数 1200 → 1800 条, 帮助中心文章 60 → 120 篇,
 * "智能问答知识条目从500条扩充到1500条", "特征数从 300 个增加到 1000 个"): the rules of an engine, the articles or entries of a
 * knowledge base, FAQ or help centre, the dashboards or reports in a tool, a suite's test cases and a model's features, written
 * as a size with no verb of ours, are a library's entries, "a collection counted bare" (docs/method.md K5), which K7 leaves since
 * round 16b (output-shape-zh.ts, libraryStockZh). From one size to another (从 a 到 b, 由…增加到, 扩充到: the stock's direction),
 * or bare with a baseline above nothing. Not with the team's verb or "new" (新增, 新建, 新写, 上线, 编写, 发布, 开发, 交付, 收录:
 * K7's), not pieces from nothing (0 → 24 篇: K7's), not what the entries do or get (命中, 触发, 执行: K6's runs; 浏览, 阅读, PV:
 * views), nor a share, a figure per head or a window (率, 占比, 人均, 每).
 */
const LIBRARY_ENTRIES_ZH =
  /^(?![^，,。；;]*(新|上线|发布|编写|撰写|开发|交付|收录|推送|制作|产出|起草|上架|建设|搭建|沉淀|补充|补齐|录入|迁移|接入|命中|触发|违反|违规|执行|运行|使用|调用|浏览|阅读|访问|查看|pv|uv|下载|覆盖|返工|延迟|率|占比|比例|人均|每|平均))[^，,。；;\d%]{0,10}?((知识库|帮助中心|faq|常见问题|问答|知识)[^，,。；;\d%]{0,4}?(文章|条目|词条)|规则|看板|报表|仪表盘|用例|特征)(条数|篇数|数量|个数|总数|数)?(?=\s*((从|由)\s*[1-9]|[\d,.]+\s*(万|千)?\s*(篇|条|个|张|套)?$|$))|^(?![^，,。；;]*(新|上线|发布|编写|撰写|翻译|更新|下线|删除|浏览|阅读|访问|查看|pv|uv|下载|率|占比|比例|人均|每|平均))[^，,。；;\d%]{0,8}?(文章|文档|faq|常见问题)(篇数|数量|总数|数)?(?=\s*(从|由)\s*[1-9][\d,.]*\s*(万|千)?\s*篇)/i;

function libraryEntriesZh(kr: DraftKeyResult): string | null {
  const title = kr.title.trim();
  const found = LIBRARY_ENTRIES_ZH.exec(title);
  if (found === null) return null;
  // Counted bare (no 从 a), the baseline says whether a stock was there before: from nothing it is pieces made (K7's).
  return /(从|由)\s*[1-9]/.test(title) || (kr.baseline ?? 0) > 0 ? found[0].trim() : null;
}

const ITEMS_ADDED =
  /^(add|launch|introduce|buy|purchase|acquire|source|publish|upload|print|produce|commission)\s+([\d,.]+\s*[km]?\s+)?(more\s+|new\s+|extra\s+)?([\w-]+\s+){0,2}?(skus|titles|courses|templates|products|items|books|videos|episodes|lines)\b/i;

/**
 * K5 (sixteenth round, part 4, writers AO, AK and U: "助眠音频库从200条扩充到600条", "训练动作库从80个扩充到200个", "光线方案库从30套扩充到
 * 100套", "成本数据库条目2万→5万", "滤镜库从 160 款扩充到 240 款"; beside
 * LIBRARY_SIZE_ZH's named libraries and AI, AO and AP's 审核规则库, 课程库, 漏洞库条目, found before): any library (…库) written as a
 * size, from one size to another, is "a collection counted bare (… a library's entries)" (docs/method.md K5) whatever it holds, by
 * the README's decisions "A catalogue's size is K5" (round 14) and "A stock is not K7 without the team's verb" (rounds 16, 16b,
 * 16d: u-zh's 滤镜库 relabelled K5): every tuning case so written is K5. Not a store of goods (仓库, 冷库, 库房, 库存, 出库, 入库:
 * stock a warehouse moves), not with the team's verb or "new" (新增, 建设, 收录, 上线: K7's), not what the library is used for or
 * what goes wrong in it (使用, 调用, 故障, 工单), nor a share or a figure per head. Nor a pool of people or firms the team draws on
 * (评标专家库, 法律顾问库: round 17b's panel, K3's), which findVanityTotal sets aside before (PEOPLE_POOL_ZH).
 */
const ANY_LIBRARY_ZH =
  /^(?![^，,。；;]*(新|上线|发布|编写|撰写|开发|交付|收录|建设|搭建|沉淀|补充|录入|迁移|接入|命中|触发|使用|调用|浏览|阅读|访问|查看|下载|覆盖|故障|工单|率|占比|比例|人均|每|平均))[^，,。；;\d%]{0,10}?(?<!仓|冷|车|出|入|金|水|国|弹药)库(?!房|存|容|区|位|龄|管)(条目|内容|题目)?(数量|总数|条数|个数|数)?(?=\s*((从|由)\s*[1-9]|[\d,.]+\s*(万|千)?\s*[\u4e00-\u9fff]?\s*(→|->)))/;

function catalogueSize(kr: DraftKeyResult, text: string): string | null {
  if (isChinese(kr.title))
    return (
      (CATALOGUE_SIZE_ZH.exec(kr.title.trim()) ??
        LIBRARY_SIZE_ZH.exec(kr.title.trim()) ??
        DATA_TABLES_ZH.exec(kr.title.trim()) ??
        TEMPLATES_ZH.exec(kr.title.trim()) ??
        ANY_LIBRARY_ZH.exec(kr.title.trim()))?.[0].trim() ?? libraryEntriesZh(kr)
    );
  if (PERIOD.test(text) || PERIOD_TOTAL.test(text)) return null;
  return CATALOGUE_SIZE.exec(kr.title.trim())?.[0].trim() ?? null;
}

/**
 * A collection counted by its size ("Products in our library", 题库题目数). K5 (eleventh round, third part, set
 * O: "知识库文章数从 300 篇到 800 篇", labelled K7): content the team writes into it, counted by the piece,
 * is its deliveries, K7's one finding (README: one weakness, one finding), as stockShape steps aside.
 */
// K5 (sixteenth round, writers AF, G and H: "Terraform modules in the internal registry from 38 to 90", "Automated tests in suite
// from 3,100 to 5,000", "Dashboards in the tool from 1,100 to 1,600", "Total dashboards in the BI tool"): what a team keeps in its
// registry, test suite or tool, counted as a plural in it, is the same collection as "Tables in the warehouse" (COLLECTION), a
// library's entries that stay whether they are used or not. Not time or attention spent in a tool ("Hours in the tool": K6's),
// not faults or dead weight in it (flaky, failing, unused: a quality count), nor a plural narrowed after (who, that, with).
// And an engine or a model (sixteenth round, part 2: set B's "Number of fraud rules in the engine" and set S's "Number of
// rating factors in the model", once split, are K5 by the README's rounds 16b and 16c, as AF's "Rules in the fraud engine" and
// "Rating factors in the model" are): the rules an engine holds and the inputs a model takes are a library's entries too. With
// the team's verb they stay K7's ("Write 40 new fraud rules", "Features engineered for the lapse model", "Build 4 new
// features into the model"): K7's finding comes first (collectionShape).
const ARTEFACT_STORE =
  /\b(?!(hours|minutes|seconds|days|weeks|sessions|visits|views|clicks|searches|queries|errors|bugs|failures|defects|incidents|issues|vulnerabilities|trips|bookings|conversations|transactions|payments|claims|orders|alerts|decisions)\b)(?<!\b(flaky|failing|broken|skipped|disabled|quarantined|outdated|unused|duplicate|new) )(?![\w-]+ed\b)[a-z-]+s in (the |our )?([\w-]+ ){0,2}?(registry|suite|tool|engine|model)\b(?! (who|that|which|with)\b)/;
/**
 * K5 (sixteenth round, part 2, README round 16b "Rules, knowledge-base and FAQ articles, dashboards and reports counted as a
 * stock are K5"; AK's "Knowledge articles 800 → 2,000", the English twin of the knowledge-base, FAQ and help-centre articles
 * counted bare that F, H, O, R, AD and W write in Chinese): a knowledge base's articles named bare, their values straight
 * after, are its entries. Not with the team's verb after ("Knowledge articles written", "KB articles published", K7's), nor
 * their views ("Help-centre article views", K6's): anything after the plural but its values sets it aside.
 */
// And one or two words of subject before them (sixteenth round, part 4, writers AO and AP beside AK: "Troubleshooter articles from 60
// to 140", "Privacy FAQ articles from 20 to 35"; in Chinese AO's 排障文章, 开发者文档 and AP's 隐私FAQ from one size to another,
// LIBRARY_ENTRIES_ZH): what the articles are about does not change what the count is, a library's entries written as a size. Not
// after the team's verb ("Write 50 new troubleshooting articles", "Publish 40 new help-centre articles": K7's), nor a cohort or a
// use after (viewed, written, per visit).
/**
 * K5 (seventeenth round, part 2, writers AI, L and AP: "Total donors in CRM 48k → 60k", "Total supporters in the CRM from 210k to 240k",
 * "Leads in the CRM from 52k to 70k"; beside 07's "Users in the community database"): the records a CRM keeps, counted as a plural in it
 * from one size to another, are a list that keeps every contact ever added, as a mailing list is (VANITY_TOTAL); every tuning case so
 * written is K5. Not with the team's verb first ("Log 5,000 customer touchpoints in the CRM", 07: K6's work), nor a window or a share.
 */
const CRM_RECORDS =
  /^\s*(?!(log|add|enter|import|update|clean|merge|remove|delete|create|record|new)\b)([\w-]+ ){0,2}?[a-z-]+s in (the |our )?([\w-]+ )?crm\b(?=\s*($|:|→|->|from [\d.,]+|[\d.,]+))/;

const KNOWLEDGE_ARTICLES =
  /^\s*(?!(write|rewrite|publish|place|add|create|produce|launch|ship|post|translate|update|review|retire|remove|delete|archive|new)\b)([\w-]+ ){0,2}?(knowledge|knowledge-base|knowledge base|kb|faq|help-cent(re|er)|help cent(re|er)|help|troubleshoot(er|ing)|support|how-to) articles(?=\s*($|:|→|->|\(|from \d|\d))/i;

// K5 (seventeenth round, part 2, set AK: "Run 6 experiments on search ranking in the data catalogue", clean): COLLECTION's English
// reading counts a collection by its entries, a plural before "in" ("Tables in the warehouse", "Songs in the library", every tuning
// case so found); a singular or a gerund before it ("ranking in the data catalogue") is something done in it, not its entries.
const ENTRIES_IN = /^[\w-]*s in |库/;

function collectionShape(kr: DraftKeyResult, text: string): string | null {
  const collection = COLLECTION.exec(text)?.[0].trim() ?? null;
  const found =
    (collection !== null && ENTRIES_IN.test(collection) ? collection : null) ??
    findFirst(text, [ARTEFACT_STORE, CRM_RECORDS]) ??
    KNOWLEDGE_ARTICLES.exec(kr.title)?.[0].trim() ??
    null;
  return found !== null && checkOutcomeNotOutput(kr) !== null ? null : found;
}

/**
 * K5 (ninth round): "in total" and "all time" said after the counted thing are the same totality as
 * "total" before it ("Host listings in total from 64k to 80k", "App downloads (all time) …"), and so
 * are "since inception", "since 2019" and "since day one". Only right after a plural count, so a sum
 * of money or time ("sales in total", "hours in total") is not read as a stock, and not with a period
 * ("bookings in total this quarter", "in total per month"): a period's total is a flow.
 */
// Tenth round: a participle may stand between ("Library cards issued, all time: 88k → 95k"), and any
// beginning of the business after "since" is one ("Members since opening 12,400 → 14,000", since launch,
// since we opened).
const NOT_STOCKS =
  "(?!(sales|revenues|costs|earnings|savings|payments|hours|minutes|days|weeks|dollars|euros|pounds)\\b)";
const TOTAL_SAID_AFTER = new RegExp(
  `\\b${NOT_STOCKS}[a-z-]+s( [a-z]+ed)?,? \\(?(in total|all time|of all time|since (inception|day one|\\d{4}|opening|launch|founding|the (start|opening|launch)|we (launched|started|began|opened)))\\b`,
);
/**
 * K5 (tenth round, sets J and L: "TikTok views (total) from 20M to 50M", "Carriers in network (total)",
 * "Security awareness module completions, total → 40k", "Saved trips total ≥ 1M"): "total" alone after
 * the counted plural, in brackets, after a comma or before the value, is the same running total as
 * "total" before it. One or two words may stand between ("Policies sold (total)", "Carriers in network
 * (total)"). Not money or time ("Sales (total)"), and not a period's total (checked by the caller).
 */
// And (thirteenth round, second part, set T: "Patients enrolled in the remote monitoring programme (total)", "Respondent
// panel size (total)"): "(total)" in brackets says it outright whatever stands between, up to six words, and after a
// stock's size; the comma and the bare "total" keep their two words, which a period or a sum may follow.
const TOTAL_BRACKETED = new RegExp(
  `\\b${NOT_STOCKS}[a-z-]+s( [a-z-]+){0,2}?( \\(total\\)|,? total(?= *($|[:≥>→=(]|->|\\d|from\\b|to\\b)))|\\b${NOT_STOCKS}[a-z-]+s( [a-z-]+){3,6}? \\(total\\)|\\b[a-z-]+ size \\(total\\)`,
);
const PERIOD_TOTAL = /\b(this|per|a|each|every|in the) (day|week|month|quarter|year|sprint|period)\b|\bin q[1-4]\b/;

/**
 * K5 (eleventh round, set M, the "in total" of set G said after the values: "Tripadvisor reviews from 400 to
 * 600 in total"): the counted plural, its change, then "in total". Not money or time (NOT_STOCKS), and
 * not a period's total (checked by the caller).
 */
const TOTAL_AFTER_VALUES = new RegExp(
  `\\b${NOT_STOCKS}[a-z-]+s (from )?[\\d,.]+ ?[km]? ?(to|→|->) ?[\\d,.]+ ?[km]? in total\\b`,
);

function totalSaidAfter(text: string): string | null {
  return PERIOD.test(text) || PERIOD_TOTAL.test(text)
    ? null
    : findFirst(text, [TOTAL_SAID_AFTER, TOTAL_BRACKETED, TOTAL_AFTER_VALUES]);
}

// The stems of `stockCount`'s heads, so the tagger reads only titles that may hold one.
const MAY_HOLD_STOCK =
  /\b(follower|fan|star|stargazer|likes|member|subscriber|wait-?list|library|database|pool|directory|app (downloads|installs)|(downloads|installs) of)/i;

/**
 * K5 (sixteenth round, part 2, writers AE and AB: "Ticket app downloads from 0 to 200k", "Downloads of the Metro app"; the
 * decision "App downloads counted bare are K5" that `stockCount` reads for every writer since J): the same app downloads
 * where the tagger takes the app's name for a verb ("ticket") or the app is named after them ("of the Metro app"). Named
 * first, one or two words before, values or nothing after; not after a verb of change ("Increase app downloads …": a
 * period's more, K3's), nor with a period (the caller), a source or a cohort after (from paid campaigns, by members).
 */
const APP_DOWNLOADS =
  /^\s*(?!(increase|grow|raise|boost|double|drive|get|reach|hit|lift|add|more)\b)([\w-]+ ){0,2}?app (downloads|installs)(?=\s*($|:|→|->|\(|(from|to) [\d.,]+\s*[km]?\b(?! ?(per|a|each)\b)|\d))|^\s*(downloads|installs) of (the |our )?([\w-]+ ){0,2}?app(?=\s*($|:|→|->|\(|from \d|\d))/i;

/**
 * K5 (sixteenth round, part 4, writers AB, AC and W: "Junior members 340 → 420", "Members from 9.2M to 11M", "Members enrolled from
 * 16M to 20M", "Programme members 3.9 → 4.3 million"; beside every writer's "Total members", "Loyalty members" and "Discord members",
 * found by their channel or their "total"): members named bare, at most two words of kind before, their values or nothing after,
 * are people who joined and stay in the count whether they ever come back, the README's "People registered, counted bare, are K5"
 * (round 14b). Every tuning case so written is K5 but those narrowed to a state of use that members leave (j-en "Digital-only
 * members from 12k to 15k", clean: members who bank only online drop out when they visit a branch; "Active members", "Paying
 * members", "Lapsed members"): a state they can leave is a behaviour that can fall, not a stock. Not our own people (team, staff,
 * crew, board), not after a verb of change ("Grow members to …": a period's more), nor narrowed after (who, with) or per period.
 */
const MEMBER_STATE =
  "active|paying|paid|premium|retained|returning|engaged|repeat|new|first-time|unique|trial|lapsed|dormant|inactive|churned|cancel+ed|expired|renewing|renewed|digital|online|mobile|app|team|staff|crew|board|faculty|family|household|increase|grow|raise|boost|double|drive|get|reach|hit|lift|add|more|enroll|enrol|recruit|sign|onboard";
const MEMBERS_BARE = new RegExp(
  `^\\s*((?!(${MEMBER_STATE})\\b)(?![\\w]+-only\\b)[\\w-]+ ){0,2}?members( enrolled)?(?=\\s*($|:|→|->|\\(|from [\\d.,]+\\s*[km]?\\b|\\d))`,
  "i",
);

/**
 * A stock counted bare (issue 17, eighth round): "Discord members 9,000 -> 14,000", "downloads from
 * 11M to 14M", 公众号关注人数, 微信群成员数. The head noun decides, not a word of totality: what is
 * counted only accumulates (an install or a follower stays counted when its owner leaves), and
 * nothing narrows it to this period's behaviour (a month, active, paying, a cohort who do something).
 */
/**
 * K5 (sixteenth round, part 4, writers Z and AP: "社群人数 3 → 8 万", "开发者社群人数从2万增长到5万", "技术交流群人数从3000人增加到8000人";
 * beside 07, 08, U and AO's 社群总人数, 微信群成员总数, 技术社群成员累计, 骑友微信群成员, found before): the head count of a group or community
 * counted bare is an audience that joined and stays, the README's "People registered, counted bare, are K5", as "Discord members"
 * is in English; every tuning case so written is K5. Not who speaks or writes in it (发言, 互动, 互发消息: a behaviour, clean), not the
 * new or a window, active members, nor a share or a figure per head.
 */
const GROUP_HEADCOUNT_ZH =
  /^(?![^，,。；;]*(新|本[周月季年]|当[日周月]|每|活跃|发言|互动|互发|消息|人均|率|占比|比例))[^，,。；;\d]{0,8}?群(总)?(人数|成员(数|总数)?)(?=\s*(从|由|\d|$|突破|达到))/;

function stockShape(kr: DraftKeyResult): string | null {
  if (isChinese(kr.title))
    return stockCountZh(keyResultText(kr)) ?? GROUP_HEADCOUNT_ZH.exec(kr.title.trim())?.[0].trim() ?? null;
  const stock = MAY_HOLD_STOCK.test(kr.title)
    ? (stockCount(kr.title) ??
      (PERIOD.test(kr.title.toLowerCase())
        ? null
        : ((APP_DOWNLOADS.exec(kr.title) ?? MEMBERS_BARE.exec(kr.title))?.[0].trim() ?? null)))
    : null;
  // K5 (tenth round, set L: "Own-brand SKUs launched"): a stock noun the team makes and ships counts
  // its deliveries, K7's one finding (README: one weakness, one finding), read only where a stock is.
  return stock !== null && checkOutcomeNotOutput(kr) !== null ? null : stock;
}

/** K5: totals that grow by themselves over time, whatever the team does, are not results. */
export function checkVanityMetric(kr: DraftKeyResult): Hit | null {
  // K5 (fourteenth round, README's label decision "A balance is not K5", writers H and Z: "Total deposits under management
  // £310M → £420M", "Total deposits from 22.5 to 24.0"): a loan book, deposits, a financing balance or assets under
  // management fall as loans are repaid and money is withdrawn; they move only with this period's lending and saving.
  // Read here, not in findVanityTotal: K3 and K6 still step aside from a balance "total" (the decision's K3, where the
  // objective names what the customer gets, is K3's own reading to make; set Z's balance under a funding objective is
  // clean of K3).
  if (BALANCE.test(keyResultText(kr))) return null;
  const found = findVanityTotal(kr);
  if (found === null) return null;
  return {
    message: {
      en: `"${found}" is a vanity total: it only grows over time, whatever the team does this quarter.`,
      zh: `“${found}”是虚荣指标：无论团队本季度做了什么，它都只会随时间增长。`,
    },
    suggestion: {
      en: 'Measure a rate or ratio that can also fall, e.g. "percentage of accounts active weekly" instead of "total user accounts".',
      zh: "改用也可能下降的比率或比例，例如用“每周活跃帐户的百分比”代替“用户帐户总数”。",
    },
  };
}

/**
 * K5 (seventeenth round, writers AL, AN and AO: "Digital textbook activations from 400k to 520k", "Watches activated from 300k to
 * 420k", "业主App激活数从50万提升到80万", "设备激活量从80万台提升到110万台"; beside I, K, L and AO's 累计激活, found before): devices, apps or
 * codes activated, counted bare with no window, keep every one ever switched on whether it is used again, the one-way door of
 * registration and of app downloads counted bare (README rounds 14 and 14b: "App downloads counted bare are K5", "People registered,
 * counted bare, are K5"; round 16e names "devices activated bare K5" among AO's conventions); every tuning case so written is K5. Not
 * in a window (this quarter, per month, 本季, 每月, 首月, 7 日: a flow, the caller's PERIOD or the negative look-ahead), not narrowed
 * by a channel or a cohort after (via, by, within: "Merchants activated via ERP partners this quarter"), not sites, stores or
 * centres the team opens (a project step, K7's: "Trial sites activated", 中心启动数), nor a rate, a share or a cost per activation.
 */
const ACTIVATIONS =
  /^\s*(?!(increase|grow|raise|boost|double|drive|get|reach|hit|lift|add|more|new|first-time|cut|cost)\b)([\w-]+ ){0,3}?((?<!\b(site|trial|centre|center|store|branch|clinic) )activations|(?!(sites|stores|branches|clinics|centres|centers)\b)[a-z-]+s activated)(?=\s*($|:|→|->|\(|from [\d.,]+|[\d.,]+\s*[km]?\s*(→|->|to\b)))/i;
const ACTIVATIONS_ZH =
  /^(?![^，,。；;]*(新|本[日周月季年]|当[日周月]|每|[日周月季年]均|首[日周月]|\d+\s*[日天]|率|占比|比例|人均|耗时|时长|成本|实验|中心|站点|门店))[^，,。；;\d]{0,8}?(?<![日周月季年])激活(数|量|人数|设备数|用户数?)(?=\s*(从|由|\d|$|突破|达到))/;

/**
 * K5 (seventeenth round, writers AL, AN and AP, the round-14 decision "A catalogue's size is K5" on their words: "Template gallery from
 * 120 to 300 templates", "Catalogue from 48k to 60k SKUs", "Question bank from 6,500 to 9,000 items", "Notebook templates in the
 * gallery from 80 to 150", "Articles in the knowledge base from 8,000 to 11,000"; beside AC, AH, AL, AN and AO's "Course library from
 * 3,200 to 4,500 courses", "Class library 3,400 → 4,000", "Donor database 12,000 → 15,000", found before): a collection named as the
 * metric itself, its values next, or its entries counted "in" it, is "a collection counted bare (… a library's entries)"
 * (docs/method.md K5); a gallery, a catalogue and a question bank (the English twin of 题库, LIBRARY_SIZE_ZH) are libraries by
 * another name. Not with the team's verb before or after ("Add 1,500 new SKUs to the catalogue", "Dashboards published to the
 * catalogue": K7's, set aside before and by K7's finding), not what is done in it (searches, views: K6's), nor a window or a share.
 */
const COLLECTION_NAMED =
  /^\s*(?!(add|launch|build|create|grow|publish|ship|release|stand|set)\b)([\w-]+ ){0,2}?(gallery|catalogue|catalog|question bank|item bank|test bank)(?=\s*(from [\d.,]+|[\d.,]+\s*[km]?\s*(→|->|to\b)))/i;
const STORED_IN =
  /^\s*(?!(number of|searches|views|visits|customers|users)\b)(?!(add|write|publish|create|upload|launch|new)\b)([\w-]+ ){0,2}?[a-z-]+s in (the |our )?([\w-]+ ){0,1}?(gallery|knowledge[- ]base)(?=\s*(from [\d.,]+|[\d.,]+\s*[km]?\s*(→|->|to\b)))/i;
/**
 * K5 (seventeenth round, writers U and AL in both languages: "Filters in library from 180 to 260", "Filters in the library from 180 to
 * 260", 滤镜库从 160 款扩充到 240 款, 滤镜库从220款增加到350款): round 16d relabelled U's filters in a library K5 (a library's entries,
 * "A stock is not K7 without the team's verb"), and AL writes the same; COLLECTION (measured-quantity.ts) still sets filters,
 * effects and presets aside for K7's old label, so they are read here, as a library's entries from one size to another.
 */
const EFFECTS_IN_LIBRARY =
  /^\s*([\w-]+ )?(filters|effects|presets|lenses|stickers) in (the |our )?([\w-]+ )?library(?=\s*(from [\d.,]+|[\d.,]+\s*[km]?\s*(→|->|to\b)))/i;

/**
 * K5 (seventeenth round, people registered or enrolled, counted bare, README round 14b "People registered, counted bare, are K5"):
 * "Alumni registered on the portal from 48k to 56k" (AN), whose plural has no -s, is the same one-way door as "Growers registered on
 * the trading app" (AE, AK: VANITY_TOTAL); and "Partner accountants enrolled from 900 to 1,400" (AL), "(31k → 36k enrolled)" (AI), the
 * participle after its people, are F's "Enrolled members from 62k to 75k" and T's "Patients enrolled in the programme (total)". Not
 * in a window (per term, per month, this quarter: the caller's PERIOD, "New members enrolled per month", AJ: K3), not the newly
 * enrolled, nor narrowed to a channel or a moment after (at check-in, via, by).
 */
const PEOPLE_REGISTERED =
  /^\s*(?!new\b)([\w-]+ ){0,2}?(alumni|people|staff|children|personnel) registered (on|with) (the |our )?([\w-]+ ){0,2}?(app|platform|portal|marketplace|site|website)\b/i;
const PEOPLE_ENROLLED =
  /^\s*(?!(new|newly|more)\b)([\w-]+ ){0,2}?(members|users|patients|learners|customers|students|accountants|partners|households|families|employees|farmers|growers|participants|clients) enrol+ed(?=\s*(from [\d.,]+|[\d.,]+\s*[km]?\s*(→|->|to\b)))|\([\d.,]+\s*[km]?\s*(→|->|to)\s*[\d.,]+\s*[km]?\s+enrol+ed\)/i;

/**
 * K5 (seventeenth round, Chinese, the round-14 decision "A catalogue's size is K5" on courses and a library's holdings, writers AK and
 * AN: "平台课程从2000门增加到5000门", "课程数从3000门增加到4500门", "研修课程从1200门增加到1800门"; beside AF's and R's 课程总数, found before;
 * and AB, T and AN: "馆藏图书总量达到 200 万册", 馆藏总量, "馆藏电子书从120万种增加到150万种"): the courses on a platform, written from one
 * size to another, and a library's holdings (馆藏) are a collection counted bare. Not courses the team makes, records, launches or
 * moves with its verb or "new" (新建慕课, 开发微课, 培训课程上线, 迁移课程: K7's), not courses taken or finished (选课, 完课, 学完: what
 * learners do), nor holdings added (新增藏书, K7's), a share or a figure per head.
 */
const COURSES_STOCK_ZH =
  /^(?![^，,。；;]*(新|上线|上架|发布|开发|研发|录制|制作|迁移|开设|开课|建设|选课|完课|学完|完成|报名|购买|销售|营收|播放|观看|培训|人次|率|占比|比例|人均|每|平均))[^，,。；;\d]{0,6}?课程(数量|总数|数)?(?=\s*(从|由)\s*[1-9][\d,.]*\s*(万|千)?\s*门)/;
const HOLDINGS_ZH =
  /^(?![^，,。；;]*(新|采购|购入|捐赠|借阅|借出|流通|率|占比|比例|人均|每))[^，,。；;\d]{0,4}?馆藏[^，,。；;\d]{0,6}?(总量|总数|数量|数)?(?=\s*(从|由|达到|突破|\d|$))/;

/**
 * K5 (seventeenth round, part 2, writers AB, Z and AJ in both languages: "Google reviews", "TripAdvisor review count", "Number of guest
 * reviews collected", "携程点评数从 1200 条到 2000 条"; beside 07, J, M, O, W, AB-zh and AM's reviews collected since launch, to date, in
 * total or 累计, found before): the reviews customers post on a review site or our listing, counted bare, keep every review ever left
 * whatever the last guest felt, "a collection counted bare" (docs/method.md K5); every tuning case so written is K5. Only customers'
 * reviews, named by the site or by who writes them: not reviews our people carry out (manual, access, loss, business reviews: K6),
 * not a score or a rating (评分, review score), a share, comments on a post (评论, K6's attention), nor a window (a month, 每周).
 */
const CUSTOMER_REVIEWS =
  /^\s*(number of )?([\w-]+ ){0,2}?(google|tripadvisor|trustpilot|yelp|g2|capterra|app store|play store|amazon|guest|customer|product|verified|5-star|five-star) (reviews|review count)( collected| posted| left| received)?(?=\s*($|:|→|->|\(|from [\d.,]+|[\d.,]+))/i;
const CUSTOMER_REVIEWS_ZH =
  /^(?![^，,。；;]*(新|每|本[日周月季年]|当[日周月]|率|占比|比例|评分|得分|人均|平均))[^，,。；;\d]{0,8}?(点评|评价|好评)(数|条数|数量|总数)(?=\s*(从|由|\d|$|突破|达到))/;

/**
 * K5 (seventeenth round, part 2, README round 14b "People registered, counted bare, are K5", writers AO, AH and AE: "注册骑友从150万提升到
 * 190万", "入驻音乐人 30 万→40 万", "平台注册机手从 8 万到 12 万"; beside 06, 07 and AN's "注册用户从 … 增加到 …", found by their noun): people
 * registered on or joined to our platform (注册, 入驻), named by any noun with their values straight after and no count word, are the
 * same one-way door as 注册用户数. Not the newly registered or a window (新, 本季, 每月: a flow, K3's), a filing (注册申报, 注册证: K7's),
 * what follows (注册后, 注册转化, 入驻审核), people signed with the team's verb (签约入驻, 招募), nor sign-ups a channel brought (带来的).
 */
const JOINED_BARE_ZH =
  /^(?![^，,。；;]*(新|本[日周月季年]|当[日周月]|每|[日周月季年]均|率|占比|比例|签约|招募|招聘|带来|邀请))[^，,。；;\d]{0,6}?(注册|入驻)(?!申报|证|后|转化|流程|环节|审核|资料|时长|页)[\u4e00-\u9fff]{1,4}?(?<!数|量)(?=\s*((从|由)\s*\d|\d[\d,.]*\s*(万|千)?\s*[人家个名位户]?\s*(→|->)))/;

function namedStock(kr: DraftKeyResult, text: string): string | null {
  const title = kr.title.trim();
  if (isChinese(title)) {
    const found =
      (ACTIVATIONS_ZH.exec(title) ??
        COURSES_STOCK_ZH.exec(title) ??
        HOLDINGS_ZH.exec(title) ??
        CUSTOMER_REVIEWS_ZH.exec(title) ??
        JOINED_BARE_ZH.exec(title))?.[0].trim() ?? null;
    return found !== null && checkOutcomeNotOutput(kr) !== null ? null : found;
  }
  if (PERIOD.test(text) || PERIOD_TOTAL.test(text) || /\bper (term|semester|cohort|intake)\b/.test(text)) return null;
  const found =
    (ACTIVATIONS.exec(title) ??
      COLLECTION_NAMED.exec(title) ??
      STORED_IN.exec(title) ??
      EFFECTS_IN_LIBRARY.exec(title) ??
      PEOPLE_REGISTERED.exec(title) ??
      PEOPLE_ENROLLED.exec(title) ??
      CUSTOMER_REVIEWS.exec(title))?.[0].trim() ?? null;
  return found !== null && checkOutcomeNotOutput(kr) !== null ? null : found;
}
