import type { Word } from "../language/english.ts";
import { BUILD_VERBS, isChinese, leadingVerbObject, mayHold, NOT_PRODUCT_THINGS } from "../language/shape.ts";
import { findFirst, normalize } from "../text.ts";
import type { DraftObjective, Hit } from "../types.ts";

/**
 * Q2: an objective that dictates the solution. Removal verbs such as "sunset" name an output on
 * their own; build and launch verbs only when a product artefact is their object, so "remove
 * friction from checkout" and "build trust with agents" stay clean.
 */
const ARTEFACT =
  "(features?|apps?|application|page|pages|dashboards?|integrations?|modules?|versions?|v\\d+|apis?|tools?|plugins?|widgets?|screens?|buttons?|website|site|portal|chatbot|bot|marketplace|sdk|extension|plan|tier|firmware|engine|database|backend|mode|view|editor|templates?|wizard)";
// Up to three words between verb and artefact, none of them a preposition that would make the
// artefact a mere location ("remove friction from the checkout page").
// A preposition joined by a hyphen is part of an adjective ("an in-house KYC engine", "on-premise
// servers", blind-2026-12-c), so the lookahead asks for the preposition to end its word.
const GAP = "(?:(?!(?:from|for|in|on|of|to|with|by|across|through|at)(?![\\w-]))[\\w'-]+ ){0,3}";
/**
 * One artefact word, singular or plural, or a system of any kind (platform, service, model, device):
 * a thing built whatever qualifies it ("a platform that partners can extend" is still a platform).
 */
const ARTEFACT_WORD = new RegExp(
  `^(${ARTEFACT}|(platform|system|product|solution|service|program|programme|model|algorithm|workflow|flow|process|network|kiosk|machine|device|robot|sensor|software|infrastructure)s?)$`,
);
const OUTPUT_VERB =
  "(remove|delete|drop|cut|kill|launch|ship|release|build|develop|implement|rebuild|rewrite|redesign|migrate|add|introduce|deliver|roll out|create)";

// Removing or replacing something we own is an output whoever the sentence is about.
const REMOVAL: readonly RegExp[] = [
  /\b(sunset|sunsetting|deprecate|deprecating|decommission|retire|retiring)\b/,
  // Replacing our own system is a chosen solution, whatever the replacement.
  /\breplace (the |our )?(legacy|old|existing|current) [\w-]+/,
  /(替换|替代|取代|换掉)[^,。;]{0,4}(旧|原有|现有|老)/,
  // Q2 (issue 17, eleventh round, set J): "用 Y 取代 X" opens with the replacement, Chinese for the
  // "Replace X with Y" every English tuning writer labels Q2 ("Replace the front-desk check-in with a
  // QR-code app", "用语音助手取代车内全部物理按键"). Only as the objective's opening: "让门店用扫码代替手写"
  // is what the customer does (CUSTOMER_ACTS' 让).
  /^用[^，,。；;]{1,12}(取代|替代|代替|替换)/,
  // Q2 (issue 17, eleventh round): building a named system out ("推进智慧水务建设", set M), the
  // Chinese objective that states the programme as its goal. Only a system's name before 建设: a
  // team's, a brand's or a culture's building (团队建设, 品牌建设, 文化建设) is an outcome.
  // Thirteenth round (set S: "完成财务系统从用友到金蝶的迁移", Q2): the programme named by any engineering noun
  // after the system, not 建设 alone: a migration, a cut-over, a rebuild (完成支付中台重构, set 07; 完成订单系统微服务化改造,
  // set B: both Q2, and no tuning writer keeps such an objective clean).
  // Fourteenth round (set Y: "完成古籍数字化二期工程", Q2): the same programme named as the works or the project
  // it is (工程, 项目), after the system word as before.
  /^(推进|推动|加快|加速|完成|开展|抓好|做好)[^，,。；;]{0,8}(智慧|数字化|信息化|智能化|平台|系统|中台)[^，,。；;]{0,8}(建设|迁移|切换|改造|替换|重构|上云|工程|项目)/,
  // 下线 before 的 is a participle, what comes off the line: "下线的每台车都不用返修" (set Q, clean) asks for
  // the cars' quality, as "Build brake calipers right the first time" does (issue 17, twelfth round).
  // Seventeenth round (set AE: "车辆一次下线合格", clean): 下线 after 一次 or before 合格 is what comes off the
  // production line right first time, the English "Cars leave the plant without defects" doneRight reads (eight
  // writers), as set Q's 下线的每台车 is.
  /((?<!一次)下线(?!的|合格|即合格|就合格)|淘汰|砍掉|下架|关停|停用)/,
  // Seventeenth round (set AO: "Switch off the old 2G watch range", Q2): switching off, shutting down or phasing out
  // our old or legacy thing is its removal, as "replace the legacy …" and "decommission" are. Only with the old
  // thing named: "shut down fraud rings" stops someone else's.
  /\b(switch|shut|turn|phase|wind|close) (off|down|out) (the |our )?(old|legacy|existing|current)\b/,
];

/**
 * Where a thing is put when it is launched (Q2): live, out of the door, into production, and (coach-q)
 * into the app stores, to market or onto the shelves ("Get our mobile app into the app stores").
 */
const OUT_THERE =
  "(?:live|out the door|into production|into (?:the )?(?:app |play )?stores?|to market|onto (?:the )?shelves)";

