import { findFirst, keyResultText, normalize } from "../text.ts";
import type { DraftKeyResult, DraftObjective, Hit } from "../types.ts";
import { findVanityTotal } from "./k5-vanity-metric.ts";
import { checkCustomerValue } from "./k6-customer-value.ts";
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
  /(每月|每周|每日|每天)活跃(用户|账户|帐户)数?|月活|日活|周活|活跃用户|活跃账户|活跃帐户|注册用户|注册量|注册数|新用户|新增用户|下载量|安装量|用户数|用户规模|用户总数|覆盖人数/,
];

/**
 * The same noun narrowed to depth: a share, a per-user figure, or users who do something.
 * "Share of active users who build a workflow each week" measures depth through breadth words.
 */
const NARROWED_TO_DEPTH =
  /\b(share|percentage|percent|proportion|ratio|rate|per (user|account|customer|team|member|active))\b|%|\b(users|accounts|customers|teams|members) (who|that|with|running|using|completing|building|creating)\b|占比|比例|比率|人均|每(位|个|名)?(活跃)?(用户|账户|帐户|客户|团队)|中(完成|使用|创建)|(完成|使用|创建)[^,，。;；]{0,12}的(用户|账户|帐户|客户|团队)/;

/** The words of the objective that ask for depth, or null when it asks for something else. */
export function depthAsked(objective: Pick<DraftObjective, "title" | "description">): string | null {
  const text = normalize(`${objective.title} ${objective.description ?? ""}`)
    // Understanding something in depth is research, not depth of use.
    .replace(/\bin-? ?depth\b|深入(了解|理解|研究|调研|分析)|深度(访谈|调研|研究|分析)/g, " ");
  return findFirst(text, DEPTH_OBJECTIVE);
}

/** The breadth metric a key result measures, or null (also when narrowed to depth). */
export function breadthMetric(kr: DraftKeyResult): string | null {
  const text = keyResultText(kr);
  if (NARROWED_TO_DEPTH.test(text) || kr.unit?.trim() === "%") return null;
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

function offTopicChannel(kr: DraftKeyResult, objective: DraftObjective): string | null {
  const aim = normalize(`${objective.title} ${objective.description ?? ""}`);
  if (MARKETING_OBJECTIVE.test(aim)) return null;
  // Followers and site visits are vanity (K5) or activity (K6) wherever they stand: one weakness,
  // one finding, and theirs is the one that says what to measure instead.
  // Counted posts are an output (K7, "公众号本季度推送 60 篇"), the same one-finding rule.
  if (findVanityTotal(kr) !== null || checkCustomerValue(kr) !== null || checkOutcomeNotOutput(kr) !== null)
    return null;
  return findFirst(keyResultText(kr), [CHANNEL_METRIC]);
}

/** K3: a breadth metric under an objective that asks for depth does not show its progress. */
export function checkAlignedMetric(kr: DraftKeyResult, objective: DraftObjective): Hit | null {
  const channel = offTopicChannel(kr, objective);
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
  if (depth === null) return null;
  const breadth = breadthMetric(kr);
  if (breadth === null) return null;
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
