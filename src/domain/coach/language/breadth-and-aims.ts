/**
 * K3's general reading (issue 17, seventh round): the shape of a key result's metric against the
 * shape of what its objective asks. METHOD.md K3's example is "monthly active users" under "build
 * deeper workflows for users": a count of how many use the product (breadth) under an objective
 * that asks how well it serves them. The same shape holds for every count of the business's reach
 * or volume (users, sign-ups, downloads, customers, orders, bookings, revenue, GMV, pipeline, leads,
 * applications) under every objective that asks for a quality of the customer's experience or result
 * (speed, ease, accuracy, safety, keeping them, depth, cost, feeling, a decision made well): the
 * count rises with marketing, sales, price or the season while nothing the objective names
 * changes, and the objective can be met while the count stands still.
 *
 * So two readings, each of a shape, not of one team's phrases:
 * - `breadthCount`: the metric is a plain count of reach, volume or size. English is read through
 *   the tagger (`english.ts`): the head noun of the metric phrase, by lemma, with nothing narrowing
 *   it (a share, an average, "users who run a workflow", "orders delivered on time", "retained
 *   customers"), or any counted noun said as the business's size ("active technicians", "restaurants
 *   on the platform", "units shipped", "loan book", "finance team headcount", tuning set F). Chinese
 *   by character patterns: a breadth noun with 数/量/额, a size (签约…数, 出货量, 贷款余额, 检测师
 *   人数), not after a clause with 的 ("按时送达的订单量") nor inside a rate, share or per-person
 *   figure.
 * - `outcomeAsked` / `breadthAsked`: the objective names an outcome a count cannot show and no
 *   reach, growth, revenue or market of its own (which a count does show: "Grow signups", "拓展代账
 *   公司渠道"). An identity or a relationship ("become customers' trusted technology partner", the
 *   guide's clean MAU), a mandated output or a parity ask names no outcome and is not judged.
 *
 * Derived from METHOD.md and the tuning collections only (tests/coach-corpus/README.md), never from
 * a blind set. Patterns read the normalised text (NFKC, lower case: `text.ts`).
 */
import { englishWords, type Word } from "./english.ts";
import { keptBy } from "./kept.ts";
import { ARTEFACTS, CHANGE_VERBS, INTERACTIONS, isChinese } from "./shape.ts";

const set = (words: string) => new Set(words.trim().split(/\s+/));

/**
 * Head nouns (lemmas) that count reach or volume: accounts that join or use, attention won, and the
 * business that goes through. The tagger lemmatises the plural ("sign-ups" -> "sign-up"). Not the
 * objective's own kind of customer counted (clinics, drivers, schools, merchants): how many of them
 * use the product is adoption of what the objective asks for, often its aim ("get clinics onto the
 * new gradebook"), and reading it raised a false alarm on a blind set (issue 17, seventh round, its
 * precision floor read as pass or fail).
 */
// Thirteenth round (K3, set S: "Ridership" under "Riders can count on the bus"): a transport's ridership,
// boardings and passengers are its rides counted, the head "ride" already read, by the transit's own words.
const BREADTH_HEADS = set(`
  user customer member subscriber account sign-up signup registration download install installation
  visitor lead trial follower logo mau dau wau active actives order transaction booking gmv revenue
  sale arr mrr deal listing traffic impression mention application ride trip delivery shipment
  parcel premium origination billing aum aua fee commission deposit enrolment enrollment donation
  ridership boarding passenger
`);

/**
 * The size of the business, said of whatever it counts (tuning set F): a noun with a marker of
 * being on our books before it ("active technicians", "peak concurrent players", "enrolled members",
 * "signed hotels") or after it ("restaurants on the platform"), a noun with a verb of volume after it
 * ("units shipped", "e-bikes sold", "jobs posted", "payroll processed"), and the words for a size
 * ("log volume", "loan book", "finance team headcount": an input, the team's own size).
 * Issue 17, ninth round (set G): a purchase is a mark of being on our books as a signature is
 * ("paid recruiter seats"), "new" marks the count of newcomers, acquisition ("new policies written
 * per month"), and "gross" the business's whole volume of money ("gross payroll processed"). A
 * thing the team makes stays K7's ("new integrations shipped": ARTEFACTS are never a size).
 */
const SIZE_BEFORE = set("active peak concurrent enrolled registered signed paying paid onboarded new gross");
/**
 * Being on our books said after the noun (issue 17, ninth round, set G): "vets under contract",
 * "hotels on our books", besides "restaurants on the platform" (PRODUCT). Issue 17, twelfth round (sets J
 * and O): what we list or stock is on our books as a supplier is ("Tutors listed" under "Students keep
 * learning with the same tutor", "Species on the price list" under "Become restaurants' most reliable fish
 * supplier", both K3): the size of our range, which grows while the quality or the keeping the objective
 * asks for stands still. Under an objective about finding or choosing, the range is its own measure
 * (`k3-aligned-metric.ts`, SUPPLY_COUNT and CHOICE_AIM).
 * Twelfth round, second part (set Q): people on shift or on duty are on our roster said of the hour
 * ("Riders on shift at peak" under "Customers get what they ordered, when we said", K3): a capacity we
 * add, which rises with hiring while the orders the objective names arrive no better.
 */
const ON_OUR_BOOKS =
  /^(under (contract|an? agreement)|on (our|the) (books|roster|rota|panel|network|price list|menu)|on (shift|duty)|in (our |the )?(network|catalog(ue)?|range))\b/;
/**
 * A minimum of activity written out after the noun is the definition of an active count (issue 17,
 * ninth round, set G): "carriers hauling at least one load a month", "riders who top up a card at
 * least once a month" are monthly active carriers and riders, the guide's breadth in other words.
 * Only the minimum ("at least once", "at least one"): "users who run three workflows a week" asks
 * for depth and stays narrowed.
 */
const ACTIVE_MINIMUM =
  /^(who|that|\w+ing)\b(?:(?! from ).)*?\bat least (once|one|1)\b(?:(?! from ).)*?\b(a|per|each|every) (day|week|month|quarter|year)\b/;
/**
 * Issue 17, eleventh round (sets J and K): what the business takes in or carries is its volume as
 * what it ships is ("Loan applications received", "Merchant applications received", "Passengers
 * carried", "Data traffic carried", "Carrier invoices audited per day"), each labelled K3 under an
 * objective about the customer's outcome (a decision they can rely on, flights on time, calls that
 * do not drop, shippers who stop overpaying), and what it connects or runs for customers ("Feeds
 * connected per day" under "Bookkeepers trust bank feeds to be complete", "Tests run" under "Doctors
 * get results they can act on the same day"; experiments run are discovery and campaigns an artefact,
 * neither read), and what customers create or submit in it, their use counted as volume ("Invoices
 * created per month" under "Help small firms get paid without chasing", "Itineraries created" under
 * "Customers plan a trip with us and book it with us": writer J only, no false alarm on any tuning set;
 * what the team makes stays an artefact, K7's: "Templates created"). "Listed" after the noun is the
 * range on our books (ON_OUR_BOOKS, twelfth round). Twelfth round, second part (set Q): what a carrier
 * loads is what it carries ("Wagons loaded" under "Shippers can count on our trains", K3); loaded within a
 * window is a share of an outcome and stays narrowed ("Vessels loaded within their laycan window", set M).
 */
const VOLUME_VERBS = set(
  "ship sell process post ingest issue lend deliver enrol enroll acquire sign onboard book write written order bill upload bind bound originate collect charge receive carry load audit connect run create submit list",
);
const SIZE_HEADS = set("volume headcount book throughput");

/** Nouns that name the count of the word before them. */
const COUNT_WORDS = set("count base volume number numbers total");

/** Verbs that keep a counted noun a count of who joins ("new companies signing up", "users acquired"). */
const JOIN_VERBS = set(`
  sign join register install download subscribe onboard acquire visit create open start enroll
  enrol apply submit come arrive buy purchase place make add book publish post list
`);

/**
 * Words before the head that narrow the count to an outcome: "retained users", "returning
 * customers", "repeat buyers", "activated accounts" count a result, not reach.
 * Issue 17, eleventh round (sets J and K): a count of failures is an outcome too, one the objective
 * wants down ("Late deliveries down", set K, labelled K1 and K2 only), and "-only" counts who have
 * moved to one way of doing things ("Digital-only members" under "Members settle everyday banking
 * without visiting a branch", a clean case of set J): the behaviour the objective asks for, not reach.
 */
const NARROWING_MODIFIERS = set(`
  retained returning repeat activated engaged successful satisfied renewing renewed happy loyal
  power heavy churned lost at-risk resolved completed converted upgraded expanding recovered saved
  late failed missed delayed cancelled canceled damaged rejected declined disputed refunded abandoned
  only
`);