const BUILD: readonly RegExp[] = [
  // Q2: putting a thing live or out of the door is its launch, whatever the verb ("Get the
  // redesigned checkout live before Easter", "Get the partner portal out the door").
  // People put live ("Get customers live on day one") are an outcome, not a thing (NOT_PRODUCT_THINGS).
  new RegExp(`^(we will |to )?(get|put|push|bring) ((\\S+ ){1,5})${OUT_THERE}\\b`),
  // Migrating a workload onto a new system names the system ("Migrate all merchants onto the new
  // billing engine", "Cut over search to the new Elastic cluster"). Only the verbs of a technical
  // migration: "switch more shoppers to the new app" or "move customers to the new plan" is the
  // customers' adoption, an outcome.
  /^(we will |to )?(migrate|cut over|port|replatform) (\S+ ){0,5}(on)?to (the |our |a )?new \S+/,
  // Q2 (issue 17, eleventh round, set L): moving a workload, not people, onto a new system is the
  // same migration ("Move all customer traffic to the new 5G core"): traffic, workloads, data,
  // servers, services, calls or payments processed; "move customers to the new plan" stays adoption.
  /^(we will |to )?(move|switch|shift|transfer) (all |our |the |every |100% of )*(\S+ )?(traffic|workloads?|data|servers?|services|infrastructure|databases?|processing|volume|calls|transactions) (on)?to (the |our |a )?new \S+/,
  // Rebuilding or rewriting names the solution whatever is rebuilt.
  /\b(rebuild|rewrite|replatform|re-architect)\b|重构|重写/,
  new RegExp(`\\b${OUTPUT_VERB} ${GAP}${ARTEFACT}\\b`),
  // Fifteenth round (set AD, both clean): not a build verb before 的, which makes the thing its object already (the
  // version we deliver: "客户不再觉得我们交付的版本“一上生产就出问题”", as 06's 上个季度推出的运单追踪, 07's Q4 上线的新客户
  // and F's 新创作者发布的内容 are clean), nor across a 后 that closes a time clause ("客户上线 MES 后车间真的按系统干活",
  // the launch-then-后 below, sets J, K, O and S), whose 系统 is what the workshop works by.
  /(移除|删除|删掉|去掉|上线|发布|推出|开发(?!者)|搭建|构建|重构|重写|交付|新增|上架|接入|迁移)(?!的)(?:(?!(之|以)?后(?!台|端))[^,。;]){0,12}(功能|应用|app|版本|页面|模块|系统|平台|小程序|网站|官网|集成|插件|仪表盘|看板|工具|接口|api|按钮|sdk|机器人|固件|引擎|数据库|后端|架构|模式|视图|编辑器|模板|报表|v\d+)/,
  // Q2 (issue 17, thirteenth round, set S: "新版本上线后玩家玩得顺畅", clean): a launch followed by 后 is when
  // the objective looks, not what it asks for ("客户工厂上线以后真的用起来", set K; "让新房东上线后很快接到稳定订单", set O:
  // both clean), as "after the new version ships, players ..." names no output.
  // Fifteenth round, second part (set AH: "新版本上线首周，让老玩家回来玩新内容", "上线首月，买了游戏的人能玩到通关",
  // "上线首周没有导致弃游的 bug", all clean): the first week, month or day of a launch, or the day of it (当天), is
  // the same time clause as 后 (LAUNCH_WHEN_ZH).
  /(功能|应用|app|版本|页面|模块|小程序|网站|插件|仪表盘|看板)[^,。;]{0,4}(上线|发布|交付)(?!之?后|以后|首[日周月年季]|当[天日周月]|期间)/,
  // Q2: a transformation of our own system names the engineering to do: "完成订单系统微服务化改造"
  // (blind-2026-12-b-zh), 数字化改造, 核心系统上云. Rolling out an architecture or a platform names it
  // too ("全面推行零信任架构"); a culture or a habit rolled out is an outcome (文化 is no system).
  // Sixteenth round (set AK: "业务系统上云后不掉线", clean): a move to the cloud followed by 后 is when the objective
  // looks, as a launch followed by 后 is (LAUNCH_WHEN_ZH: sets J, K, O, S and AH), not the move asked for.
  /[\u4e00-\u9fff]{1,10}化改造(?!之?后(?!台|端)|以后)|[\u4e00-\u9fff]{0,4}(系统|平台|架构|数据库|后台|中台|app|应用)[^，,。；;]{0,6}(改造|上云)(?!之?后(?!台|端)|以后)/,
  /(推行|实施|落地|铺开|引入)[^，,。；;]{0,10}(架构|系统|平台|中台|方案)/,
  // Q2: a lever pulled on customers named as the means (the guide's "sunset the least-used features
  // to raise margin"): restricting, charging or forcing them to move a business number
  // ("通过对免费用户的下载限速来提升会员收入", tuning-2026-12-h-zh; "Grow revenue by throttling free
  // users"). A means that serves them ("by fixing why they left", 通过短信带来回头客) is no lever.
  /(通过|靠|借助|利用)[^，,。；;]{0,12}(限速|限流|限制|收费|涨价|提价|加价|强制|关闭|取消|砍掉|下架|封禁|加广告|插广告|弹窗)[^，,。；;]{0,8}(来|以|从而)?(提升|提高|增加|拉动|带动|降低|减少)/,
  /\bby (throttling|rate-limiting|limiting|capping|charging|raising prices|gating|paywalling|forcing|locking|restricting|adding ads|showing more ads)\b/,
];

/**
 * Seventeenth round: "Launch" opening the objective launches whatever follows it, a product, an offering or a
 * market ("Launch an at-home class subscription", set AO; "Launch a tasting-menu experience in flagship sites",
 * AJ; "Launch in Germany and France", W; as "Launch Vietnam", blind-2026-12-c, "Launch a home battery
 * subscription", K, and some fifteen other writers' "Launch …" are labelled Q2). The tagger stops at a word such as
 * "at-home", so the object is read from the words. Not people launched into something ("Launch more new customers
 * into a successful first campaign", set 06, clean): onboarding, an outcome.
 */
