// The tuning set for the cross-unit conflict rules (M7) and calibration (K4), in English and
// Chinese, in the blind set's format (tests/product-corpus/conflicts-blind.ts). The rules were
// tuned on this set only; the blind set is measured, never tuned on.

export interface BlindKeyResult {
  unit: string;
  title: string;
  metric: string;
  unit_of_measure: string;
  baseline: number;
  target: number;
}
export interface OppositeCase {
  id: string;
  lang: "en" | "zh";
  a: BlindKeyResult;
  b: BlindKeyResult;
  conflict: boolean;
  why: string;
}
export interface CascadeCase {
  id: string;
  lang: "en" | "zh";
  parentKeyResult: BlindKeyResult;
  childObjective: string;
  childKeyResults: BlindKeyResult[];
  linked: boolean;
  why: string;
}
export interface CalibrationCase {
  id: string;
  lang: "en" | "zh";
  finalScores: number[];
  expected: "too_easy" | "too_hard" | "sweet_spot" | "not_enough_history";
  why: string;
}

const k = (
  unit: string,
  title: string,
  metric: string,
  unit_of_measure: string,
  baseline: number,
  target: number,
): BlindKeyResult => ({ unit, title, metric, unit_of_measure, baseline, target });

export const oppositeCases: OppositeCase[] = [
  {
    id: "en-guide-sales-cs",
    lang: "en",
    a: k("Sales", "Reach 120 new logos this quarter", "new logos", "customers", 80, 120),
    b: k("Customer Success", "Reduce churn of current customers from 6% to 4%", "churn", "%", 6, 4),
    conflict: true,
    why: "The guide's example: new logos of any kind churn later, against Customer Success's KR (M7).",
  },
  {
    id: "en-guide-sales-cs-revised",
    lang: "en",
    a: k(
      "Sales",
      "Hold 60 conversations with new qualified customers",
      "conversations with new qualified customers",
      "conversations",
      20,
      60,
    ),
    b: k(
      "Customer Success",
      "Reduce churn of qualified customers from 6% to 4%",
      "churn of qualified customers",
      "%",
      6,
      4,
    ),
    conflict: false,
    why: "The guide's joint revision: both speak of qualified customers and pull together.",
  },
  {
    id: "en-price-up-down",
    lang: "en",
    a: k("Brand", "Raise the average price of the premium pan from $80 to $95", "price", "$", 80, 95),
    b: k("Growth", "Lower the average price of the premium pan from $80 to $65", "price", "$", 80, 65),
    conflict: true,
    why: "The guide's pricing example: one raises the price for prestige, the other lowers it for reach.",
  },
  {
    id: "en-cloud-cost",
    lang: "en",
    a: k("Platform", "Cut monthly cloud cost from $120k to $90k", "cloud cost", "$", 120, 90),
    b: k(
      "Data",
      "Grow the analytics cluster's cloud spend from $120k to $150k to run real-time models",
      "cloud cost",
      "$",
      120,
      150,
    ),
    conflict: true,
    why: "One metric, one unit wants it down, the other up.",
  },
  {
    id: "en-latency-same-direction",
    lang: "en",
    a: k("Web", "Reduce p95 page load time from 3.2 s to 2 s", "page load time", "s", 3.2, 2),
    b: k("Mobile", "Reduce p95 load time of the app home from 4 s to 2.5 s", "load time", "s", 4, 2.5),
    conflict: false,
    why: "Same metric, same direction: they pull together.",
  },
  {
    id: "en-shared-word-customer",
    lang: "en",
    a: k("Support", "Raise customer satisfaction from 4.1 to 4.5", "customer satisfaction", "score", 4.1, 4.5),
    b: k("Finance", "Reduce customer acquisition payback from 14 to 10 months", "payback period", "months", 14, 10),
    conflict: false,
    why: "Different metrics that share the word customer.",
  },
  {
    id: "en-shared-word-time",
    lang: "en",
    a: k("Support", "Cut first response time from 8 h to 2 h", "first response time", "h", 8, 2),
    b: k("Onboarding", "Increase time spent in the tutorial from 3 to 5 minutes", "tutorial time", "min", 3, 5),
    conflict: false,
    why: "Different metrics that share the word time.",
  },
  {
    id: "en-tickets-opposite",
    lang: "en",
    a: k("Support", "Lower support tickets per 1,000 orders from 40 to 25", "support tickets", "per 1k orders", 40, 25),
    b: k(
      "Community",
      "Grow support tickets routed from the forum from 200 to 600 a month",
      "support tickets",
      "tickets",
      200,
      600,
    ),
    conflict: true,
    why: "Support wants fewer tickets; Community wants more of them.",
  },
  {
    id: "en-discount-range",
    lang: "en",
    a: k("Finance", "Keep the average discount at 10%", "discount", "%", 10, 10),
    b: k("Sales", "Raise the average discount on renewals from 10% to 18%", "discount", "%", 10, 18),
    conflict: true,
    why: "Finance holds the discount at 10 %; Sales's target pushes it past that.",
  },
  {
    id: "en-keep-floor-ok",
    lang: "en",
    a: k("SRE", "Keep uptime at least 99.9%", "uptime", "%", 99.9, 99.9),
    b: k("Payments", "Raise payment service uptime from 99.5% to 99.95%", "uptime", "%", 99.5, 99.95),
    conflict: false,
    why: "A floor at 99.9 % and a target above it pull the same way.",
  },
  {
    id: "en-retention-vs-churn-same-way",
    lang: "en",
    a: k("Customer Success", "Reduce churn from 5% to 3%", "churn", "%", 5, 3),
    b: k("Product", "Raise 90-day retention from 70% to 78%", "retention", "%", 70, 78),
    conflict: false,
    why: "Churn down and retention up are one direction.",
  },
  {
    id: "en-release-opposite",
    lang: "en",
    a: k("Platform", "Increase deployments per week from 5 to 20", "deployments", "per week", 5, 20),
    b: k(
      "Compliance",
      "Reduce deployments to production from 20 to 4 a week with a weekly change window",
      "deployments",
      "per week",
      20,
      4,
    ),
    conflict: true,
    why: "One team wants more deploys, the other fewer.",
  },
  {
    id: "en-same-team",
    lang: "en",
    a: k("Growth", "Raise the price of the starter plan from $9 to $12", "price", "$", 9, 12),
    b: k("Growth", "Lower the price of the annual plan from $99 to $89", "price", "$", 99, 89),
    conflict: false,
    why: "Same unit: not a cross-unit conflict (the team chose both).",
  },
  {
    id: "en-new-customers-vs-revenue",
    lang: "en",
    a: k("Sales", "Win 50 new customers", "new customers", "customers", 20, 50),
    b: k("Finance", "Grow recurring revenue from $2M to $2.4M", "revenue", "$", 2, 2.4),
    conflict: false,
    why: "Different metrics pulling the same way.",
  },
  {
    id: "en-inventory",
    lang: "en",
    a: k("Warehouse", "Reduce inventory on hand from 60 to 40 days", "inventory", "days", 60, 40),
    b: k("Stores", "Raise inventory on hand from 60 to 75 days to stop stock-outs", "inventory", "days", 60, 75),
    conflict: true,
    why: "One metric, opposite directions.",
  },
  {
    id: "en-signups-vs-retention",
    lang: "en",
    a: k("Marketing", "Grow new sign-ups from 3k to 6k a month", "new sign-ups", "per month", 3000, 6000),
    b: k("Customer Success", "Raise 6-month retention from 60% to 70%", "retention", "%", 60, 70),
    conflict: true,
    why: "Acquisition of anyone at all against retention, the guide's tension.",
  },
  {
    id: "en-different-metric-word-rate",
    lang: "en",
    a: k("Checkout", "Raise checkout conversion rate from 2.1% to 2.6%", "checkout conversion rate", "%", 2.1, 2.6),
    b: k("Support", "Lower refund rate from 3% to 2%", "refund rate", "%", 3, 2),
    conflict: false,
    why: "Different metrics that share the word rate.",
  },
  {
    id: "zh-guide-sales-cs",
    lang: "zh",
    a: k("销售部", "本季度接触 120 个新徽标", "新徽标数", "个", 80, 120),
    b: k("客户成功部", "将当前客户的流失率从 6% 降低到 4%", "客户流失率", "%", 6, 4),
    conflict: true,
    why: "指南的例子:新徽标随后流失,与客户成功团队的关键结果相冲突(M7)。",
  },
  {
    id: "zh-guide-revised",
    lang: "zh",
    a: k("销售部", "与新的合格客户进行 60 次对话", "与新的合格客户的对话", "次", 20, 60),
    b: k("客户成功部", "将合格客户的流失率从 6% 降低到 4%", "合格客户的流失", "%", 6, 4),
    conflict: false,
    why: "指南中共同修订后的关键结果:都针对合格客户,方向一致。",
  },
  {
    id: "zh-price",
    lang: "zh",
    a: k("品牌部", "将高端炒锅的售价从 599 元提高到 699 元", "售价", "元", 599, 699),
    b: k("增长部", "将高端炒锅的售价从 599 元降低到 499 元", "售价", "元", 599, 499),
    conflict: true,
    why: "指南中的定价例子:一个提价显示品牌实力,一个降价提高可负担性。",
  },
  {
    id: "zh-cost-opposite",
    lang: "zh",
    a: k("平台部", "将每月云成本从 12 万元降低到 9 万元", "云成本", "万元", 12, 9),
    b: k("数据部", "将实时模型的云成本从 12 万元增加到 15 万元", "云成本", "万元", 12, 15),
    conflict: true,
    why: "同一指标,方向相反。",
  },
  {
    id: "zh-same-direction",
    lang: "zh",
    a: k("网页组", "将页面加载时间从 3.2 秒缩短到 2 秒", "加载时间", "秒", 3.2, 2),
    b: k("移动组", "将应用首页加载时间从 4 秒缩短到 2.5 秒", "加载时间", "秒", 4, 2.5),
    conflict: false,
    why: "同一指标,同一方向。",
  },
  {
    id: "zh-shared-word",
    lang: "zh",
    a: k("客服部", "将客户满意度从 4.1 提高到 4.5", "客户满意度", "分", 4.1, 4.5),
    b: k("财务部", "将客户回款周期从 45 天缩短到 30 天", "回款周期", "天", 45, 30),
    conflict: false,
    why: "不同指标,只是都有“客户”一词。",
  },
  {
    id: "zh-tickets",
    lang: "zh",
    a: k("客服部", "将每千单工单数从 40 降低到 25", "工单数", "每千单", 40, 25),
    b: k("社区部", "将论坛转来的工单从每月 200 增加到 600", "工单数", "张", 200, 600),
    conflict: true,
    why: "一个要减少工单,另一个要增加工单。",
  },
  {
    id: "zh-retention-churn",
    lang: "zh",
    a: k("客户成功部", "将流失率从 5% 降低到 3%", "流失率", "%", 5, 3),
    b: k("产品部", "将 90 天留存率从 70% 提高到 78%", "留存率", "%", 70, 78),
    conflict: false,
    why: "流失下降与留存上升是同一方向。",
  },
  {
    id: "zh-discount-keep",
    lang: "zh",
    a: k("财务部", "保持平均折扣为 10%", "折扣", "%", 10, 10),
    b: k("销售部", "将续约平均折扣从 10% 提高到 18%", "折扣", "%", 10, 18),
    conflict: true,
    why: "财务要求折扣保持在 10%,销售的目标把它推高。",
  },
  {
    id: "zh-new-users-retention",
    lang: "zh",
    a: k("市场部", "将每月新注册用户从 3000 增加到 6000", "新注册用户", "人", 3000, 6000),
    b: k("客户成功部", "将 6 个月留存率从 60% 提高到 70%", "留存率", "%", 60, 70),
    conflict: true,
    why: "不加区分地拉新与留存相冲突(指南的张力)。",
  },
  {
    id: "zh-different-rate",
    lang: "zh",
    a: k("结算组", "将结算转化率从 2.1% 提高到 2.6%", "结算转化率", "%", 2.1, 2.6),
    b: k("客服部", "将退款率从 3% 降低到 2%", "退款率", "%", 3, 2),
    conflict: false,
    why: "不同指标,只是都带“率”字。",
  },
  {
    id: "zh-inventory",
    lang: "zh",
    a: k("仓储部", "将库存天数从 60 天降低到 40 天", "库存天数", "天", 60, 40),
    b: k("门店部", "将库存天数从 60 天提高到 75 天以减少缺货", "库存天数", "天", 60, 75),
    conflict: true,
    why: "同一指标,方向相反。",
  },
];

