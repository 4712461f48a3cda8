/**
 * What a key result measures, read by shape (issue 17, eighth round: K5 and K6). A metric is a head
 * noun ("members", "searches", "calls") and the words that narrow it: a kind before it ("Discord
 * members", "cold calls"), and after it a cohort ("members who post"), a period ("a month") or the
 * verb that made it ("conversations handled by agents"). K5 and K6 ask two questions of that shape:
 *
 * - K5, a vanity total: is the head a stock that only accumulates (followers, stars, a channel's
 *   members, a library's entries) and is it left un-narrowed, with no period that makes it a flow,
 *   no use that makes it a behaviour (active, paying) and no ratio or cohort?
 * - K6, activity: is the head an act of attention (a search, a visitor, an open) or one of our
 *   interactions with customers, counted as such and not as its outcome?
 *
 * Two shapes of K6 are deliberately not read: viewers, and sign-ups for an event (webinar
 * registrations, 培训报名人次). The tuning sets label them K6, but a round that read them failed the
 * blind sets' precision floors in both languages (docs/coach.md, set B), so other writers keep such
 * KRs clean often enough that reading them costs more than it finds. (A click or open rate raised was
 * a third until the eleventh round: every tuning writer since set B labels it K6, and K6's rule reads it.)
 *
 * Lemmas and parts of speech come from the tagger (`english.ts`); Chinese is read by word and
 * character patterns, which need no tagger. Every class here was derived from the tuning
 * collections only (tests/coach-corpus/README.md), never a blind set.
 */
import { englishWords, type Word } from "./english.ts";
import { keptBy } from "./kept.ts";
import { CHANGE_VERBS, INTERACTIONS, leadingVerbObject } from "./shape.ts";

const set = (words: string) => new Set(words.trim().split(/\s+/));

export interface MeasuredQuantity {
  /** The head noun's lemma: what is counted ("member", "search", "call"). */
  head: string;
  /** The lemmas of the words before the head in its phrase, which say which kind ("discord", "open"). */
  kinds: string[];
  /** The words after the head, up to the end of the title: a cohort, a period, the verb that made it. */
  rest: Word[];
  /** The phrase as the writer typed it, for a message to quote. */
  quote: string;
}

// Words that open a title before its metric phrase: "Hit 20k GitHub stars", "Grow the number of …".
const OPENING_VERBS = new Set([...CHANGE_VERBS, "hit", "pass", "cross", "top", "exceed", "surpass", "break"]);
const SKIPPED = set("a an the our their its my your we will to let's total number count amount of");
// Relative pronouns and prepositions end the phrase: what follows narrows it.
const ENDS = set("who that which whose with without from to for in on at by per via across within than as of into");

/**
 * The head noun of the metric a title names, with its kinds and what follows. Reads "Discord members
 * 9,000 -> 14,000", "Grow total app downloads in Spain …", "Hit 20k GitHub stars", "Chat conversations
 * handled by agents …". The tagger misreads plurals after a noun as verbs ("GitHub stars",
 * "Catalogue searches"), so the phrase runs over content words whatever their tag and ends at a
 * number, a preposition, punctuation or a past participle ("handled"): the head is its last word.
 */
export function measuredQuantity(title: string): MeasuredQuantity | null {
  // K5 and K6 (and K6 twice) read the same title: one request to the tagger each time it is read.
  return measuredOnce(title);
}
const measuredOnce = keptBy(
  (title: string) => title,
  (title: string) => readQuantity(title),
);

// Participles not ending in -ed ("Reminder texts sent"): the verb after the head too. Not "held": a
// webinar held is an event to one writer (K7) and an interaction to another (K6), so it stays unread.
const IRREGULAR_PARTICIPLES = set("sent made taken given written built done shown");

function readQuantity(title: string): MeasuredQuantity | null {
  const words = englishWords(title);
  let at = 0;
  if (words[0]?.verb && OPENING_VERBS.has(words[0].lemma)) at = 1;
  // Any verb in its base form before a count opens the title too ("Open 2 new fulfilment centres" counts
  // centres, not opens; ninth round). A plural the tagger misread stays the head ("Searches 5,000 → 8,000").
  else if (
    words[0]?.verb &&
    words[0].text === words[0].lemma &&
    (words[1]?.number || /^(a|an|the|our)$/.test(words[1]?.text ?? ""))
  )
    at = 1;
  // "total" is skipped here only to find the head; K5's own patterns read it as a word.
  while (at < words.length && (SKIPPED.has(words[at]?.text ?? "") || words[at]?.number || words[at]?.text === "")) at++;
  const start = at;
  while (at < words.length) {
    const w = words[at] as Word;
    // Inside a hyphenated compound a preposition is part of the word ("search-to-click success").
    const inCompound = words[at - 1]?.after === "-" && at > start;
    if (w.number || w.text === "" || (ENDS.has(w.text) && !inCompound)) break;
    // "up to" before a value is a preposition too (thirteenth round, third part, set U: "App downloads up to 1.2M"), not
    // a word of the metric: the phrase ends before it, as it does before "to".
    if (w.text === "up" && words[at + 1]?.text === "to" && at > start) break;
    // A past participle after the head ("handled", "sent") is the verb that made the count.
    if (at > start && w.verb && (/ed$/.test(w.text) || IRREGULAR_PARTICIPLES.has(w.text))) break;
    at++;
    if (w.after !== "" && w.after !== "-" && w.after !== "'") break;
  }
  if (at === start) return null;
  const phrase = words.slice(start, at);
  const head = phrase[phrase.length - 1] as Word;
  // A hyphenated head is one word: "sign-ups" -> sign-up, "follow-ups" -> follow-up.
  const joined = phrase.length > 1 && phrase[phrase.length - 2]?.after === "-";
  const kinds = phrase.slice(0, joined ? -2 : -1).map((w) => w.lemma);
  return {
    head: joined ? `${phrase[phrase.length - 2]?.lemma}-${head.text.replace(/s$/, "")}` : head.lemma,
    kinds,
    rest: words.slice(at),
    quote: phrase
      .map((w) => w.raw + (w.after === "-" ? "-" : " "))
      .join("")
      .trim(),
  };
}

/** A period after or before the count makes it a flow ("downloads a month", "weekly sign-ups"), not a stock. */
export const PERIOD =
  /\b(a|per|each|every|an) (day|week|month|quarter|year)\b|\/ ?(day|wk|week|mo|month|quarter|yr|year)\b|\b(daily|weekly|monthly|quarterly|yearly|annual)\b|\bin (a|the first|their first) (day|week|month)\b/;

/**
 * K5's stocks: an audience that only accumulates. A follower or a star stays in the count when its
 * owner stops caring, so the count rises with time and reach alone. A member or subscriber only when
 * the kind before it names a channel or community we broadcast to ("Discord members", "newsletter
 * subscribers"): a paying member or a box's subscriber is a customer. Downloads or installs only of
 * an app and with no period (below): the collections read "app downloads from 10k to 20k a month" as a
 * period's breadth, K3's head count when it is off the objective.
 */