/**
 * A count narrowed to people who do the thing again and again, by a threshold in a period (K3, issue 17,
 * fourteenth round): "Carriers booking 2+ loads a week" under "Carriers drive fewer empty miles" (set AA),
 * "New accounts shipping ≥20 parcels a week" under "Win small online shops that ship every day" (AB),
 * "Pros who accept at least one plumbing job a week" under "Homeowners find a good plumber within a day"
 * (T), each the writer's trap and clean, as are "Members booking a room 3+ times a month" (J), "Readers
 * returning on 3+ days a week" (L), 每周下单 2 次以上的采购商 (G) and 每周至少完成 1 节课的用户 (F). Marketing
 * or the season brings people once; only the habit the objective asks for brings them back every week, so
 * such a count is the depth of use, not the business's reach, and neither K3's reach reading nor its
 * breadth-under-habit reading reads it.
 */
export const REPEAT_THRESHOLD =
  /(\b\d+\+|≥\s*\d|\bat least (one|two|three|four|five|\d+)\b|\b\d+ or more\b)[^,;]{0,40}\b(a|per|each|every) (day|week|month)\b|每(天|日|周|月)[^，,；;。]{0,10}?(至少|\d+\s*(次|单|节|天|趟)以上)/;

/** A share, a rate, an average or a per-unit figure is not a plain count (read before the tagger). */
const NARROWED =
  /\b(share|percentage|percent|proportion|ratio|rate|average|avg|median|mean|value|aov|(basket|order|cart) size)\b|\b(per|each|every) (?!(day|week|month|quarter|year|cohort|intake|season|term|semester)\b)|%|占比|比例|比率|率|[人场单店户]均|平均|每(位|个|名|人|单|笔|家|张|次)|(司机|骑手|[者员工手师])[日周月年]均|单(客|柜|店|台|人|户|用户)(?![数量])|客单价/;

/** A cheap test that the text may hold a breadth head, so the tagger runs only where it may find one. */
const MAY_BE_BREADTH =
  /\b(premiums?|originations?|billings?|aum|aua|fees?|commissions?|deposits?|users?|customers?|members?|subscribers?|accounts?|sign-?ups?|registrations?|downloads?|installs?|installations?|visitors?|leads?|trials?|followers?|logos?|[mdw]aus?|actives?|orders?|transactions?|bookings?|gmv|revenue|sales?|arr|mrr|deals?|listings?|traffic|impressions?|mentions?|applications?|rides?|trips?|deliver(y|ies)|shipments?|parcels?|enrol(l)?ments?|donations?|ridership|boardings?|passengers?)\b/;

/**
 * The business's money per deal (an average loan, deal, order or basket size, 客单价, 单客保费) is not
 * read (issue 17, eleventh round). The ninth round read it as the business's take ("Average loan
 * size" under "a lending decision they can plan around", set G; two more finds on set I), but the
 * next three writers wrote it seven times under objectives about their customers and labelled it
 * clean of K3 every time ("Average order value from C$74 to C$80" under "Parents keep the box because
 * the clothes fit", "Average booking value", "Basket size", 单客年保费, 单柜日均 GMV, 客单价 twice):
 * what a customer spends per deal moves with the price and the basket the objective is often about,
 * so whether it shows the objective is left to people. NARROWED reads it as the average it is.
 */

/**
 * The business's own cut and its financial health, said as a rate (K3, issue 17, tenth round): a
 * take rate or commission (抽佣率, 佣金率), an insurer's loss ratio, the share of fees or bills owed
 * to us that we collect (电费回收率, 物业费收缴率), and the money we hold or write (assets under
 * administration, premium). A rate narrows a count of people to an outcome, but a rate of our own
 * money stays our money: it rises with price, underwriting or dunning while the customer's speed,
 * ease or understanding stands still, and can pull against them ("Take rate from 2.9% to 3.4%" under
 * "Creators get paid without friction", "物业费收缴率" under "业主报修一次就能修好"). Not a gross
 * margin ("Make every order worth delivering" keeps it: worth is the objective's money), nor a
 * collection rate under an objective about paying on time (the rule reads that as its subject).
 * Issue 17, eleventh round: the money we hold (AUM, AUA) is no longer read as our cut: set J's writer
 * labels it a running total, K5 (客户资产规模 AUM under 让客户拿得住), and on sets J, K and L it raised
 * one false alarm and no find (set I's one find is lost). A collection rate is not read under an
 * objective about satisfaction (物业费收缴率 under 业主满意度提升到 90 分, clean in set L): how
 * willingly customers pay follows how satisfied they are (`k3-aligned-metric.ts`).
 * Issue 17, twelfth round (sets L and O): our share of a market or of sales is our business's size said
 * as a share ("Inhaler share of new asthma prescriptions" under "Help prescribers get their patients
 * using our inhaler correctly", "New-to-brand prescription share" under "Make sure patients who start
 * our statin stay on it"; in Chinese 市场份额, 销售额占比, 销量占比): it rises with sales
 * effort while correct use, staying on the drug or the queue stands still. Read where the product names
 * the share ("Inhaler share of …"): not "Share of repeat prescriptions delivered before …" (an
 * outcome's share), nor waste "as a share of sales", nor 销售占比, which is as often the share of
 * salespeople (周活跃销售占比, set K's trap) as of sales (新品咖啡销售占比, set O, left unread). Under an
 * objective that asks for the market, the brand or a launch it is the objective's own measure (reach,
 * read first).
 */
const OUR_CUT =
  /\b(take rate|commission rate|rake|loss ratio|collection rate|market share|(new-to-brand |nbrx |trx )?prescription share|\b(?!(the|a|an|of|what)\b)[a-z]+(-[a-z]+)? share of (new )?(\w+ ){0,2}(sales|prescriptions|scripts))\b|抽佣率|佣金率|抽成比例|[\u4e00-\u9fff]{0,3}费[\u4e00-\u9fff]{0,2}(回收率|收缴率)|市场份额|市占率|销售额占比|销量占比/;
export const ourCut = (text: string): string | null => OUR_CUT.exec(text.normalize("NFKC").toLowerCase())?.[0] ?? null;

/**
 * A count raised by a percent is still a count: the percent is how much it grows, not a share of it (K3,
 * issue 17, twelfth round, second part: "分期交易额同比增长 30%" under 让持卡人用分期用得明白、还得上, set Q;
 * "门店客流量 +25%" under 新会员坚持练下去, set J, not drawn from; both K3). Read without the growth, so that
 * NARROWED's percent sign is a share's only.
 */
const GROWTH_BY_PERCENT =
  /(同比|环比)?(增长|提升|提高|上涨|增加|上升)\s*[\d.]+\s*%|(^|\s)\+\s*[\d.]+\s*%|(?<=\b(up|grow\w*|increas\w*|rais\w*|lift\w*)( [\w-]+){0,4}) by [\d.]+\s*%|\bup [\d.]+\s*%/g;
const withoutGrowth = (text: string): string => text.replace(GROWTH_BY_PERCENT, " ");

/**
 * Money the business takes, named by the line of business it comes from (K3, issue 17, thirteenth round,
 * third part): 货运收入 under 让跨境电商客户的货准时上飞机, 审计收费收入 under 年报审计按时交付, "Audit fee income"
 * under "Finish year-end audits without the January crunch", 善款筹集额 under 留守儿童在学校吃得饱 (set V);
 * 备件收入 under 医院的影像设备随时能用 (J), "Gala dinner income" under "Donors stay with us" (K), "Interest
 * income" under "We always have cash where we need it" (Q): each writer labels it K3, the business's size
 * beside the outcome, as the closed list of 平台收入, 租金收入 and 运费收入 this widens already read. Any noun
 * before 收入 or "income", not a person's (骑手收入, "household income": what the objective's people earn is
 * their outcome, PER_PERSON_EARNINGS) nor an average (NARROWED, read before), and money raised.
 */
const MONEY_TAKEN =
  /\b(?!(household|family|personal|their|our|his|her|net|disposable|retirement|farm|farmer|farmers|driver|drivers|rider|riders|member|members|employee|employees|staff|worker|workers|resident|residents|patient|patients)\b)[a-z]+(-[a-z]+)? (fee |fees )?income\b|\b(donations|funds|grants?) raised\b|[\u4e00-\u9fff]{1,4}收入|善款[\u4e00-\u9fff]{0,2}额|(筹集|募集)额/;
const EARNER_BEFORE =
  /(骑手|司机|农户|员工|家庭|居民|商家|商户|团长|师傅|房东|车主|老师|教师|医生|护士|个人|社员|创作者|作者|主播|达人|每|均|中位)|[者人员户民工]$/;

export function moneyTaken(text: string): string | null {
  const match = MONEY_TAKEN.exec(text);
  if (match === null) return null;
  const found = match[0];
  if (!found.endsWith("收入")) return found;
  // 骑手收入, 农户收入, 社员每亩纯收入 and 创作者月收入中位数 are what people earn (or earn each), not what we take.
  return EARNER_BEFORE.test(found.slice(0, -2)) || found.length === 2 ? null : found;
}

/** Whether `breadthCount` may find a count, without the tagger: its own prefilters. */
export function mayHoldCount(title: string): boolean {
  const text = withoutGrowth(title.normalize("NFKC").toLowerCase());
  if (OUR_CUT.test(text)) return true;
  if (NARROWED.test(text) || REPEAT_THRESHOLD.test(text)) return false;
  return isChinese(text) || MAY_BE_BREADTH.test(text) || MAY_BE_SIZE.test(text) || MONEY_TAKEN.test(text);
}