export const cascadeCases: CascadeCase[] = [
  {
    id: "en-workflows-linked",
    lang: "en",
    parentKeyResult: k(
      "Product",
      "Raise average completed workflows per user per month from 4 to 6",
      "completed workflows per user",
      "per month",
      4,
      6,
    ),
    childObjective: "Make building a workflow effortless",
    childKeyResults: [
      k(
        "Builder",
        "Cut median time to build a workflow from 30 to 10 minutes",
        "time to build a workflow",
        "min",
        30,
        10,
      ),
      k("Builder", "Run 12 usability tests of the builder", "usability tests", "tests", 0, 12),
    ],
    linked: true,
    why: "The child's KR measures workflows, the parent KR's metric (the guide's director).",
  },
  {
    id: "en-workflows-unlinked",
    lang: "en",
    parentKeyResult: k(
      "Product",
      "Raise average completed workflows per user per month from 4 to 6",
      "completed workflows per user",
      "per month",
      4,
      6,
    ),
    childObjective: "Grow our social media presence",
    childKeyResults: [
      k("Social", "Grow Instagram followers from 1k to 5k", "Instagram followers", "followers", 1000, 5000),
      k("Social", "Publish 30 posts on LinkedIn", "posts", "posts", 0, 30),
    ],
    linked: false,
    why: "Followers and posts share nothing with completed workflows.",
  },
  {
    id: "en-churn-satisfaction-linked",
    lang: "en",
    parentKeyResult: k("Customer Success", "Reduce churn of qualified customers from 6% to 4%", "churn", "%", 6, 4),
    childObjective: "Make onboarding a delight for new accounts",
    childKeyResults: [
      k("Onboarding", "Raise onboarding satisfaction from 3.8 to 4.4", "onboarding satisfaction", "score", 3.8, 4.4),
      k("Onboarding", "Cut time to first value from 14 to 5 days", "time to value", "days", 14, 5),
    ],
    linked: true,
    why: "Satisfaction feeds retention (related metrics).",
  },
  {
    id: "en-churn-unlinked-generic-words",
    lang: "en",
    parentKeyResult: k("Customer Success", "Reduce churn of current customers from 6% to 4%", "churn", "%", 6, 4),
    childObjective: "Modernise our internal tooling",
    childKeyResults: [
      k("Tooling", "Migrate 80% of customer jobs to the new scheduler", "jobs migrated", "%", 10, 80),
      k("Tooling", "Reduce build time from 20 to 8 minutes", "build time", "min", 20, 8),
    ],
    linked: false,
    why: "Shares only the generic word customer.",
  },
  {
    id: "en-conversion-linked-word",
    lang: "en",
    parentKeyResult: k("CRM", "Raise lead conversion from 30% to 34%", "lead conversion", "%", 30, 34),
    childObjective: "Help agents follow up every lead within an hour",
    childKeyResults: [
      k(
        "Mobile",
        "Raise share of leads followed up within one hour from 40% to 70%",
        "leads followed up in 1h",
        "%",
        40,
        70,
      ),
    ],
    linked: true,
    why: "Leads are the parent KR's own metric noun.",
  },
  {
    id: "en-home-sales-unlinked",
    lang: "en",
    parentKeyResult: k(
      "CRM",
      "Increase average monthly home sales per agent from 1.5 to 1.8",
      "home sales per agent",
      "per month",
      1.5,
      1.8,
    ),
    childObjective: "Improve our engineering hiring",
    childKeyResults: [
      k("People", "Cut time to offer from 40 to 25 days", "time to offer", "days", 40, 25),
      k("People", "Raise offer acceptance from 60% to 75%", "offer acceptance", "%", 60, 75),
    ],
    linked: false,
    why: "Hiring measures nothing about home sales.",
  },
  {
    id: "en-refund-linked",
    lang: "en",
    parentKeyResult: k("Cookware", "Reduce refund rate from 0.5% to 0.2%", "refund rate", "%", 0.5, 0.2),
    childObjective: "Ship pans that arrive perfect",
    childKeyResults: [
      k("Quality", "Reduce defects found at delivery from 1.2% to 0.4%", "defects at delivery", "%", 1.2, 0.4),
      k("Quality", "Cut damaged-in-transit returns from 0.3% to 0.1%", "damaged returns", "%", 0.3, 0.1),
    ],
    linked: true,
    why: "Defects and returns are the quality family refunds belong to.",
  },
  {
    id: "en-awareness-unlinked",
    lang: "en",
    parentKeyResult: k("Cookware", "Raise preferred-brand awareness from 10% to 25%", "brand awareness", "%", 10, 25),
    childObjective: "Run a lean warehouse",
    childKeyResults: [
      k("Warehouse", "Cut pick-and-pack cost from $2.10 to $1.60 per order", "pick-and-pack cost", "$", 2.1, 1.6),
    ],
    linked: false,
    why: "Warehouse cost has no link to brand awareness.",
  },
  {
    id: "zh-workflows-linked",
    lang: "zh",
    parentKeyResult: k("产品部", "将每位用户每月平均完成的工作流从 4 提高到 6", "每用户完成的工作流", "个/月", 4, 6),
    childObjective: "让搭建工作流毫不费力",
    childKeyResults: [
      k("搭建组", "将搭建一个工作流的中位时间从 30 分钟缩短到 10 分钟", "搭建工作流时间", "分钟", 30, 10),
      k("搭建组", "开展 12 次可用性测试", "可用性测试", "次", 0, 12),
    ],
    linked: true,
    why: "子目标的关键结果衡量的就是工作流。",
  },
  {
    id: "zh-workflows-unlinked",
    lang: "zh",
    parentKeyResult: k("产品部", "将每位用户每月平均完成的工作流从 4 提高到 6", "每用户完成的工作流", "个/月", 4, 6),
    childObjective: "扩大社交媒体影响力",
    childKeyResults: [
      k("社媒组", "将微博粉丝从 1000 增加到 5000", "微博粉丝", "人", 1000, 5000),
      k("社媒组", "发布 30 篇公众号文章", "文章数", "篇", 0, 30),
    ],
    linked: false,
    why: "粉丝和文章与完成的工作流毫无关系。",
  },
  {
    id: "zh-churn-linked",
    lang: "zh",
    parentKeyResult: k("客户成功部", "将合格客户的流失率从 6% 降低到 4%", "流失率", "%", 6, 4),
    childObjective: "让新客户的上手体验令人满意",
    childKeyResults: [k("上手组", "将上手满意度从 3.8 提高到 4.4", "上手满意度", "分", 3.8, 4.4)],
    linked: true,
    why: "满意度影响留存(相关指标)。",
  },
  {
    id: "zh-churn-unlinked",
    lang: "zh",
    parentKeyResult: k("客户成功部", "将当前客户的流失率从 6% 降低到 4%", "流失率", "%", 6, 4),
    childObjective: "升级内部工具",
    childKeyResults: [
      k("工具组", "将 80% 的客户任务迁移到新调度器", "迁移任务比例", "%", 10, 80),
      k("工具组", "将构建时间从 20 分钟缩短到 8 分钟", "构建时间", "分钟", 20, 8),
    ],
    linked: false,
    why: "只共享“客户”这一通用词。",
  },
  {
    id: "zh-conversion-linked",
    lang: "zh",
    parentKeyResult: k("CRM 组", "将销售线索转化率从 30% 提高到 34%", "线索转化率", "%", 30, 34),
    childObjective: "帮助经纪人在一小时内跟进每条线索",
    childKeyResults: [k("移动组", "将一小时内跟进的线索比例从 40% 提高到 70%", "一小时内跟进线索比例", "%", 40, 70)],
    linked: true,
    why: "线索就是父关键结果的指标名词。",
  },
  {
    id: "zh-home-sales-unlinked",
    lang: "zh",
    parentKeyResult: k("CRM 组", "将每位经纪人的月均房屋销售从 1.5 增加到 1.8", "房屋销售", "套/月", 1.5, 1.8),
    childObjective: "改进工程师招聘",
    childKeyResults: [k("人力组", "将发放录用通知的时间从 40 天缩短到 25 天", "录用周期", "天", 40, 25)],
    linked: false,
    why: "招聘与房屋销售无关。",
  },
];

