import {
  ARTEFACTS,
  CHANGE_VERBS,
  DISCOVERY,
  hasAny,
  headLemmas,
  isChinese,
  leadingVerbObject,
  mayHold,
  NOT_PRODUCT_THINGS,
} from "../language/shape.ts";
import { findFirst, isDiscovery, keyResultText, normalize, statesChange, wordedDirection } from "../text.ts";
import type { DraftKeyResult, Hit } from "../types.ts";

// An output verb leading the key result: the sentence is a task to deliver.
const LEADING_OUTPUT: readonly RegExp[] = [
  /^(we will |to )?(launch|ship|release|deliver|build|complete|finish|implement|deploy|roll out|publish|develop|create|migrate|rewrite|redesign|introduce|add|set up|integrate|finalize|rebuild|go live|remove|sunset|retire|deprecate|decommission|delete|translate|locali[sz]e|push|productioni[sz]e|wire up|hook up|cut over|switch over|kill off)\b/,
  // K7: putting a thing live is its delivery, whatever the verb ("Put the new checkout live for
  // 100% of web traffic", "Get the partner portal out the door", tuning-2026-12-07).
  /^(we will |to )?(get|put|push|take|bring) (\S+ ){1,5}(live|out the door|into production|to production|to ga)\b/,
  // General availability ("GA of the bulk-edit feature by Feb 28") is a release.
  /^(ga|general availability) (of|for)\b/,
  // A leading time or target phrase ("在 3 月前", "向所有设备") comes before the verb in Chinese.
  // 对接 (hooking up to another system) opens an integration task as 接入 does (tuning-2026-12-08).
  /^(在[^,。;]{0,12}前|向[^,。;]{0,10})?((上线|发布)(?!以来|后)|推出|交付|完成|开发|搭建|构建|实现|部署|重构|上架|落地|建成|迁移|接入|对接|新增|开通|编写|制作|下线|淘汰|移除|删除|砍掉|推送|翻译|本地化)/,
  // The 把/将 construction puts the object before the verb: "把所有索引迁移到新集群".
  /^(把|将)[^,。;]{0,15}(上线|发布|交付|部署|迁移|接入|下线|移除|删除)/,
];

// Output wording anywhere: a thing delivered or a project done.
const OUTPUT_PHRASE: readonly RegExp[] = [
  /\b(project|migration|redesign|rollout|launch|release|feature|features|version|v\d+|milestone|epic|dashboard|app) (is |are )?(completed|complete|done|finished|delivered|shipped|launched|released|live)\b/,
  /\b(goes|go|is|be) live\b/,
  // "Offline mode available on Android": availability of a thing is its delivery.
  /\b(mode|feature|features|version|app|integration|view|dashboard|export|api)( is| are)? (available|enabled|supported) (on|in|for|to)\b/,
  /(模式|功能|版本|应用|集成|视图|仪表盘|导出|接口)[^,。;]{0,12}(可用|开放使用)/,
  /(项目|功能|版本|新版|里程碑|app|系统|页面|仪表盘|看板)[^,。;]{0,6}(上线|发布|交付|完成|落地|上架)/,
];

/**
 * The KR sentence with no verb of its own: a deliverable as its subject and a delivery state as its
 * predicate ("SSO GA", "ID verification live in UK and DE", "SCIM in beta with 5 customers",
 * "Tiered rewards launched in all 340 stores", tuning-2026-12-08). What is measured is whether the
 * thing is out, so it is an output whatever scope follows. Not when the subject is people or
 * customers ("new clinics live on the platform": they are using it, an outcome), nor when the
 * sentence is a share, rate or change of a metric (checked by the caller and here).
 */