// Not SKUs (twelfth round, sets J, K and O: "采购 SKU 数从 400 扩充到 650", "生鲜 SKU 数从 800 个扩充到 1200 个", "商城 SKU
// 数从 2 万扩充到 5 万", all K3; only set F labelled 商品 SKU 数 K5): a range is curated, delisted and cut as it is
// grown, the business's assortment breadth (K3's where it is off the objective), not an audience that stays.
// Not likes (fourteenth round, sets I, Y and Z: "Instagram likes", 直播间点赞数, each labelled K6): a like is a look
// at one post, given again with each post, not someone who joined and stays; K6 reads it as attention.
const STOCKS = set("follower fan star stargazer waitlist wait-list");
// Joining a list or a channel is the same one-way door as following it: "waitlist sign-ups",
// "forum registrations" (and, as before, "Grow lifetime sign-ups to the forum").
const AUDIENCE_HEADS = set("member subscriber sign-up signup registration");
// And (eleventh round, set J: "Status-page subscribers from 18k to 30k") a notice list we post to: a status
// page, alerts, updates, a changelog or a feed is a channel its subscribers join once and stay on.
const CHANNELS = set(`
  discord slack telegram whatsapp wechat youtube tiktok instagram linkedin facebook twitter x reddit
  community forum group server club channel newsletter mailing email e-mail podcast blog loyalty
  waitlist wait-list list
  status-page status alert alerts update updates changelog feed rss
`);
// Words that make a stock a behaviour: those who pay, use or come back are not a running total; an
// average is a rating or a per-unit figure ("average app store stars").
const USE = set(
  "active paying paid premium retained returning engaged repeat new first-time unique trial average mean median",
);
const COLLECTIONS = set("library database pool directory");

/** K5 in English: the stock the title counts, un-narrowed, in the writer's words; or null. */
export function stockCount(title: string): string | null {
  const q = measuredQuantity(title);
  if (q === null) return null;
  const audience = AUDIENCE_HEADS.has(q.head) && q.kinds.some((k) => CHANNELS.has(k));
  // A collection as the metric itself, its values next ("Grow the macro library from 180 to 300"),
  // not something built into one ("Build a library of 20 playbooks", K7's output).
  const next = q.rest[0];
  const collection =
    COLLECTIONS.has(q.head) && (next === undefined || next.number || /^(from|to|->|→)$/.test(next.text));
  // K5 (eleventh round, third part, sets J and O: "App downloads 1.2M → 2M", "Loyalty app downloads", "Tenant
  // app downloads", "Carrier app installs"): an app's downloads or installs counted bare, with no period,
  // only accumulate, as every writer since J labels them; with a period ("a month", "per quarter": sets 06,
  // 07 and K) they are a flow, K3's breadth, and a source after "from" (set J: "Installs from paid UA
  // campaigns") narrows them to a channel's yield. Only as the title's own noun phrase, the count named
  // first: a verb of change before it ("Increase app downloads from 10k to 20k") asks for a period's more,
  // the flow earlier sets label K3.
  const appCount =
    (q.head === "download" || q.head === "install") &&
    q.kinds.includes("app") &&
    title.trim().toLowerCase().startsWith(q.quote.toLowerCase()) &&
    !(next?.text === "from" && !(q.rest[1]?.number ?? false));
  if (!STOCKS.has(q.head) && !audience && !collection && !appCount) return null;
  // Stars as a rating ("Hit 4.5 stars in the App Store") are a score, not an audience.
  if (q.head === "star" && /(^|[^\d.])[0-5](\.\d+)?(?![\d.,km])/i.test(title)) return null;
  if (q.kinds.some((k) => USE.has(k) || INTERACTIONS.has(k))) return null;
  // "members who post", "installs with a first sync": a cohort with a behaviour.
  if (/^(who|that|which|whose|with)$/.test(q.rest[0]?.text ?? "")) return null;
  if (PERIOD.test(title.toLowerCase())) return null;
  return q.quote;
}

/**
 * K6's acts of attention as head nouns: a search or an open counts someone looking, not what they
 * came for (set C: "Catalogue searches"). Visits, sessions, clicks and logins are read by K6's own
 * patterns already. Not viewers (see above).
 */
// A stream (tenth round: "Streams 1.4B → 1.8B per month") is a play, a view of a song or a show; not
// a revenue or data stream (STREAM_KINDS_NOT_PLAYS).
// A like, a retweet or a repost (fourteenth round, sets I, Y and Z: "Instagram likes", 直播间点赞数, 微博转发量, 筹款页转发次数,
// every one K6 and none K5) is a reaction to one post: a look with a tap, delivering nothing yet, as an open is.
const ATTENTION_HEADS = set("search visitor pageview impression open stream like retweet repost");
const STREAM_KINDS_NOT_PLAYS = set("revenue income data event log value cash work");
const NARROWING = set("who that which whose with where ending resulting leading");
/** How our own staff's verb reads after an interaction: "conversations handled by agents". */
// deliver, give and conduct (ninth round): "Demos delivered per AE", "Sales meetings conducted".
const HANDLED = set(
  "handle answer make send hold close log book run place schedule attend field take deliver give conduct",
);
// carer, nurse, caseworker and MSL (tenth round: "Carer app check-ins per shift", "Enquiries answered per
// MSL per week"): the staff of a care provider, an agency or a drug maker, as an agent is a helpdesk's.
const OUR_STAFF = set(
  "agent rep staff team sdr bdr csm sale support adjuster advisor adviser associate operator representative recruiter consultant technician moderator carer caregiver nurse caseworker msl liaison",
);
/**
 * Work items and our own words in a community (K6, ninth round): a claim, case or request handled, a
 * post or reply written, counted per member of our staff or by it ("Claims handled per adjuster per
 * week", "Posts by community staff per week"). Throughput of our effort, the English of 客服人均接待量
 * (README: calls handled are K6): every one can be handled while no customer's problem is solved.
 * Only with our staff named: "Community answers per question" is what members do for each other, and
 * "Roles filled per recruiter" is a result, not a handling verb.
 */
/** OUR_STAFF's people by role, without the words that also name a team or a product ("Teams notifications"). */
// And the trades who call on customers for us (twelfth round, third part, set R: "Installer calls to customers per job",
// beside G's to O's "Service engineer visits" and Q's "Tutor emails", each K6): the role is ours whatever the trade.
const STAFF_ROLES = set(
  "agent rep sdr bdr csm adjuster advisor adviser operator representative recruiter consultant technician carer caregiver nurse caseworker msl liaison installer fitter engineer tutor",
);
// An activity logged per rep (tenth round: "Activities logged per rep per day", a CRM's calls and emails
// recorded) is the same effort counted.
const WORK_ITEMS = set(
  "claim case request complaint inquiry enquiry query post reply answer comment response activity",
);
const WORK_HANDLED = set("handle process answer close take work write publish send log");
/** Messages by what they are ("Reminder texts sent"): sent, they are our outreach whatever they carry. */
const SENT_MESSAGES = set("text reminder nudge");