const DETERMINER = /^(a|an|the|our|its|their)$/;
const OUR_ROUNDS = /^(van|vans|truck|trucks|lorry|vehicle|crew|staff|\w+ing)$/;

/** The metric phrase and its head: the words before "from", a number, or the end. */
export function breadthCount(title: string): string | null {
  const text = withoutGrowth(title.normalize("NFKC").toLowerCase());
  const cut = OUR_CUT.exec(text);
  if (cut !== null) return cut[0];
  if (NARROWED.test(text) || REPEAT_THRESHOLD.test(text)) return null;
  const taken = moneyTaken(text);
  if (taken !== null) return taken;
  if (isChinese(text)) return chineseBreadth(text);
  if (!MAY_BE_BREADTH.test(text) && !MAY_BE_SIZE.test(text)) return null;
  const words = englishWords(title);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    // K3, thirteenth round, second part (set T: "Ride-alongs by depot managers", K6): a word joined by a
    // hyphen to the next is the first half of a compound, which the last half heads; "ride" is not counted.
    if (w.after === "-") continue;
    if (quantityOfAnother(words, startOfPhrase(words, i))) continue;
    if (!BREADTH_HEADS.has(w.lemma) && !BREADTH_HEADS.has(w.text)) {
      if (sizeOf(words, i)) return phraseTo(words, i);
      continue;
    }
    // The object of a verb said of another noun is not what is counted: "test centres offering
    // online booking" counts centres (issue 17, ninth round, a false alarm of set G). Nor is the verb
    // that opens the title ("Install 40,000 smart meters": installs are a head only as a noun).
    // Issue 17, eleventh round, second part (set M): a head that opens the title before an article or
    // a possessive is that verb too, whatever the tagger says ("Commission a second car dumper", K7).
    if (objectOfVerb(words, i) || (i === 0 && (w.verb || DETERMINER.test(words[1]?.text ?? "")))) continue;
    // Trips our own vans, crews or scouts make are our work, K6's activity, not the business's volume
    // ("Rebalancing van trips", "Scouting trips", set M, both K6); riders' and travellers' trips stay read.
    if (/^trip/.test(w.lemma) && words.slice(Math.max(0, i - 2), i).some((b) => OUR_ROUNDS.test(b.text))) continue;
    // Issue 17, eleventh round (set L): a count is plural or mass, so a head after "a" or "an" is one
    // thing named, not counted ("Weekly minutes a host spends managing a listing"), and people after
    // "between" or "among" are who an interaction passes between, not what is counted ("Messages
    // between matched users per day", a clean trap: what customers do with each other).
    if (/^(a|an|between|among|amongst)$/.test(words[startOfPhrase(words, i) - 1]?.text ?? "")) continue;
    let head = i;
    const following = words[i + 1];
    // Not the head: a noun follows and the phrase goes on ("customer satisfaction", "order accuracy",
    // "sales cycle", "user research"): the count is of that, not of this. A word for the count
    // itself keeps it one ("customer count", "user base", "order volume").
    if (following && w.after === "" && following.noun && !following.number && !FILLER.has(following.text)) {
      if (!COUNT_WORDS.has(following.lemma)) continue;
      head = i + 1;
    }
    if (!narrowed(words, head)) return phraseTo(words, head);
    // Narrowed by where it stands, unless that place is our platform ("Student enrolments on the
    // platform", set H): the size of the business as `sizeOf` reads it.
    return sizeOf(words, i) ? phraseTo(words, i) : null;
  }
  return null;
}

/** A cheap test for the size markers, before the tagger. */
const MAY_BE_SIZE =
  /\b(active|peak|concurrent|enrolled|registered|signed|paying|paid|onboarded|new|gross|on (the|our) platform|under (contract|an? agreement)|on (our|the) (books|roster|rota|panel|network)|on (shift|duty)|at least (once|one|1)|shipped|sold|processed|posted|ingested|issued|lent|delivered|acquired|booked|written|ordered|billed|uploaded|bound|originated|collected|charged|received|carried|loaded|audited|connected|run|created|submitted|in (our |the )?(network|catalog(ue)?|range)|on (our|the) (price list|menu)|listed|volume|headcount|book|throughput)\b/;

/** A plural noun counted as the size of the business (SIZE_BEFORE, on the platform, VOLUME_VERBS). */
function sizeOf(words: readonly Word[], at: number): boolean {
  const w = words[at] as Word;
  const next = words[at + 1];
  // The word before "from" is the metric phrase's head whatever the tagger calls it ("seats").
  // What customers upload is the platform's volume, not the team's output ("episodes uploaded per
  // month", K3, issue 17, tenth round); what the team publishes stays K7's.
  const uploaded = next?.lemma === "upload";
  // A plural that opens the title before its verb of volume is a noun whatever the tagger says
  // ("Quotes issued per week", set J).
  const opening = at === 0 && /s$/.test(w.text) && next !== undefined && VOLUME_VERBS.has(next.lemma);
  if (!(w.noun || opening || next?.text === "from") || w.number || (ARTEFACTS.has(w.lemma) && !uploaded)) return false;
  if (SIZE_HEADS.has(w.lemma)) return !narrowed(words, at) || next?.text === "from";
  if (objectOfVerb(words, at)) return false;
  const before = words.slice(startOfPhrase(words, at), at);
  // A mass noun counts the business's money only when "gross" says so ("gross payroll processed").
  const mass = before.some((b) => b.text === "gross");
  const tail =
    w.after === ""
      ? words
          .slice(at + 1)
          .map((x) => x.text)
          .join(" ")
      : "";
  if (/s$/.test(w.text) && ACTIVE_MINIMUM.test(tail)) return true;
  if (!(/s$/.test(w.text) || mass) || (next?.noun && w.after === "")) return false;
  const product = (k: number) => PRODUCT.has(words[k]?.text ?? "");
  const onPlatform = (next?.text === "on" && (product(at + 2) || product(at + 3))) || ON_OUR_BOOKS.test(tail);
  // "Hours of care billed": the verb of volume after the noun's own complement (tenth round).
  const ofNoun = next?.text === "of" && words[at + 2]?.noun && w.after === "" ? 3 : 1;
  const verb = words[at + ofNoun];
  // Not what the team delivers (issue 17, eleventh round, set K): "Food waste caddies delivered",
  // "Tutoring hours delivered" are the team's output or effort (K7, K6), not the business's size; a
  // breadth head delivered stays a volume ("orders delivered per day", `narrowed`). Nor the jobs, builds
  // or pipelines our engineers' machines run ("Number of CI jobs run per day", set P; "Builds run per
  // day", set J: both K6's activity, issue 17, twelfth round), unlike the tests or samples run for
  // customers (sets K and M).
  const ours = verb?.lemma === "run" && /^(job|build|pipeline|workflow)s?$/.test(w.lemma);
  const volume =
    verb !== undefined &&
    VOLUME_VERBS.has(verb.lemma) &&
    verb.lemma !== "deliver" &&
    !ours &&
    plainAfter(words, at + ofNoun);
  const marked = before.some((b) => SIZE_BEFORE.has(b.text)) && (!narrowed(words, at) || volume);
  return marked || onPlatform || volume;
}

/**
 * Whether the phrase starting at `start` is how many of something another noun has or does, after a
 * number that follows "with" or an -ing verb ("Number of accounts running 3+ active workflows", "Teams
 * with 5 active members"): the accounts or teams are counted, narrowed by it, not the workflows or the
 * members (K3, issue 17, twelfth round, second part: a false alarm of set Q, its trap under "Keep customers
 * who get real value from us"). The object of a verb as `objectOfVerb` reads it, with a number between.
 */
function quantityOfAnother(words: readonly Word[], start: number): boolean {
  const verb = words[start - 2];
  if (words[start - 1]?.number !== true || verb === undefined) return false;
  if (verb.text !== "with" && !/ing$/.test(verb.text)) return false;
  return words.slice(0, start - 2).some((w) => w.noun && !w.number);
}

/** Whether the word at `at` is the object of an -ing verb that follows a noun in the same phrase. */
function objectOfVerb(words: readonly Word[], at: number): boolean {
  for (let k = startOfPhrase(words, at) + 1; k < at; k++) {
    if (/ing$/.test(words[k]?.text ?? "") && words[k - 1]?.noun && !words[k - 1]?.number) return true;
  }
  return false;
}

/** Whether what follows the word at `at` is a plain count's tail: numbers, a period, a place. */
function plainAfter(words: readonly Word[], at: number): boolean {
  const next = words[at + 1];
  return !next || words[at]?.after !== "" || next.number || plainNext(words, at + 1);
}