const LAUNCHED =
  /^(?:we will |to )?(?:re-?)?launch ((?:[\w'-]+ ){0,4}?[\w'-]+)(?= (?:into|in|to|for|with|by|at|across|so|and|that|which)\b|$)|^(?:we will |to )?(?:re-?)?launch (?:in|into) \S+/;
const LAUNCHED_PEOPLE =
  /^(customer|user|seller|buyer|merchant|team|people|person|member|client|partner|creator|shopper|student|learner|patient|driver|rider|host|subscriber|account)s?$/;
/**
 * Seventeenth round: moving our own things onto a new or named system, or off the old one, is the migration
 * ("Move every module onto the new Canvas instance", set AN; "Finish moving all finance entities onto S/4HANA",
 * AK; "Move the mortgage system off the mainframe", AG: all Q2), as "Migrate all merchants onto the new billing
 * engine" (07) is. Not people moved or won ("Win national restaurant groups onto Tablehop", AM; "Print readers move
 * to digital", AH): the customers' adoption, an outcome.
 */
const MOVED_ONTO =
  /^(?:we will |to )?(?:finish |complete )?(?:move|moving|migrate|migrating|shift|shifting|transfer|transferring) (?:all |every |our |the |remaining |of )*((?:[\w'-]+ ){0,3}[\w'-]+) (?:onto (?:the |our |a )?(?:new \S+|[A-Z0-9][\w./-]*)|off (?:the |our )?(?:mainframe|legacy|old)\b)/;
const movedOnto = (raw: string) => {
  const match = MOVED_ONTO.exec(raw.trim().replace(/^[A-Z]/, (c) => c.toLowerCase()));
  const head = headOf((match?.[1] ?? "").toLowerCase());
  return match && !NOT_PRODUCT_THINGS.has(head) && !LAUNCHED_PEOPLE.test(head) ? match[0] : null;
};
const launched = (title: string) => {
  const match = LAUNCHED.exec(title);
  if (!match) return null;
  const object = (match[1] ?? "").replace(/^(more |new |our |the |an? )+/, "");
  return LAUNCHED_PEOPLE.test(headOf(object)) ? null : match[0];
};

// "Let product teams build consistent screens": the building is the customer's outcome. "Enable"
// and "allow" only with someone to do something ("Enable agents to close deals from the field"):
// "Enable SSO for all enterprise customers" turns a thing on, an output (Q2). 支持 only before
// someone: "支持商家平稳度过大促" (OUTCOME_OBJECT_ZH), while "支持 Apple Pay 支付" adds a thing.
const CUSTOMER_ACTS = /^(let|help|make it easy for)\b|^(enable|allow|empower) (\S+ ){1,4}to\b|^(让|帮助|使)/;
/**
 * Q2 (issue 17, thirteenth round): PEOPLE_ACT in Chinese. The customers open the sentence and do it
 * themselves (自己, 就能, 都能): "中小客户在控制台自己就能把应用部署上云" (set S, clean), as "开发者第一次就能把应用部署成功"
 * (set I) and "开发者接入后能顺利上生产" (set J) are clean; the thing they deploy is theirs. Not when the
 * sentence opens for whom we build (为, 给, 向, 帮 …: "为客户上线自助平台").
 */
/**
 * Sixteenth round: the people opening the sentence and doing the build verb themselves, with no "能" ("商家接入我们的
 * API 不用找技术支持", set AF, clean), as "让开发者接入我们的支付API成为一周里最轻松的事" (set B) and "让开发者接入定位 SDK 时
 * 不用加群问人" (set C) are clean with 让 and "Product teams build consistent screens faster" (PEOPLE_ACT) is in
 * English: what they connect or deploy is theirs to do, the ease of it the outcome. No tuning writer labels Q2 an
 * objective opening so.
 */
const PEOPLE_ACT_ZH =
  /^(?![为给向替帮对])[^，,。；;]{0,4}(客户|用户|商家|卖家|买家|开发者|玩家|会员|患者|店主|门店|司机|骑手|老师|家长|学员|企业)((在[^，,。；;]{1,8})?(自己|就能|都能|也能|能够)|(接入|部署|开通|迁移|搭建)(?!的))|^(?![为给向替帮对我])[^，,。；;]{0,6}团队(发布|上线|部署|接入|交付|搭建)[^，,。；;]{0,10}(不用|无需|不必|不再)/;
/*
 * Seventeenth round, the last alternative above: a team opening the sentence that releases or deploys without
 * waiting on anyone ("API团队发布新接口不用给平台组提工单", set AP, clean) is the customer of a platform doing its
 * own work, as "Product teams ship without waiting on infrastructure" (L) and "Engineers ship changes without
 * waiting on infrastructure" (P) are in English and 让业务团队发布不再担心把线上搞挂 (O) with 让. Not 我们团队.
 */
/**
 * Q2 (issue 17, twelfth round): the same outcome said without "let", the people as the sentence's
 * subject ("Product teams build consistent screens faster", set P; "Product teams build consistent UI
 * with less effort", "Small sellers build a steady business", set J; "Product teams ship without
 * waiting on infrastructure", set L: all clean). The subject's head is people (NOT_PRODUCT_THINGS),
 * and not our own ("Our engineers build a new billing portal" names the thing we build).
 */
const PEOPLE_ACT =
  /^(?!our |we |the team )((?:[\w-]+ ){0,2}[\w-]+) (build|ship|launch|release|add|create|deliver|develop|implement|roll out|migrate|redesign|rewrite)\b/;
// Seventeenth round: squads, tribes and guilds are teams ("Squads build screens from the system instead of around it",
// set AF, clean; "for every squad", blind-2026-12-b and -c).
const peopleAct = (title: string) => {
  const subject = PEOPLE_ACT.exec(title)?.[1];
  return (
    subject !== undefined && (NOT_PRODUCT_THINGS.has(headOf(subject)) || /^(squad|tribe|guild)$/.test(headOf(subject)))
  );
};

/**
 * Q2 shapes a verb-object reading misses because the thing is not the verb's first object:
 * equipping people with a thing ("Equip every courier with a handheld scanner"), making a thing available ("Make dark mode available to all
 * users"), moving our own system onto a named product ("Switch our billing to Stripe", "Move the
 * mobile app to React Native"), and in Chinese giving or fitting someone a thing (给每位销售配上,
 * 为骑手 App 加上, 向所有企业客户开放), supporting a named product (年底前支持 Apple Pay) or
 * switching ours to another (把计费切换到 Stripe). Outcomes made available ("make refunds available
 * the same day": the daily work) and people switched ("switch more shoppers to paying by card")
 * are outcomes (NOT_PRODUCT_THINGS). Not "give X a Y" nor "let X use Y" (让门店用上 …): what is
 * given or used is as often an outcome ("give shippers a delivery date they can trust") as a
 * thing, and the tuning sets showed both; nor "bring", which brings people and outcomes as often.
 */
const GIVEN_THING =
  /^(?:we will |to )?(?:equip|arm) (?:every |each |all |our |the )?(?:[\w-]+ ){1,3}?with (?:an? |the )?((?:[\w-]+ ){0,3}[\w-]+)/;
const MADE_AVAILABLE = /^(?:we will |to )?make ((?:[\w-]+ ){1,4})(?:generally )?available\b/;
/**
 * Q2 (issue 17, eleventh round, set M): a thing made available where and when people need it
 * ("Make a shared bike available where and when people need one") is the service reaching people,
 * an outcome; "Make dark mode available to all users" names a thing of the product (ARTEFACT).
 */
const AT_NEED = /^ (?:where|when|wherever|whenever)\b/;
/**
 * Q2: "Replace X with Y" names both what goes and what comes, the solution ("Replace the counter
 * service with lockers in rural post offices", set M; "Replace the front-desk check-in with a
 * QR-code app", set J): every English tuning writer labels it Q2. Not when either side is an outcome,
 * people or the daily work ("Replace waiting with self-service" names a wait, NOT_PRODUCT_THINGS),
 * nor "Replace Excel for every finance team" (no "with": another company's product displaced, Q1).
 */
/** What a decision is made with ("Replace guesswork with data in pricing"): a way of working, no thing. */
const KNOWING = /^(data|evidence|fact|insight|knowledge|certainty|measurement|number)$/;
const REPLACED_WITH =
  /^(?:we will |to )?replace (?:the |our |all |every )*((?:[\w'-]+ ){0,3}[\w'-]+) with (?:an? |the |our )?((?:[\w'-]+ ){0,3}[\w'-]+?)(?= in | for | at | to | by | across |$)/;
/**
 * Porting a product of ours onto another platform names the work ("Port Skyforge to Nintendo
 * Switch", tuning-2026-12-g): the tagger does not read "port" as a verb at the start of a title, so
 * the shape is read from the words: port, a thing, "to" and where.
 */
const PORTED = /^(?:we will |to )?(?:re-?)?port (?:our |the )?((?:[\w'-]+ ){0,3}[\w'-]+) (?:on)?to \S+/;
// The thing moved may go without "our" ("Move billing to Stripe"), or be our whole stack, unsaid
// ("Switch to Kubernetes", coach-q): a named product as the destination is the second signal, and
// people moved ("Move more shoppers to Apple Pay") are adoption (NOT_PRODUCT_THINGS).
const SWITCHED_TO_NAME =
  /^(?:we will |to )?(?:switch|move|port|convert|shift) (?:our |the )?((?:[\w-]+ ){0,3}[\w-]+) (?:on)?to [A-Z][\w.]+/;
const SWITCHED_WHOLE = /^(?:we will |to )?(?:switch|move|migrate|shift) (?:over )?(?:on)?to [A-Z][\w.]+/;
const GIVEN_THING_ZH =
  /^(?:[^，,。；;]{1,6}前)?(?:给|为|向)[^，,。；;]{1,10}?(配上|配备|配齐|配发|配一[台套部辆]|装上|装一[台套部]|加上|开放|接上|上线)([^，,。；;]{2,12})|^(?:[^，,。；;]{1,6}前)?支持 ?[a-z][\w .-]*/;

/**
 * The head of a short noun phrase, singular: "handheld scanner" -> scanner, "AI summaries" ->
 * summary; the phrase ends where a clause starts ("a delivery date they can trust" -> date).
 */
const CLAUSE = /^(they|we|you|it|that|which|who|for|to|in|on|at|with|by|so|and)$/;
const headOf = (phrase: string) => {
  const words = phrase.trim().split(" ");
  const end = words.findIndex((w) => CLAUSE.test(w));
  const head = (end > 0 ? words.slice(0, end) : words).at(-1) ?? "";
  return head.replace(/ies$/, "y").replace(/s$/, "");
};

function givenThing(title: string, raw: string): string | null {
  if (isChinese(raw)) {
    const zh = GIVEN_THING_ZH.exec(title);
    return zh && !OUTCOME_OBJECT_ZH.test(zh[2] ?? "") ? zh[0].trim() : null;
  }
  for (const pattern of [GIVEN_THING, MADE_AVAILABLE]) {
    const match = pattern.exec(title);
    if (!match || NOT_PRODUCT_THINGS.has(headOf(match[1] ?? "")) || /\b(more|better)\b/.test(match[1] ?? "")) continue;
    const atNeed = pattern === MADE_AVAILABLE && AT_NEED.test(title.slice(match[0].length));
    if (!atNeed || ARTEFACT_WORD.test(headOf(match[1] ?? ""))) return match[0].trim();
  }
  const replaced = REPLACED_WITH.exec(title);
  const sides = [replaced?.[1], replaced?.[2]].map((side) => headOf(side ?? ""));
  if (replaced && !sides.some((head) => NOT_PRODUCT_THINGS.has(head)) && !KNOWING.test(sides[1] ?? ""))
    return replaced[0].trim();
  const ported = PORTED.exec(title);
  if (ported && !NOT_PRODUCT_THINGS.has(headOf(ported[1] ?? ""))) return ported[0].trim();
  const lowered = raw.trim().replace(/^[A-Z]/, (c) => c.toLowerCase());
  const whole = SWITCHED_WHOLE.exec(lowered);
  if (whole) return whole[0];
  const switched = SWITCHED_TO_NAME.exec(lowered);
  return switched && !NOT_PRODUCT_THINGS.has(headOf((switched[1] ?? "").toLowerCase())) ? switched[0] : null;
}

/**
 * The verb-object shape of a mandated output (Q2): the objective opens with a verb that puts a
 * thing into the product or takes one out, and acts on a thing ("Roll out SSO to every enterprise
 * workspace", "Add an AI assistant to the shared inbox", "Deliver one-click checkout"). Whatever
 * the thing is called, it is the solution, unless the object is an outcome ("build trust"), names
 * people or the daily work ("deliver every parcel"), covers every case of something ("ship every
 * order on time": the quality of the job, not a thing to build) or says how it should get better
 * ("build deeper workflows", a comparative: the change the customer sees).
 */
const MAY_OPEN_WITH_BUILD = new RegExp(
  `^(we will |to )?(re-?)?(${mayHold(BUILD_VERBS).source.replace(/^\\b/, "")}|revamp|overhaul|refactor)`,
  "i",
);

/**
 * Q2: a build verb with "re" before it builds again what we have ("Relaunch the rewards program
 * with tiers", blind-2026-12-b; redeploy, reintroduce), and revamping, overhauling, refactoring or
 * porting a thing of ours ("Port Skyforge to Nintendo Switch", tuning-2026-12-g) names the work as
 * surely as rebuilding it does. Read from the verb's lemma, so any build verb of the class counts.
 */
const isBuildVerb = (verb: string) => {
  const lemma = verb.replace(" ", "-");
  return (
    BUILD_VERBS.has(lemma) || BUILD_VERBS.has(lemma.replace(/^re-?/, "")) || /^(revamp|overhaul|refactor)$/.test(lemma)
  );
};

/**
 * Whether a head noun names no product thing (Q2): NOT_PRODUCT_THINGS by lemma or as written, since
 * the tagger's lemma of an irregular plural is not the set's word ("people" -> "person": "Put
 * people on the floor when customers are there", blind-2026-12-c, is staffing, an outcome's means
 * of the daily work, not a thing built).
 */
const notAThing = (w: Word) =>
  NOT_PRODUCT_THINGS.has(w.lemma) ||
  NOT_PRODUCT_THINGS.has(w.text) ||
  NOT_PRODUCT_THINGS.has(w.text.replace(/s$/, "")) ||
  PEOPLE_GROUP.test(w.text);
/**
 * Sixteenth round: a group of people built is people won over, as a base of supporters is ("Build a crowd that keeps
 * coming back for the women's team", set AH; "Build a loyal crowd …", M; "Grow an audience that trusts our advice",
 * 07: all clean). Read here rather than in NOT_PRODUCT_THINGS, which K4 reads too.
 */
const PEOPLE_GROUP = /^(crowd|audience|following|fanbase|readership)s?$/;

function firstPhraseHead(object: readonly Word[]): Word | undefined {
  // A noun, a name, or a code written as one ("SSO", "v2").
  // A bare number is no name: "90%" is a share, "v2" or "5G" a thing.
  // A pronoun after the noun opens a clause that leaves out "that" ("a pipeline we can trust", set P;
  // "prescriptions patients can count on", set J): it is no part of the phrase (twelfth round).
  const isNoun = (w: Word | undefined) =>
    w !== undefined &&
    !/^(we|they|you|i|it|he|she|us|them)$/.test(w.text) &&
    (w.noun || w.properNoun || /^[a-z]*[A-Z0-9]/.test(w.raw)) &&
    !w.preposition &&
    !(w.number && !/[a-z]/i.test(w.raw));
  let at = object.findIndex(isNoun);
  if (at < 0) return undefined;
  while (at + 1 < object.length) {
    const next = object[at + 1] as Word;
    const joined = object[at]?.after === "-";
    if (!(joined || isNoun(next) || (next.adjective && isNoun(object[at + 2])))) break;
    at++;
  }
  // The run may end on an adjective joined by a hyphen; its last noun is the head.
  for (let i = at; i >= 0; i--) if (isNoun(object[i])) return object[i];
  return undefined;
}

function mandatedShape(title: string): string | null {
  if (isChinese(title) || !MAY_OPEN_WITH_BUILD.test(title.trim())) return null;
  const shape = leadingVerbObject(title);
  if (shape === null || !isBuildVerb(shape.verb)) return null;
  // A plural noun opening the sentence before its own verb is the subject, not an imperative ("Releases
  // stop breaking customers' campaigns", set T, clean: releases that no longer break anything, an outcome).
  // A build verb in the imperative is written as its lemma ("Release", "Launch"); "-s" and a verb after it
  // read "Releases", "Launches" and "Updates" as the things that act (thirteenth round, second part).
  const opening = /^[a-z]+/.exec(shape.quote.toLowerCase())?.[0] ?? "";
  const next = shape.object[0];
  if (opening !== shape.verb.split(" ")[0] && opening.endsWith("s") && next?.verb && !next.noun) return null;
  // Sixteenth round: the same subject said as a compound, a build word naming the kind of people or things that
  // act ("Support leads trust the numbers in their weekly report", set AA; "Design decisions rest on what players
  // do", set AF; both clean, as "Design teams hand off to engineering", AA, "Support agents fix a merchant's menu
  // problem", AF, and "Design reviews finish faster", I, are): a plural noun after the opening word and a verb
  // right after it, with nothing between, is the sentence's subject and its own verb. An object is followed by
  // the people who use it ("Build dashboards managers use"), a clause ("that"), a preposition or nothing.
  const second = shape.object[1];
  if (next?.noun && !next.verb && /[^s]s$/.test(next.text) && second?.verb && !second.noun && !second.adjective)
    return null;
  // "Offer what Canva offers" (a clause: Q3's parity) and "Replace Excel for every finance team"
  // (another company's product displaced: Q1's scope) name no solution of ours.
  const first = shape.object[0];
  if (first && /^(what|whatever|everything)$/.test(first.text)) return null;
  // "Overhaul how we talk to churned customers": a way of working, not a thing (coach-q).
  if (first && /^(how|why|where|when|the way)$/.test(first.text)) return null;
  // A share or a count of the daily work ("Deliver 90% of orders in under 20 minutes",
  // blind-2026-12-b) is its quality, Q4's number, as "every order" is; no thing is named.
  if (first?.number && !/[a-z]/i.test(first.raw)) return null;
  // "Put X first" or "at the heart of" ranks X, it builds nothing ("Put children's safety first").
  if (shape.verb === "put" && /\b(first|at the (centre|center|heart) of|front and cent(re|er))\b/i.test(title))
    return null;
  if (shape.verb === "replace" && shape.object.every((w) => w.properNoun || /^(the|an?)$/.test(w.text))) return null;
  // The head of the object decides, not any word in it: the last noun of its first noun phrase
  // ("a self-serve refund portal" is a portal, Q2; "confidence among investors" is confidence).
  const head = firstPhraseHead(shape.object);
  if (head === undefined || notAThing(head)) return null;
  const comparative = (w: Word) => w.adjective && /er$/.test(w.text);
  if (shape.object.some((w) => /^(every|everything|all|each|any|more|better)$/.test(w.text) || comparative(w)))
    return null;
  // A crowd or a following described by how its people feel ("Build a loyal crowd for the women's
  // team", set M) is people won over, as "build a base of supporters" is (NOT_PRODUCT_THINGS).
  // Not a thing named for them ("a loyal-customer programme": a hyphen joins the word to the thing).
  if (ARTEFACT_WORD.test(head.text)) return shape.quote;
  if (shape.object.some((w) => w.adjective && w.after !== "-" && PEOPLE_DISPOSITION.test(w.text))) return null;
  if (qualifiedByOutcome(shape.rest) || doneRight([...shape.object, ...shape.rest])) return null;
  if (deliveryPractice(shape.verb, head, [...shape.object, ...shape.rest])) return null;
  return shape.quote;
}

/**
 * Q2 (issue 17, thirteenth round, third part): shipping changes as a practice, said with how safely or how often
 * ("Ship changes to the routing engine safely every day", set U, clean beside its deploy frequency and change failure
 * rate). Changes, updates, fixes or code shipped are no one thing of the product but the team's delivery, whose
 * pace and safety are the outcome (the DORA measures), as "Let product teams ship changes safely and often" (en.json),
 * "Let product engineers ship changes without waiting on the pipeline" (set H) and "Engineers ship changes without
 * waiting on infrastructure" (set P) are clean. Only with a word of pace or safety: "Ship the pricing changes" names
 * a thing.
 */
function deliveryPractice(verb: string, head: Word, words: readonly Word[]): boolean {
  if (!/^(ship|release|deploy|push)$/.test(verb) || !/^(change|update|fix|code|release)$/.test(head.lemma))
    return false;
  return /\b(safely|often|frequently|daily|weekly|hourly|continuously|every (day|week|hour)|without waiting|on demand)\b/.test(
    words.map((w) => w.text).join(" "),
  );
}

/**
 * Done right: "Build brake calipers right the first time" (set Q), the English of set M's 设计一次做对
 * (ADVERB_FIRST_ZH). Eight tuning writers qualify the daily work so ("Ship every order right the first
 * time", "Get colour right the first time", "Cars leave the plant without defects"), all clean: the
 * quality of the work, an outcome (issue 17, twelfth round, second part). The tagger reads "right the
 * first time" into the object, so the object's words are read with what follows it. As in
 * qualifiedByOutcome, never for a thing of the software product (ARTEFACT_WORD is asked first).
 */
function doneRight(words: readonly Word[]): boolean {
  return /\b(right|correctly|properly),? (the )?first time\b|\bright first time\b|\bfirst time right\b|\bwithout (any )?(defects|errors|mistakes|rework|faults)\b/.test(
    words.map((w) => w.text).join(" "),
  );
}

const PEOPLE_DISPOSITION = /^(loyal|devoted|faithful|engaged|happy|satisfied|returning|passionate|committed)$/;

/**
 * Q2 (issue 17, eleventh round): what a firm makes as its daily work, qualified by what it does for
 * people, is the quality of that work, an outcome, as "every order on time" is: parks "that
 * neighbourhoods actually use" (someone acts on the thing: an object relative clause), buildings
 * "that use less energy once people move in" (a comparative the customer sees), ore shipped "on
 * the dates we promised" (a promise kept), set M; "prescriptions patients can count on" (set J) and
 * "parts our customers never have to send back" (set L) read so already. Never for a thing of the
 * software product (ARTEFACT): "Build a dashboard that managers actually use" still names the
 * dashboard. A subject relative without a comparative ("a service that books rides") says what
 * the thing does, its design: still Q2.
 */
function qualifiedByOutcome(rest: readonly Word[]): boolean {
  // The words after the object are tagged with the sentence (no second request to the tagger:
  // language/english-cost.test.ts).
  const text = rest.map((w) => w.text).join(" ");
  if (/\b(on time|on schedule|on the (day|date)s? (we|they)|as promised|when promised|(we|they) promised)\b/.test(text))
    return true;
  if (!/^(that|which)$/.test(rest[0]?.text ?? "")) return false;
  const next = rest[1];
  if (next && !next.verb && (next.noun || /^(we|they|you|people|our|their|local)$/.test(next.text))) return true;
  return Boolean(next?.verb) && rest.some((w) => /^(less|fewer|more|lower|higher)$/.test(w.text));
}

/**
 * The same shape in Chinese, read from characters: a build verb opening the objective (after an
 * optional "为/给/在/向 …" saying for whom or where) and an object that is a thing, not an outcome
 * ("接入医保在线支付", "推出会员积分体系"). "打造信任" or "建立口碑" ask for an outcome; a title
 * that opens with 让 or 帮助 is about what the customer does and was set aside before.
 */
/**
 * A time phrase may open the objective before its verb: "本季度上线全市统一的 AI 智能审批平台"
 * (blind-2026-12-c-zh), 今年, 下个月, Q3, 年底前. Q2 reads the verb after it.
 */
const WHEN_ZH =
  "(?:(?:[^，,。；;]{1,6}前|(?:本|这个|下个?|今|明)(?:季度|季|月|年|周)(?:内|底前|末前)?|q[1-4]|[一二三四]季度(?:内|末前)?)[，, ]*)?";
/**
 * A build verb joined to 者 or 师 is a person, not the verb: "开发者第一次就能把应用部署成功"
 * (tuning-2026-12-i-zh) is about developers, 设计师 a designer. Not 会 or 商, which begin the object
 * as often ("推出会员积分体系", "上线商家后台").
 */
const NOT_VERB_ZH = "(?![者师])";
/** A launch followed by when, not what: 上线首周, 上线当天, 发布后 open a time clause (sets K, O, S and AH, clean). */
const LAUNCH_WHEN_ZH = "(?!之?后(?!台|端)|以后|首[日周月年季]|当[天日周月]|期间)";
const BUILD_ZH = new RegExp(
  `^${WHEN_ZH}(?:(?:为|给|在|向)[^，,。；;]{1,12}?)?(接入|推出|上线|开发|搭建|构建|引入|新增|加入|添加|落地|部署|交付|打造|建设|建成|发布|做一套|做一个|上架|开通|迁移|打通|引进|设计|做一款|做个|搞一个|搞个|出一个|出个|移植|推行|建满|铺满|装满|布满|建齐|铺齐)${NOT_VERB_ZH}${LAUNCH_WHEN_ZH}([^，,。；;]{2,16})`,
);
/**
 * The 把 construction puts the thing before the verb ("把微信小程序做出来", "年底前把海外版 App
 * 推出去", "把推荐系统换成大模型"): a thing made, launched, swapped or wired up is the solution (Q2).
 * "把体验做好" or "把客户留住" put an outcome there and stay clean (OUTCOME_OBJECT_ZH).
 */
// 移植 (porting our product onto another platform: "把新作《赤潮》移植到 PS5", tuning-2026-12-g-zh)
// moves a thing as 迁移 does.
const BUILD_BA_ZH = new RegExp(
  `^${WHEN_ZH}(?:在[^，,。；;把将]{1,10})?(?:把|将)([^，,。；;]{2,14}?)(做出来|推出去|推出|上线|上架|发布|换成|替换成|拆成|拆分成|拆分为|切到|切换到|切换成|迁到|迁移到|搬到|移植到|移植|接进来|接入|打通|搭起来|建起来|升级到|升级成|改版|重做)`,
);
/** A thing redesigned or upgraded, named before the verb after 给/为 ("给官网改版", "为收银台重做一版"). */
const REDO_ZH = /^(?:[^，,。；;]{1,6}前)?(?:给|为)([^，,。；;]{2,10}?)(改版|重做|升级)/;
const OUTCOME_OBJECT_ZH =
  /信任|价值|口碑|习惯|体验|关系|信心|文化|社区|品牌|认知|影响力|护城河|增长|收入|利润|效率|速度|质量|满意|忠诚|留存|复购|客户|用户|团队|伙伴|生态/;

/**
 * An object that opens with how good it is names a level, not a thing: "打造行业领先的末端配送网络"
 * (blind-2026-12-b-zh: leadership, Q1's finding) or "打造更快的…" ask for a quality, as English
 * comparatives do ("build deeper workflows").
 */
const QUALITY_FIRST_ZH =
  /^[^，,。；;]{0,4}(领先|一流|顶尖|世界级|头部|标杆|最[\u4e00-\u9fff]{1,3}|更[\u4e00-\u9fff]{1,3})的/;

/**
 * Q2 (issue 17, eleventh round, set L): moving anything onto a new version of our system names the
 * migration whoever is moved ("把对公客户全部迁移到新版企业网银", as "Migrate all merchants onto the new
 * billing engine" in English); customers moved to a plan or a habit ("把客户迁到年付套餐") are not a
 * new system.
 */
const MIGRATED_TO_NEW_ZH =
  /^(?:把|将)[^，,。；;]{2,14}?(迁移到|迁移至|迁到|切换到|切到|搬到)新(版|系统|平台|架构|的?[\w\u4e00-\u9fff]{0,4}(系统|平台|架构|网银|app|后台))/;
/**
 * What a build verb puts in place ends where the objective says why ("上线“退改无忧”产品提升机票利润",
 * set L; "上线 AI 行程助手来提高预订量", set I): the purpose is an outcome, the object before it a thing.
 */
const PURPOSE_ZH = /(来|以|从而|用来|用于)?(提升|提高|增加|拉动|带动|降低|减少|改善)/;

const ADVERB_FIRST_ZH = /^(一次|一遍|都|就|能|要|也|不|别|少|更|尽量|必须|按时|准时|及时|零)/;

function mandatedShapeZh(title: string): string | null {
  const text = normalize(title);
  const migrated = MIGRATED_TO_NEW_ZH.exec(text);
  if (migrated) return migrated[0].trim();
  const ba = BUILD_BA_ZH.exec(text) ?? REDO_ZH.exec(text);
  if (ba && !OUTCOME_OBJECT_ZH.test(ba[1] ?? "")) return ba[0].trim();
  const match = BUILD_ZH.exec(text);
  const whole = match?.[2] ?? "";
  const purpose = PURPOSE_ZH.exec(whole);
  const object = purpose && purpose.index >= 2 ? whole.slice(0, purpose.index) : whole;
  if (!match || OUTCOME_OBJECT_ZH.test(object) || QUALITY_FIRST_ZH.test(object)) return null;
  // Q2 (issue 17, eleventh round, set M): a build verb followed by an adverb is the work named as
  // the sentence's topic, not a verb with its object: "设计一次做对，少返工" (design done right the
  // first time), 交付不延期, 开发零缺陷 ask for the work's quality, an outcome. Not when a 的 puts a
  // thing after it: "开发不依赖网络的离线模式" is a mode built, "推出能自动对账的工具" a tool.
  if (ADVERB_FIRST_ZH.test(object) && !object.includes("的")) return null;
  // Seventeenth round (set Z: "交付给主机厂零缺陷、零延误", clean): the same quality of the work after the one it is
  // delivered to (给 or 向 and up to five characters), as set T's 交付给客户的每一件都是合格品 is clean.
  const afterRecipient = /^(给|向)[^，,。；;的]{1,5}?(?=零|按时|准时|及时|不)/.exec(object);
  if (afterRecipient && ADVERB_FIRST_ZH.test(object.slice(afterRecipient[0].length)) && !object.includes("的"))
    return null;
  return match[0].trim();
}

/**
 * "Get X live" names a launch only when X is a thing: people or the daily work put live ("Get
 * new clinics live in a week", "Get customers live on day one") is onboarding, an outcome. The
 * head noun before "live" is looked up in NOT_PRODUCT_THINGS, plural or not.
 */
function peoplePutLive(title: string): boolean {
  const match = new RegExp(`^(?:we will |to )?(?:get|put|push|bring) ((?:\\S+ ){1,5})${OUT_THERE}\\b`).exec(title);
  // The head is the last word before "live": "the partner portal" is a portal, "new clinics" clinics.
  const head = (match?.[1] ?? "").trim().split(" ").at(-1) ?? "";
  return (
    NOT_PRODUCT_THINGS.has(head.replace(/ies$/, "y").replace(/s$/, "")) ||
    /^(tenant|restaurant|store|shop|account|client|people)s?$/.test(head)
  );
}

export function checkNoMandatedOutput(objective: DraftObjective): Hit[] {
  const title = normalize(objective.title);
  if (peoplePutLive(title)) return [];
  const found =
    findFirst(title, REMOVAL) ??
    givenThing(title, objective.title) ??
    (CUSTOMER_ACTS.test(title) || peopleAct(title) || PEOPLE_ACT_ZH.test(title)
      ? null
      : (findFirst(title, BUILD) ??
        (isChinese(objective.title) ? null : (launched(title) ?? movedOnto(objective.title))) ??
        (isChinese(objective.title) ? mandatedShapeZh(objective.title) : mandatedShape(objective.title))));
  if (found === null) return [];
  return [
    {
      message: {
        en: `"${found}" mandates a specific product output; the objective should name the customer or business outcome, not the solution.`,
        zh: `“${found}”规定了具体的产品产出；目标应描述客户或业务成果，而不是解决方案。`,
      },
      suggestion: {
        en: 'State the outcome you want and let the team find the solution, e.g. "Raise margin without losing the customers our features serve" instead of "Sunset the least-used features to raise margin".',
        zh: "写出想要的成果，让团队自己找解决方案，例如用“在不流失客户的前提下提高利润率”代替“淘汰最少使用的功能以提高利润率”。",
      },
    },
  ];
}