/** K6 in English: the attention or interaction the title counts, in the writer's words; or null. */
export function attentionCount(title: string): string | null {
  const q = measuredQuantity(title);
  if (q === null) return null;
  // "Searches that end in add-to-cart", "Viewers who stay past half-time", "Searches followed by a
  // helpful page": the attention narrowed to what came of it is the outcome (set B and C traps).
  const narrowed = q.rest[0] !== undefined && (NARROWING.has(q.rest[0].text) || q.rest[0].verb);
  // A percentage of searches or views that meet a condition ("Searches on low-end Android answered
  // within 2 seconds, 55% → 68%", set F trap) measures the condition.
  // A change signed with its percentage is not one (eleventh round, set J: "Fare-finder search sessions +50%").
  const share = /%/.test(title.replace(/(^|\s)[+−-]\s?\d+(\.\d+)? ?%/g, " "));
  // A search counted by its queries ("Search queries per session") is a search (ninth round), and by its
  // sessions (eleventh round, sets B, J and L: "Search sessions per user", "Fare-finder search sessions").
  // Nor one stream opened (twelfth round, second part, set Q: "Open a see-and-treat stream", a service line
  // delivered, K7's): a stream counted is plays, and "a" or "one" before it names a single thing made.
  const oneStream = q.head === "stream" && /\b(a|an|one|new) ([\w-]+ ){0,3}stream\b/i.test(title);
  const searched =
    (ATTENTION_HEADS.has(q.head) &&
      !oneStream &&
      !(q.head === "stream" && q.kinds.some((k) => STREAM_KINDS_NOT_PLAYS.has(k)))) ||
    ((q.head === "query" || q.head === "session") && q.kinds.includes("search"));
  if (searched && !narrowed && !share) return q.quote;
  // An interaction (or a chat conversation) with the verb that handled it, or the staff who did.
  // "Reminder SMS that lead to a booked slot, 20% → 35%": interactions narrowed to their outcome
  // or counted as a share are how well, as above.
  const toOutcome = NARROWING.has(q.rest[0]?.text ?? "");
  if (!share && !toOutcome && ourWorkCounted(q)) return q.quote;
  if ((INTERACTIONS.has(q.head) || q.head === "conversation" || q.head === "chat") && !toOutcome && !share) {
    const [first, second, third] = q.rest;
    if (first?.verb && HANDLED.has(first.lemma)) return `${q.quote} ${first.raw}`;
    // Made by our staff or per member of it ("status calls by adjusters", "meetings per rep").
    const staff = OUR_STAFF.has(second?.lemma ?? "") || OUR_STAFF.has(third?.lemma ?? "");
    if ((first?.text === "by" || first?.text === "per") && staff) return q.quote;
    // Our calls or meetings per account (twelfth round, set P: "Customer success calls per account per quarter
    // from 2 to 4"; the Chinese of set K's "每个 KA 客户每月拜访 2 次"): how often we contact each customer, counted
    // upward, is the contact made (README: calls made are K6). Not visits or messages (a customer's own), and not
    // calls a customer places (API, support, inbound: their use or their pain).
    const perAccount = first?.text === "per" && /^(account|customer|client)s?$/.test(second?.text ?? "");
    if (perAccount && PER_ACCOUNT_CONTACTS.has(q.head) && !q.kinds.some((k) => CUSTOMER_PLACED.has(k))) return q.quote;
    // Our staff as the kind (tenth round: "Rep calls to restaurants per week", "Carer app check-ins per
    // shift"): the staff's own interactions, as "calls by reps" is.
    if (q.kinds.some((k) => STAFF_ROLES.has(k))) return q.quote;
    // A kind that says we start it: "cold calls", "outbound status calls", "nurture emails".
    // Kinds are lemmas word by word, so a hyphenated kind is read as its pair ("check-in calls").
    if (q.kinds.some((k, i) => OUR_KINDS.has(k) || OUR_KINDS.has(`${k}-${q.kinds[i + 1]}`))) return q.quote;
  }
  return staffHandles(title);
}

const PER_ACCOUNT_CONTACTS = set("call meeting check-in qbr demo");
const CUSTOMER_PLACED = set("api function service support inbound help emergency");
// check-in, follow-up, courtesy and welcome (ninth round): calls and emails we make to a customer.
const OUR_KINDS = set("outbound cold prospecting nurture status reminder outreach check-in follow-up courtesy welcome");

/** A work item handled by or per our staff, or a message of ours sent (see WORK_ITEMS). */
function ourWorkCounted(q: MeasuredQuantity): boolean {
  const [first] = q.rest;
  if (SENT_MESSAGES.has(q.head) && first?.verb && first.lemma === "send") return true;
  if (!WORK_ITEMS.has(q.head)) return false;
  const after = q.rest.slice(0, 5);
  const handled = first?.verb && WORK_HANDLED.has(first.lemma);
  const byStaff = after.some(
    (w, i) => (w.text === "by" || w.text === "per") && after.slice(i + 1, i + 3).some((n) => OUR_STAFF.has(n.lemma)),
  );
  return byStaff && (handled || first?.text === "by" || first?.text === "per");
}

/**
 * Our staff as the subject of a handling verb with an interaction as its object: "Each agent answers
 * 120 calls a day (85 now)" (set F), the English of 客服人均每天接待量 (README: calls handled are K6).
 */
const STAFF =
  "agent rep adjuster advisor adviser associate operator representative recruiter consultant technician sdr bdr csm staff salesperson seller".split(
    " ",
  );
const STAFF_HANDLES = new RegExp(
  `\\b(${STAFF.join("|")}) (${[...HANDLED].join("|")}) (\\S+ ){0,2}(call|ticket|email|message|chat|meeting|demo|visit|conversation)\\b`,
);
const MAY_NAME_STAFF = new RegExp(`\\b(${STAFF.join("|")})`, "i");
function staffHandles(title: string): string | null {
  if (!MAY_NAME_STAFF.test(title)) return null;
  const lemmas = englishWords(title).map((w) => w.lemma);
  const match = STAFF_HANDLES.exec(lemmas.join(" "));
  return match ? title : null;
}

/**
 * The verb is the interaction (K6, the English of 外呼 3000 通 and 拜访客户 300 次): "Call 500 dormant
 * customers", "Email 3,000 leads", "Reach out to 200 churned accounts". Whom is
 * reached does not matter; that a number of them is reached does: every one can be called while
 * no problem is solved (label decision, README: calls made are K6). Calls to learn are discovery
 * (the caller reads interviews; here a purpose of learning after the count sets it aside).
 */
// Not "visit": a visit to customers' sites is as often to learn as to sell ("Visit 12 sites to watch setup").
const REACH_VERBS = set("call phone dial email e-mail message text contact reach-out ping cold-call canvass");
const TO_LEARN = /\b(why|learn|understand|observe|research|discover|feedback|interview|shadow|study|ask)\w*/;

/** K6 in English: a number of customers reached by the title's own verb, quoted; or null. */
export function reachedCount(title: string): string | null {
  const shape = leadingVerbObject(title);
  if (shape === null || !REACH_VERBS.has(shape.verb.replace(" ", "-"))) return null;
  if (!shape.object.some((w) => w.number) || TO_LEARN.test(title.toLowerCase())) return null;
  return shape.quote;
}

/**
 * More of K6's activity, read as wholes of a few words (no tagger): time on a place in the product
 * or minutes watched ("average time on the terms screen", "minutes watched per session": time in
 * the app, the guide's own K6), operational work counted by the verb that did it ("cycle counts
 * performed", "audits conducted": the work, not the orders shipped right) and training given by the
 * hour ("training hours delivered": the teaching, not what managers can do). Set F, issue 17.
 */