const DELIVERY_STATE =
  /^(?!(share|percent|percentage|proportion|rate|number|average|median|time|nps|csat)\b)((?:[\w./&+'-]+ ){0,4}?[\w./&+'-]+) (is |are )?(live|ga|generally available|in (public |private |open )?(beta|alpha|pilot)|launched|shipped|released|deployed|rolled out|decommissioned|sunset|retired)\b/;
const PEOPLE_SUBJECT =
  /\b(users?|customers?|clients?|clinics?|stores?|shops?|merchants?|sellers?|buyers?|teams?|accounts?|restaurants?|schools?|districts?|partners?|drivers?|riders?|hospitals?|practices?|companies|brands?|employees?|agents?|reps?|members?|tenants?|workspaces?|people|families|students?|teachers?|patients?)$/;

function deliveryState(title: string): string | null {
  if (isChinese(title)) return null;
  const text = normalize(title);
  if (/%|\b(share|rate|ratio|percentage)\b/.test(text)) return null;
  const match = DELIVERY_STATE.exec(text);
  if (!match || PEOPLE_SUBJECT.test(match[2] ?? "")) return null;
  // The daily work of the business moving is an outcome, not a delivery: "Orders shipped the same
  // day", "Refunds released within an hour" (the subject's head is not a product thing, Q2's class).
  const head =
    (match[2] ?? "")
      .split(" ")
      .at(-1)
      ?.replace(/(?<=[a-z]{3})(es|s)$/, "") ?? "";
  if (NOT_PRODUCT_THINGS.has(head) || /^(loan|claim|invoice|ticket|case|application|fix|bug)$/.test(head)) return null;
  return match[0];
}

/**
 * A rollout's progress in Chinese (K7): a migration's or hook-up's completion rate ("核心链路接口
 * 迁移完成率"), a gradual release to N customers ("灰度 5 家 KA 客户"), a tool or gateway covering N %
 * of systems ("零信任网关覆盖 100% 办公系统"), a feature list's coverage ("功能覆盖度"). Each measures
 * how far the delivery has gone, not what it changed (tuning-2026-12-08).
 */
const ROLLOUT_ZH: readonly RegExp[] = [
  /(迁移|接入|改造|部署|切换|对接)(完成率|完成度|进度)/,
  /灰度\s*(到|至)?\s*\d+\s*(家|个|%)/,
  /(网关|能力|功能|工具|平台|插件|客户端|系统)[^，,。；;]{0,4}覆盖\s*(率\s*)?(从\s*\d+\s*%?\s*(提升|提高)?到\s*)?\d+\s*%\s*(的)?[^，,。；;]{0,6}(系统|服务|应用|设备|门店|终端)/,
  /功能(覆盖度|完成度)/,
];

/**
 * Issue 17, sixth round: the noun-first twin of "Publish 36 articles". Any thing a team makes
 * (ARTEFACTS, shape.ts, plural) followed by the participle of making or shipping it ("help articles
 * published", "templates added to the gallery", "pull requests merged per week", "landing pages
 * built") is a count of deliveries, whatever number is asked of it. Integrations are left out (the
 * guide's worked example 2 keeps "number of product integrations" as a good KR: label decision,
 * tests/coach-corpus/README.md). Chinese: the making verb on a thing, counted ("新增模板数",
 * "上线页面数量", "撰写的帮助文章篇数"), or the thing with its making as a volume ("模板新增数").
 */
const MADE_THINGS = [...ARTEFACTS]
  .filter((w) => w !== "integration" && w !== "migration" && !w.includes("-"))
  .concat(["rule", "help article", "pull request", "test case", "landing page", "blog post", "case study"]);
// Only the participles of the team's delivery: "created", "built", "posted" or "uploaded" are as
// often what customers do with the product ("templates created to date", "wiki pages created"),
// which is their use, not our output.
const MADE_PARTICIPLE =
  "(shipped|delivered|released|launched|published|written|merged|produced|translated|locali[sz]ed|deployed|authored|drafted)";
const MADE_COUNT = new RegExp(
  `\\b(${MADE_THINGS.join("|")})s ${MADE_PARTICIPLE}\\b(?! by (users|customers|members|creators|sellers|buyers|hosts|students|teachers))`,
);
// A share of things made a certain way ("share of new screens built from library components") is how
// the work is done, an outcome; a running total is K5's finding.
const NOT_A_DELIVERY_COUNT =
  /\b(share|percentage|percent|proportion|ratio|rate|per (user|customer|account|member))\b|%|占比|比例|率|人均|累计|总数/;
const MADE_COUNT_ZH =
  /(新增|上线|发布|编写|撰写|制作|新建|产出|上架|开发)的?(文章|推文|模板|页面|课程|视频|规则|插件|报表|看板|案例|教程|文档|帮助文章|素材)(数|数量|个数|条数|篇数|量)|(文章|推文|模板|页面|课程|视频|插件|案例|教程|文档|素材)(新增|上线|发布|上架|产出)(数|数量|个数|篇数|量)/;

// Counting deliveries is still measuring output, even when worded as a change.
const OUTPUT_METRIC: readonly RegExp[] = [
  /\b(features|stories|tickets|releases|epics|projects|roadmap items) (shipped|delivered|released|launched|completed|closed)\b/,
  /\bstory points\b|\bvelocity\b|\bnumber of (features|releases)\b/,
  /(交付|上线|发布|完成)的?(功能|需求|版本|项目)(数|数量|个数)|故事点|需求交付(数|量)/,
];

/**
 * The verb-object shape of an output (K7): the KR opens with something the team does (not a verb
 * of change such as raise or keep) to a thing it makes or ships: "Place 10 guest articles on
 * partner sites", "Merge 150 pull requests", "Published 12 tutorials". Any verb counts, so
 * "write", "place" or "merge" need no entry; the object decides. Counting artefacts stays output
 * even with "up from N" after it: the count measures delivery, not what customers do.
 */
const MAY_HOLD_ARTEFACT = mayHold(ARTEFACTS);

function outputShape(title: string): string | null {
  if (isChinese(title) || !MAY_HOLD_ARTEFACT.test(title)) return null;
  const shape = leadingVerbObject(title);
  if (shape === null || CHANGE_VERBS.has(shape.verb.split(" ")[0] ?? "")) return null;
  // The head noun decides what is counted: "40 migration workshops" are workshops, not migrations.
  if (hasAny(shape.objectLemmas, DISCOVERY) || !hasAny(headLemmas(shape.object), ARTEFACTS)) return null;
  // "Make the reporting pages easier to use": an adjective after the thing is the state it should
  // reach (a causative), which is an outcome in the customer's hands, not a delivery.
  const last = shape.object.findLastIndex((w) => ARTEFACTS.has(w.lemma));
  if (shape.object.slice(last + 1).some((w) => w.adjective)) return null;
  return shape.quote;
}

/**
 * Output shapes in Chinese, read from the order of the words (K7). A leading time phrase
 * ("8 月 15 日前", "本季度") is set aside first; then a KR whose sentence ends on a delivery verb
 * ("积分商城上线", "团长小程序 2.0 全量发布", "旧版估价页面全部下线", "新版模板编辑器向全部店铺开放")
 * is a task, and so is a capability rolled out to all of something ("灰度发布能力覆盖全部核心服务").
 * A count of artefacts made or merged ("发布 36 篇公众号文章", "合并 400 个 PR") measures delivery.
 */
const LEADING_TIME_ZH =
  /^(本季度|本月|本周|年底前|季度末前|(\d+ ?月( ?\d+ ?日)?|\d+ ?日)(底|中|初)?前|在[^，,。；;]{0,12}前)\s*/;
const OUTPUT_ZH: readonly RegExp[] = [
  // 全量 / 切流 / 打通 at the end are rollout and integration words too ("新版授信模型全量",
  // "大模型推荐全量切流", "CRM 与工单系统数据打通", tuning-2026-12-07).
  /[^，,。；;]{2,}?(全量|全部|正式|按时|顺利|完成)?(上线|发布|下线|交付|落地|上架|开放|迁移完成|完成迁移|全量|切流|打通)$/,
  // Moving traffic or users onto the new system is a rollout's progress ("老支付链路流量 100% 迁移到新中台").
  /(迁移|迁|切换|切流|切)(到|至)新[^，,。；;]{1,10}/,
  /(能力|功能|版本|系统|模块)(覆盖|推广到|铺开到|接入)(全部|所有|全体)/,
  /(发布|合并|提交|撰写|写|产出|制作|上线|交付|开发|推送)\s*\d+\s*(篇|个|条|款|项|支|部|份|期)\s*[^，,。；;]{0,8}?(文章|推文|帖子|笔记|视频|pr|提交|commit|功能|版本|需求|模板|页面|插件|课程|白皮书|案例|教程|文档)/,
  // 篇 counts pieces of writing by itself: "公众号本季度推送 60 篇" needs no noun after it.
  /(发布|推送|发|撰写|写|产出)\s*\d+\s*篇/,
  // A piece count that ends the sentence ("媒体报道 10 篇") counts pieces delivered, whatever noun leads.
  /^[^，,。；;%率]{2,12}?\s*\d+\s*篇$/,
];

/** The title without its leading time phrase, so the verb that opens the sentence is read. */
const withoutLeadingTime = (title: string) =>
  normalize(title)
    .replace(/[。.!！]+$/, "")
    .replace(LEADING_TIME_ZH, "");

function outputShapeZh(title: string): string | null {
  return isChinese(title) ? findFirst(withoutLeadingTime(title), OUTPUT_ZH) : null;
}

function findOutput(kr: DraftKeyResult): string | null {
  const text = keyResultText(kr);
  const made = NOT_A_DELIVERY_COUNT.test(text) ? null : findFirst(text, [MADE_COUNT, MADE_COUNT_ZH]);
  if (made !== null) return made;
  const metric = findFirst(text, OUTPUT_METRIC);
  if (metric !== null) return metric;
  // Interviews and experiments are discovery, which the method counts as strong KRs (K6).
  if (isDiscovery(text)) return null;
  const shaped =
    outputShape(kr.title) ??
    outputShapeZh(kr.title) ??
    (isChinese(kr.title) ? findFirst(normalize(kr.title), ROLLOUT_ZH) : null);
  if (shaped !== null) return shaped;
  // A KR that also names a metric moving from a baseline to a target is an outcome already.
  if (wordedDirection(kr.title) !== null || statesChange(kr.title)) return null;
  const stated = deliveryState(kr.title);
  if (stated !== null) return stated;
  const opening = isChinese(kr.title) ? withoutLeadingTime(kr.title) : text;
  return findFirst(opening, LEADING_OUTPUT) ?? findFirst(text, OUTPUT_PHRASE) ?? taskShape(kr);
}

// What a metric's name is made of, in lemmas and in Chinese: a rate, a count, a time, a score, an amount.
const METRIC_NOUNS = new Set(
  `rate share percentage percent ratio conversion retention churn time score nps csat revenue cost margin
  average per user customer account team count number latency uptime accuracy satisfaction`.split(/\s+/),
);
// What a metric's name is made of in Chinese: a rate, a count, a time, a score, an amount.
const METRIC_WORD_ZH = /率|数|量|时长|时间|耗时|占比|比例|得分|评分|指数|收入|营收|成本|金额|利润|天数|次/;

/**
 * A task's "done" or "percent done" (K7): 0 to 1 or 0 to 100, a title with no number and no
 * metric in it, that opens with something the team does ("Open AI summaries to every workspace",
 * "向所有工作空间开放 AI 摘要"). Whatever the verb, the values say "not done, done": an output.
 * K2 leaves such KRs to this rule. A verb of change ("reach", "raise") or a metric word keeps it
 * an outcome, and a number in the title ("sign 100 partners") makes it a count.
 */
function taskShape(kr: DraftKeyResult): string | null {
  if (kr.baseline !== 0 || (kr.target !== 1 && kr.target !== 100) || /\d/.test(kr.title) || kr.metric) return null;
  if (isChinese(kr.title)) {
    const text = withoutLeadingTime(kr.title);
    return METRIC_WORD_ZH.test(text) ? null : text;
  }
  const shape = leadingVerbObject(kr.title);
  if (shape === null || CHANGE_VERBS.has(shape.verb.split(" ")[0] ?? "")) return null;
  // A metric's name read as a verb ("Average completed workflows", "Checkout conversion").
  if (METRIC_NOUNS.has(shape.verb) || hasAny(shape.objectLemmas, METRIC_NOUNS)) return null;
  // "Make onboarding delightful": an adjective after the object is a state to reach (K2's vague
  // target), not a task.
  if (shape.object.length === 0 || shape.object.slice(1).some((w) => w.adjective)) return null;
  return shape.quote;
}

/** K7: a key result is a change in a metric; delivering a feature is an initiative under it. */
export function checkOutcomeNotOutput(kr: DraftKeyResult): Hit | null {
  const found = findOutput(kr);
  if (found === null) return null;
  return {
    message: {
      en: `"${found}" describes an output (something delivered), not an outcome (a change in a metric).`,
      zh: `“${found}”描述的是产出（交付的东西），而不是成果（指标的变化）。`,
    },
    suggestion: {
      en: 'Name the metric the delivery should move, e.g. "Raise trial-to-paid conversion from 4% to 6%", and track the delivery as an initiative under that key result.',
      zh: "写出这次交付要推动的指标，例如“将试用转付费转化率从 4% 提高到 6%”，并把上线作为该关键结果下的举措来跟踪。",
    },
  };
}
