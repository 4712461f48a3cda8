/**
 * Sentence shapes the wording rules share (issue 17). The classes below are of lemmas, not of
 * phrases: a rule asks "does the sentence open with a verb, and what does that verb act on?"
 * and looks the verb and the nouns of its object up here, so a new inflection or word order needs
 * no new entry. Each class says which rule reads it and why.
 */
import { englishWords, type Word } from "./english.ts";

const set = (words: string) => new Set(words.trim().split(/\s+/));

/**
 * Verbs that ask for a metric to move or hold (K1, K7): a KR that opens with one names a change,
 * an outcome, whatever it counts. "hold" is not here: "hold 40 meetings" is an activity.
 */
export const CHANGE_VERBS = set(`
  increase raise grow boost lift double triple quadruple expand improve maximise maximize reduce
  decrease lower cut shrink halve minimise minimize shorten keep maintain sustain reach achieve hit
  get bring move push drive take lessen eliminate
`);

/**
 * Things a team makes or ships (K7 "outputs"): a count of them measures the team's delivery, not a
 * change in the customer's behaviour. Two-word lemmas ("pull request") are matched as pairs.
 */
export const ARTEFACTS = set(`
  article post blog-post pull-request pr commit feature release version page landing-page video
  tutorial guide template integration playbook course ebook e-book whitepaper white-paper
  case-study press-release episode podcast newsletter-issue doc documentation story story-point
  epic deploy deployment script component module endpoint sdk plugin connector migration campaign
  ad advert asset slide deck screen prototype mockup wireframe
`);

/**
 * What a team does with or to customers (K6 "activity"): calls made, emails sent, meetings held,
 * tickets closed measure effort, and a customer can get them all without their problem solved.
 */
export const INTERACTIONS = set(`
  call cold-call email e-mail message dm meeting qbr demo visit touchpoint touch outreach ticket
  follow-up check-in sequence webinar event booth notification push sms text-message
  dial workshop roadshow
`);

/**
 * The same activity named as a metric (K6): an interaction with the verb that counts it after it
 * ("emails sent", "meetings held", "demos booked", "tickets closed"), in lemmas.
 */
export const INTERACTION_METRIC =
  /\b(call|email|e-mail|meeting|demo|visit|message|ticket|notification|touchpoint|qbr|outreach|dm)s? (make|send|hold|book|close|log|handle|complete|attend|run|place|schedule)\b|\bnumber of (outbound |sales |cold )?(call|email|meeting|demo|visit|message|touchpoint|qbr)s?\b/;

/**
 * Talking to customers to learn (K6: "customer interviews are a strong KR"): these are discovery,
 * not activity or output, even when counted ("complete 25 loss reviews with buyers").
 */
export const DISCOVERY = set(`
  interview usability-test user-test experiment a/b-test ab-test loss-review win-loss-review
  win/loss-review discovery-call diary-study research-session feedback-session field-study
  customer-call customer-conversation churn-interview exit-interview
`);

/**
 * Verbs that put a thing into the product or take one out (Q2): with a concrete object the
 * objective names the solution. Lemmas, so "rolled out" and "adding" are the same entries.
 */
export const BUILD_VERBS = set(`
  build launch ship release deliver create develop implement deploy introduce add migrate replace
  rebuild rewrite redesign integrate offer unveil debut install embed roll-out set-up stand-up
  remove delete drop kill sunset retire deprecate decommission shut-down phase-out
  productionise productionize wire-up hook-up kill-off cut-over switch-over
  design enable turn-on switch-on adopt support provide put
`);

/**
 * Objects of a build verb that are not product things (Q2): "build trust", "deliver value",
 * "remove friction", "ship every order on time" ask for an outcome in the customer's or the
 * business's terms. People, time and the daily work of a business (orders, payouts) belong here
 * too: "create happy customers", "deliver every parcel on time".
 */
export const NOT_PRODUCT_THINGS = set(`
  trust habit loyalty relationship confidence momentum culture community awareness reputation
  value delight foundation understanding clarity demand presence capability muscle moat base
  pipeline advocacy love joy peace mind growth revenue margin profit efficiency speed quality
  friction waste toil pain confusion error bottleneck step delay wait barrier churn cost risk
  customer user team member people analyst developer agent buyer seller merchant partner
  shopper patient clinic school teacher student driver rider host guest owner
  hire rep staff employee courier nurse doctor admin engineer colleague worker picker recruit
  newcomer manager leader founder family household account tenant restaurant store shop
  week day moment experience journey time way path reason hour minute evening weekend date deadline
  order parcel package shipment delivery payment payout refund meal ride booking appointment
`);