export const MORE_ACTIVITY: readonly RegExp[] = [
  // Tenth round: pieces of video or audio counted by the watching ("Security training videos watched
  // 3,000 → 9,000"): views, as minutes watched are; and one-to-one sessions our staff hold ("Career
  // coaching sessions held"), the meetings of INTERACTIONS by another name. Not read: articles read
  // (a guide read can be the help itself) and training or awareness sessions (staged events, K7's).
  // Replays and recordings too (eleventh round, set L: "Coaching replays watched from 1.1M to 2M"); and
  // screens, banners or offers shown to the customer (set L: "Upsell screens shown per booking from 3 to
  // 5"): impressions, the English of 曝光量. Not a share of something with an offer shown (a condition).
  /\b(videos|episodes|clips|lessons|tutorials|reels|shorts|replays|recordings|trailers) (watched|viewed|played|streamed)\b/,
  // K6 (twelfth round, second part, set Q: "Articles viewed per visit from 1.6 to 2.4"): pages of any kind viewed
  // (articles, pages, listings, products, profiles) are page views by their noun, counted or per visit. Only
  // "viewed": an article read can be the help itself (above); a share of them is set aside by the caller.
  /\b(articles|pages|listings|products|profiles|stories|posts) viewed\b(?! (that|which|before|after|to))/,
  /\b(screens|banners|ads|adverts|offers|prompts|pop-?ups|modals|nudges|interstitials) (shown|displayed|served)\b(?! (that|which|to (\d+ ?%|a share)))/,
  // And appointments of the same advice (thirteenth round, set S: "Advising appointments booked from 1,200 to 2,000",
  // found on R: "Advising appointments held from 3,000 to 5,000"): an appointment with our adviser is a session by
  // another noun, the meeting held, not the student kept. Only with a kind of advice or coaching before it: a
  // clinic's "Appointments booked" bare is the service bought (sets J and Q, K3's volume).
  /\b(coaching|advice|advising|advisory|mentoring|counsell?ing|consultation|check-in|tutoring) (sessions|appointments) (held|delivered|run|given|conducted|booked)\b/,
  // And any one-to-one sessions our people give, named by who gives them (twelfth round, second part, set Q: "Reading
  // sessions delivered by volunteers from 200 to 400"): delivered by our staff or volunteers, as coaching sessions
  // delivered are. Not held (a training or awareness session held is K7's staged event, sets G and Q).
  /\bsessions (delivered|given|conducted|run) by (our |the )?([\w-]+ )?(volunteers|staff|tutors|coaches|mentors|advisers|advisors|nurses|therapists|librarians|counsell?ors|rangers|officers|agents|teams?)\b/,
  /\b(time|minutes|seconds|hours) (spent )?(on|in) (the |our |a )?([\w-]+ ){0,2}(screen|page|tab|view|dashboard|app|site|feed|portal)s?\b|\b(minutes|hours|seconds) (watched|viewed|played)\b/,
  // Checks and visits, not any work: "deployments performed" is a delivery rate teams choose well.
  // Not audits (twelfth round, second part: sets L and Q label "Supplier audits done", "Supplier audits carried out",
  // "Quality audits completed" K7 and no writer labels one K6): an audit is a piece of assurance work the team
  // delivers, a report at its end, K7's one finding, where a check or a visit meets the customer.
  // Done or completed is performed in plainer words (thirteenth round, set S: "Sanitation checks done per shift from 4
  // to 8"); only checks and counts, the routine ones: scans completed (set I labels "Gap scans completed" K7) and
  // audits (above) stay unread.
  /\b(counts|checks|inspections|walkthroughs|visits|trainings) (performed|conducted|carried out)\b|\b(counts|checks) (done|completed)\b/,
  // Not hours saved (eleventh round: "Coaching hours saved per manager" is time given back, the value).
  // Not training hours (fourteenth round, README's label decision "Training our own people is K7", writers F, K, M, R, T,
  // Y and Z: "Training hours delivered", "Ramp staff training hours", "Training hours per new hire"): training our own
  // people, counted upward, is K7's initiative, its value seen in what the trained people then do; the learner's own time
  // in an e-learning app is time spent (read above).
  /\b(coaching|teaching|mentoring) hours\b(?! saved)|\bhours of (coaching|teaching|mentoring)\b/,
];

/**
 * A page's bounce rate is K6 whichever way it moves (README: lowering it asks for more page views),
 * unlike a flow's drop-out ("新手引导跳出率", the share who leave onboarding unfinished, clean).
 * And pages counted by their bounce rate (twelfth round, set P: "Recipe pages with a bounce rate above 80% from
 * 30% to 18%"): the same page views, the pages named first.
 * And the page named after the rate, or in Chinese (fourteenth round, README's label decision "A bounce rate of pages is
 * K6 (set C too)", which relabelled set C's two cases; writers C, F, J, L and P: "Bounce rate on hotel pages from 46% to
 * 40%", 详情页跳出率, 说明页跳出率, 接入文档跳出率, 投保页跳出率, 网站跳出率). Waited here for that relabel; a flow's drop-out
 * (新手引导跳出率, no page named) stays clean.
 */
export const PAGE_BOUNCE =
  /\b(page|pages|docs|doc|site|website|landing|homepage|blog|article|help|pricing)([ -]\w+)? bounce rate\b|\bpages with (a|an) (\w+ )?bounce rate\b|\bbounce rate (on|of|for) (the |our )?([\w-]+ ){0,2}(pages?|site|website|homepage|articles?)\b|(页|页面|文档|网站|官网)跳出率/;

/**
 * K5's collections counted by their size (set F, and tuning-2026-12-07's "Users in the community
 * database"): a library, pool or database grows with every entry and keeps them all ("Candidates
 * in our talent database"; a collection as the head, "the macro library from 180 to 300", is read
 * by `stockCount`), as 知识库文章数,
 * 简历库简历总量 and 合同模板库 do. Not a catalog of services (set B labels that K7, an output), and
 * not 库存, 仓库 or 出入库 (stock and warehouses, which move both ways).
 */
// Not integrations (twelfth round, set P: "Number of integrations in the partner directory from 14 to 20", a
// trap): README's label decision reads a number of integrations as a metric (the guide's worked example 2),
// whatever list they are shown in; nor SKUs (K3's breadth, see STOCKS).
// And a data warehouse or repository (twelfth round, second part, sets Q and K: "Tables in the warehouse from 4,200
// to 5,000"): what is stored in it stays. Not a catalogue (set B: "Services registered in the catalog", K7's), nor goods (pallets, parts, units, stock in a physical warehouse move both ways).
// And a catalogue or a library named without its article (fifteenth round, sets AC and AH: "Courses in library 2,400 →
// 3,000", "Tracks in the sync catalogue 9,000 → 12,000", beside AA's and Q's "Songs in the library", "Books in the
// library"): the same collection by the round-14 decision "A catalogue's size is K5". Not a participle before "in"
// ("Services registered in the catalog", set B: K7's), nor filters, effects or presets (set U: "Filters in library", a
// product's features the team builds, K7's).
export const COLLECTION =
  /\b(?!(integrations|connectors|plugins|plug-ins|add-ons|extensions|pallets|parts|units|goods|products|items|orders|boxes|parcels|skus|filters|effects|presets|stickers|lenses)\b)(?![\w-]+ed\b)[\w-]+ in (the |our )?([\w-]+ ){0,2}?(database|library|pool|directory|warehouse|repository|catalogue|catalog)\b|(?<!数据|仓|出|入|车|金|在)库(?!存)[^，,。；;率%]{0,8}?(数|总量|总数|从|达到|突破)/;

/** Whether a measured head is an act of attention, for K6's check of a share's subject. */
export const countsAttention = (q: MeasuredQuantity): boolean =>
  ATTENTION_HEADS.has(q.head) || /^(view|visit|session|click|tap|open|login|page-?view)$/.test(q.head);

// ---------------------------------------------------------------- Chinese
// Chinese needs no tagger: the metric is a compound whose last characters say what is counted
// (关注人数, 群成员数, 打开次数), and the narrowing words are few and fixed (每月, 活跃, 付费, 率, 占比).

/**
 * What accumulates when counted in Chinese: consumption and sign-up acts (观看, 阅读, 下载, 注册 …) and
 * the people they leave behind (用户, 粉丝, 会员). K5 reads any of them after 累计 or 总, or before 总数.
 */
export const ACCUMULATES_ZH =
  "观看|浏览|阅读|收听|播放|下载|注册|用户|帐户|账户|账号|粉丝|关注|访客|访问|曝光|安装|会员|点赞|转发|分享|展示";

/** A period (每月, 月均, 新增) makes a count a flow; a use (活跃, 付费, 留存, 复购, 完成) makes it a behaviour. */
const FLOW_OR_USE_ZH =
  /每(天|日|周|月|季|年)|[日周月季年](均|度)|(当|单|本)[日周月季]|新增|新注册|活跃|付费|留存|复购|回访|完成|使用|开通|转化/;

/**
 * K5's stocks in Chinese, counted bare (no 累计 or 总 needed): followers (关注人数), a channel's or
 * community's members (微信群成员数, 社群人数, 企微好友数) and registered people of any kind (注册会员,
 * 注册开发者数), when no period or use narrows them. Not 下载量 bare of anything but an app (a document downloaded is
 * a view, K6's).
 */