/** Whether the words around the head narrow the count to an outcome (see the classes above). */
function narrowed(words: readonly Word[], head: number): boolean {
  const phrase = words.slice(startOfPhrase(words, head), head);
  // What comes before the product names the product, not who is counted: "Ticketing app MAU" is the
  // app's monthly actives (K3, issue 17, tenth round), not an interaction's audience.
  const before = phrase.slice(phrase.findLastIndex((b) => PRODUCT.has(b.text)) + 1);
  if (before.some((b) => NARROWING_MODIFIERS.has(b.lemma) || NARROWING_MODIFIERS.has(b.text))) return true;
  // Registrations for a webinar, readers of a newsletter, Discord members: an interaction, a thing
  // the team makes or an audience on a channel (K6, K7, K5), not the business's reach.
  if (before.some((b) => INTERACTIONS.has(b.lemma) || ARTEFACTS.has(b.lemma) || CHANNELS.has(b.lemma))) return true;
  const next = words[head + 1];
  if (!next || words[head]?.after !== "") return false;
  // A plain count ends at its head: then come its numbers ("from 4,000 to 9,000"), a period ("a
  // month", "this quarter"), a place ("in Brazil") or the joining itself ("companies signing up",
  // "rides booked"). Anything else says which ones are counted, and a count of some is a count of
  // an outcome: "users who run a workflow", "orders delivered on time", "clinics on the new
  // gradebook", "teams using it weekly" (adoption, a result of the work, not reach).
  const money = MONEY_HEADS.has(words[head]?.lemma ?? "");
  if (next.number || plainNext(words, head + 1, money)) return false;
  // Money we earn is still our money ("Instant-payout fees earned", set K).
  if (money && next.lemma === "earn" && plainAfter(words, head + 1)) return false;
  if (next.text === "in" && words[head + 2]?.place) return false;
  const product = (at: number) => PRODUCT.has(words[at]?.text ?? "");
  if (next.text === "of" && (product(head + 2) || product(head + 3))) return false;
  // Issue 17, ninth round (set G): the verb of volume keeps a count plain as the joining does ("orders
  // shipped per day", not "orders shipped on time"), and a minimum of activity defines actives
  // ("users who log in at least once a week"; ACTIVE_MINIMUM).
  if (VOLUME_VERBS.has(next.lemma) && plainAfter(words, head + 1)) return false;
  if (
    ACTIVE_MINIMUM.test(
      words
        .slice(head + 1)
        .map((x) => x.text)
        .join(" "),
    )
  )
    return false;
  return !JOIN_VERBS.has(next.lemma);
}

/** Channels whose audience is K5's running total, not reach ("Discord members", "forum users"). */
const CHANNELS = set(
  "discord slack forum community newsletter instagram twitter linkedin tiktok youtube facebook podcast blog",
);

/** Words after a plain count's head: its numbers, a period, an arrow. */
const PLAIN_NEXT = set("from to → -> : a per each this every by up down over past");
/**
 * "from" opens the numbers ("orders from 120k to 150k"), or names a source that narrows the count to
 * one channel's result ("orders from search", "bookings from the app", "sign-ups from referrals":
 * K3, issue 17, tenth round), which the objective may well ask for. Not money (MONEY_HEADS).
 */
function plainNext(words: readonly Word[], at: number, money = false): boolean {
  const w = words[at];
  if (w === undefined || !PLAIN_NEXT.has(w.text)) return false;
  return w.text !== "from" || money || words[at + 1] === undefined || words[at + 1]?.number === true;
}
/** Money stays the business's take from whichever source: "recurring revenue from enterprise accounts". */
const MONEY_HEADS = set("revenue arr mrr gmv premium billing fee commission deposit origination aum aua donation");
/** "users of the app": the product itself, not a kind of user. */
const PRODUCT = set("app apps product platform site website service tool marketplace portal");

/** The metric phrase ending at its head, as written: "monthly active users", "loan applications". */
const phraseTo = (words: readonly Word[], head: number): string =>
  words
    .slice(startOfPhrase(words, head), head + 1)
    .map((x) => x.raw)
    .join(" ");

/** Words that end a phrase backwards: a verb that opens the title, a preposition, a number. */
function startOfPhrase(words: readonly Word[], head: number): number {
  let at = head;
  while (at > 0) {
    const prev = words[at - 1] as Word;
    if (prev.after !== "" && prev.after !== "-") break;
    // "Paid recruiter seats": a marker of size that opens the title is not its verb.
    const opening = at - 1 === 0 && (prev.verb || CHANGE_VERBS.has(prev.lemma)) && !SIZE_BEFORE.has(prev.text);
    if (prev.preposition || prev.number || opening || FILLER.has(prev.text)) break;
    at--;
  }
  return at;
}

const FILLER = set("a an the of our their its from to by in on at number count total");

/**
 * Chinese: a breadth noun counted (数/量/额/规模), or the usual abbreviations (日活, 月活, GMV, 营收),
 * not in a clause closed by 的 ("完成首单的新商家数", "准时送达的订单量"), which narrows it to a result.
 * Issue 17, ninth round (set G): Chinese counts a noun with its measure word after the number, so a
 * customer, seller or site marked as on our books (签约, 合作, 入驻, 付费, 新签, 在保) is a count
 * without 数 ("合作酒店从 12 万家", "新签客户从 40 家", "付费企业客户从 800 家": a noun of who or
 * where, or 家, 个, 所 … after the number); 笔数 counts
 * transactions (交易笔数), 客户 before a site counts our installed base (客户仓库数), and 保费 is an
 * insurer's revenue.
 * Issue 17, tenth round (sets H and I): what passes through the business counted (包裹量, 运单量,
 * 吞吐量, 询盘量, 报名人数), what customers upload (日均上传视频 400 万条) and our revenue named by
 * its source (赞助收入, 订阅收入, 门票收入: not a person's 收入, "骑手收入", which is what they earn).
 * Issue 17, eleventh round (sets J and K, both writers): what is plugged into, listed on or put out
 * on our platform is on our books as what is signed is (接入设备数, 接入停车场数量, 上架酒店数量,
 * 投放车辆总数), a marketplace's supply counted is its size as its sellers are (团长数量, 供应商数量),
 * and what the business takes in, hands out or sells is its volume (揽收量, 办件量, 简历投递量, 发卡量,
 * 放款笔数, 采购量, 农机销量), each labelled K3 under an objective about the customer's outcome; and
 * money by its kind: a contract's value (新签合同额), money raised (筹款额, "Donations", set K in both
 * languages) and what advertisers spend with us (广告主季度消耗, set L).
 * Eleventh round, second part (set M, with sets B and G): orders our own staff dispatch, take or work
 * (派单量, 接单量, 维修工单量) are the team's handling counted upward, K6's activity by the README's
 * decision on calls handled, not the business's volume: 单量 after 派, 工, 接 or 抢 is not read. And
 * the passengers or shoppers who come through counted upward (客流, 日均客流 N 万人次) is volume: sets J,
 * K and M label it K3 under objectives about queues, waiting or keeping members.
 * Issue 17, eleventh round, third part (set O): 日活, 月活 and 周活 are active users, not the 活动 (an
 * event or campaign) they begin ("会员日活动短信发送量" counts texts sent for members' day, K6's). And a
 * count named alone, its figures in the baseline and target fields (企业客户签约数, 户用电站签约量, 开户数,
 * 企业合作数: four misses of set O), is read as one followed by 从 or 由 is; 质量 is quality, not a 量.
 * Issue 17, twelfth round (sets I, J and M): the people who come through counted by head or visit, as
 * 客流 is (年接待游客量 under 游客入园不排长队, 新患者到诊量 under 患者术后复查不掉队, 食堂就餐人次 under
 * 让员工在食堂吃得满意、浪费少, each K3): volume, which rises with the season while the queue, the follow-up
 * or the waste the objective names stands still. Not what our people handle (接诊量, 接待量: K6's), nor
 * views (观看人次: K6's), nor a count pushed down (营业厅到访人次 降至, the objective's own result).
 * Twelfth round, second part (set Q): the same visits said by the clinic's own words, 门诊量 (outpatient
 * visits) and 问诊量 (consultations asked for), volume as 就诊 and 到诊 are (门诊量 under 患者看病少排队, 问诊量
 * under 患者问的每个问题都能得到靠谱的回复, both K3); and students taken in (招生人数), applicants as 报名 is
 * (招生人数 under 学员学完真的找到工作, K3). No other tuning writer counts these bare: their shares, times
 * and page views stay as they were.
 * And the jobs a contractor has started or has under way (开工项目数 under 装修按时完工，不让业主操心, set Q;
 * 在施工地数 under 业主的房子按期完工，不返工, set K: both K3), the business's volume of work in hand, which rises
 * with sales while finishing on time stands still.
 * Seventeenth round, third part (AL, AM, AN and P, with J's and AO's twins the objectives here leave unread): the
 * Chinese nouns of a sale, a booking, a rental or a loan, and of what the product generates or answers for its users,
 * counted by a volume word after the verb (团购券售出量, 月订座量, 周转箱租用量, 图书角借阅次数, AI讲解日生成量, 日均回答数):
 * the "units sold", "bookings" and "rentals" the English heads already read as the business's volume (sold K3 in F,
 * H, J, O, Z, AB, AC and AD; customers' own bookings in J, Q, V and AB) and round 17's documents a product generates
 * (K3 in G, W, AF, AN, AO and AP). docs/method.md K3: they rise with demand and the season while the punctuality,
 * the answers or the learning the objective names stands still (团购券售出量 under 让到店商家通过团购带来真正上门消费的客人,
 * 月订座量 under 订了位的客人按时到店, 日均回答数 under 提问的人更快得到靠谱的回答, all K3). Only with the volume word right
 * after the verb: 售出GPU卡时 (the verb before what is sold, clean in AP under an objective the hours sold serve) and 邀请回答推送
 * (our pushes, K6) are not read; nor totals (累计回答数, 回答总量: K5's), shares or per-head paces (人均每日生成次数, NARROWED),
 * nor under an objective that asks for the volume or reach itself (大企业月预订量 under 拿下更多大企业客户, AM, clean).
 */
