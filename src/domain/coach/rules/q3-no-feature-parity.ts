import { findShape, isChinese } from "../language/shape.ts";
import { findFirst, normalize } from "../text.ts";
import type { DraftObjective, Hit } from "../types.ts";

/**
 * Q3: chasing competitors' feature sets. Mentioning competitors is fine ("understand why
 * prospects choose competitors"); it is the catching-up or matching that the method rejects.
 */
const PARITY: readonly RegExp[] = [
  /\bfeature[- ]parity\b|\bparity with\b|\bon par with\b/,
  /\bcatch(ing)? up (with|to)\b/,
  // "Offer everything Revolut offers": another product's feature list as the target.
  /\b(everything|every feature|all the features) [\w-]+ (offers|has|does|ships|provides)\b/,
  /有的(功能|特性)[^,。;]{0,6}(都|也)/,
  /\b(competitors?|competition|competing|rivals?)\b.*\b(features?|feature set|gap|match|parity|keep up|copy|clone|same as|as good as|catch up)\b/,
  /\b(features?|feature set|gap|match|keep up with|copy|clone|same as|as good as)\b.*\b(competitors?|competition|competing|rivals?)\b/,
  // Copying another company's feature by name ("copy Figma's multiplayer editing").
  /\b(copy|clone|replicate|mimic|imitate) [\w-]+'s\b/,
  /(赶上|追上|追平|追赶|看齐|对标)[^,。;]{0,12}(功能|特性)/,
  /功能对等|功能平价|特性平价|功能追平|照搬|复刻|抄袭/,
  /(竞争对手|竞品|对手|友商).*(功能|特性|差距|追赶|赶上|看齐|对齐|持平|补齐|抄|模仿|对标|一样|平价|对等)/,
  /(功能|特性|差距|追赶|赶上|看齐|对齐|持平|补齐|模仿|对标).*(竞争对手|竞品|对手|友商)/,
  // Sixteenth round (set AH: "追平竞品的独家剧集数量"): drawing level with the competitor is Q3 whatever is levelled, as
  // with 赶上/看齐 above (追平竞品, 追平竞品的全部功能, 赶上竞争对手的…: writers zh, P, T, AC, AH, AI all label it Q3). The
  // competitor catching up with us ("在竞品追上来之前站稳") names no parity we chase: the verb comes first.
  /(追平|追上|比肩)[^，,。；;]{0,6}(竞争对手|竞品|对手|友商)/,
  // Round 17 (set AD: "覆盖竞品所有项目"): the rival's whole list, whatever its items are called, is "every feature X has"
  // (竞品的全部功能 and 竞品商家后台全部功能 in sets P and AC, all Q3). A rival named with no list of theirs (选了竞品,
  // 被竞争对手挖走的代理商) stays clean.
  /(竞争对手|竞品|对手|友商)的?(所有|全部|每一?[个项款])[\u4e00-\u9fff]/,
];

/**
 * Parity read from the sentence's shape, where another product is any name ("@name": a word
 * capitalised mid-sentence or tagged as one): a comparison of equals with it ("as complete as
 * QuickBooks", "the same features as Monzo", "on a par with"), catching up or keeping pace with it,
 * or its feature list as ours ("every meeting feature Zoom has", "match Notion's templates").
 * Naming a rival without comparing stays clean: "understand why we lose deals to Salesforce".
 */
/** A rival in the lemma shape: a name, or a word for rivals with its article ("the big incumbents"). */
// A player is a rival only as one of the market's big ones ("what the big players offer"): bare, players are the people
// a game is for ("Design decisions rest on what players do", set AF, clean; about twenty tuning writers write of their
// players so, and none labels such an objective Q3). Sixteenth round.
const RIVAL =
  "((our |the |the big |big )?(@name|competitor|rival|incumbent|competition|the competition)|(the )?(big|biggest|leading|major|other|established) player)";