const STOCK_ZH = [
  // An app's downloads or installs counted bare (fourteenth round, README's label decision "App downloads counted bare are
  // K5", writers R, S, T, U and Z: "公交 App 下载量从 50 万提升到 80 万", "飞控 App 下载量", "App 下载量达到 150 万"): counted
  // since launch, they keep every download whether the app is used or deleted, as "App downloads" are in English
  // (stockCount). A window (每月, 月均, 新增, 本季) makes them a flow and is set aside by FLOW_OR_USE_ZH first.
  /app[^，,。；;\d%率]{0,4}?(?<![日周月季年天])(下载|安装)(量|数|次数|总量|用户数?)(?!率|占比|比例)/i,
  /关注(人数|数|量|者|用户数?)/,
  /(社群|微信群|群|社区|频道|公众号|企微|私域|抖音|小红书|微博|视频号|b站|知乎|discord|tg)[^，,。；;的]{0,4}(成员|会员|好友|订阅|关注)(数|人数|量|者|用户)?(?!率|占比|比例)/,
  /注册(用户|会员|开发者|商家|账号|帐号|帐户|账户|企业|学员|司机|骑手|人数|户数|量)/,
  // 入驻 (twelfth round, second part, set Q: "入驻医生数突破 5 万", beside sets G, H, K and L's 入驻医生总数, 累计入驻商家数)
  // is registering on a platform, the same one-way door as 注册, counted bare; not the newly joined (新入驻, a
  // flow) nor a share of them.
  /(?<!新)入驻[\u4e00-\u9fff]{1,4}?(数|人数|户数)(?!据|率)/,
  // Friends added (set Q: "导购添加好友数从 300 万到 500 万", beside sets 07, B, J and L's 企微好友总数): a contact list
  // that stays, counted bare, as 企微好友数 is above.
  /(?<!被)好友(数|人数)(?!率|占比|比例)/,
  // The audience named as a whole (ninth round: 用户规模, 粉丝规模, 社群规模), as "user base" in English;
  // not 规模化 (scaling something up).
  /(用户|粉丝|社群|社区|私域|关注|订阅)(的)?规模(?!化)/,
  // Any stock counted as a total (团长总数, 简历总量, 风控规则总数): what has a total only adds up.
  /[\u4e00-\u9fffa-z]{1,6}(总数|总量)(?!占比|比例)/,
];

/**
 * K5 (ninth round): a total of a flow is not a stock. Orders, trades, shipments, calls, requests,
 * tickets and money are counted per period and can fall ("订单总量", "调用总量", "工单总数"), so
 * their total is the business's volume (K3's breadth where it is off the objective), not a running
 * total; the stock total above reads only what stays on the books (members, rules, listings, courses).
 */
// Nor is a total of our own capacity (员工总数, 门店总数, 车辆总数, 床位总数): an input the business
// spends on, which shrinks when it closes or sells, not an audience that accumulates.
const FLOW_TOTAL_ZH =
  /(订单|交易|成交|销量|销售|出货|发货|配送|包裹|运单|快递|工单|调用|请求|营收|收入|金额|gmv|流水(?!线)|咨询|投诉|报修|故障|告警|事故|缺陷|错误|异常|次数|人次|员工|人员|门店|网点|车辆|床位|服务器|能耗|排放)[^，,。；;]{0,4}(总数|总量)/;

/**
 * Not K5 (thirteenth round, third part, set V: "会员群成员互发消息数从 800 条/周提升到 1500 条/周", a trap): what a group's
 * members send each other is counted, not the members; K6's reading of the same README decision (what customers do
 * with each other is clean) in `k6-customer-value.ts`.
 */
const AMONG_THEMSELVES_ZH = /互(相)?发|互相|相互|之间/;

/** K5 in Chinese: the stock the text counts, not narrowed, or null. */
export function stockCountZh(text: string): string | null {
  if (FLOW_OR_USE_ZH.test(text) || AMONG_THEMSELVES_ZH.test(text)) return null;
  for (const pattern of STOCK_ZH) {
    const match = pattern.exec(text);
    if (match && !(pattern === STOCK_ZH.at(-1) && FLOW_TOTAL_ZH.test(match[0]))) return match[0];
  }
  return null;
}

// 查看 only as a number of views (车况报告查看次数, set F), not 查看人数 ("viewers", see above); no
// rate of clicks or opens.
// 查询 (ninth round: "货主 App 查询次数"): a look-up is a search, counted as 搜索 is.
// 启动 and 唤醒 (tenth round, set L: "日均导航启动从 1.2 亿次到 1.5 亿次", "语音助手唤醒从每天 300 万次到 500 万次"):
// an app launched or an assistant woken is the product opened, as 打开 is (启动次数 is K6's already).
// 点赞 and 转发 (fourteenth round, sets I, Y and Z, the Chinese twin of "likes" in ATTENTION_HEADS: 直播间点赞数, 微博转发量,
// 筹款页转发次数): a tap on a post, read as a click is; counted by 数 as well (REACTED_ZH), a like's usual count word.
const ATTENTION_VERBS_ZH = "(打开|登录|登陆|访问|浏览|点击|观看|搜索|查询|阅读|刷新|启动|唤醒|点赞|转发)";
const REACTED_ZH = /(点赞|转发)(数|量|次数)/;
/**
 * K6's attention in Chinese by shape: an act of looking with what it counts, with up to a few
 * characters of object between ("HR 每日打开 App 次数"), or with a number of times ("按钮点击从每月
 * 5000 次"). Not 阅读时长 or 学习时长: on a reading or learning product the time can be the value
 * itself (see K6's rule).
 */
// 查看 and 曝光 with a number of times too (tenth round: "家属每周在 App 查看老人动态从 2 次到 5 次",
// "产品页曝光 1000 万次"): a look and an impression counted, as 打开 and 点击 are.
// And 曝光 with its count in 万 or 亿 and the 次 left to the unit field (fifteenth round, set AH: "开屏广告曝光 3 亿→5 亿", "名师课曝光
// 4000 万→1 亿"), the impressions every writer counts as 曝光量 (sets F, G, H, K, L, O, P, R, S, V, AA, AC, AG: K6). Not 曝光前 (before
// it is seen) nor a count of times before a share ("在曝光 1000 次前被处理的比例": no 万 or 亿, and a share, set aside).
const ATTENTION_ZH = new RegExp(
  `查看[^，,。；;%率的]{0,6}?的?次数|${ATTENTION_VERBS_ZH}[^，,。；;%率的]{0,6}?的?(次数|人数|人次|量)|(${ATTENTION_VERBS_ZH.slice(1, -1)}|查看|曝光)[^，,。；;%率]{0,10}?\\d+(\\.\\d+)?\\s*(万|千|亿)?\\s*次(?!以上|及以上)|曝光(?!前|占比|率)\\s*(从\\s*)?\\d+(\\.\\d+)?\\s*(万|亿)`,
);
/** Sales visits counted by the place or person visited (拜访客户从 2 家到 4 家, 陌拜工地 200 个). */
// Not 走访 (走访 30 户茶农，弄清原因: a visit to learn, discovery) nor 上门 (a service delivered at home).
// 面访 (ninth round: "客户经理每月面访客户数从 20 家提升到 30 家") is a sales visit face to face.
const VISITS_ZH = /(拜访|陌拜|面访)[^，,。；;%率]{0,10}?\d+(\.\d+)?\s*(万|千)?\s*(家|个|位|户)/;
/**
 * 上门 and 走访 by our sales staff, counted by the place (tenth round: "客户经理每月上门走访商户 2000 户"):
 * with a seller named the visit is a sales call, as 拜访 is; without one it is as often a service at
 * home or a visit to learn (走访 30 户茶农，弄清原因), which stay clean, and so does any visit to learn.
 */