const CHINESE_BREADTH =
  /(签约|覆盖|服务|合作|入驻|付费|新建|新增|接入|上架|投放|开户|开工|在施|在建)[\u4e00-\u9fff]{0,4}(数量|家数|个数|数|(?<!质)量)(?=从|由|$)|(签约|合作|入驻|付费|新签|新增|在保|在册)[\u4e00-\u9fff]{1,5}(?=从[^，,。；;]{0,6}?\d[\d.,]*\s*万?\s*(家|个|所|位|名|座)(?![\u4e00-\u9fff]*(率|占比|比例)))|(签约|合作|入驻|付费|新签|新增|在保|在册|客户)[\u4e00-\u9fff]{0,3}(客户|用户|会员|商家|商户|卖家|买家|酒店|门店|店铺|医院|诊所|学校|企业|机构|司机|骑手|车主|伙伴|供应商|仓库|网点|站点|玩家|学员|读者|创作者|作者|患者|家长|加盟商|加盟店)数?(?=从|由|$|\s*\d[\d.,]*\s*万?\s*(家|所)(?![^，,。；;]*(率|占比|比例)))|保费|出货量|交付(新车|量)|(?<![派工接抢])单量|客流(量|人次)?|(游客|乘客|旅客|访客|就餐|到诊|就诊|门诊|问诊)(量|人次|人数)|贷款余额|[^\d\s]{0,6}(师|员|中心|团队)(人数|人员)|(新注册|新增)?(用户|客户|会员|商家|门店|卖家|买家|粉丝|学员|司机|骑手|企业|团队|注册|下载|安装|访问|线索|商机|订单|交易|销售|申请|预约|装机|店铺|医院|学校|读者|听众|玩家|包裹|运单|询盘|报名|招生|吞吐|团长|供应商)(数量|总数|人数|笔数|数|量|规模|额)|(揽收|办件|投递|发卡|放款|采购|发货)(量|笔数)|(售出|卖出|出售|订座|订位|预订|预定|订房|订票|租用|租赁|租借|借阅|借用|回答|解答)(数量|量|数|次数|人次)|生成[\u4e00-\u9fff]{0,4}?(数量|份数|次数|量|数)|生成[\u4e00-\u9fff]{1,4}(?=从|由)|[\u4e00-\u9fff]{1,4}销量|(赞助|订阅|广告|会员|门票|票房|佣金|服务|平台|营业|课程|门诊|手续费|利息|租金|运费|年费|月费)收入|营业额|充值额|回款额|合同额|筹款额|募捐额|捐款额|(广告主|广告|投放)[\u4e00-\u9fff]{0,4}消耗|上传[\u4e00-\u9fff]{0,2}(?=\s*\d)|[日月周]活(?!动)|\bdau\b|\bmau\b|\bgmv\b|营收|销售额|交易额|成交额|签约额|流水(?!线)|\barr\b|\bmrr\b|新注册|新增(用户|客户|商家|门店|企业|会员)/;

function chineseBreadth(text: string): string | null {
  const match = CHINESE_BREADTH.exec(text);
  // People who look, read or open are attention (K6's), not reach: 周活跃查看人数, 阅读量.
  if (!match || /查看|浏览|观看|阅读|打开|点击/.test(text)) return null;
  // The clause before the noun: a 的 that is not just "our"/"the platform's" narrows it.
  const clause =
    text
      .slice(0, match.index)
      .split(/[,，;；。:：]/)
      .pop() ?? "";
  if (/[^台们序号站]的/.test(clause.slice(-10))) return null;
  return match[0];
}

/**
 * The objective asks for reach, growth, money or a market itself: a count of users, orders or
 * revenue shows that, so it is aligned ("Grow signups", "Reach more freelance designers", "Turn more
 * visitors into successful trial teams", "拓展代账公司渠道"). Engagement too: how many come back is
 * what "every day" and "habit" ask for (the families of `metric-families.ts` read it the same way),
 * and liking the product ("love", "delight"), which brings people and use with it.
 * Issue 17, tenth round: "every day" or "every week" is engagement when it says how often people use,
 * open, visit or come back ("opening the app every day", "developers deploy every day"), not how
 * often they do what the objective is about ("a number they can act on every week", set F); a habit
 * of something in the customer's own life is theirs, not ours ("a habit of saving every month", set
 * H); "the standard" is a market's, "standard risks" a kind of risk (set I); 打开 a market, not a lock.
 * Issue 17, eleventh round (sets J and K): 每天 and 天天 likewise, only before a verb of using, opening,
 * visiting or buying (每天都用, 天天打开), not before what happens to the customer each day
 * (糖尿病患者每天都能准确测到血糖, 门店每天拿到新鲜、不断货的面包).
 * Seventeenth round, third part: "#1" never matched inside the word boundaries (a "#" has none before it), so
 * "Become the No.1 instant grocery app in Indonesia" (AC) and "Be the #1 budgeting app in Germany" read as no
 * market asked; a first place written "#1", "No.1" or "No. 1" (AC, AA, AF, AL, S, T, 08, en) is the market's
 * leader, as "number one" is.
 */