const PARITY_SHAPES: readonly RegExp[] = [
  /\bas (\S+ ){1,2}as (@name|competitor|rival|the competition)\b/,
  /\b(same|identical|equivalent|comparable) (\S+ ){0,3}(as|to) (@name|competitor|rival)/,
  // Sixteenth round: the gap named with what it is in ("Close the driver-assist feature gap with Tesla", set AE), or
  // drawn between ours and theirs ("Close the gap between our component library and Figma's", AA; "… between our
  // buying portal and what Vodafone and Orange give their staff", AK; "… between our editor and competitors'
  // editors", 06: all Q3). Our own past or a plan is no rival ("the gap between our prices and last year").
  /\b(catch up|keep pace|keep up|level|draw level|close (the |our )(\S+ ){0,3}gap) (with|to|on) (@name|competitor|rival|the competition)\b/,
  /\bclose (the |our )(\S+ ){0,2}gap between (our|us) (\S+ ){0,4}and (what |the )?(@name|competitor|rival|the competition)\b/,
  // Q3: not falling behind a rival is catching up said the other way ("Don't fall behind Stripe on
  // payment methods"); keeping up with anyone's feature list is parity whoever they are ("Keep up
  // with the big three's feature lists"). Falling behind our own plan names no rival: clean.
  /\b(fall|lag|trail|drop) behind (@name|competitor|rival|the competition|the (\S+ ){0,2}(player|leader|incumbent))\b/,
  /\b(catch up|keep pace|keep up|level) with (\S+ ){0,5}(feature|feature list|feature set|roadmap|capability)\b/,
  /\b(every|all|each|any) (\S+ ){0,3}feature (that )?@name (have|offer|ship|provide|do|support)\b/,
  // Q3: any kind of offering a rival has, as ours ("Have every template Canva has", "the payment
  // methods Stripe supports"): a thing a product offers, then the name that has it.
  /\b(every|all|each|any|the) (\S+ ){0,3}(template|integration|tool|capability|function|option|method|report|automation|plugin|extension|widget|app|effect|filter|setting)s? (that )?@name (have|offer|ship|provide|support|give)\b/,
  /\b(match|mirror|copy|clone|replicate|mimic|imitate|equal|rival) (@name|competitor|rival)\b/,
  // Q3 (thirteenth round, third part): the thing of the rival named first, "the X of" them ("Match the battle-pass
  // features of Apex Legends", set R; "Match the plant range of the big DIY chains", set V: both Q3), the order
  // "Match Booking.com's feature set" (set C) writes the other way. The rival: a name, a word for rivals, or the
  // big, leading or largest of a kind (chains, retailers, players).
  // Round 17: the thing offered at or by them ("Match the amenities offered at Brightline and Castellan buildings",
  // set AJ), the rivals counted ("the two biggest publishers", set AN), a name of several words or two names joined.
  /\b(match|mirror|copy|clone|replicate|equal) the (\S+ ){1,3}(of|offer at|offer by|provide by|at) (@name( @name){0,3}( and @name( @name){0,3})?|competitor|rival|the competition|the ((two|three|four|five) )?(big|biggest|leading|largest|major|top) (\S+ ){0,2}(@name|chain|retailer|player|brand|bank|platform|app|competitor|rival|incumbent|supermarket|store|publisher|provider|vendor|operator|firm|company|studio|school|network|marketplace))\b/,
  // Round 17: a name of several words, or two names joined ("Offer everything Le Wagon and General Assembly offer", set AN).
  // What a name does as the object of knowing is a question, not their offer as our aim: "Parents understand what
  // PrepWise does before they pay" (set AN, clean; "understand / know / see what …" is clean in about twenty sets).
  /(?<!\b(understand|know|see|learn|explain|tell|show|ask|wonder|hear|discover|find out) )\b(what|whatever|everything) @name( @name){0,3}( and @name( @name){0,3})? (have|offer|ship|provide|do|support)\b/,
  /\b(up to|to) (the level of @name|@name 's (level|standard))|\b(up to |to |on |at )(a )?par with (@name|competitor|rival|the competition)\b/,
  // Q3 (coach-q): standing where a rival stands ("Get to where Monzo is on budgeting tools"), the
  // list every other product of the kind offers ("Offer what every other CRM already offers"), a
  // rival's offering named before it ("features Gusto has and we don't") and its experience as
  // ours ("the Slack experience inside our app").
  /\b(get|reach|be|come) (to )?where @name (be|is|stand)\b/,
  /\b(what|everything|whatever) (every|all|each|any) other (\S+ ){0,2}(already )?(have|offer|ship|provide|do|support)\b/,
  /\b(feature|template|integration|tool|capability|function|option|report|automation|plugin|extension|widget)s? (that )?@name (have|offer|ship|provide|support|give)\b/,
  // "Feel" is the noun only where the phrase ends or a preposition follows ("the Figma feel in our editor"): "Residents
  // in the East feel safe" (set V, a trap) is people feeling (thirteenth round, third part).
  /\bthe @name (experience|ux|feature set)\b|\bthe @name feel\b(?= (in|inside|on|for|of|to|across)\b|$)/,
  // Q3, the general shape (issue 17): another product's list as ours, whoever holds it and
  // whatever it is called. RIVAL is a name or a word for rivals, with "our" or "the big" before it;
  // what they have, give or ship, the same X they have, more X than them, beating them on
  // features, their standard as our bar. Comparisons with our own past or a generic tool ("as easy
  // as a spreadsheet", "better than yesterday") name no rival and stay clean.
  new RegExp(
    `(?<!\\b(understand|know|see|learn|explain|tell|show|ask|wonder|hear|discover|find out) )\\b(everything|all|whatever|what|anything) ${RIVAL} (have|offer|give|ship|provide|do|support|build|sell)\\b`,
  ),
  new RegExp(`\\bthe same (\\S+ ){1,3}${RIVAL} (have|offer|give|ship|provide|support)\\b`),
  new RegExp(`\\b(more|better|richer|broader|wider) (\\S+ ){0,3}than ${RIVAL}(?! (do|does|did) for)`),
  new RegExp(
    `\\b(beat|outdo|outmatch|outship|outbuild|surpass|overtake) ${RIVAL} (on|in|at) (\\S+ ){0,2}(feature|functionality|capability|integration|template|tool)`,
  ),
  new RegExp(`\\b(up to|to|reach|meet|match) ${RIVAL} ('s? )?(level|standard|bar|benchmark)\\b`),
  /\bfeature[- ]complete (against|versus|vs\.?|compared (to|with)|relative to)\b/,
];

/**
 * Parity in Chinese, by the shape of a comparison with another product, whatever its name:
 * benchmarking against it (对标 X), filling in what we lack next to it (补齐缺失功能), narrowing
 * the gap with it (缩小与 X 的差距), building what it built (照着 X 的 … 做), being the same as it
 * (和 X 一样) or overtaking it on features (在功能上赶超 X). Our own past (去年, 上季度) is not a
 * competitor: "和去年一样稳定" is clean.
 */
const OWN_PAST = "(?!自己|去年|上季度|上个季度|过去|以前|之前|上月|上个月|原来|现在)";
const PARITY_ZH: readonly RegExp[] = [
  // Q3 (thirteenth round, third part): the size of our range levelled with a rival's ("自有品牌 SKU 数量追平永辉", set V),
  // the Chinese of "Match the plant range of the big DIY chains" (sets R and V). Our own past is no rival.
  new RegExp(
    `(数量|数|规模|品类|品种|款数|sku)[^，,。；;]{0,4}(追平|赶上|比肩|看齐)${OWN_PAST}[^，,。；;\\d]{1,10}`,
    "i",
  ),
  // A rate benchmarked against others' level (组件良率对标行业第一梯队, set Z, clean) is a performance level, not a feature list
  // (Q3 reads "a competitor's feature list"); a competitor named still reads so below. Round 17.
  new RegExp(`(?<!率)对标${OWN_PAST}[^，,。；;]{1,12}`),
  /(补齐|补上|补全|补足)[^，,。；;]{0,6}(功能|能力|短板)|缺失的?功能/,
  // Q3 (coach-q): making a thing the way a rival has it (做出淘宝那样的推荐, 做成飞书那种文档); our own
  // past is no rival (做成去年那样的增长).
  new RegExp(`(做出|做成|搞出|打造出?)${OWN_PAST}[^，,。；;]{1,8}(那样|一样|那种|同款)的`),
  // Q3: closing the gap with someone, whatever the verb (缩小, 补齐, 弥补, 追平, 拉近 … 与 X 的功能
  // 差距: "补齐与招行App、支付宝的功能差距", tuning-2026-12-08). Widening it (拉开差距) is
  // differentiation, not parity, and our own past is no rival.
  new RegExp(
    `(缩小|补齐|弥补|追平|拉近|消除|填平|抹平|缩短|补上)${OWN_PAST}[^，,。；;]{0,2}(与|和|跟|同)${OWN_PAST}[^，,。；;]{1,14}?的?[^，,。；;]{0,6}差距`,
  ),
  new RegExp(
    `(照着|照搬|仿照|仿着|模仿|参照|学(?![完会到习生员校好懂了得过]))${OWN_PAST}[^，,。；;]{1,10}的[^，,。；;]{0,10}(做|搞|抄|出|建)`,
  ),
  new RegExp(
    `(和|跟|与|同|像)${OWN_PAST}[^，,。；;]{1,12}(一样|同样|相同|同等)(的)?(功能|特性|好用|完整|齐全|强大|全面)`,
  ),
  /功能[^，,。；;]{0,8}(赶超|超越|比肩|媲美|看齐|不输|追上)|(赶超|比肩|媲美|看齐|不输)[^，,。；;]{0,10}功能/,
  // Q3 (issue 17, eleventh round, sets K and L): features levelled with someone, the verb of
  // levelling before or after 功能 ("和西门子 MindSphere 做到功能对齐", "功能对齐 DocuSign 国际版", "在功能上
  // 全面追平番茄小说"). Our own apps levelled with each other name no rival ("安卓版和 iOS 版功能对齐"), and
  // 对齐 without 功能 is agreeing with someone ("和老板对齐后补"): both stay clean.
  /^(?!.*(安卓|android|ios|鸿蒙|harmony|网页版|web ?端|小程序|pc ?端|桌面端|移动端|各端|多端|双端|两端|新版|旧版|老版))(.*功能[^，,。；;]{0,8}(追平|对齐|拉齐|持平)|.*(追平|对齐|拉齐|持平)[^，,。；;]{0,10}功能)/,
  // Q3 (tuning-2026-12-07): the comparison of equals with the quality after it ("和钉钉做到功能一样全",
  // "做一个和企业微信一样的客户联系功能"), levelling with someone (向美团看齐, 拉齐 … 能力), not falling
  // behind them (不能落后于支付宝), copying their mechanic (抄一下拼多多的砍价玩法). 看齐 and 落后
  // about our own past stay clean (OWN_PAST).
  new RegExp(
    `(和|跟|与|同|像)${OWN_PAST}[^，,。；;]{1,10}(做到|做得|一样|同样|相同)[^，,。；;]{0,8}(功能|特性|能力|玩法)|(和|跟|与|同|像)${OWN_PAST}[^，,。；;]{1,10}(功能|特性|能力)[^，,。；;]{0,4}(一样|同样|相同)`,
  ),
  new RegExp(`(向|和|跟|与)${OWN_PAST}[^，,。；;]{1,10}(看齐|拉齐|对齐功能)|拉齐[^，,。；;]{0,10}(能力|功能|特性)`),
  new RegExp(`(不能|不要|别|不再|不会)?落后于?(?!于)${OWN_PAST}[^，,。；;]{1,8}$|落后于${OWN_PAST}[^，,。；;]{1,8}`),
  new RegExp(`(抄|照抄|复制|克隆)[一下个]{0,2}${OWN_PAST}[^，,。；;]{1,8}的[^，,。；;]{0,8}(功能|玩法|设计|模式|特性)`),
  // Q3, the general shape (issue 17): what someone else has, we must have too (竞品有的我们也要有,
  // 别人有的功能我们不能没有); more of a feature kind than a rival (比有赞多出一倍的营销工具); their
  // product rebuilt whole (把美团的商家后台功能全部做一遍). 比 our own past (比去年) stays clean.
  /有的[^，,。；;]{0,4}我们[^，,。；;]{0,4}(也|都|必须|得)?(要|得)?(有|不能没有|不能少|不能缺)/,
  // Q3: drawing level with what someone else offers (追平赛默飞的科研合作计划, 三个月内追上GPT的能力,
  // 赶上微信的体验; tuning-2026-12-08, -c): a catch-up verb, a rival, 的 and a thing a product offers.
  // "追更" (following a serial) and our own past (追上去年的水平) are not a rival's offer.
  // Round 17 (set AF: "技术团队对齐 Netflix 的工程能力"): 对齐 levels with a rival as 追平 does (对齐竞品, 功能对齐 X: sets
  // AC, AG, AI, K, L, all Q3); with 的 and a thing a product offers after the rival. "和老板对齐" levels nothing.
  new RegExp(
    `(追平|追上|赶上|赶超|比肩|媲美|不输|对齐)${OWN_PAST}[^，,。；;]{1,12}的[^，,。；;]{0,8}(功能|特性|能力|计划|方案|产品|体验|服务|水平|玩法|模板|集成|价格|权益)`,
  ),
  // Q3 (round 17): drawing level with anyone, whatever is levelled: 追平 or 追上 with an object (全面追上阿里云DataWorks, set
  // AP; 课程内容全面追平头部早教品牌, AN; 追平竞品的…, 追平《原神》的付费玩法, 追平永辉: every objective of the tuning sets
  // with either verb, by fourteen writers, is Q3). The rival catching up with us (在竞品追上来之前站稳) and our own past
  // or plan (追上去年的水平, 追上进度) are no parity we chase.
  new RegExp(`(追平|追上)(?![来去])${OWN_PAST}(?!进度|计划|目标|预算|节奏|排期)[^，,。；;]{2,}`),
  // Q3 (round 17): making a product the same as a rival's or more than it (做出和 Apple Watch 一样的健康功能, set AA;
  // 做出比抖音更全的广告产品, R; 做出比原神更好的开放世界, AF; 做一个和企业微信一样的客户联系功能, 07: all Q3): a
  // comparison of equals or a comparative with someone, then 的 and the thing made. Our own past is no rival
  // (做出比去年更好的产品), and a comparison that makes nothing ("让退货像寄信一样简单") stays clean.
  new RegExp(
    `(做出|做成|做一个|做一款|做一套|打造出?)(和|跟|与|同|像|比)${OWN_PAST}[^，,。；;]{1,16}?(一样|同样|相同|更[\u4e00-\u9fff])的`,
  ),
  // Q3: building a thing as someone else built it (像美团一样做一套商家后台, 参照钉钉做一套审批流):
  // their product as the template of ours. "像对待自己的店一样对待客户" builds nothing.
  new RegExp(`(像|照着|仿照|仿着|模仿|参照)${OWN_PAST}[^，,。；;]{1,10}?(一样)?(做|搞|建|出)(一套|一个|一版|一款)`),
  new RegExp(
    `比${OWN_PAST}[^，,。；;]{1,10}(多|更多|更全|更强|更丰富)[^，,。；;]{0,8}(功能|工具|特性|模板|集成|能力|玩法)`,
  ),
  new RegExp(
    `(把|将)${OWN_PAST}[^，,。；;]{1,12}的[^，,。；;]{0,10}(功能|特性|玩法)[^，,。；;]{0,4}(全部|都|全|照样)?(做一遍|搬过来|复制过来|照做|重做一遍|做一套)`,
  ),
];

export function checkNoFeatureParity(objective: DraftObjective): Hit[] {
  const found =
    findFirst(normalize(objective.title), PARITY) ??
    (isChinese(objective.title)
      ? findFirst(normalize(objective.title), PARITY_ZH)
      : findShape(objective.title, PARITY_SHAPES));
  if (found === null) return [];
  return [
    {
      message: {
        en: `"${found}" aims at feature parity with competitors; their customers are not ours, and catching up steers away from our own customers' pain.`,
        zh: `“${found}”以追平竞争对手的功能为目标；他们的客户不是我们的客户，追赶会让我们偏离自己客户的痛点。`,
      },
      suggestion: {
        en: 'If you do not know your customers\' pain yet, make discovering it the objective, e.g. "Understand why trial users leave before they see value".',
        zh: "如果还不清楚客户的痛点，就把发现痛点作为目标，例如“弄清试用用户为何在获得价值前流失”。",
      },
    },
  ];
}