const STAFF_VISITS_ZH =
  /(客户经理|销售|业务员|地推|顾问|专员|经纪人)[^，,。；;%率]{0,6}(上门|走访)[^，,。；;%率]{0,8}?\d+(\.\d+)?\s*(万|千)?\s*(家|个|位|户)/;
const TO_LEARN_ZH = /了解|弄清|调研|原因|为什么|访谈|需求/;

/**
 * Our work counted in Chinese (set F): meetings or events held, by the number of times (QBR 召开次数,
 * 直播场次); stock checks and inspections (盘点次数, 巡检次数: the work, not the orders shipped right);
 * (not training given by the hour, 培训课时数: K7's since the README's decision "Training our own people is K7"); coupons and samples handed out (优惠券发放量). Not 贷款发放
 * or 工资发放: money paid out is business volume, not outreach.
 */
// Rounds (tenth round: 查房, 巡查, 巡视: "护理员夜间查房每晚 3 次→6 次") are checks as 巡检 is, and a
// number of times counts them as 次数 does.
// And (eleventh round, set M, the same rounds by another unit: "巡检里程从每月 900 公里提高到 1500 公里",
// "养护巡查里程", "护林员巡山天数 … 人天", "下乡巡检 3000 台次"): a patrol's distance, days or machines
// visited are the rounds made, not what they found or fixed. And our vehicles' trips named by their work
// (twelfth round, set M, beside its and set O's "Rebalancing van trips" in English: 浇水车次从 900 车次提高到 1300
// 车次): the trips made, not the trees alive; a 车次 with no work verb (a train's, a share of lorries) is not read.
// And delivery trips and vehicles dispatched (sixteenth round, README round 16f: "Trips our vehicles and crews make are
// dispatches, K6", writers AD, AI, AE and J: 配送车次 3000 → 3600 次, "配送车次从每天 80 车次到 110 车次", "调度车辆每天 1.2 万辆次
// → 2 万辆次", "调度员人均日调度车辆数由 180 辆提升至 260 辆"): how often we send a vehicle, not what the customer receives (the
// parcels or drugs delivered stay production, K3). Not vehicles moved per dispatcher (set AF's 调度员人均挪车量, K3: the
// bikes moved, not trips) nor a scheduler's jobs (调度任务数, set AP: a tool's work).
// Spot checks counted by the batch (twelfth round, third part, set R: "抽检批次从每周 200 批提升到 500 批") are spot
// checks counted, as 抽检次数 is; not a share of batches that passed (批次占比, 合格批次比例: how well).
// And the same handouts counted by who took them (thirteenth round, set S: "拉新红包领取人数从 300 万提升到 500 万"):
// a coupon or a red packet claimed is our handout reaching a hand, as 发放量 counts it leaving ours; the second
// purchase it was for is the value.
// And the same rounds counted by their distance with the number after the act (sixteenth round, set AE: "巡视线路 8000 公里", "听漏
// 检测 1200 公里"; set Z: 听漏检测公里数; beside M's, S's and Z's 巡检里程 and 巡线里程, and the English "Kilometres of main surveyed with
// acoustic loggers" of sets M, Z and AE): a leak survey by listening (听漏) is an inspection of the network, as "Audits and inspections
// carried out are K6" (README, round 14) decides. Not pipes laid or replaced (更换, 新建 … 公里: K7's), nor a distance per patrol.
// And a leak survey or a drive test by its distance (sixteenth round, writers W, Q and AE: "检漏 500 公里", "检漏里程 800 公里", "路测 3000
// 公里"): README round 16c relabelled set Q's 检漏里程 K6 ("a survey by distance is a check carried out", as W-zh's 检漏 500 公里 is),
// and a drive test of a mobile network along a line is the same survey of our own network by another name.
// And vehicles or machines inspected, counted (thirteenth round, second part, set T: "完成检测车辆数从 1.2 万台提升到 1.6 万台";
// set M: "完成 200 辆车电池健康检测"): the inspections made, as 抽检 and 巡检 are, by the vehicles inspected (车辆数, N 辆 or 台);
// set Q's "检测师人均每日检测车辆数" is read per head already. Not samples tested (日检测标本量, a lab's throughput: set T
// labels it K3) nor a share or a time (检测时长), and not the inspectors hired or the testing machines bought (检测师人数, 检测设备: set Q).
// And checks (检查, 排查) counted by the time or by the place checked (thirteenth round, third part, set V: "开展安全检查 300
// 次", "开展专项检查 1500 家次", "隐患排查 500 次"; set T: "飞行检查家次从 20 家到 60 家"; set M: "安全检查次数从 120 次增加到 200 次"):
// the inspections made, as 巡检 and 抽检 are and as "inspections" counted are in English. Only with the count right
// after the act (检查 300 次) or named by its measure (检查次数, 家次): not a share that passed (检查合格率: a rate, set
// aside by the caller), nor the things found by checking (检查出隐患 N 处).
const OUR_WORK_ZH =
  /检测[^，,。；;%率\d]{0,2}(车辆|车)(数|量)|完成\s*\d+(\.\d+)?\s*(万|千)?\s*(辆|台)[^，,。；;%率\d]{0,8}检测|(会议|例会|复盘会|分享会|座谈会|研讨会|交流会|说明会|qbr|复盘|沙龙|宣讲|路演|workshop|webinar|直播)[^，,。；;]{0,2}(召开|举办|开展|组织|举行)?(次数|场次|场数)|(盘点|巡检|巡店|抽检|点检|查房|巡查|巡视|巡房)(的)?(次数|频次|数|量|批次(?!占比|比例|合格))|(盘点|巡检|巡店|抽检|点检|查房|巡查|巡视|巡房)[^，,。；;%率]{0,6}?\d+(\.\d+)?\s*(台|户)?次|(检查|排查)(的)?(次数|频次|家次)|(检查|排查)\s*\d+(\.\d+)?\s*(万|千)?\s*(家|户)?次|(巡检|巡查|巡视|巡逻|巡线|巡山|巡护|听漏|检漏|路测)(检测)?(的)?(里程|公里数|天数|人天)|(巡检|巡查|巡视|巡逻|巡线|巡山|巡护|听漏|检漏|路测)[^，,。；;%率\d]{0,4}?\d+(\.\d+)?\s*(万|千)?\s*公里|(浇水|洒水|清运|运水|送水|巡逻|配送|送货|补货)车次|调度车辆[^，,。；;%率\d]{0,4}?(数|\d+(\.\d+)?\s*(万|千)?\s*辆次)|(券|红包|礼包|样品|小样|传单)(的)?(发放|派发|领取)(量|数|人数)/;

/**
 * Our staff's throughput and our own posts (ninth round, the Chinese of "Claims handled per adjuster"
 * and "Posts by community staff"): a member of our staff, per head, handling, answering or taking work
 * (理赔专员人均每天处理案件数, 客服人均每小时接待会话, 维修师傅人均每天接单量, 助教人均每天回复答疑), and our
 * official account's or staff's posts and replies counted (官方账号发帖量). Effort between us and the
 * customer, not their problem solved. Not reviewing (审核: a check of quality), not a rate (the caller's),
 * and not members posting to each other (玩家之间的互相回复: no staff named).
 */