/** Words that end the object of a verb: it runs from the verb to the first of these. */
const OBJECT_ENDS = set(`
  to for from in on at by with into across through so that which who while without before after
  within until per via and or but up down than as of
`);

/** An English sentence's lemmas as one string, for the patterns that read a few words in a row. */
export function lemmaText(text: string): string {
  return englishWords(text)
    .map((w) => w.lemma)
    .join(" ");
}

/**
 * The sentence as lemmas, with places written "@place" and other names "@name", so one pattern
 * reads "win the @place payments market" or "as complete as @name" whatever the place or brand
 * (Q1, Q3). A name stays a name at the start of the title too, where every word is capitalised.
 */
export function shapeText(text: string): string {
  return shapeTokens(englishWords(text)).join(" ");
}

/**
 * Lemmas by default; `surface` keeps each word as written (lower-cased), for patterns that read
 * an inflection the lemma drops: a superlative ("fastest" -> "fast", Q1).
 */
const shapeTokens = (words: readonly Word[], surface = false) =>
  words.map((w) => (w.place ? "@place" : w.properNoun && !w.verb ? "@name" : surface ? w.text : w.lemma));

/**
 * The first pattern that matches the sentence's shape, quoted in the writer's own words (the
 * words the match spans), so a message says "Japan's leading", not "@place leading".
 */
export function findShape(text: string, patterns: readonly RegExp[], { surface = false } = {}): string | null {
  const words = englishWords(text);
  const tokens = shapeTokens(words, surface);
  const shape = tokens.join(" ");
  for (const pattern of patterns) {
    const match = pattern.exec(shape);
    if (!match) continue;
    const start = shape.slice(0, match.index).split(" ").length - 1;
    const end = shape.slice(0, match.index + match[0].trimEnd().length).split(" ").length;
    return quote(words.slice(Math.max(0, start), end));
  }
  return null;
}

/** The lemmas of a run of words, with two-word compounds joined ("pull request" -> "pull-request"). */
function lemmas(words: readonly Word[]): string[] {
  const out: string[] = [];
  words.forEach((w, i) => {
    // In a hyphenated compound only the whole counts: "on-call" is no call, "one-click" no click.
    const inCompound = w.after === "-" || words[i - 1]?.after === "-";
    if (!inCompound) out.push(w.lemma);
    const next = words[i + 1];
    if (next) out.push(`${w.lemma}-${next.lemma}`);
  });
  return out;
}

/** Words as the writer typed them, hyphens kept ("one-click"), for a message to quote. */
const quote = (words: readonly Word[]) =>
  words.map((w, i) => w.raw + (i < words.length - 1 ? (w.after === "-" ? "-" : " ") : "")).join("");

export interface VerbObject {
  /** The verb's lemma, with its particle: "roll out", "take over". */
  verb: string;
  /** The object's words, up to the first preposition or punctuation. */
  object: Word[];
  /** The object's lemmas and two-word compounds, to look up in the classes above. */
  objectLemmas: string[];
  /** The words from the verb to the end of its object, as written, for quoting. */
  quote: string;
  /** The sentence's words after the object ("that neighbourhoods actually use"), already tagged. */
  rest: Word[];
}

const PARTICLES = set("out over up down off on in live");
const LEADING_FILLER = set("we will to let's shall must");

/**
 * The verb a sentence opens with and what it acts on: "Place 10 guest articles on partner sites"
 * -> place + [10, guest, article]. Null when the sentence does not open with a verb (a metric name,
 * "New pricing page goes live"). English titles are imperatives, so the opening verb is the ask.
 */
export function leadingVerbObject(text: string): VerbObject | null {
  let words = englishWords(text);
  let i = 0;
  while (i < words.length && LEADING_FILLER.has(words[i]?.text ?? "")) i++;
  // A title has no subject, so the tagger may read its opening verb as an adjective or a noun
  // ("Open AI summaries ..."); with "We" before it the same word reads as the verb it is.
  if (i === 0 && words[0] && !words[0].verb) {
    const opening = /^[A-Z][a-z]/.test(text) ? `${text[0]?.toLowerCase()}${text.slice(1)}` : text;
    const withSubject = englishWords(`We ${opening}`).slice(1);
    if (withSubject[0]?.verb) words = withSubject;
  }
  const verb = words[i];
  if (!verb?.verb || verb.number) return null;
  let end = i + 1;
  let verbLemma = verb.lemma;
  const particle = words[end];
  if (particle && PARTICLES.has(particle.text) && verb.after === "") {
    verbLemma = `${verb.lemma} ${particle.text}`;
    end++;
  }
  const start = end;
  while (end < words.length) {
    const w = words[end] as Word;
    if (OBJECT_ENDS.has(w.text) && end > start) break;
    end++;
    if (w.after !== "" && w.after !== "'" && !/^[-/]$/.test(w.after)) break;
  }
  const object = words.slice(start, end);
  return {
    verb: verbLemma,
    object,
    objectLemmas: lemmas(object),
    quote: quote(words.slice(i, end)),
    rest: words.slice(end),
  };
}