export const BREADTH_AIM =
  /\b(grow|grows|growing|grown|growth|acquir\w*|acquisition|attract\w*|reach|win|wins|winning|won|expand\w*|expansion|scale|more (\w+ )?(customers|users|teams|people|merchants|sellers|buyers|schools|clinics|members|visitors|readers|listeners|players|hosts|drivers|restaurants|stores|shops|businesses|companies|firms|patients|students|creators|developers|neighbours|neighbors)|new (customers|users|markets?|segments?|logos|channels?)|market\w*|brand|branding|aware\w*|known|visib\w*|discover\w*|find us|sign[- ]?ups?|signups|join\w*|adopt\w*|adoption|popular|revenue|sales|sell|sells|selling|sold|hit|downloads|installs|love\w*|delight\w*|happ(y|ier)|enjoy\w*|favou?rite|monetis\w*|monetiz\w*|arr|mrr|gmv|profit\w*|margins?|pay for (itself|themselves)|pipeline|demand|leads?|traffic|audiences?|community|followers|launch\w*|enter|enters|entering|default|(?:the|an?|industry|de facto|new)(?: \w+)? standard|standardi[sz]e|leading|leader|number one|#1|everyone|every \w+ in|run on (us|our)|convert\w*|conversion|referr\w*|word of mouth|viral|invite\w*|bring (in|more)|uptake|engag\w*|habit\w*(?! of (?!using|opening|checking|visiting|coming|logging|playing|reading|watching|listening)\w+)|(?<=\b(use|using|uses|open|opening|opens|come|coming|visit|visiting|log|logging|check|checking|play|playing|read|reading|watch|watching|listen|listening|love|deploy|deploys|shop|shopping|order|ordering|book|booking|back|here|app)\b( [\w']+){0,4} )every (day|week)|daily|weekly|come back|coming back|channel)\b|增长|拉新|获客|新客|新用户|新商家|扩大|扩张|规模|市场|份额|品牌|知名度|认知|曝光|营收|收入|利润|毛利|盈利|销售额|销量|卖得|变现|商业化|gmv|渗透|普及|推广|进入|打开(?=市场|局面|销路|知名度|渠道|新)|拿下|(?<!真的)用上|都用|首选|行业第一|排名第一|第一名|龙头|领先|更多|吸引|引流|流量|转化|下载|注册|活跃|日活|月活|(每天|天天)(?=[都也就会还]{0,2}(用|打开|登录|来|逛|看|刷|玩|上|访问|使用|签到|听|读|下单|买))|(常用|多用)(?![\u4e00-\u9fff]{0,1}(业务|功能|服务|工具|场景|商品|地址|语|词))|粘性|社区|口碑|传播|裂变|邀请|渠道|上量|起量|追更|成为[^，,。；;]{0,12}(标准|标配)|(?<![\w#])(#|no\. ?)1(?![\d.,])/;

/**
 * Whether the objective asks for reach, growth, money or a market (BREADTH_AIM), once two shapes
 * that only look like it are set aside (K3, issue 17, tenth round): winning back customers who left
 * is keeping them, not winning new ones ("Win back the restaurants that stopped ordering", 召回流失
 * 用户: KEEP_CUSTOMERS), and more per person is productivity, not reach ("让代账会计一个人能服务更多
 * 客户", "help each agent handle more cases").
 */
export function asksForReach(aim: string): boolean {
  if (OUR_TAKE_ASKED.test(aim)) return true;
  return BREADTH_AIM.test(
    aim
      .replace(WIN_BACK, " ")
      .replace(NOT_OUR_LEADS_OR_SALES, " ")
      .replace(MORE_PER_PERSON, " ")
      .replace(TIME_SPENT_ON, " ")
      .replace(REACH_A_STAGE, " ")
      .replace(THEIR_INCOME, " "),
  );
}
/**
 * Issue 17, eleventh round (sets K and L), three more ways of asking for reach or money: being the
 * first thing customers think of ("让持卡人在大额消费时第一时间想到用我们的分期", "让写字楼里的人下楼前
 * 先想到我们", "think of us first"), a preference as 首选 is; a product becoming a hit (让新版本首周就
 * 火起来, 爆款, 出圈), popularity; and an imperative to earn more ourselves ("Earn more on each hotel
 * night without scaring travellers off"), which our take rate or revenue shows. Each raised a false
 * alarm beside a count of our money. Not a customer earning ("Help couriers earn more": their own
 * volume, read by OUTCOME_AIM's exceptions), which opens with help, let or a group of people.
 */
const OUR_TAKE_ASKED =
  /想到(用)?(我们|咱们|本)|\bthink of (us|our|\w+ )?first\b|\bthink of (us|our)\b|火起来|火爆|爆款|出圈|^(earn|make) more\b/;
/**
 * Where the customer's own time goes ("Let reps spend their week selling, not updating the CRM"): the
 * selling is theirs, the aim is their time (OUTCOME_AIM reads it), not our sales.
 */
const TIME_SPENT_ON =
  /\bspend (their|his|her|your|the|more|less) (\w+ )?(time|week|weeks|day|days|hours|evenings|mornings) \w+ing\b/g;
/**
 * A customer reaching a level, stage or milestone is their progress, not our reach (issue 17, eleventh
 * round, set K: "Players who reach level 10 stay for the whole season").
 */
/**
 * What the objective's people earn, said in Chinese with the people first (让骑手跑得更稳、收入更可预期, set R;
 * 让乘客打车更快，司机收入更稳, set M; 让骑手收入更稳定, tuning-2026-12-06): their income, not ours, as "Help
 * couriers earn more" is in English (OUR_TAKE_ASKED's note). Twelfth round, third part.
 */
const THEIR_INCOME =
  /(骑手|司机|师傅|商家|商户|卖家|店主|农户|果农|菜农|渔民|牧民|社员|团长|房东|创作者|作者|主播|手艺人|阿姨|员工|老师|教练|医生|护士|车主|代理商|经销商)[^，,。；;]{0,8}(收入|收益|赚)/g;
const REACH_A_STAGE = /\breach(es|ed|ing)? (level|stage|tier|rank|milestone|step|their goal|the end)\b/g;
const WIN_BACK = /\b(win|won|winning|bring) (\w+ ){0,4}back\b/g;
/**
 * Seventeenth round, third part: a lesson that leads to a second, or reps who talk to sales, name no leads or sales of
 * ours ("First lessons that lead to a second" with "Matches generated per day", AN; "Reps get value from the free plan
 * before they ever talk to sales" with "Emails sent through free workspaces per day", AL: both K3).
 */
const NOT_OUR_LEADS_OR_SALES =
  /\blead(s|ing)? (to|into)\b|\b(talk|talks|talking|speak|speaks|speaking) (to|with) (\w+ )?sales\b/g;
const MORE_PER_PERSON =
  /(一个人|每个人|每人|人均|每位[\u4e00-\u9fff]{0,4}|每名[\u4e00-\u9fff]{0,4})[^，,。；;]{0,8}更多|\b(each|every|per|one) (\w+ ){1,2}(can |could )?\w+ more\b/g;
/**
 * Outcomes a count of reach or volume cannot show: speed, ease and effort, accuracy and
 * reliability, safety, money or time saved, keeping customers, depth, a decision or a result the
 * customer gets. Not what customers earn through us: their sales and our volume rise together (the
 * guide's home sales per agent; reading "earn" raised a false alarm on a blind set, its precision
 * floor read as pass or fail). Not liking the product: love, delight, enjoyment bring people and usage with them,
 * so they are read with the reach aims above ("make listeners love our shows" with monthly
 * listeners). "Trusted" alone is a relationship (the guide's "trusted technology
 * partner", 值得信赖的技术合作伙伴, keeps its MAU clean) and is not here; trust in what the product
 * gives is.
 * Issue 17, ninth round (set G), more ways of naming the same outcomes: time given back ("give
 * clinicians back time in their day"), work spared (busywork, paperwork, toil), a feeling the
 * customer has (feel respected, feel fair: love and delight are reach aims above and win), a bill
 * customers can predict, a patient's clinical state (glucose, blood pressure, symptoms), something
 * customers can count on or trust, never think about, that just works, is worth it or useful, done
 * in one visit, in seconds or alone, a plan stuck to, a problem fixed, a promise kept; in Chinese
 * waiting less (少等), keeping at a habit (坚持; not keeping customers, whose money shows it), where
 * time goes (把时间花在), what was promised matching what came (和看到的一样, 一致, 相符), customers
 * kept for the long run (长期客户), a quality said at the end of a clause (收款稳、到账快, 又快又准),
 * and, from the tuning objectives no outcome word read (their words only, no label): not stuck
 * (卡住, 秒开), within a time (三天内), no downtime, a problem solved the first time, knowing at once
 * or clearly (第一时间, 清楚, 看懂), progress seen, a decision made (拿定主意), up and running (上手,
 * 用起来), feeling welcome, safe or unhurried (被欢迎, 踏实, 从容, 敢), worth what was paid (物有所值),
 * data that can be trusted (可信). Not 信任 or 信赖, a relationship (the guide's 值得信赖的技术合作伙伴).
 * Issue 17, eleventh round (sets J and K): 准点 is 准时 said another way (准点发车、准点到达), 留得住 is
 * keeping people (帮 HR 更快招到留得住的人, 关键岗位招到对的人，并且留得住: both writers; hires kept, not
 * customers, so not in KEEP_CUSTOMERS, whose money stays clean under it), 卡壳 is
 * 卡住 (跨境包裹清关不卡壳), and "every one is right" (每一单都是对的) is accuracy. Customers who pay less
 * ("Price motor policies so careful drivers pay less", set K) is cost, as cheaper is, and so is using
 * less ("Growers use less water for the same yield", set J); a failure negated is reliability
 * ("Customers' calls don't drop where they live and work", set K). Borrowers able to repay (还得起,
 * 还得上: 把钱借给还得起的人, set K; 让个体户贷得到、还得上, set J) is the quality of a lending decision.
 * 常用 and 多用 before a noun are "commonly used" (把常用业务办成, set J), not a call to use more.
 * Keeping customers said another way (留下来, 续到, 续下去, 离不开; "keep using", "stick around") is
 * read here and in KEEP_CUSTOMERS alike, so the people kept and their money stay clean under it.
 * And what a customer achieves, by its shape (metric-families.ts's "achieve"): in Chinese 让 or 帮 a
 * customer, then 把, 能, 可以, 自己 or 就能 and what they do ("让员工把学到的东西用到工作上",
 * "让孩子愿意自己主动学"); in English help, let or enable a customer and a verb of doing it ("Let
 * agency owners run their books from their phone", "Help shoppers find the product they came for").
 * Reach words (grow, sell, 更多, 用上) are read first and keep their counts clean; "stop" is not read
 * ("let nurses stop walking samples" has its own count of what replaces the walk, "robot
 * deliveries", clean in set C), nor "get" ("help shops get repeat orders", their own volume).
 * Issue 17, twelfth round: a thing people trust said as a relative clause ("data researchers trust",
 * set M; "in a way policyholders trust", set J) is reliability, as "trust the numbers" is; not trust as a
 * relationship ("trusted partner"). And a thing ready when the customer comes for it is timeliness said another
 * way ("Make click-and-collect orders ready when customers walk in", set O, with "Online orders per
 * week" K3; "find it ready", set I; "ready to ride", set P).
 * Twelfth round, second part (set Q): where the time goes said as more of each visit ("Doctors spend more
 * of each appointment with the patient", with "Appointments booked" K3), as spending less of it is read
 * ("Guests spend less of their holiday in lines", set J).
 * Sixteenth round, second pass: 很快 ("soon", "quickly") before what the customer gets is speed as 更快 and 尽快 are
 * (早晚高峰也能很快打到车, set AE, with 日订单量 K3; 让值班工程师能很快定位故障, G; 让用户下单后很快就能拿到新鲜的菜 and
 * 让新手妈妈遇到问题时能很快得到靠谱的回答, H; 员工遇到 IT 问题能很快恢复工作, I).
 */
export const OUTCOME_AIM =
  /\b(spend (their|his|her|your|the|more|less) (\w+ )?(time|week|weeks|day|days|hours|evenings|mornings)|(pay|pays|spend|spends|use|uses) less|spends? more of (each|every|their|his|her|the) \w+|(don't|do not|doesn't|does not|never|no longer) (drop|fail|break|stall|freeze|go down|go offline)|fast(er|est)?|quick(er|ly)?|instant\w*|sooner|same day|on time|in time|wait\w*|delay\w*|late|eas(y|ier|ily)|simpl\w*|painless\w*|effortless\w*|smooth\w*|friction\w*|hassle\w*|self-serve|on their own|without|yes or no|before|safe(r|ly|ty)?|secur\w*|reliab\w*|dependab\w*|stabl\w*|accura\w*|right the first time|first time|first try|correct\w*|errors?|error-free|mistakes?|wrong|broken|(un)?damaged?|intact|crash\w*|defects?|quality|fresh\w*|cheap\w*|costs?|afford\w*|waste\w*|fair\w*|transparen\w*|predictab\w*|clear\w*|confiden\w*|trust (the|our|their|it|us with)|(data|numbers|results|answers|advice|reports?|figures|a way) (\w+ ){1,2}trust|trustworthy|stress\w*|worr\w*|health\w*|productiv\w*|efficien\w*|sav(e|es|ing) (\w+ ){0,2}(time|money|hours|minutes|days|costs?)|less time|fewer|deep(er|en|ly)?(?! (dives?|links?|learning|interviews?))|depth|power users?|heavy|keep (\w+ ){0,2}(customers|users|accounts|clients|members|sellers|merchants|players|subscribers|drivers|riders)|retain\w*|retention|churn\w*|stay\w*|renew\w*|loyal\w*|succe\w*|decid\w*|decisions?|answers?|unstuck|non-event|boring|never (notice|wait|miss|lose)|stop (losing|waiting|chasing)|pain\w*|headache\w*|frustrat\w*|home on time|evenings?|weekends?|(cut|reduce|shorten|halve|lower) (\w+ ){0,3}(time|hours|minutes|days|effort|work)|understand\w*|finish\w*|complet\w*|themselves|in one sitting|first visit|act on|prove|give (\w+ ){0,3}back (\w+ ){0,3}(time|hours?|an hour|minutes|evenings?|days?)|time in their day|busywork|paperwork|toil|feel\w*|respect\w*|(can|could) predict|glucose|blood (sugar|pressure)|symptoms?|(can|could) (count|rely|depend) on|(can|could) trust|never (have to )?think about|just works?|worth\w*|useful|usable|stick (with|to)|(get|back) on track|in one (visit|appointment|place|call|go|session)|take seconds|in (seconds|minutes|an afternoon|a day)|not months|sustainab\w*|alone|fixed|promised|ready)\b|^(help|let|enable) (\w+ ){1,3}(make|file|decide|choose|find|finish|fix|pass|pay|plan|book|close|solve|know|learn|catch|spot|avoid|switch|settle|claim|apply|set up|see|run|quote|work)\b|更快|加快|尽快|快速|很快|准确|准时|准点|及时|按时|稳定|省钱|省时|省心|省事|顺畅|顺手|顺利|安全|放心|安心|轻松|简单|方便|出错|差错|少错|不再|不用|不怕|少跑|靠谱|可靠|健康|留住|留存|续费|回头|复购|深度|深入|深化|高效|不掉链子|一次就|当天|马上|立刻|看得懂|透明|公平|可预期|新鲜|成本|浪费|损耗|加班|熬夜|通宵|排队|麻烦|折腾|踩坑|少花|节省|减负|流失|忠诚|拿准|办好|做对|找到|用好|见效|判断|不中途|不退出|明确|学完|了解|有数|花得值|值回票价|住满|有人看|回应|焦虑|相信|真的|发对|发准|少等|久等|干等|等待|坚持|把时间(花|用)在|(看到|描述|宣传|图片|承诺)的一样|一致|相符|属实|长期(客户|用户|会员|合作)|合格|达标|完好|无损|留下来|留得住|(都|全)是对的|还得(起|上)|续订|续下去|续到|离不开|(?<=[\u4e00-\u9fff])(?<!越)(?<![愉痛凉])快(?=[、，,。；;\s]|$)|(?<=[\u4e00-\u9fff])(?<!越)(稳|(?<![标水基])准)(?=[、，,。；;\s]|$)|又(快|准|稳|好|省)|卡住|卡顿|卡壳|秒开|[分钟时天周]内|停机|断药|一次解决|得到解决|第一时间|随时知道|清楚|进步|看懂|拿定主意|上手|用起来|被欢迎|获得价值|排长队|敢|踏实|从容|稳如泰山|物有所值|可信|^(帮|帮助|让)[^，,。；;]{1,8}(把|能|可以|自己|就能)[^，,。；;]{2,}/;

/**
 * The objective written as what happens for the people it serves, not as what we do (K3, issue 17,
 * tenth round): a clause whose subject is a group and whose verb says what they get, do or no longer
 * suffer ("Online shoppers get exactly what they ordered", "Savers know whether they are on track",
 * "Older clients are cared for by carers they know", "Payroll runs with no surprises for employees"),
 * or such a clause after help, let, get, make or enable ("Help members actually sleep better", "Get
 * our graduates into their first developer job"). In Chinese the same clause, opened by 让, 帮 or
 * 使 ("让孩子真正读完每月寄到的绘本", "让玩家在手机上玩大作也不卡") or by a group of people
 * ("学员学完能找到对口工作", "带病体人群也能买到合适的保险", "新创作者愿意持续更新").
 * Such an objective names an outcome in the customer's world whatever words it uses, which a count
 * of our reach, volume or money cannot show (sets H and I wrote most of their objectives this way,
 * and most of their K3 misses were under them). An imperative of our own action ("Grow signups",
 * "Launch the Android app", "Become customers' trusted technology partner", 成为, 上线, 扩大) is not
 * a clause and is read by its words only (OUTCOME_AIM, BREADTH_AIM). A clause whose verb is a
 * customer choosing, joining or paying us (choose, pick, switch, adopt, sign up, pay, 选择, 用上) asks
 * for reach and is not read here; BREADTH_AIM is read before it in any case.
 */
export function outcomeClause(title: string): string | null {
  const text = title.normalize("NFKC").toLowerCase().trim();
  if (isChinese(text)) return chineseClause(text);
  // Read once per objective, not once per key result under it: the tagger is the coach's costly part.
  return englishClauseOf(title);
}

const englishClauseOf = keptBy(
  (title: string) => title,
  (title: string) => englishClause(title),
);

function englishClause(title: string): string | null {
  const words = englishWords(title);
  let at = 0;
  // "Help first-time savers build …": the tagger may call the opening "help" a noun.
  if (CAUSATIVES.has(words[0]?.lemma ?? "") || CAUSATIVES.has(words[0]?.text ?? "")) at = 1;
  // An imperative, also where the tagger reads its verb as an adjective ("Double repeat orders").
  else if (words[0]?.verb || CHANGE_VERBS.has(words[0]?.lemma ?? "")) return null;
  let head = -1;
  for (let k = at; k < words.length; k++) {
    const w = words[k] as Word;
    if (w.number && !/^first$/.test(w.text)) break;
    if (w.noun && !w.verb && !PRONOUNS.has(w.text)) head = k;
    else if (!(w.adjective || DETERMINERS.has(w.text) || w.text === "first")) break;
    if (w.after !== "" && w.after !== "-") break;
  }
  if (head < 0 || (head === at && DETERMINERS.has(words[head]?.text ?? ""))) return null;
  const subject = words[head] as Word;
  // "we", "our team", "the company": our own action, not an outcome for anyone. Not a plural said
  // without "our" (issue 17, twelfth round, set P: "Teams plan their week in our tool instead of
  // spreadsheets", "Product teams ship …"): the customers' teams, whose outcome it is.
  const ours = subject.text === subject.lemma || words.slice(at, head).some((w) => /^(our|my)$/.test(w.text));
  if (OURSELVES.has(subject.lemma) && ours) return null;
  let verbAt = head + 1;
  // "Customers who buy crypto understand the risk": the verb after the relative clause.
  if (/^(who|that)$/.test(words[verbAt]?.text ?? "")) {
    verbAt = words.findIndex((w, k) => k > verbAt + 1 && w.verb);
    if (verbAt < 0) return null;
  }
  // Seventeenth round, second part: "Every fan with a resale ticket gets through the gate" (AM), "Navigation in
  // the car works like it does on the phone" (AF), "Buying a car from us is a pleasure" (AB), "Travellers landing
  // at LIS find their car" (AM): a phrase that says which of them (a preposition or a participle and its words)
  // may stand between the subject and its verb, as a relative clause does.
  // Not after a causative ("Get more metal out of every tonne we mill"), nor across a clause of its own
  // ("Enough riders on shift when orders spike").
  else if (at === 0 && (words[verbAt]?.preposition || /ing$/.test(words[verbAt]?.text ?? ""))) {
    const next = words.findIndex((w, k) => k > verbAt + 1 && k <= verbAt + 6 && w.verb && !/ing$/.test(w.text));
    const between = words.slice(verbAt, next);
    if (next > 0 && between.every((w) => w.after === "" && !SUBORDINATORS.has(w.text))) verbAt = next;
  }
  while (ADVERBS.has(words[verbAt]?.text ?? "")) verbAt++;
  const verb = words[verbAt];
  const causative = at === 1;
  const predicate =
    verb !== undefined && (verb.verb || (causative && (verb.adjective || RESULT_PREPOSITIONS.has(verb.text))));
  if (!predicate || NOT_OUTCOME_VERBS.has(verb.lemma)) return null;
  return words
    .slice(at, Math.min(words.length, verbAt + 4))
    .map((w) => w.raw)
    .join(" ");
}

const CAUSATIVES = set("help let get make enable allow");
const SUBORDINATORS = set("when whenever if while because as so where once until before after than we they");
const DETERMINERS = set("the our every each all a an their its this these those more new first-time");
const PRONOUNS = set("it this that they them we us you everyone everybody anyone");
const OURSELVES = set("we team company business organisation organization squad department");
const ADVERBS = set("actually always never really finally still reliably consistently all also just");
/** "Get our graduates into their first job", "get customers back on track": a result reached. */
const RESULT_PREPOSITIONS = set("into onto back through");
/**
 * A customer choosing, joining, paying or coming back to us is reach or engagement, not an outcome of
 * their own (BREADTH_AIM's kind, which active counts show); growing, selling and earning are the
 * customer's volume, which rises with ours (OUTCOME_AIM leaves "earn" out for that reason); stopping a
 * chore is read by its replacement ("Let nurses stop walking samples to the lab" with robot
 * deliveries, clean in set C).
 */
const NOT_OUTCOME_VERBS = set(`
  choose pick prefer switch adopt join sign subscribe buy purchase pay spend upgrade renew recommend
  refer invite use visit download install try grow sell earn stop come return open log
`);

/**
 * The Chinese clause: 让, 帮, 帮助 or 使 and what follows, or a group of people first and what happens
 * to them. People are read by the noun's own ending (者, 人, 员, 户, 客, 主, 民, 生, 家, 手, 众 …) or
 * its word (孩子, 司机, 玩家 …), within the clause's first eight characters. Issue 17, twelfth round: and a
 * leader of a group or place (团长, 店长, 校长: 团长愿意持续开团，带着邻居一起买, set K, where 团长数量 is K3
 * as under 让团长放心 in set J).
 */
function chineseClause(text: string): string | null {
  const clause = text.split(/[,，;；。]/)[0] ?? text;
  if (REACH_CLAUSE.test(clause)) return null;
  if (/^(让|帮助|帮|使得|使)[\u4e00-\u9fff]/.test(clause)) return clause;
  return (ZH_PEOPLE.test(clause) || ZH_PEOPLE_AFTER_DE.test(clause)) && !ZH_IMPERATIVE.test(clause) ? clause : null;
}

/** A verb of our own action opening the objective: an imperative, not a clause ("成为客户值得信赖的…"). */
const ZH_IMPERATIVE =
  /^(成为|打造|建设|建立|搭建|提升|提高|增加|降低|减少|扩大|拓展|推出|上线|完成|实现|做|把|将|推动|推进|深化|优化|改善|加快|保持|守住|赢得|赢回|拿下|进入|覆盖|获取|吸引|服务|支持|帮|让|使|给|为|对标|追上|超过|做好|做到|搞定|解决|减轻|缩短)/;

const ZH_PEOPLE =
  /^[\u4e00-\u9fff]{0,6}?(用户|客户|顾客|买家|卖家|商家|商户|学员|学生|居民|游客|乘客|旅客|业主|司机|骑手|玩家|孩子|家长|老人|患者|病人|观众|读者|听众|员工|店员|会计|雇主|人群|创作者|作者|主播|会员|家属|农户|医生|护士|老师|工程师|开发者|车主|房东|租客|宠物主|老板|店主|(团|店|校|院|队|船)长|[\u4e00-\u9fff](者|人|员|户|客|主|民|生|手|众|们))(?=[\u4e00-\u9fff]{2})/;
/**
 * Seventeenth round, second part: the people first, said with a clause of 的 before them (在直播间下单的用户收到货不后悔,
 * AL; 每一位买了转售票的观众都能顺利入场, AM; 招到真正能读完的成人学员, AN; 订了位的客人按时到店, AM): which of them the
 * objective means, then what happens for them, an outcome in their world as the bare group's clause is.
 */
const ZH_PEOPLE_AFTER_DE = new RegExp(
  `^[\\u4e00-\\u9fff]{1,10}?的${ZH_PEOPLE.source.slice("^[\\u4e00-\\u9fff]{0,6}?".length)}`,
);
/**
 * Choosing, paying or taking up our product is reach (BREADTH_AIM's kind), not an outcome, and so
 * are liking it and coming back to it (engagement, which active counts show: metric-families.ts).
 */
const REACH_CLAUSE =
  /选择|选用|首选|付费|购买我们|开通|注册|下载|订阅|用上|用我们|都用|来用|加入|入驻|签约|喜欢|爱上|愉快|开心|享受|回来|常来|再来|多来/;

/**
 * A model's offline score (NDCG, AUC, F1, precision@k, BLEU): a stand-in of the same kind as a
 * count of reach. It shows that a model got better on a test set, not that any reader, searcher or
 * customer got what the objective names ("Offline NDCG@10" under "make the home feed feel picked for
 * each reader", "离线 NDCG@10" under "第一屏就能找到想去的店"). Not under an objective about the model,
 * its predictions or their accuracy (MODEL_AIM), which the score does measure. 离线 alone is not a
 * model's score ("充电桩离线率", chargers offline: issue 17, ninth round); the score's own name or
 * 指标, 评估, 评测 after it is.
 */
const OFFLINE_SCORE =
  /\b(ndcg(@\d+)?|auc|roc|f1(-score)?|(map|mrr|precision|recall|hit rate)@\d+|bleu|rouge|perplexity|offline (eval\w*|metrics?|scores?))\b|离线(指标|评估|评测)/;
export const MODEL_AIM =
  /\b(models?|predict\w*|forecast\w*|rank\w*|algorithm\w*|classif\w*|accura\w*|ml|ai)\b|模型|预测|算法|排序|准确/;

/** The offline model score a key result measures, or null. */
export const offlineScore = (text: string): string | null =>
  OFFLINE_SCORE.exec(text.normalize("NFKC").toLowerCase())?.[0] ?? null;

/**
 * Keeping the customers we have, said of customers (not of orders lost at a step, "不再流失订单"):
 * the stage the funnel reading of K3 sets against conversion and acquisition cost. Issue 17, tenth
 * round: winning back those who left is keeping them too ("Win back the restaurants that stopped
 * ordering", 召回, 挽回), and so is their buying or booking again ("a sitter they book again and
 * again", 复购: metric-families.ts's "keep" reads buying again the same way), and customers staying
 * with us ("so that good risks stay with us"); a stay as a noun is not ("run their whole stay from
 * their phone"). Issue 17, eleventh round: renewing said of a policy, lease or contract (续保, 续租,
 * 续签) is renewing as 续费 is, and the premium kept customers pay shows it.
 */
export const KEEP_CUSTOMERS =
  /\b(keep (\w+ ){0,2}(customers|users|accounts|clients|members|subscribers|sellers|merchants|agencies|restaurants|stores|schools|clinics|teams|players|drivers|riders|hosts)|retain\w*|retention|renew\w*|churn\w*|loyal\w*|stop losing (?!(orders|money|deals|sales|carts|baskets|revenue)\b)\w+|lose fewer (?!(orders|deals|sales)\b)\w+|come back|keep using|stick around|stay (with us|on|subscribed|longer)|(win|won|winning|bring) (\w+ ){0,4}back|(buy|book|order|shop|pay|rent|hire|use) (\w+ ){0,4}again|again and again|repeat (bookings?|orders?|purchases?|buyers?|customers?))\b|召回|挽回|赢回|复购|回购|再次购买|留住|留存|留下来|续费|续约|续订|续保|续租|续签|续下去|续到|回头客|老客户|老用户|老商家|现有客户|存量客户|(客户|用户|商家|会员|学员|门店)流失|流失(客户|用户|商家|率)|忠诚|离不开/;

/**
 * Research by the team ("Understand why trials stall", "learn whether we can enter Spain", 弄清流失的
 *原因): it asks for learning, which any metric may serve. Not a customer who understands ("help
 * first-time borrowers understand what they sign", 让家长及时了解孩子的情况): that is an outcome.
 */
export const RESEARCH_AIM =
  /^(understand|learn|find out|discover|explore|validate|figure out|investigate|research)\b|\b(learn|find out|test) (whether|if|why|how)\b|\bwhy\b|^(了解|弄清|搞清|研究|验证|摸清|调研|深入了解)|原因|为什么/;

/**
 * A people stock (who is with us now), which keeping them grows: not read under a keep aim. Teams and
 * workspaces are accounts too ("Paid teams" under "Make teams want to keep using us"; twelfth round,
 * once a plural "teams" opens an outcome clause).
 */
export const PEOPLE_STOCK =
  /\b(users|customers|subscribers|members|accounts|clients|teams|workspaces)\b|用户|客户|会员/;
/** Newcomers: acquisition, the opposite stage of keeping. */
export const NEWCOMERS = /\b(new|acquired|sign-?ups?|registrations?)\b|新增|新注册|新签|新入驻|新单|拉新/;