// 服务台 (twelfth round, sets I, J and O: 服务台人均日处理工单, 服务台工程师, "服务台人均每日接单量"): an IT or service
// desk is our support team by its place, as 客服 is; its 接单 takes tickets, not a market's orders.
const STAFF_ZH = "客服|坐席|专员|顾问|销售|师傅|助教|工程师|理赔员|调度员|导购|店员|运营|版主|官方|官号|团队|服务台";
/**
 * A handling verb per head needs no staff word (tenth round: "医生人均日接诊量", "服务台人均日处理工单"):
 * customers do not 接诊, 受理 or 处理工单, so whoever is counted per head is our staff. 审核 (a check
 * of quality) is not a handling verb here, nor 接单 (a rider or driver taking orders is the market's
 * supply at work, not our staff; with our staff named, STAFF_WORK_ZH reads it).
 */
// Per shift as per head (twelfth round, set O beside its English "Analyst alerts triaged per shift" and set G's
// "Calls answered per agent per shift": 安全分析师每班处理告警数): a shift is our staff's, so a handling verb counted
// per shift is their throughput.
// 审 per head is reviewing by the piece (thirteenth round, set S: "法务人均审合同数从每周 12 份提高到 18 份", the Chinese of
// sets K's and M's "Contracts reviewed per lawyer per week", K6): a contract or a prescription reviewed is handled.
// Not 审核 (a check of quality, see above) nor 审批 or 审计 (an approval, an audit: K7's assurance work).
// And work orders closed per head (fourteenth round, README's label decision "Work handled per person", sets AB and V beside
// the English "Work orders raised" and "Tickets closed per agent": "维修师傅人均日完成工单数", "工程人员人均完成工单数"): a
// work order done for a customer is a case handled, whoever does it; customers do not close work orders.
const HANDLED_PER_HEAD_ZH =
  /(人均|每班|每个班次)\s*(每|日|周|月|每天|每日|每周|每月|每小时)?[^，,。；;%率\d]{0,2}?(处理|接诊|受理|接待|接听|(完成|关闭|办结)工单|审(?!核|批|计|查通过|结))[^，,。；;%率]{0,6}?(量|数|单|件|个|\d)/;
// And checks or reviews per head (fifteenth round, sets AG and AH beside AA, AC, L, O and P's 审核员人均日审核量, README's label
// decision "Work handled per person": checks per person are K6): "人均每日复核预警数从 40 笔提升到 65 笔", "调查员人均调查案件数",
// "编辑审稿量人均每周", "人审量每人每天 800 条→1200 条", "老师人均日批改 80 份→120 份": the checks one head makes, counted by their
// volume word or a number, with 人均 or 每人 before the act or after its volume word. Not the time a check takes (时长, 耗时).
const CHECKS_PER_HEAD_ZH =
  /(人均|每人)\s*(每)?(日|天|周|月)?[^，,。；;%率\d]{0,2}?(复核|审稿|批改|调查|审核|核查|质检)(?![^，,。；;]*(时长|时间|耗时))[^，,。；;%率]{0,6}?(量|数|\d+(\.\d+)?\s*(万|千)?\s*(份|件|条|笔|本|个|单|张)?)|(复核|审稿|人审|批改|审核|质检)(量|数)\s*(人均|每人)/;
/**
 * K6 (twelfth round, second part, sets Q and P: "顾问人均每周咨询量从 25 次提高到 40 次", "检测师人均每日检测车辆数",
 * "派件员人均日派件量"): a member of our staff (a 师, 员, 顾问 or 专员 before 人均), per day or week, counted by the
 * service act they do to a customer's case (consulting, inspecting, delivering, repairing, installing, answering),
 * is their throughput, as "Claims handled per adjuster" is in English. Only with a period (a load held at once,
 * 同时负责项目数, is a state) and a volume noun (量, 数, 次数). Not 会员, 学员 or 成员 (customers and members, whose
 * consulting is their use of the service).
 * Not deliveries (派件, 派送, 配送) per courier (sixteenth round, writers P, AB and AC: "派件员人均日派件量从 150 件提升到 190 件",
 * "派件员人均日派件量从 160 票提高到 200 票", "快递员人均日派件从 180 件提升到 220 件", all K3): README round 15's "Deliveries per
 * courier are production", a productivity ratio read for K3 or clean, not a contact or a check.
 */
// And with no 人均, the role and its period straight before the act (thirteenth round, set S: "药师每天审方量从 150 张提高到
// 220 张"; set P's "话务员日均接听量从 110 个提升到 150 个" reads the same): a 师 or 员 of ours named with a day or a week is
// one head's throughput as 人均 says it, and 审方 is reviewing as above. The handling verbs of HANDLED_PER_HEAD_ZH too.
// And counted by the piece after the act rather than by its volume word (fourteenth round, README's label decision "Work
// handled per person: … checks are K6", sets J and V: "检测员人均每天检测 8 台 → 14 台", "品控员人均日检测样品从 40 个提升到
// 60 个"): the checks one head makes a day, as set Q's 检测车辆数 is, with a number or 从 straight after the thing checked.
const SERVICE_PER_STAFF_ZH =
  /(师|(?<!会|学|成|团|队|社)员|顾问|专员)人均\s*(每|日|周|月|每天|每日|每周|每月)[^，,。；;%率\d]{0,2}?(咨询|检测|维修|安装|答疑|回复|验车|审方|审单)[^，,。；;%率\d]{0,4}?(量|数|次数|(?=\s*(从\s*)?\d))|(师|(?<!会|学|成|团|队|社)员|顾问|专员)\s*(每天|每日|每周|每月|日均|周均|月均)\s*[^，,。；;%率\d]{0,2}?(咨询|检测|维修|安装|答疑|回复|验车|审方|审单|处理|接诊|受理|接待|接听)[^，,。；;%率\d]{0,4}?(量|数|次数)/;
// And invitations our staff send, counted by the time (thirteenth round, set S: "运营邀请答主回答 2 万次", the Chinese of
// "Supplier invites sent"): our outreach made, not the answer given. Only with our staff as the inviter: customers
// inviting friends (被邀请好友, 邀请同事的团队占比) are their own use.
const STAFF_WORK_ZH = new RegExp(
  `(${STAFF_ZH})[^，,。；;%率]{0,4}人均[^，,。；;%率]{0,6}?(处理|接待|回复|接单|接听|受理|跟进|答疑)|(${STAFF_ZH})[^，,。；;%率]{0,4}(账号|帐号)?(发帖|回帖|发文|回复|答疑)(量|数|次数|条数)|(${STAFF_ZH})[^，,。；;%率\\d]{0,2}邀请[^，,。；;%率]{0,10}?\\d+(\\.\\d+)?\\s*(万|千)?\\s*(次|条|人次)`,
);

/**
 * K6 in Chinese by the unit of the count (tenth round): 次数 and 人次 count occurrences of an act, and
 * an act counted by how often it happens is activity whatever the act is (功能使用次数, 扫码次数, 唤醒次数,
 * 转发次数, 收听次数, 模拟考试次数, 带看次数, 到店人次, 引导服务人次: a use, a scan or a visit delivers
 * nothing yet; the problem solved is the value, K6). Read after rates, totals (累计, K5's) and
 * reductions are set aside by the caller, so what is left is the count pushed up. Not the acts that
 * are themselves the value the customer came for or pays for (下单, 复购, 加菜, 支付, 续费, 预约, and the
 * service consumed: 骑行, 充电, 入住 …: a purchase is a result, not attention), an outcome reached (完成, 解决, 通过, 康复), training counted
 * by heads (培训 … 人次, K7's training delivered), nor the business's own volume of guests received
 * (年接待游客量 … 人次: K3's breadth).
 */