/**
 * The head of an object's first noun phrase, its last noun, with the compound it ends ("call quality
 * rating" -> rating, quality-rating; "40 migration workshops" -> workshop, migration-workshop;
 * "12,000 tickets a month" -> ticket): what the phrase counts. A noun before the head only says
 * which kind, so "call quality rating" counts no calls (K6) and "migration workshops" no
 * migrations (K7). The phrase runs over content words, whatever their tag (the tagger reads a plural
 * after a noun, "migration workshops", as a verb), and ends at a determiner ("a month").
 */
export function headLemmas(object: readonly Word[]): string[] {
  const content = (w: Word | undefined) =>
    w !== undefined && w.text !== "" && !w.number && !DETERMINERS.has(w.text) && !w.preposition;
  let at = object.findIndex(content);
  if (at < 0) return [];
  while (content(object[at + 1]) && object[at]?.after === "") at++;
  const head = object[at] as Word;
  const before = object[at - 1];
  return before ? [head.lemma, `${before.lemma}-${head.lemma}`] : [head.lemma];
}

const DETERMINERS = set("a an the each every per this that these those our their its my your all any some");

/** Whether any lemma (or two-word compound) of `lemmaList` is in `cls`. */
export const hasAny = (lemmaList: readonly string[], cls: ReadonlySet<string>): boolean =>
  lemmaList.some((l) => cls.has(l));

/**
 * A cheap test that a text may hold a word of the class, run before the tagger: tagging costs
 * about a millisecond a sentence, and most titles hold no word of most classes (`grove lint` stays
 * fast). It matches stems as substrings ("articl" for "articles"), so it lets through every word
 * of the class, regular or not in its ending; the tagger then decides.
 */
export function mayHold(cls: ReadonlySet<string>): RegExp {
  // The first word's stem: "roll-out" must pass "rolled out", "pull-request" "pull requests".
  const stems = [...cls].map((w) => {
    const first = (w.split(/[-/ ]/)[0] ?? w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // Short words whole ("pr", "ad"), or they would let almost every title through.
    return first.length <= 3 ? `${first}s?\\b` : first.replace(/(y|e|ing)$/, "");
  });
  return new RegExp(`\\b(${stems.join("|")})`, "i");
}

/** Whether the text is mostly Chinese, so the English tagger has nothing to read. */
export const isChinese = (text: string): boolean => /[\u4e00-\u9fff]/.test(text);

/** A Chinese noun of people, by its word or its ending (not 包裹 or 订单: "清关包裹量" under 清关不卡壳). */
export const PERSON_ZH = /(司机|骑手|用户|客户|会员|商家|商户|学员|玩家|师傅|团长|家长|孩子|[者人员户客主民生手众们])$/;

/**
 * A Chinese person's word, an average and what they earn (K3 reads it under an objective about those people;
 * K2 reads the averages among them, personEarningsZh): 团长月均佣金收入, 骑手日均收入, and
 * the same said per month (团长每月佣金收入 under 团长愿意长期干下去, set P's trap; twelfth round). What each
 * gives or spends on average is the same figure per person, the other way (月捐人年均捐款额 620 元 → 700 元
 * under 月捐人捐了还想继续捐, set R's trap; 会员人均月付费 in set H, 人均消费 in sets C and R): how much each
 * of the objective's people gives is what their giving again is worth, not the business's size.
 * Thirteenth round (set S's trap 司机每小时有效流水 42 元 → 48 元 under 司机接到的单更顺路，空驶更少; every
 * writer leaves a driver's hourly takings clean: 司机每在线小时收入 in set B, 高峰时段司机每小时收入 in K,
 * 司机人均周流水 in J, 司机每小时净收入 in Q): per hour is the same figure per person, and a driver's 流水
 * (the fares they take) is what they earn.
 */
export const PER_PERSON_EARNINGS_ZH = personEarningsZh(
  "月均|日均|周均|年均|平均|人均|每月|每天|每日|每周|每在线小时|每小时|时均",
);

/** A person's word, then one of `periods`, then what they earn, give or spend (up to four characters between). */
export function personEarningsZh(periods: string): RegExp {
  return new RegExp(
    `${PERSON_ZH.source.slice(0, -1)}的?(${periods})[\\u4e00-\\u9fff]{0,4}(收入|收益|佣金|工资|薪资|报酬|捐款|消费|付费|花费|流水)`,
  );
}
