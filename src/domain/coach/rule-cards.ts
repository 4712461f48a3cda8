import type { Bilingual, RuleId, Severity } from "./types.ts";

export interface RuleCard {
  title: Bilingual;
  /** What the rule asks of an OKR. */
  asks: Bilingual;
  /** Why the method asks it. */
  why: Bilingual;
  weak: Bilingual;
  strong: Bilingual;
  defaultSeverity: Severity;
}

/** One card per rule, written from docs/method.md; the UI and `grove lint` explain findings with them. */
export const ruleCards: Record<RuleId, RuleCard> = {
  M1: {
    title: {
      en: "One objective per team per period",
      zh: "每个团队每个周期一个目标",
    },
    asks: {
      en: "Each team pursues a single active objective in a period; other objectives wait for a later period or go to another team.",
      zh: "每个团队在一个周期内只追求一个有效目标；其他目标排到后续周期，或交给其他团队。",
    },
    why: {
      en: "A team with several priorities in theory has none in practice: it cannot tell which one to drop when time runs short.",
      zh: "理论上有多个优先级的团队，实践中等于没有优先级：时间不够时不知道该放弃哪一个。",
    },
    weak: {
      en: "Three objectives for the CRM app team: agent collaboration, online presence, automating low-value work.",
      zh: "CRM 应用团队同时有三个目标：经纪人协作、在线知名度、自动化低价值流程。",
    },
    strong: {
      en: "One objective: enable real-estate agents to drive more home sales with less effort.",
      zh: "一个目标：让房地产经纪人能够以更少的努力推动更多的房屋销售。",
    },
    defaultSeverity: "error",
  },
  M2: {
    title: { en: "Three to five key results", zh: "三到五个关键结果" },
    asks: {
      en: "Each objective has 3 to 5 key results, each on a different facet of it (no two on the same metric).",
      zh: "每个目标有 3 到 5 个关键结果，各自覆盖目标的不同方面（不能有两个衡量同一指标）。",
    },
    why: {
      en: "Fewer than three leaves parts of the objective unmeasured; more than five spreads the team's attention thin.",
      zh: "少于三个会让目标的部分方面无从衡量；多于五个会分散团队的注意力。",
    },
    weak: {
      en: "One key result: raise lead conversion from 30% to 34%.",
      zh: "只有一个关键结果：将销售线索转化率从 30% 提高到 34%。",
    },
    strong: {
      en: "Lead conversion 30% → 34%; monthly home sales per agent 1.5 → 1.8; home value estimate accuracy 85% → 90%.",
      zh: "销售线索转化率 30% → 34%；每位经纪人月均房屋销售 1.5 → 1.8；房屋估价准确率 85% → 90%。",
    },
    defaultSeverity: "warning",
  },
  M4: {
    title: { en: "Both halves are required", zh: "目标和关键结果缺一不可" },
    asks: {
      en: "An objective always comes with key results, and key results always serve an objective.",
      zh: "目标必须配有关键结果，关键结果也必须服务于一个目标。",
    },
    why: {
      en: "Without key results nobody sees progress or shares a definition of success; without an objective the team lacks the context for trade-offs and games the metric.",
      zh: "没有关键结果，就看不到进展，也没有共同的成功定义；没有目标，团队缺少权衡的业务背景，容易为指标而牺牲长期利益。",
    },
    weak: {
      en: "Objective “Become home cooks' trusted cookware supplier” with no key results.",
      zh: "目标“成为家庭厨师信赖的炊具供应商”，但没有任何关键结果。",
    },
    strong: {
      en: "The same objective with refund rate 0.5% → 0.2%, repeat purchase rate 5% → 15%, brand awareness 10% → 25%.",
      zh: "同一目标，配上退款率 0.5% → 0.2%、复购率 5% → 15%、品牌认知度 10% → 25%。",
    },
    defaultSeverity: "error",
  },
  M8: {
    title: { en: "Company objectives serve the strategy", zh: "公司目标服务于战略" },
    asks: {
      en: "Each company objective (of the unit at the top of the organisation) names the strategy statement it serves, once the organisation has written one.",
      zh: "组织写下战略陈述之后，每个公司目标（组织最上层单元的目标）都要注明它所服务的战略陈述。",
    },
    why: {
      en: "OKRs are a quarter's execution inside the vision and strategy, not a replacement for them: an objective that serves no strategy pulls the company somewhere its strategy did not choose.",
      zh: "OKR 是愿景和战略之内一个季度的执行，而不是它们的替代品：不服务于任何战略的目标，会把公司拉向战略没有选择的方向。",
    },
    weak: {
      en: 'A company objective "Launch in three new markets" next to the strategy "Win on workflow depth, not feature count", linked to nothing.',
      zh: "公司目标“进入三个新市场”与战略“靠工作流程的深度取胜，而不是功能数量”并列，却没有关联任何战略。",
    },
    strong: {
      en: '"Make our product the place where customers\' workflows run", serving "Win on workflow depth, not feature count".',
      zh: "“让我们的产品成为客户运行工作流程的地方”，服务于“靠工作流程的深度取胜，而不是功能数量”。",
    },
    defaultSeverity: "info",
  },
  Q1: {
    title: { en: "Achievable within the period", zh: "在一个周期内可取得进展" },
    asks: {
      en: "The objective is something the team can make meaningful progress on this quarter.",
      zh: "目标是团队在本季度内能够取得实质进展的事情。",
    },
    why: {
      en: "An ambition nobody can move in a quarter cannot get concrete key results; scoping it to what we can learn now can.",
      zh: "一个季度内无人能推动的愿望，无法设定具体的关键结果；把范围缩小到现在能学到的东西就可以。",
    },
    weak: {
      en: "Become the market leader in Spain (we do not sell there yet).",
      zh: "成为西班牙的市场领导者（我们还没有在那里开展业务）。",
    },
    strong: {
      en: "Learn whether we can practically enter the Spanish market.",
      zh: "了解我们能否切实进入西班牙市场。",
    },
    defaultSeverity: "warning",
  },
  Q2: {
    title: { en: "No mandated product outputs", zh: "不指定具体的产品产出" },
    asks: {
      en: "The objective states the outcome and leaves the solution (build, launch, remove X) to the team.",
      zh: "目标描述想要的成果，把解决方案（开发、上线、下线某功能）留给团队决定。",
    },
    why: {
      en: "Dictating a solution before the customer's pain is understood can destroy value: the least-used feature may be password recovery, which customers value highly.",
      zh: "在不了解客户痛点时指定方案可能毁掉价值：使用最少的功能可能是“密码找回”，而客户非常看重它。",
    },
    weak: {
      en: "Sunset the least-used features to raise margin.",
      zh: "淘汰最少使用的功能以提高利润率。",
    },
    strong: {
      en: "Raise margin without losing the customers our features serve.",
      zh: "在不流失客户的前提下提高利润率。",
    },
    defaultSeverity: "warning",
  },
  Q3: {
    title: {
      en: "No feature parity with competitors",
      zh: "不追求与竞争对手的功能对等",
    },
    asks: {
      en: "The objective is rooted in our own customers' pain, not in a competitor's feature list.",
      zh: "目标植根于我们自己客户的痛点，而不是竞争对手的功能清单。",
    },
    why: {
      en: "Competitors serve their own customers; copying them steers us away from the pain of ours. If the pain is unknown, discovering it is the better objective.",
      zh: "竞争对手服务的是他们自己的客户；模仿他们会让我们偏离自己客户的痛点。如果不清楚痛点，发现痛点才是更好的目标。",
    },
    weak: {
      en: "Close the gap between our feature set and our competitors'.",
      zh: "缩小我们的功能集与竞争对手的功能集之间的距离。",
    },
    strong: {
      en: "Discover why trial users leave before they see value.",
      zh: "弄清试用用户为何在获得价值前流失。",
    },
    defaultSeverity: "warning",
  },
  Q4: {
    title: { en: "Objectives are qualitative", zh: "目标是定性的" },
    asks: {
      en: "The objective names a direction in words; the numbers go in its key results.",
      zh: "目标用文字描述方向；数字放在关键结果中。",
    },
    why: {
      en: "A qualitative aspiration rallies people and leaves room for several key results; a number in the objective makes it one key result in disguise.",
      zh: "定性的愿景能凝聚人心，并为多个关键结果留出空间；目标里写数字，就等于一个伪装的关键结果。",
    },
    weak: { en: "Grow revenue by 20%.", zh: "营收增长 20%。" },
    strong: {
      en: "Become home cooks' trusted cookware supplier (with revenue-related key results).",
      zh: "成为家庭厨师信赖的炊具供应商（用与营收相关的关键结果衡量）。",
    },
    defaultSeverity: "info",
  },
  K1: {
    title: {
      en: "Metric, current state, target end state",
      zh: "指标、当前状态、目标终态",
    },
    asks: {
      en: "Every key result names a metric, its baseline and its target; the direction follows from them and must match the wording.",
      zh: "每个关键结果都写明指标、基线和目标值；变化方向由两者决定，且必须与措辞一致。",
    },
    why: {
      en: "Without a baseline and a target nobody can tell whether the key result moved, or by how much.",
      zh: "没有基线和目标值，就无法判断关键结果是否有变化、变化了多少。",
    },
    weak: { en: "Improve refunds.", zh: "改善退款情况。" },
    strong: {
      en: "Reduce refund rate from 0.5% to 0.2%.",
      zh: "将退款率从 0.5% 降低到 0.2%。",
    },
    defaultSeverity: "error",
  },
  K2: {
    title: { en: "SMART: measurable and time-bound", zh: "SMART：可衡量且有时限" },
    asks: {
      en: "Each key result is specific, measurable (it names a metric, a target that can be read and, for times and money, a unit) and has a deadline inside its period.",
      zh: "每个关键结果都要具体、可衡量（写明指标、可读取的目标值，时间和金额还要写明单位），并在所属周期内有截止日期。",
    },
    why: {
      en: "A target with no deadline is “eventually”, and one with no metric or unit cannot be read: nobody can plan for either, or review it.",
      zh: "没有截止日期的目标就是“最终某天”；没有指标或单位的目标无法读取：两者都无法计划，也无法复盘。",
    },
    weak: {
      en: "Make onboarding world-class, eventually.",
      zh: "最终把入门体验做到世界一流。",
    },
    strong: {
      en: "Raise the share of new teams that finish onboarding within 7 days from 40% to 55% by 2027-03-31.",
      zh: "在 2027-03-31 前，将 7 天内完成入门的新团队占比从 40% 提高到 55%。",
    },
    defaultSeverity: "warning",
  },
  K3: {
    title: { en: "Aligned with its objective", zh: "与目标一致" },
    asks: {
      en: "Each key result's metric shows progress on its objective: an objective about depth of use is measured by depth (workflows per user), not by how many people use the product, and one about speed, ease, accuracy or keeping customers by that outcome, not by a count of users, orders or revenue.",
      zh: "每个关键结果的指标都要能体现目标的进展：关于使用深度的目标要用深度来衡量（每位用户的工作流程数），而不是用有多少人在用；关于速度、省事、准确或留住客户的目标要用这个结果来衡量，而不是用户数、订单量或营收。",
    },
    why: {
      en: "A metric that is easy to measure but does not move with the objective lets the team report progress that did not happen, or miss progress that did.",
      zh: "容易衡量却不随目标变化的指标，会让团队报告并未发生的进展，或者错过真实的进展。",
    },
    weak: {
      en: "Objective “Build deeper workflows for users” with the key result “Increase monthly active users from 12,000 to 14,000”.",
      zh: "目标“为用户创建更强大的工作流程”，关键结果却是“将每月活跃用户从 1.2 万增加到 1.4 万”。",
    },
    strong: {
      en: "The same objective with “Raise average completed workflows per user per month from 3.2 to 4.0”.",
      zh: "同一目标，配上“将每位用户每月平均完成的工作流程数从 3.2 提高到 4.0”。",
    },
    defaultSeverity: "warning",
  },
  K4: {
    title: { en: "Stretch targets, 60–80 %", zh: "有挑战的目标：60%–80%" },
    asks: {
      en: "Each target is one the team would reach 60–80 % of without extra effort, judged by its own history: how its past key results ended and how fast it moved the same metric before. Without history, by its own numbers: not already reached or barely past the baseline, and not a perfect score (zero, 100 %, a cut to almost nothing) or a many-fold jump in one period.",
      zh: "每个目标都应是团队不额外努力就能达成 60%–80% 的水平，以团队自己的历史为准：过去的关键结果最终得分如何，以及以前推动同一指标的速度。没有历史时看它自己的数字：不能是已经达到或几乎没动，也不能是一个周期内的满分（降到零、提到 100%、几乎降光）或翻好几倍。",
    },
    why: {
      en: "A target hit 100 % of the time stops curiosity; one hit 20 % of the time discourages. The team's own past is the only honest reference.",
      zh: "每次都 100% 达成的目标会让人失去好奇心；只达成 20% 的目标会让人泄气。团队自己的过去是唯一可靠的参照。",
    },
    weak: {
      en: "Raise NPS from 42 to 45, when the team moved it by 12 points last quarter without extra effort.",
      zh: "将 NPS 从 42 提高到 45，而团队上个季度不额外努力就让它提高了 12 分。",
    },
    strong: {
      en: "Raise NPS from 42 to 58: at last quarter's pace the team lands near 70 % and needs real effort for the rest.",
      zh: "将 NPS 从 42 提高到 58：按上季度的速度大约能达成 70%，剩下的需要真正的努力。",
    },
    defaultSeverity: "info",
  },
  K5: {
    title: { en: "No vanity metrics", zh: "不用虚荣指标" },
    asks: {
      en: "Key results use rates, ratios and shares, not totals that only go up.",
      zh: "关键结果使用比率、比例和占比，而不是只会上涨的总数。",
    },
    why: {
      en: "Total views or total accounts grow by themselves whatever the team does, so they cannot show whether the team's work created value.",
      zh: "总浏览量、帐户总数无论团队做什么都会自然增长，无法说明团队的工作是否创造了价值。",
    },
    weak: {
      en: "Grow total user accounts from 40,000 to 50,000.",
      zh: "将用户帐户总数从 4 万增长到 5 万。",
    },
    strong: {
      en: "Raise the percentage of accounts active weekly from 30% to 40%.",
      zh: "将每周活跃帐户的百分比从 30% 提高到 40%。",
    },
    defaultSeverity: "warning",
  },
  K6: {
    title: {
      en: "Customer value, not activity",
      zh: "衡量客户价值，而不是活动",
    },
    asks: {
      en: "Key results measure value the customer received (completed workflows, problems solved) or discovery (customer interviews), not logins, visits or page views.",
      zh: "关键结果衡量客户获得的价值（完成的工作流程、解决的问题）或发现工作（客户访谈），而不是登录、访问或浏览量。",
    },
    why: {
      en: "A customer who logs in or views a page has not been helped yet; interviews, on the other hand, find unmet pain and lead to valuable decisions.",
      zh: "客户登录或浏览页面时还没有得到帮助；而客户访谈能发现未满足的痛点，引导出有价值的决策。",
    },
    weak: {
      en: "Increase weekly logins from 20,000 to 30,000.",
      zh: "将每周登录次数从 2 万提高到 3 万。",
    },
    strong: {
      en: "Raise average completed workflows per user per month from 3.2 to 4.0.",
      zh: "将每位用户每月平均完成的工作流程数从 3.2 提高到 4.0。",
    },
    defaultSeverity: "warning",
  },
  K7: {
    title: { en: "Outcomes, not outputs", zh: "成果，而不是产出" },
    asks: {
      en: "A key result is a change in a metric; launching, shipping or completing a project is an initiative under it.",
      zh: "关键结果是指标的变化；上线、发布或完成某个项目是它下面的举措。",
    },
    why: {
      en: "Shipping something says nothing about whether customers or the business are better off; the metric it should move does.",
      zh: "交付了某样东西并不说明客户或业务变得更好；它应推动的指标才能说明。",
    },
    weak: {
      en: "Launch the new onboarding flow.",
      zh: "上线新版新手引导流程。",
    },
    strong: {
      en: "Increase the share of new users who complete onboarding from 40% to 55% (the new flow is an initiative).",
      zh: "将完成新手引导的新用户占比从 40% 提高到 55%（新流程作为举措）。",
    },
    defaultSeverity: "warning",
  },
};