const TIMES_COUNTED_ZH = /([\u4e00-\u9fffa-z]{1,8}?)(的)?(次数|人次)/;
// The service itself consumed is a purchase too (骑行, 乘车, 充电, 入住, 借阅 …): the business's volume,
// K3's breadth where it is off the objective, not attention.
// And (eleventh round, sets J, K and M: "日均客流从 120 万人次提升到 130 万人次", "早高峰进站客流 … 人次",
// "新患者到诊量 … 人次", "食堂就餐人次"): riders through the gates, patients arriving, diners served, each
// writer labelled K3, the demand a place serves, not our activity (到诊 is 就诊, 用餐 is 就餐).
// And (twelfth round, second part, set Q: 病床周转次数, 门诊统筹报销人次, both K3): an asset turned over (周转: how fully a bed
// or stock is used, the same as 库存周转 every writer keeps clean) and a claim paid out to the customer (报销,
// 理赔, 赔付: money they receive, the service bought) are the business's volume, not attention or contact.
// 客运 (twelfth round, third part, set R: "日均客运量从 120 万人次提升到 125 万人次", a trap) is 客流 carried: the riders.
const VALUE_ACTS_ZH =
  /(周转|报销|理赔|赔付|客流|客运|就餐|用餐|到诊|下单|购买|购物|买|复购|回购|加购|加菜|点单|点餐|支付|付款|成交|交易|续费|续约|充值|核销|消费|订购|预订|预约|借款|还款|投保|骑行|乘车|用车|打车|出行|租车|租借|借阅|充电|换电|寄件|取件|入住|就诊|问诊|挂号|完成|解决|成功|通过|康复|培训|报名|接待(游客|旅客|顾客|访客|观众))/;

/**
 * Not K6 (twelfth round, set O: "每日发布次数从 40 次提升到 80 次", a trap, beside the deploy frequency sets 07, I and O
 * keep clean in English: "Raise deploys per team per week from 1 to 5", "Deploys per service per week", "Deploys per
 * day"): how often a team releases is the delivery pace the platform is for (a DORA measure), not attention or
 * contact. Only a release named bare or by its period or team, not content published (文章发布次数).
 */
const RELEASES_ZH = /(^|每日|每天|每周|日均|周均|人均|团队|服务)(发布|发版|部署)(次数|频次|频率)/;

/**
 * Not K6 (fifteenth round, README's label decision "Work a tool or service does for its users is not K6", writers AA, J and
 * P: "函数调用次数", "开放 API 日调用量", "API calls per day", "Builds run per day", "Number of CI jobs run per day"): a call
 * served, a build or a pipeline run is the product doing its job for its users, not their entering or looking (logins,
 * views, searches) nor our own effort; it is read for K3 as active users are. Only the calls and builds a tool serves
 * (调用, 构建, 流水线运行): a use counted by its opening (功能使用次数, 扫码次数, 打开次数) stays K6's.
 */
// And runs of a tool named by 运行 alone (sixteenth round, set AP's false alarm: "每日评测运行次数从2000次提升到6000次", K3: the
// evaluations the customers run on our platform), the Chinese of "Builds run per day" and "CI jobs run": a run is the tool's
// work, as 流水线运行 is. Not 执行 (checks or test cases our team executes: "数据质量检查执行次数", "性能用例执行次数", sets AG and
// AF, K6) and not a time running (无故障运行时间: no count).
const TOOL_WORK_ZH = /(调用|构建|流水线执行|运行)(次数|量|数)/i;

export function timesCountedZh(text: string): string | null {
  const match = TIMES_COUNTED_ZH.exec(text);
  if (match === null || RELEASES_ZH.test(text) || TOOL_WORK_ZH.test(text)) return null;
  // "600 万人次" after a number: the act is named earlier in the sentence, so all of it is read.
  if (/^[万千百亿]+$/.test(match[1] ?? "")) {
    const phrase = text.slice(0, match.index + match[0].length);
    return VALUE_ACTS_ZH.test(phrase) ? null : phrase.trim();
  }
  // The act is the last word before 次数 ("车机充电规划功能使用次数" counts uses, not charges), or (tenth
  // round, set J: "老玩家周均完成深渊挑战次数") an outcome verb on its object, with no act of attention
  // after it: a challenge completed is the workflow done, K6's better measure.
  const act = match[1] ?? "";
  if (/(完成|通过|解决)(?![^，,。；;]*(使用|查看|打开|点击|浏览|登录))[^，,。；;]{1,6}$/.test(act)) return null;
  return VALUE_ACTS_ZH.test(act.slice(-4)) ? null : match[0];
}

/**
 * K6 (tenth round, sets J, K and L): a service act only our staff perform, counted upward, whoever is
 * named or none: a consultation taken (接诊), a viewing shown (带看), a home visit (上门), an inspection
 * (查勘), a follow-up call (回访), a review done (审核), a field visit (走访). Every writer who counted one
 * labelled it K6 (医生人均日接诊量, 经纪人每日带看次数, 上门次数, 审核量, 走访农户 500 户): each can be done in
 * full while no customer's problem is solved. Read with a volume noun (量, 次数) or a count in the
 * measure word of such acts; not a review passed (审核通过: the outcome), not a visit to learn
 * (TO_LEARN_ZH), and rates, shares and reductions are set aside by the caller.
 */
// 入户 is 上门 in other words (eleventh round, sets I and M: 协保员入户拜访, "安检员人均日入户 25 户提高到 35 户",
// "技术服务人员入户指导从 600 户次提高到 1000 户次"); not a line brought into homes (宽带入户, 光纤入户: a rollout).
// 随访 (twelfth round, second part, set Q: "家庭医生入户随访 3000 人次") is 回访 made in person, a follow-up our
// clinicians make, and 人次 counts such acts by the person as 户次 does by the household.
// 家访 and 下田 (twelfth round, third part, set R: "家访 300 户", "技术员下田指导 500 次") are 上门 and 走访 by other words:
// a teacher's visit to a pupil's home, an agronomist's to a farmer's field, counted, are our visits made. Not a
// share of families kept in touch after one (老师家访后…家庭比例, set R, a share set aside by the caller).
// The count may come first, as Chinese often puts it (thirteenth round, set S: "开展 50 次家访"): the number of
// times right before the act counts the same acts; not with words between ("完成 20 次丢单客户回访", a loss review
// to learn, set 06's trap, stays unread).
const SERVICE_ACTS_ZH =
  /(接诊|带看|上门|(?<!宽带|光纤|管网|管道|网络)入户|查勘|回访|随访|审核(?!通过|时长|时间)|走访|家访|下田)(量|次数|数)|(接诊|带看|上门|(?<!宽带|光纤|管网|管道|网络)入户|查勘|回访|随访|审核(?!通过)|走访|家访|下田)[^，,。；;%率\d]{0,6}?(从|由|到|至|每(天|日|周|月|季度))?\s*\d+(\.\d+)?\s*(万|千|亿)?\s*(次|单|件|条|份|户次|人次|户|通|家|个)|\d+(\.\d+)?\s*(万|千)?\s*(次|户次|人次)\s*(接诊|带看|上门|(?<!宽带|光纤|管网|管道|网络)入户|查勘|回访|随访|走访|家访|下田)(?!率)/;

/** K6 in Chinese: attention, our visits or our work counted, or null (rates and shares are the caller's). */
export function attentionCountZh(text: string): string | null {
  for (const pattern of [
    ATTENTION_ZH,
    REACTED_ZH,
    VISITS_ZH,
    OUR_WORK_ZH,
    STAFF_WORK_ZH,
    HANDLED_PER_HEAD_ZH,
    SERVICE_PER_STAFF_ZH,
    CHECKS_PER_HEAD_ZH,
  ]) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  const service = SERVICE_ACTS_ZH.exec(text);
  if (service && !TO_LEARN_ZH.test(text)) return service[0];
  const staffVisit = STAFF_VISITS_ZH.exec(text);
  if (staffVisit && !TO_LEARN_ZH.test(text)) return staffVisit[0];
  return timesCountedZh(text);
}