export const calibrationCases: CalibrationCase[] = [
  { id: "en-easy", lang: "en", finalScores: [0.95, 1, 0.9, 0.85, 1.1], expected: "too_easy", why: "All above 80 %." },
  {
    id: "en-hard",
    lang: "en",
    finalScores: [0.3, 0.45, 0.5, 0.2, 0.7],
    expected: "too_hard",
    why: "Four of five below 60 %.",
  },
  { id: "en-sweet", lang: "en", finalScores: [0.65, 0.7, 0.75, 0.8, 0.6], expected: "sweet_spot", why: "All 60-80 %." },
  { id: "en-empty", lang: "en", finalScores: [], expected: "not_enough_history", why: "No closed period yet." },
  {
    id: "en-two",
    lang: "en",
    finalScores: [0.9, 0.95],
    expected: "not_enough_history",
    why: "Two KRs say too little.",
  },
  {
    id: "en-mixed",
    lang: "en",
    finalScores: [0.2, 0.7, 0.75, 0.95, 0.65],
    expected: "sweet_spot",
    why: "Mostly 60-80 %, one low and one high.",
  },
  {
    id: "en-bounds",
    lang: "en",
    finalScores: [0.6, 0.8, 0.8, 0.6],
    expected: "sweet_spot",
    why: "60 % and 80 % are inside the sweet spot.",
  },
  {
    id: "en-mostly-easy",
    lang: "en",
    finalScores: [0.9, 0.85, 0.95, 0.7, 0.4, 0.9],
    expected: "too_easy",
    why: "Four of six above 80 %.",
  },
  { id: "zh-easy", lang: "zh", finalScores: [1, 0.9, 0.92], expected: "too_easy", why: "全部超过 80%。" },
  { id: "zh-hard", lang: "zh", finalScores: [0.1, 0.3, 0.55, 0.4], expected: "too_hard", why: "全部低于 60%。" },
  {
    id: "zh-sweet",
    lang: "zh",
    finalScores: [0.7, 0.72, 0.66, 0.9, 0.5],
    expected: "sweet_spot",
    why: "大多在 60%-80% 之间。",
  },
  { id: "zh-one", lang: "zh", finalScores: [0.3], expected: "not_enough_history", why: "只有一个关键结果。" },
];
