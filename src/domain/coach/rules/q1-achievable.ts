import { findShape, isChinese } from "../language/shape.ts";
import { findFirst, normalize } from "../text.ts";
import type { DraftObjective, Hit } from "../types.ts";

/**
 * Q1: ambitions no team can move in one quarter. The patterns look for leadership, rank and
 * domination claims, not for the word "lead" alone: "help team leads run better reviews" is fine.
 */
const UNACHIEVABLE: readonly RegExp[] = [
  // Leadership as what we become or take, not someone else's: "default to the market leader" is clean.
  /(?<=^(\w+ )?|\b(become|be|remain|stay|as|take|gain|win|claim|secure|achieve|establish|cement|our) (\S+ ){0,3})(market|industry|category|global|world|undisputed)[- ]lead(er|ers|ership|ing)\b/,
  /\blead(ing)? the (\w+ )?(market|industry|category|world)\b/,
  /\b(become|be|remain|stay) the (leading|dominant|biggest|largest) \w+/,
  /(^|[^\w])(#1|no\. ?1)\b/,
  /\bnumber one\b/,
  /\b(become|be|remain|stay) the (\w+ ){0,2}leader\b/,
  /\bdominat(e|es|ing|ion)\b|\bdominant\b/,
  /\bmonopol\w*/,
  /\b(own|conquer|capture|take over|corner) the (\w+ ){0,2}market\b/,
  /\b(best|biggest|largest)\b[\w\s'-]{0,30}\bin the (world|industry|country)\b/,
  // Leadership nouns only as what we become or keep: "少依赖行业龙头平台" names someone else.
  /(?<=^|(成为|做|当|争当|争做|坐稳|保持|稳居|夺得|拿下|巩固|确立|打造成)[^,。;]{0,8})(市场(领导者|领导地位|领先者|领先地位|霸主)|行业(领导者|领先者|龙头|霸主)|龙头(企业|地位)?|领军(者|企业))/,
  /霸主|称霸|主导(市场|地位|行业)|统治|垄断/,
  // Q1: colloquial rank words (老大, top1, no.1) are 第一 too (tuning-2026-12-07). A rank benchmarked against (对标行业
  // 第一梯队, set Z, clean) is someone else's, as "default to the market leader" is (round 17).
  // A rank 第一 ends its phrase or names the rank (第一的, 第一名, 第一大, 第一品牌); followed by a
  // measure word or a noun it is an ordinal, the first of a sequence: "成为客户了解我们的第一站" (the
  // first stop, blind-2026-12-b), 第一步, 第一眼, 第一次, 第一时间.
  // Sixteenth round: so does the kind of firm right after it, as 品牌 does ("成为日本跨境电商第一平台", set AF; 第一药企,
  // AI; 第一平台 after a territory, Q; all Q1), where 第一入口 (an entry point, set AB, clean) is no firm.
  /(成为|做到|做成|坐稳|保持|争做|争当|夺得|拿下|稳居)[^,。;]{0,12}(第一(?=$|[的名大，,。;；、！!\s]|品牌|梯队|阵营|平台|服务商|供应商|厂商|药企)|老大|top ?1\b|no\.? ?1\b)|第一(名|品牌)|(?<!(对标|参照|借鉴|学习)[^，,。；;]{0,4})(行业|市场|全国|全球|世界|国内|业内|排名|份额)第一|全球最大|世界最大/,
  /(成为|做)[^,。;]{0,12}(领导者|领军者|领先者|霸主|龙头)/,
  // Q1 (issue 17, twelfth round, second part, set Q: "成为全国农产品上行的第一平台"): with a whole
  // territory or industry named after 成为, 第一 before any noun is a rank ("华南第一的预制菜品牌", 第一大,
  // 第一品牌 read so already); the territory is the second signal, as above, so "让官网成为客户了解我们的
  // 第一站" (set B) and 第一次, 第一周, 第一时间 stay ordinals.
  /(成为|做到|做成|坐稳|争做|争当|稳居)[^，,。；;]{0,10}(全国|全球|全网|全世界|世界|国内|业内|行业|亚洲|欧洲|北美|东南亚|(华东|华南|华北|华中|西南|西北|东北)(地区)?|[\u4e00-\u9fff]{1,3}(国|省|洲))[^，,。；;]{0,12}第一(?!次|时间|站|步|眼|周|天|个月|单|笔|条)/,
  /(全国|国内|全网|亚洲|全球|世界|行业|市场)(最大|最强|领先)/,
  /(成为|做)[^,。;]{0,12}(领先|最大|最强)的/,
  // Q1 (issue 17, eleventh round, set L, both languages): every case of a whole continent or the
  // world, whatever is counted ("Deliver every parcel in Europe within 2 hours"), as every firm of a
  // country is (UNACHIEVABLE_SHAPES); a continent is the second signal, and our own people or
  // accounts there ("every customer in Europe", "all our users across APAC") are ours to serve.
  /\b(every|all|each) (?!(of )?(our|my)\b)(?!(\S+ ){0,3}(customers?|users?|members?|subscribers?|employees?|staff|accounts?|clients?|teams?|colleagues?)\b)(\S+ ){0,3}\S+ (in|across|throughout) (the )?(europe|asia|africa|oceania|(north |south |latin )america|the americas|emea|apac|latam|world|planet|globe)\b/,
];

/**
 * The same claims read from the sentence's shape (lemmas, places as "@place"), so the verb, the
 * place and the word order can vary: rank in the complement of "become" ("Become Japan's leading
 * expense tool"), conquest verbs on a market or a territory ("Win the Brazilian payments market",
 * "Take over last-mile delivery across the whole of Europe"), and every customer of a country
 * ("Make every mid-sized company in Germany run on our HR suite"). Each needs its second signal
 * (the market, the place, the rank word), so "win back churned customers" and "help every clinic
 * book faster" stay clean.
 */
const UNACHIEVABLE_SHAPES: readonly RegExp[] = [
  /\b(become|be|remain|stay|make (us|it|our \S+)) (\S+ ){0,3}(leading|dominant|biggest|largest|number-one|top-ranked|undisputed)\b(?! (cause|indicator))/,
  // "space" and "vertical" are what a market is called in product talk ("Own the SMB payroll space
  // in Germany", coach-q).
  /\b(win|own|conquer|capture|corner|dominate|lock up|take over|sweep|lead) (the |our )?(\S+ ){0,3}(market|category|segment|industry|sector)\b/,
  // A space needs its kind named: "Own the space between sales and support" is no market.
  /\b(win|own|conquer|capture|corner|dominate|lock up|take over|sweep|lead) (the |our )?(?!(the|our) )(\S+ ){1,3}(space|vertical)\b/,
  // Q1: every customer of a country, said with its people's name ("Be the name every Dutch
  // accountant knows"), is the whole country; every one of ours ("every German customer we have")
  // is not (coach-q).
  /\b(every|all|each) @place \S+(?!.*\b(we|our|us)\b)/,
  /\b(take over|conquer|dominate|capture|sweep|win over) (\S+ ){0,4}(across |in |of )?(the whole of |all of |all |every )?@place\b/,
  /\b(the whole of|all of|every country in|across all of) @place\b/,
  // "on the planet" and "agency" (tuning-2026-12-07): any preposition of place and any kind of
  // firm, with the whole territory as the second signal.
  /\b(every|all|each) (\S+ ){0,3}(company|business|bank|school|hospital|clinic|restaurant|retailer|merchant|household|developer|firm|shop|store|team|enterprise|smb|startup|consumer|agency|agencie|studio|practice|office|brand|seller|publisher|carrier|insurer|lender|pharmacy|gym|salon|hotel)s? (in|across|of|on) (the )?(@place|country|world|nation|planet|globe|earth|continent)\b/,
  // Q1: being a whole country's or market's default is a position of years, not a quarter's aim
  // ("Become the default way Japan's small shops take payments"); the place is the second
  // signal, so "become the default tool for our own sales team" stays clean.
  /\b(become|be|remain|stay) (the|a) (default|go to|go-to|de facto|standard|obvious choice|first choice) (\S+ ){0,5}(@place|world|planet)\b/,
  /\b(household name|industry standard|category king|synonymous with)\b/,
  // Q1: the standard or the benchmark of the whole world, a country or an industry is a position of
  // years ("Become the global standard for crop-health imagery", blind-2026-12-c), as its leader is.
  // The whole is the second signal: "become the standard way our teams file expenses" names none.
  /\b(become|be|remain|stay|set) (the|a) (global|world|worldwide|international|national|universal|de facto|undisputed|@place|industry|market) (\S+ ){0,2}(standard|benchmark|reference|default)\b/,
  // Q1: every firm of a kind having us as its default or standard is a whole market's choice
  // ("Become the default XDR vendor for every DAX-40 company", blind-2026-12-c), place or no place;
  // not every team of our own ("the default tool for every team in our company").
  /\b(become|be|remain|stay) (the|a) (default|standard|go-to|first choice|obvious choice|preferred) (\S+ ){0,4}(for|of|among|at|in) (every|all|each) (?!.*\b(our|we|internal|in-house)\b)\S+/,
  // Q1: being present across a whole territory ("Be in every city in Brazil by summer", "Open in
  // every state across the country") or everywhere ("Go global") is years of expansion; every
  // place of our own ("every city team we have") names no territory.
  /\b(every|each|all) (\S+ ){0,1}(city|cities|state|province|region|country|countries|market|town) (in|across|of|on) (the )?(@place|country|world|nation|planet|globe|continent)\b/,
  /\b(go|going|expand|expanding) (global|globally|worldwide|international|internationally)\b/,
];

/**
 * Q1 by the shape of an absolute claim, read on the words as written (a superlative's ending is
 * the signal, which its lemma drops): a superlative, "the only", "first choice" or "preferred" of
 * a whole territory or of a whole market ("the most loved banking app in Spain", "the cheapest
 * shipping in the country", "the most reliable network on the planet", "the only HR tool German
 * startups consider"), a share of a whole market or country ("a majority of the UK's pharmacies",
 * "half of the Nordic e-invoicing market") and outselling every rival. The whole territory or
 * market is the second signal: "fix the biggest pain in onboarding", "the most valuable accounts"
 * and "the best-rated app in our own beta group" name no territory and stay clean. The words
 * between the superlative and the territory are few and hold no verb or clause ("the best support
 * we can give to clinics in Ohio" is a promise to some clinics, not a rank).
 */
const SUPERLATIVE = "(most \\S+|least \\S+|\\S+est|best|top|only|first choice|top choice|preferred|favou?rite|go-to)";
const WHOLE =
  "(the whole of |all of |all |every )?(the )?(@place|world|planet|globe|earth|country|nation|continent|industry|category|market|sector)\\b";
const ABSOLUTE_SHAPES: readonly RegExp[] = [
  new RegExp(`\\bthe ${SUPERLATIVE}(-\\S+)? (\\S+ ){0,3}(in|on|across|of|throughout) ${WHOLE}`),
  // The whole territory first, as its possessive: "Become Europe's favourite travel app", "the
  // world's most trusted lab network" (coach-q). "our customers' favourite" names no territory.
  // The tagger splits a capitalised place's "'s" into a word of its own, empty as written ("Become the UK's most
  // sustainable fit-out contractor", set AJ, Q1, as 06's, AL's and AO's "Japan's", "the world's", "Canada's"). Round 17.
  new RegExp(`\\b(become|be|remain|stay) (the )?(@place|world|country|nation|industry)('s| )? ${SUPERLATIVE}\\b`),
  /\bthe (only|first choice|top choice|preferred|favou?rite|go-to) (\S+ ){0,3}(for |of |among )?(\S+ ){0,2}@place\b/,
  /\b(a |the )?(majority|half|bulk|lion's share|two thirds|most) of (the |all )?(\S+ ){0,3}(@place|market|country|industry|category|sector)\b/,
  /\b(outsell|outgrow|outrank|overtake|surpass|beat) (every|all|each) (\S+ ){0,2}(competitor|rival|player|incumbent)s?\b/,
];

/** The stem prefilter of ABSOLUTE_SHAPES (`grove lint`'s speed: most titles hold none of these). */
const MAY_BE_ABSOLUTE =
  /\b(most|least|\w+est|best|top|only|first choice|preferred|favou?rite|go-to|majority|half|bulk|lion's|two thirds|outsell|outgrow|outrank|overtake|surpass|beat)\b/i;

/** Chinese shapes of the same claims: conquering a market or a whole territory, every firm of a country. */
const UNACHIEVABLE_ZH: readonly RegExp[] = [
  /(拿下|赢下|赢得|占领|抢占|攻占|吃下|独占|统一|横扫|通吃|包揽|称雄)[^,。;]{0,10}(市场|赛道|行业|领域)/,
  /(拿下|占领|横扫|覆盖|统一|接管)(整个|全)(欧洲|亚洲|北美|南美|非洲|全国|全球|世界|中国|美国|日本|德国|东南亚|[\u4e00-\u9fff]{1,3}(国|省|洲))/,
  /(整个|全)(欧洲|亚洲|北美|南美|非洲|东南亚)/,
  /(让|使)?[\u4e00-\u9fff]{0,4}(所有|每一家|每家|全部|每一个|每个)[^,。;]{0,8}(企业|公司|银行|学校|医院|诊所|餐厅|门店|商家|零售商|开发者|家庭)(都)?/,
  // 每一家 counts firms whatever they are (药店, 酒店, 工厂): with a whole country (checked below) a conquest.
  /(让|使)?[\u4e00-\u9fff]{0,4}(每一家|每家)[\u4e00-\u9fff]{1,6}/,
  // Rank idioms: 头把交椅 (the first chair), 独占鳌头, 龙头老大, and a champion of a field (隐形冠军).
  /家喻户晓|行业标准|行业标杆|头部(玩家|企业|品牌|位置)|前三名|前三强|三强|领跑|执牛耳|一统|头把交椅|独占鳌头|龙头老大|(成为|做|当)[^，,。；;]{0,10}(领域|行业|赛道|市场)的?[^，,。；;]{0,4}冠军/,
  // Q1 by the shape of an absolute claim over a whole territory: a superlative of the whole country,
  // web or region (全国最受欢迎的, 全网最便宜的, 华东地区最值得信赖的), its first or only choice
  // (全国中小企业的首选), known by everyone (无人不知), or a majority share of a market (一半以上的 …
  // 市场). The territory is the second signal: "为最重要的客户提供最快的响应" and "让门店首选我们的
  // 工具" name none and stay clean.
  /(全国|全网|全球|全世界|世界|国内|业内|行业内?|亚洲|欧洲|北美|东南亚|(华东|华南|华北|华中|西南|西北|东北)(地区)?|[\u4e00-\u9fff]{1,3}(国|省|洲))[^，,。；;]{0,6}?最[\u4e00-\u9fff]{1,6}?的/,
  /(全国|全网|全球|全世界|国内|业内|行业内?|亚洲|欧洲|北美|东南亚|(华东|华南|华北|华中|西南|西北|东北)(地区)?|[\u4e00-\u9fff]{1,3}(国|省|洲))[^，,。；;]{0,10}(首选|第一选择|唯一(的)?选择|默认选择|标配)/,
  // Becoming the standard or benchmark of a whole territory or industry (成为全国养猪场数字化的唯一标准,
  // blind-2026-12-c-zh); 成为 is the second signal: "让全国门店的陈列符合统一标准" asks stores to meet one.
  /(成为|做成|当上)[^，,。；;]{0,14}(全国|全球|全网|全世界|世界|国际|国内|行业|业内|唯一)[^，,。；;]{0,12}(标准|标杆)/,
  /无人不知|人尽皆知|妇孺皆知|家家户户都|人手一(个|台|部|份)/,
  // Present across a whole territory: 覆盖全国所有县城, 开遍全国, 铺满全国, 走向全球.
  /(覆盖|铺满|铺遍|开遍|遍布|走遍|进入|打进)(全国|全球|全世界|整个(中国|欧洲|亚洲|东南亚|北美))|(全国|全球)(所有|每个|各个)?(城市|省份|县城|地市)(都|全)?(覆盖|开|铺)|走向全球|全球化布局/,
  // Chinese: every one of anything in a whole country or province (全省所有社保业务都不用再跑窗口,
  // 全国每一所医院): the territory names the whole; ours in it (全省所有自营门店, 我们在全国的每个网点)
  // are ours to run (OURS_ZH, below).
  /(全国|全省|全球|全世界)的?(所有|全部|每一?[个项家所类座])(?![^，,。；;]{0,4}(自营|自有|旗下|直营|本公司))/,
  /(一半以上|过半|半数以上|大多数|绝大多数|大部分|多数)的?[^，,。；;]{0,8}(市场|市场份额|份额)|市场份额(过半|超过一半)/,
];

const OURS_ZH = /自营|自有|旗下|直营|本公司|我们(在[^，,。；;]{0,6})?的?(所有|全部|每)/;
const COUNTRY_ZH = /全国|全球|全世界|欧洲|亚洲|北美|东南亚|[\u4e00-\u9fff]{1,3}(国|省|洲)/;

/**
 * A market word joined by a hyphen into a modifier of a noun names a segment of customers, not the
 * market (Q1): "Win mid-market shippers who outgrew spreadsheets", "Win the mid-market deals where we
 * fit best" (tuning-2026-12-f, -g, -i, blind-2026-12-c) ask for customers of a size. The shapes read
 * such a compound as one word, so "win … market" finds no market in it. Ending its phrase (the end,
 * a preposition or a conjunction after it) the compound is the market: "Win the mid-market in
 * Germany" is a conquest.
 */
const joinMarketCompounds = (title: string) =>
  title.replace(
    /\b([A-Za-z]+)-(market|segment|category|industry|sector)\b(?=\s+(?!(in|across|of|by|before|this|for|and|or|with|from|on|at|within|over|outright|next|during|than|as)\b)[A-Za-z])/gi,
    "$1$2",
  );

function findUnachievable(raw: string): string | null {
  const found = findFirst(normalize(raw), UNACHIEVABLE);
  if (found !== null) return found;
  const title = isChinese(raw) ? raw : joinMarketCompounds(raw);
  if (!isChinese(title))
    return (
      findShape(title, UNACHIEVABLE_SHAPES) ??
      (MAY_BE_ABSOLUTE.test(title) ? findShape(title, ABSOLUTE_SHAPES, { surface: true }) : null)
    );
  const text = normalize(title);
  const zh = findFirst(text, UNACHIEVABLE_ZH);
  // "每家诊所" alone is a good objective; with a whole country it is a conquest, unless they are ours
  // (全省所有自营门店, 我们在全国的每个网点: the team's own network, issue 17, eleventh round).
  if (zh !== null && /所有|每一家|每家|全部|每一个|每个/.test(zh) && (!COUNTRY_ZH.test(text) || OURS_ZH.test(text)))
    return null;
  return zh;
}

export function checkAchievable(objective: DraftObjective): Hit[] {
  const found = findUnachievable(objective.title)?.replace(/\s{2,}/g, " ") ?? null;
  if (found === null) return [];
  return [
    {
      message: {
        en: `"${found}" is not something a team can make meaningful progress on within one period.`,
        zh: `“${found}”不是一个团队在一个周期内能取得实质进展的目标。`,
      },
      suggestion: {
        en: 'Scope it to what this quarter can learn or change, e.g. "Learn whether we can practically enter the Spanish market" instead of "Become the market leader in Spain".',
        zh: "把范围缩小到本季度能学到或改变的东西，例如用“了解我们能否切实进入西班牙市场”代替“成为西班牙的市场领导者”。",
      },
    },
  ];
}
