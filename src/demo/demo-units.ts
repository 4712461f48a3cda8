// The guide's worked examples (docs/method.md, "Worked examples") as the units both demos share:
// the English demo in English (demo-data.ts), the Chinese one in the guide's own words
// (demo-data-zh.ts). Each unit's plan (its kind, the numbers of its KRs and the decisions of its
// reviews) is written once, with its words in each language, so the two demos cannot drift apart.
// `progress` is where each KR stands today as a fraction of the way from baseline to target;
// check-ins walk there week by week. Units with `parentKr` show the cascade of M5: a KR of the
// parent unit becomes the child's objective, and progress rolls back up.

import type { DemoKeyResult, DemoPastKeyResult, DemoPlannedKeyResult, DemoReview, DemoUnit } from "./demo-types.ts";
import { keep } from "./demo-types.ts";

type Language = "en" | "zh";
/** The same words in each demo's language. */
type Said = Record<Language, string>;
/** A part of the demos: its plan once, and its words in each language. */
type Bilingual<Plan, Words> = Plan & Record<Language, Words>;

type KeyResultWords = Pick<DemoKeyResult, "title" | "metric" | "unit" | "comment">;
type BilingualObjective<Words, KeyResult> = Bilingual<
  { keyResults: Bilingual<Omit<KeyResult, keyof KeyResultWords>, KeyResultWords>[] },
  Words
>;

interface BilingualReview {
  answers: (Omit<DemoReview["answers"][number], "answer"> & Said)[];
  decisions: (Omit<DemoReview["decisions"][number], "reason"> & { reason?: Said })[];
  learnings: (Omit<DemoReview["learnings"][number], "body"> & Said)[];
}

type BilingualUnit = Bilingual<
  {
    kind: DemoUnit["kind"];
    objective?: BilingualObjective<Omit<NonNullable<DemoUnit["objective"]>, "keyResults">, DemoKeyResult>;
    queued?: BilingualObjective<Omit<NonNullable<DemoUnit["queued"]>, "keyResults">, DemoPlannedKeyResult>;
    previous?: {
      objective: BilingualObjective<{ title: string; description: string }, DemoPastKeyResult>;
      checkpoint: BilingualReview;
      end: BilingualReview;
    };
  },
  Pick<DemoUnit, "name" | "parent" | "lead" | "members">
>;

/** A part of the demos with the words of one language. */
function worded<Plan extends object, Words extends object>(
  { en, zh, ...plan }: Bilingual<Plan, Words>,
  language: Language,
) {
  return { ...plan, ...(language === "en" ? en : zh) };
}

function objectiveIn<Words extends object, KeyResult>(
  { keyResults, ...objective }: BilingualObjective<Words, KeyResult>,
  language: Language,
) {
  return { ...worded(objective, language), keyResults: keyResults.map((kr) => worded(kr, language)) };
}

function reviewIn({ answers, decisions, learnings }: BilingualReview, language: Language): DemoReview {
  return {
    answers: answers.map(({ en, zh, ...answer }) => ({ ...answer, answer: { en, zh }[language] })),
    decisions: decisions.map(({ reason, ...decision }) =>
      reason ? { ...decision, reason: reason[language] } : decision,
    ),
    learnings: learnings.map(({ en, zh, ...learning }) => ({ ...learning, body: { en, zh }[language] })),
  };
}

/** The shared units as one demo has them, parents before children. */
export function demoUnitsIn(language: Language): DemoUnit[] {
  return demoUnits.map(({ objective, queued, previous, ...unit }) => ({
    ...worded(unit, language),
    ...(objective && { objective: objectiveIn(objective, language) }),
    ...(queued && { queued: objectiveIn(queued, language) }),
    ...(previous && {
      previous: {
        objective: objectiveIn(previous.objective, language),
        checkpoint: reviewIn(previous.checkpoint, language),
        end: reviewIn(previous.end, language),
      },
    }),
  }));
}

export const COMPANY: Said = { en: "Demo Company", zh: "演示公司" };
/** Product's KR that Workflow Experience took as its objective, and its KR that Onboarding took (M5). */
const WORKFLOWS_KR: Said = {
  en: "Raise completed workflows per user per month from 4 to 6",
  zh: "将每个用户每月完成的平均工作流程数从 4 个增加到 6 个",
};
const COMPLETION_TIME_KR: Said = {
  en: "Cut median workflow completion time from 10 to 7 minutes",
  zh: "将工作流程的中位完成时间从 10 分钟缩短到 7 分钟",
};

const demoUnits: BilingualUnit[] = [
  {
    kind: "company",
    en: { name: COMPANY.en, lead: "amara@demo.grove.dev" },
    zh: { name: COMPANY.zh, lead: "wang.fang@demo-zh.grove.dev" },
  },
  {
    kind: "department",
    en: { name: "Cookware", parent: COMPANY.en, lead: "sofia@demo.grove.dev", members: ["tom@demo.grove.dev"] },
    zh: {
      name: "炊具事业部",
      parent: COMPANY.zh,
      lead: "sun.li@demo-zh.grove.dev",
      members: ["zhou.jie@demo-zh.grove.dev"],
    },
    objective: {
      en: {
        title: "Become home cooks' trusted cookware supplier",
        description: "Home cooks should reach for our pans first and come back for the next one.",
      },
      zh: {
        title: "成为家庭厨师值得信赖的烹饪锅供应商",
        description: "家庭厨师做饭时首先想到我们的锅,需要下一口锅时还会回来找我们。",
      },
      keyResults: [
        {
          baseline: 0.5,
          target: 0.2,
          progress: 0.55,
          confidence: 0.7,
          en: { title: "Reduce refund rate from 0.5% to 0.2%", metric: "refund rate", unit: "%" },
          zh: {
            title: "将退款率从 0.5% 降低到 0.2%",
            metric: "退款率",
            unit: "%",
            comment: "因锅底变形退货的订单减少了一半,加厚包装起了作用。",
          },
        },
        {
          baseline: 5,
          target: 15,
          progress: 0.42,
          confidence: 0.35,
          en: { title: "Raise repeat purchase rate from 5% to 15%", metric: "repeat purchase rate", unit: "%" },
          zh: {
            title: "将重复购买率从 5% 提高到 15%",
            metric: "重复购买率",
            unit: "%",
            comment: "复购增长慢于预期;会员保养提醒的测试下周出结果,再决定是否调整做法。",
          },
        },
        {
          baseline: 10,
          target: 25,
          progress: 0.6,
          confidence: 0.8,
          en: {
            title: "Raise preferred-brand awareness from 10% to 25%",
            metric: "preferred-brand awareness",
            unit: "%",
          },
          zh: {
            title: "将首选品牌知名度从 10% 提高到 25%",
            metric: "首选品牌知名度",
            unit: "%",
            comment: "来自每月家庭厨师品牌调研的最新读数。",
          },
        },
      ],
    },
    // Not "Become the market leader in Spain" / "成为西班牙的市场领导者" (Q1): what one quarter can learn.
    queued: {
      en: { title: "Learn whether home cooks in Spain want our cookware" },
      zh: {
        title: "了解我们是否可以切实可行地进入西班牙市场",
        description: "我们还没有在西班牙开展业务;下个季度先弄清楚那里的家庭厨师是否需要我们的锅。",
      },
      keyResults: [
        {
          baseline: 0,
          target: 30,
          en: {
            title: "Hold 30 interviews with home cooks in Spain (from 0)",
            metric: "customer interviews",
            unit: "interviews",
          },
          zh: { title: "将与西班牙家庭厨师的访谈从 0 次增加到 30 次", metric: "客户访谈", unit: "次" },
        },
        {
          baseline: 0,
          target: 3,
          en: {
            title: "Raise pre-order conversion on the Spanish test page from 0% to 3%",
            metric: "pre-order conversion",
            unit: "%",
          },
          zh: { title: "将西班牙试销页面的预订转化率从 0% 提高到 3%", metric: "预订转化率", unit: "%" },
        },
        {
          baseline: 0,
          target: 5,
          en: {
            title: "Run 5 market experiments on channel, price and delivery (from 0)",
            metric: "market experiments",
            unit: "experiments",
          },
          zh: { title: "将验证渠道、价格和物流假设的市场实验从 0 项增加到 5 项", metric: "市场实验", unit: "项" },
        },
      ],
    },
    previous: {
      objective: {
        en: {
          title: "Make our pans arrive as good as they look",
          description: "Home cooks judge us on the first unboxing: no dents, no scratches, no waiting.",
        },
        zh: {
          title: "让我们的锅送到时和图片上一样好",
          description: "家庭厨师从第一次开箱评判我们：没有凹痕，没有划痕，不用久等。",
        },
        keyResults: [
          {
            baseline: 4,
            target: 1,
            progress: 0.9,
            confidence: 0.8,
            en: {
              title: "Cut damaged-on-arrival orders from 4% to 1%",
              metric: "damaged-on-arrival orders",
              unit: "%",
            },
            zh: { title: "将到货即损坏的订单从 4% 降低到 1%", metric: "到货损坏订单", unit: "%" },
          },
          {
            baseline: 4.1,
            target: 4.5,
            progress: 0.7,
            confidence: 0.7,
            en: {
              title: "Raise average product rating from 4.1 to 4.5 stars",
              metric: "average product rating",
              unit: "stars",
            },
            zh: { title: "将产品平均评分从 4.1 星提高到 4.5 星", metric: "产品平均评分", unit: "星" },
          },
          {
            baseline: 3,
            target: 8,
            progress: 0.5,
            confidence: 0.4,
            en: { title: "Raise repeat purchase rate (baseline 3%)", metric: "repeat purchase rate", unit: "%" },
            zh: { title: "提高重复购买率（基线 3%）", metric: "重复购买率", unit: "%" },
          },
        ],
      },
      checkpoint: {
        answers: [
          {
            kr: 0,
            question: "ambitious_enough",
            en: "Probably not: the new corner protectors did most of the work in three weeks.",
            zh: "大概不够：新的护角三周内就完成了大部分改善。",
          },
          {
            kr: 1,
            question: "what_worked",
            en: "Answering every review under 4 stars within a day; several customers raised their rating afterwards.",
            zh: "一天之内回复每一条低于 4 星的评价，好几位顾客随后提高了评分。",
          },
          {
            kr: 2,
            question: "target_realistic",
            en: "No. People buy a pan and come back months later; a quarter sees only the first cohort's earliest repeat buyers.",
            zh: "不现实。顾客买一口锅，几个月后才会再买；一个季度只能看到第一批顾客中最早回购的人。",
          },
        ],
        decisions: [
          ...keep(0, 1),
          {
            kr: 2,
            decision: "revise",
            target: 6,
            reason: {
              en: "A pan is bought again after months, not weeks: 8% cannot show inside one quarter",
              zh: "锅的回购周期是几个月而不是几周，8% 在一个季度内无法体现",
            },
          },
        ],
        learnings: [
          {
            kr: 2,
            en: "Repeat purchase of cookware has a cycle of months; a quarterly KR on it needs a target sized to the first cohort.",
            zh: "炊具的回购周期以月计；季度关键结果的目标要按第一批顾客的规模来定。",
          },
        ],
      },
      end: {
        answers: [
          {
            kr: 0,
            question: "ambitious_enough",
            en: "No. Packaging alone got us most of the way; next time the target should ask for a change in the warehouse too.",
            zh: "不够。只改包装就走完了大部分路程；下次的目标应当同时要求仓库做出改变。",
          },
          {
            kr: 0,
            question: "what_made_it_easy",
            en: "The carrier shared its damage photos, so we saw in a week which corners broke.",
            zh: "物流商共享了破损照片，一周内我们就看清是哪些边角会撞坏。",
          },
          {
            kr: 0,
            question: "raise_the_bar",
            en: "Refunds are the next layer: the current quarter's refund-rate KR takes it on.",
            zh: "下一层是退款：本季度的退款率关键结果接着做。",
          },
          {
            kr: 1,
            question: "what_worked",
            en: "Replying to low ratings fast, and the care card in the box.",
            zh: "快速回复低分评价，以及箱子里的保养卡。",
          },
          {
            kr: 1,
            question: "could_be_better",
            en: "We changed the care card and the replies at once, so we cannot tell which one moved the rating.",
            zh: "保养卡和评价回复同时改了，我们说不清是哪一项提高了评分。",
          },
          {
            kr: 1,
            question: "what_surprised_us",
            en: "Most low ratings were about the handle getting hot, not about the pan itself.",
            zh: "大多数低分说的是锅柄烫手，而不是锅本身。",
          },
          {
            kr: 2,
            question: "what_blocked_us",
            en: "No reason to come back yet: we sell one pan size and no lids.",
            zh: "顾客还没有回来的理由：我们只卖一种尺寸的锅，也没有锅盖。",
          },
          {
            kr: 2,
            question: "what_we_change",
            en: "Offer the matching lid by email two weeks after delivery, and measure repeat purchase over two quarters.",
            zh: "到货两周后用邮件推荐配套锅盖，并用两个季度来衡量回购。",
          },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          {
            kr: 0,
            en: "Damage photos from the carrier showed the breakage in a week; asking partners for their data beat guessing from refund notes.",
            zh: "物流商的破损照片让我们一周内就找到了破损原因；向合作伙伴要数据，比从退款备注里猜强得多。",
          },
          {
            kr: 1,
            en: "Changing two things at once (care card and review replies) left us unable to say which worked; change one thing per month.",
            zh: "一次同时改两件事（保养卡和评价回复），结果说不清哪件起了作用；每个月只改一件事。",
          },
          {
            kr: 1,
            en: "Surprise: low ratings were mostly about hot handles, a design issue our survey never asked about.",
            zh: "意外发现：低分大多是因为锅柄烫手，这是我们的问卷从来没有问过的设计问题。",
          },
          {
            en: "Packaging was the cheapest lever we had; damaged deliveries fell from 4% to 1.3% with no change to the product.",
            zh: "改进运输保护是我们最便宜的杠杆：产品本身没变，到货损坏率就从 4% 降到了 1.3%。",
          },
        ],
      },
    },
  },
  {
    kind: "department",
    en: { name: "Product", parent: COMPANY.en, lead: "li.wei@demo.grove.dev" },
    zh: { name: "产品部", parent: COMPANY.zh, lead: "li.ming@demo-zh.grove.dev" },
    objective: {
      en: {
        title: "Become customers' trusted technology partner",
        description: "Customers build their daily work on our product because it carries their workflows end to end.",
      },
      zh: {
        title: "成为客户值得信赖的技术合作伙伴",
        description:
          "客户把日常工作建立在我们的产品上,因为它能从头到尾承载他们的工作流程。每个关键结果由一位产品总监负责。",
      },
      keyResults: [
        {
          baseline: 4,
          target: 6,
          progress: 0.5,
          confidence: 0.7,
          en: { title: WORKFLOWS_KR.en, metric: "completed workflows per user per month", unit: "workflows" },
          zh: {
            title: WORKFLOWS_KR.zh,
            metric: "每个用户每月完成的平均工作流程数",
            unit: "个",
            comment: "进度来自工作流程体验组的目标(M5)。",
          },
        },
        {
          baseline: 12000,
          target: 15000,
          progress: 0.7,
          confidence: 0.75,
          en: {
            title: "Grow monthly active users from 12,000 to 15,000",
            metric: "monthly active users",
            unit: "users",
          },
          zh: { title: "将月活跃用户数从 12,000 增加到 15,000", metric: "月活跃用户数", unit: "人" },
        },
        {
          baseline: 8,
          target: 12,
          progress: 0.75,
          confidence: 0.8,
          en: {
            title: "Grow product integrations in use from 8 to 12",
            metric: "integrations in use",
            unit: "integrations",
          },
          zh: {
            title: "将产品的集成数量从 8 个增加到 12 个",
            metric: "客户在用的产品集成数量",
            unit: "个",
            comment: "两个新集成已有客户在用,第三个还在客户访谈阶段。",
          },
        },
      ],
    },
    previous: {
      objective: {
        en: {
          title: "Make our product the place where customers' workflows run",
          description: "Customers should run whole workflows in the product, not hop between tools to finish them.",
        },
        zh: {
          title: "让我们的产品成为客户运行工作流程的地方",
          description: "客户应当在产品里走完整个工作流程，而不是在多个工具之间来回切换。",
        },
        keyResults: [
          {
            baseline: 800,
            target: 1000,
            progress: 0.62,
            confidence: 0.7,
            en: { title: "Raise weekly active teams from 800 to 1,000", metric: "weekly active teams", unit: "teams" },
            zh: { title: "将每周活跃团队数从 800 个增加到 1,000 个", metric: "每周活跃团队数", unit: "个" },
          },
          {
            baseline: 5,
            target: 8,
            progress: 1,
            confidence: 0.9,
            en: {
              title: "Grow product integrations in use from 5 to 8",
              metric: "integrations in use",
              unit: "integrations",
            },
            zh: { title: "将产品的集成数量从 5 个增加到 8 个", metric: "在用集成数量", unit: "个" },
          },
          {
            baseline: 3.4,
            target: 4.2,
            progress: 0.72,
            confidence: 0.7,
            en: {
              title: "Raise completed workflows per user per month from 3.4 to 4.2",
              metric: "completed workflows per user per month",
              unit: "workflows",
            },
            zh: {
              title: "将每个用户每月完成的平均工作流程数从 3.4 个增加到 4.2 个",
              metric: "每个用户每月完成的工作流程数",
              unit: "个",
            },
          },
          {
            baseline: 30,
            target: 40,
            progress: 0.2,
            confidence: 0.3,
            en: { title: "Raise net promoter score from 30 to 40", metric: "net promoter score", unit: "points" },
            zh: { title: "将净推荐值从 30 提高到 40", metric: "净推荐值", unit: "分" },
          },
        ],
      },
      checkpoint: {
        answers: [
          {
            kr: 1,
            question: "raise_the_bar",
            en: "Eight integrations will be reached early; the next quarter should ask for twelve.",
            zh: "8 个集成会提前达成；下个季度应当要求 12 个。",
          },
          {
            kr: 3,
            question: "what_blocked_us",
            en: "NPS moved with our release calendar and a pricing email, not with anything the teams did on workflows.",
            zh: "净推荐值随我们的发布日程和一封调价邮件波动，与团队在工作流程上做的事无关。",
          },
          {
            kr: 3,
            question: "what_we_change",
            en: "Measure what customers finish in the product instead: completed workflows already does that.",
            zh: "改为衡量客户在产品里完成了什么：完成的工作流程数已经在衡量这一点。",
          },
        ],
        decisions: [
          ...keep(0, 1, 2),
          {
            kr: 3,
            decision: "drop",
            reason: {
              en: "NPS followed releases and pricing news, not workflows; completed workflows measures the objective better",
              zh: "净推荐值跟着发布和调价消息走，而不是跟着工作流程走；完成的工作流程数更能衡量这个目标",
            },
          },
        ],
        learnings: [
          {
            en: "A sentiment score we cannot move with our own work is a poor KR; we dropped NPS at the checkpoint and kept it as a health metric.",
            zh: "我们自己的工作推不动的情绪类指标不适合做关键结果；检查点时放弃了净推荐值，把它留作健康指标。",
          },
        ],
      },
      end: {
        answers: [
          {
            kr: 0,
            question: "what_worked",
            en: "Team invitations from inside a workflow brought whole teams in, not single users.",
            zh: "在工作流程里直接邀请同事，带来的是整个团队，而不是单个用户。",
          },
          {
            kr: 0,
            question: "what_surprised_us",
            en: "Small teams of three to five grew fastest; we had aimed at large ones.",
            zh: "三到五人的小团队增长最快；我们原本瞄准的是大团队。",
          },
          {
            kr: 1,
            question: "ambitious_enough",
            en: "No: two integrations were built by partners without our help.",
            zh: "不够：有两个集成是合作伙伴自己做的，没用我们帮忙。",
          },
          {
            kr: 1,
            question: "raise_the_bar",
            en: "This quarter asks for twelve, and for integrations customers use weekly.",
            zh: "本季度要求 12 个，而且要是客户每周都在用的集成。",
          },
          {
            kr: 2,
            question: "what_worked",
            en: "Cascading this KR to Workflow Experience: their tests found the steps where people gave up.",
            zh: "把这个关键结果级联给工作流程体验组：他们的测试找到了用户放弃的步骤。",
          },
          {
            kr: 2,
            question: "could_be_better",
            en: "We started measuring per-step drop-off only in week five; a baseline from day one would have saved a month.",
            zh: "我们第五周才开始衡量每一步的流失；如果第一天就有基线，能省一个月。",
          },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          {
            kr: 0,
            en: "Invitations sent from inside a workflow brought in whole teams; invitations from the settings page almost never did.",
            zh: "从工作流程内部发出的邀请带来了整个团队；从设置页面发出的邀请几乎没有效果。",
          },
          {
            kr: 1,
            en: "Partners built two integrations on their own once the API docs had examples: documentation was the cheapest way to grow integrations.",
            zh: "接口文档有了示例之后，合作伙伴自己做出了两个集成：文档是增加集成最便宜的办法。",
          },
          {
            kr: 2,
            en: "Instrument a KR before the quarter starts: a month without per-step data was a month of guessing.",
            zh: "关键结果要在季度开始前就埋好点：没有每一步数据的那一个月，我们只能靠猜。",
          },
        ],
      },
    },
  },
  {
    kind: "team",
    en: {
      name: "Workflow Experience",
      parent: "Product",
      lead: "jonas@demo.grove.dev",
      members: ["priya@demo.grove.dev"],
    },
    zh: {
      name: "工作流程体验组",
      parent: "产品部",
      lead: "zhang.wei@demo-zh.grove.dev",
      members: ["liu.yang@demo-zh.grove.dev"],
    },
    objective: {
      en: {
        title: "Make completing a workflow effortless",
        description: "Cascaded from Product's workflow key result: users finish what they start.",
        parentKr: WORKFLOWS_KR.en,
      },
      zh: {
        title: "让用户轻松完成每一个工作流程",
        description: "由产品部的“完成的工作流程”关键结果分解而来:负责它的产品总监把它变成了自己团队的目标。",
        parentKr: WORKFLOWS_KR.zh,
      },
      keyResults: [
        {
          baseline: 2,
          target: 12,
          progress: 0.7,
          confidence: 0.8,
          en: { title: "Run 12 A/B tests on workflow steps (from 2)", metric: "A/B tests completed", unit: "tests" },
          zh: {
            title: "将本季度完成的 A/B 测试从 2 个增加到 12 个",
            metric: "完成的 A/B 测试",
            unit: "个",
            comment: "每个测试开始前都写下了成功指标,结果按全部指标公布,不挑好看的(S6)。",
          },
        },
        {
          baseline: 0,
          target: 8,
          progress: 0.5,
          confidence: 0.6,
          staleDays: 19,
          en: { title: "Run 8 usability tests with customers (from 0)", metric: "usability tests", unit: "tests" },
          zh: {
            title: "将与客户进行的可用性测试从 0 次增加到 8 次",
            metric: "可用性测试",
            unit: "次",
            comment: "约到的客户推迟了两场测试。",
          },
        },
        {
          baseline: 10,
          target: 7,
          progress: 0.3,
          confidence: 0.4,
          en: { title: COMPLETION_TIME_KR.en, metric: "median completion time", unit: "min" },
          zh: {
            title: COMPLETION_TIME_KR.zh,
            metric: "工作流程的中位完成时间",
            unit: "分钟",
            comment: "进度来自新用户上手组的目标(M5)。",
          },
        },
      ],
    },
    previous: {
      objective: {
        en: {
          title: "Find out where users give up on their workflows",
          description: "Before making workflows faster, learn which steps people abandon and why.",
        },
        zh: {
          title: "找出用户在哪里放弃他们的工作流程",
          description: "在让工作流程更快之前，先弄清用户放弃了哪些步骤，以及为什么。",
        },
        keyResults: [
          {
            baseline: 0,
            target: 6,
            progress: 1,
            confidence: 0.9,
            en: { title: "Run 6 usability tests with customers (from 0)", metric: "usability tests", unit: "tests" },
            zh: { title: "将与客户进行的可用性测试从 0 次增加到 6 次", metric: "可用性测试", unit: "次" },
          },
          {
            baseline: 2,
            target: 10,
            progress: 0.875,
            confidence: 0.8,
            en: {
              title: "Instrument 10 workflow steps with drop-off events (from 2)",
              metric: "instrumented workflow steps",
              unit: "steps",
            },
            zh: {
              title: "将埋点记录流失的工作流程步骤从 2 个增加到 10 个",
              metric: "已埋点的工作流程步骤",
              unit: "个",
            },
          },
          {
            baseline: 0,
            target: 6,
            progress: 0.33,
            confidence: 0.4,
            en: { title: "Run 6 A/B tests on workflow steps (from 0)", metric: "A/B tests completed", unit: "tests" },
            zh: { title: "将本季度完成的 A/B 测试从 0 个增加到 6 个", metric: "完成的 A/B 测试", unit: "个" },
          },
        ],
      },
      checkpoint: {
        answers: [
          {
            kr: 0,
            question: "what_made_it_easy",
            en: "Customer success booked the sessions for us from their weekly calls.",
            zh: "客户成功部在每周的客户电话里帮我们约好了测试。",
          },
          {
            kr: 2,
            question: "what_blocked_us",
            en: "Each A/B test waits for enough traffic on one step; we have too few users per step to finish one a fortnight.",
            zh: "每个 A/B 测试都要等单个步骤积累足够的流量；每一步的用户太少，两周完成不了一个。",
          },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          {
            kr: 2,
            en: "A/B tests on low-traffic steps take four weeks each; test the busiest steps first.",
            zh: "流量小的步骤上，一个 A/B 测试要四周；先测流量最大的步骤。",
          },
        ],
      },
      end: {
        answers: [
          {
            kr: 0,
            question: "ambitious_enough",
            en: "Six was easy with customer success booking for us; eight is this quarter's bar.",
            zh: "有客户成功部帮忙约，6 次很容易；本季度的标准是 8 次。",
          },
          {
            kr: 1,
            question: "what_made_it_easy",
            en: "The events library the platform team shipped in July.",
            zh: "平台组在七月发布的事件库。",
          },
          {
            kr: 2,
            question: "what_blocked_us",
            en: "Traffic: most steps see a few hundred users a week, too few for a test in two weeks.",
            zh: "流量：大多数步骤每周只有几百个用户，两周内做不完一个测试。",
          },
          {
            kr: 2,
            question: "target_realistic",
            en: "Not for our traffic. Two finished tests was what the quarter could hold.",
            zh: "以我们的流量来说不现实。完成两个测试就是这个季度的上限。",
          },
          {
            kr: 2,
            question: "what_we_change",
            en: "Pool similar steps into one test, and run usability tests where traffic is thin.",
            zh: "把相似的步骤合并成一个测试，流量小的地方改做可用性测试。",
          },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          {
            kr: 0,
            en: "Five of six usability tests stalled at the same step: choosing a template. One interview session told us more than a month of event data.",
            zh: "六次可用性测试里有五次卡在同一步：选择模板。一次测试告诉我们的，比一个月的事件数据还多。",
          },
          {
            kr: 2,
            en: "Size an A/B test KR from traffic first: with a few hundred users per step, two tests a quarter is the ceiling.",
            zh: "先按流量来定 A/B 测试类关键结果的目标：每一步只有几百个用户时，一个季度最多做两个测试。",
          },
          {
            en: "Surprise: people did not give up on long workflows, they gave up on the first screen that asked them to choose.",
            zh: "意外发现：用户不是在长流程里放弃的，而是在第一个要求他们做选择的页面上放弃的。",
          },
        ],
      },
    },
  },
  {
    kind: "team",
    en: { name: "Onboarding", parent: "Workflow Experience", lead: "priya@demo.grove.dev" },
    zh: { name: "新用户上手组", parent: "工作流程体验组", lead: "liu.yang@demo-zh.grove.dev" },
    objective: {
      en: {
        title: "Help new users finish their first workflow on day one",
        description: "Cascaded from Workflow Experience's completion-time key result.",
        parentKr: COMPLETION_TIME_KR.en,
      },
      zh: {
        title: "帮助新用户在第一天完成第一个工作流程",
        description: "由工作流程体验组的完成时间关键结果分解而来:产品经理和设计、工程一起为自己的产品群设定关键结果。",
        parentKr: COMPLETION_TIME_KR.zh,
      },
      keyResults: [
        {
          baseline: 35,
          target: 55,
          progress: 0.4,
          confidence: 0.5,
          en: {
            title: "Raise day-one workflow completion from 35% to 55%",
            metric: "day-one workflow completion",
            unit: "%",
          },
          zh: { title: "将新用户首日的工作流程完成率从 35% 提高到 55%", metric: "新用户首日工作流程完成率", unit: "%" },
        },
        {
          baseline: 14,
          target: 8,
          progress: 0.35,
          confidence: 0.45,
          en: { title: "Cut first-workflow time from 14 to 8 minutes", metric: "first-workflow time", unit: "min" },
          zh: {
            title: "将完成第一个工作流程的时间从 14 分钟缩短到 8 分钟",
            metric: "完成第一个工作流程的时间",
            unit: "分钟",
          },
        },
        {
          baseline: 0,
          target: 20,
          progress: 0.65,
          confidence: 0.85,
          en: {
            title: "Hold 20 interviews with users who abandoned onboarding (from 0)",
            metric: "customer interviews",
            unit: "interviews",
          },
          zh: {
            title: "将与放弃上手流程的用户的访谈从 0 次增加到 20 次",
            metric: "客户访谈",
            unit: "次",
            comment: "访谈发现:多数人卡在导入数据这一步,而不是我们以为的设置页面。",
          },
        },
      ],
    },
    previous: {
      objective: {
        en: {
          title: "Learn why new users leave before their first workflow",
          description: "Talk to the people who signed up and left, then fix what they ran into first.",
        },
        zh: {
          title: "弄清新用户为什么在完成第一个工作流程之前离开",
          description: "先和注册后离开的人谈一谈，再修好他们最先碰到的问题。",
        },
        keyResults: [
          {
            baseline: 0,
            target: 15,
            progress: 17 / 15,
            confidence: 0.9,
            en: {
              title: "Hold 15 interviews with users who abandoned onboarding (from 0)",
              metric: "customer interviews",
              unit: "interviews",
            },
            zh: { title: "将与放弃上手流程的用户的访谈从 0 次增加到 15 次", metric: "用户访谈", unit: "次" },
          },
          {
            baseline: 30,
            target: 45,
            progress: 0.5,
            confidence: 0.4,
            en: {
              title: "Raise day-one workflow completion (baseline 30%)",
              metric: "day-one workflow completion",
              unit: "%",
            },
            zh: { title: "提高新用户首日的工作流程完成率（基线 30%）", metric: "首日工作流程完成率", unit: "%" },
          },
          {
            baseline: 18,
            target: 14,
            progress: 1,
            confidence: 0.85,
            en: { title: "Cut first-workflow time from 18 to 14 minutes", metric: "first-workflow time", unit: "min" },
            zh: {
              title: "将完成第一个工作流程的时间从 18 分钟缩短到 14 分钟",
              metric: "完成第一个工作流程的时间",
              unit: "分钟",
            },
          },
        ],
      },
      checkpoint: {
        answers: [
          {
            kr: 0,
            question: "raise_the_bar",
            en: "We will reach fifteen early; keep interviewing, the later ones explain the numbers.",
            zh: "15 次会提前完成；继续访谈，后面的访谈才解释得了数字。",
          },
          {
            kr: 1,
            question: "target_realistic",
            en: "No: half the drop-off happens in account setup that customers' IT controls.",
            zh: "不现实：一半的流失发生在由客户 IT 部门控制的账号设置环节。",
          },
          {
            kr: 1,
            question: "what_we_change",
            en: "Aim at the part we own and ask IT admins into the next interviews.",
            zh: "瞄准我们能掌控的部分，并请 IT 管理员参加接下来的访谈。",
          },
        ],
        decisions: [
          ...keep(0),
          {
            kr: 1,
            decision: "revise",
            target: 40,
            reason: {
              en: "Interviews showed half the drop-off is single sign-on setup owned by customers' IT, outside our reach this quarter",
              zh: "访谈显示一半的流失来自由客户 IT 部门负责的单点登录设置，本季度我们无法改变",
            },
          },
          ...keep(2),
        ],
        learnings: [
          {
            kr: 1,
            en: "Half of day-one drop-off is single sign-on setup owned by the customer's IT; interview IT admins, not only end users.",
            zh: "首日流失有一半出在客户 IT 负责的单点登录设置上；访谈对象要包括 IT 管理员，而不只是最终用户。",
          },
        ],
      },
      end: {
        answers: [
          {
            kr: 0,
            question: "what_made_it_easy",
            en: "A one-line question in the cancellation email; people were glad to be asked.",
            zh: "在注销邮件里加了一句话的问题；大家很乐意被问到。",
          },
          {
            kr: 0,
            question: "ambitious_enough",
            en: "Yes for a first round; the value came from the last five interviews, so we keep going.",
            zh: "作为第一轮是够的；最有价值的是最后五次访谈，所以我们会继续。",
          },
          {
            kr: 1,
            question: "what_blocked_us",
            en: "Single sign-on: teams waited days for their IT to switch it on.",
            zh: "单点登录：团队要等好几天，IT 部门才给开通。",
          },
          {
            kr: 1,
            question: "what_we_change",
            en: "Let a team start with email sign-in and move to single sign-on later.",
            zh: "让团队先用邮箱登录开始使用，之后再切换到单点登录。",
          },
          {
            kr: 2,
            question: "what_made_it_easy",
            en: "Prefilled sample data: users saw a finished workflow before building their own.",
            zh: "预先填好的示例数据：用户在自己动手之前先看到了一个完成的工作流程。",
          },
          { kr: 2, question: "raise_the_bar", en: "This quarter aims at 8 minutes.", zh: "本季度的目标是 8 分钟。" },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          {
            kr: 0,
            en: "A single question in the cancellation email got us 17 interviews; asking at the moment people leave works.",
            zh: "注销邮件里的一个问题带来了 17 次访谈；在用户离开的那一刻发问最有效。",
          },
          {
            kr: 2,
            en: "Sample data did more for first-workflow time than any tooltip: people copy a finished example.",
            zh: "示例数据对缩短首个工作流程时间的作用超过任何提示框：用户会照着完成的例子做。",
          },
          {
            en: "The blocker we did not see in the data was outside the product: customers' IT and their single sign-on queue.",
            zh: "数据里看不到的障碍在产品之外：客户的 IT 部门和他们的单点登录排期。",
          },
        ],
      },
    },
  },
  {
    kind: "team",
    en: { name: "Real-estate CRM", parent: "Product", lead: "chen.jing@demo.grove.dev" },
    zh: { name: "房地产经纪人 CRM 组", parent: "产品部", lead: "zhao.lei@demo-zh.grove.dev" },
    objective: {
      en: {
        title: "Enable real-estate agents to drive more home sales with less effort",
        description:
          "One objective for the team: collaboration, online presence and automation all serve it as KRs and initiatives.",
      },
      zh: {
        title: "让房地产经纪人能够以更少的努力推动更多的房屋销售",
        description:
          "一个团队只有一个目标(M1):经纪人之间的协作、在线知名度和低价值流程的自动化都作为关键结果和举措服务于它,而不是三个目标。",
      },
      keyResults: [
        {
          baseline: 30,
          target: 34,
          progress: 0.85,
          confidence: 0.9,
          en: { title: "Raise lead conversion from 30% to 34%", metric: "lead conversion", unit: "%" },
          zh: { title: "将销售线索转化率从 30% 提高到 34%", metric: "销售线索转化率", unit: "%" },
        },
        {
          baseline: 1.5,
          target: 1.8,
          progress: 0.65,
          confidence: 0.7,
          en: {
            title: "Raise average monthly home sales per agent from 1.5 to 1.8",
            metric: "home sales per agent per month",
            unit: "sales",
          },
          zh: {
            title: "将每个经纪人的平均每月房屋销售量从 1.5 套增加到 1.8 套",
            metric: "每个经纪人的平均每月房屋销售量",
            unit: "套",
          },
        },
        {
          baseline: 85,
          target: 90,
          progress: 0.8,
          confidence: 0.75,
          en: { title: "Raise home value estimate accuracy from 85% to 90%", metric: "estimate accuracy", unit: "%" },
          zh: {
            title: "将房屋价值估算的准确性从 85% 提高到 90%",
            metric: "房屋价值估算的准确性",
            unit: "%",
            // P4: the guide's PM keeps the monetisation step even though removing it would be faster.
            comment: "估价流程里“是否愿意与经纪人沟通”这一步是变现步骤,我们保留它,改为提高估算准确性(P4)。",
          },
        },
      ],
    },
    previous: {
      objective: {
        en: {
          title: "Give agents one place to manage their listings",
          description: "Agents should stop keeping listings in spreadsheets beside the CRM.",
        },
        zh: { title: "让经纪人在一个地方管理他们的房源", description: "经纪人不应再在 CRM 旁边另开电子表格记房源。" },
        keyResults: [
          {
            baseline: 20,
            target: 60,
            progress: 0.45,
            confidence: 0.4,
            en: {
              title: "Move 60% of active listings into the CRM (from 20%)",
              metric: "listings managed in the CRM",
              unit: "%",
            },
            zh: {
              title: "将在 CRM 中管理的在售房源比例从 20% 提高到 60%",
              metric: "在 CRM 中管理的房源比例",
              unit: "%",
            },
          },
          {
            baseline: 150,
            target: 250,
            progress: 0.5,
            confidence: 0.45,
            en: { title: "Raise weekly active agents from 150 to 250", metric: "weekly active agents", unit: "agents" },
            zh: { title: "将每周活跃经纪人从 150 人增加到 250 人", metric: "每周活跃经纪人", unit: "人" },
          },
          {
            baseline: 27,
            target: 31,
            progress: 0.75,
            confidence: 0.7,
            en: { title: "Raise lead conversion from 27% to 31%", metric: "lead conversion", unit: "%" },
            zh: { title: "将销售线索转化率从 27% 提高到 31%", metric: "销售线索转化率", unit: "%" },
          },
        ],
      },
      checkpoint: {
        answers: [
          {
            kr: 0,
            question: "what_blocked_us",
            en: "The spreadsheet import breaks on agencies' own column names.",
            zh: "各家中介的电子表格列名不同，导入一遇到就出错。",
          },
          {
            kr: 2,
            question: "what_worked",
            en: "Reminders to call back a lead within an hour.",
            zh: "提醒经纪人在一小时内回电新线索。",
          },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          {
            kr: 0,
            en: "Every agency names its spreadsheet columns differently; an import has to let people map columns.",
            zh: "每家中介给电子表格列起的名字都不一样；导入功能必须让用户自己对应列。",
          },
        ],
      },
      end: {
        answers: [
          {
            kr: 0,
            question: "what_blocked_us",
            en: "The import: column mapping shipped only in the last two weeks.",
            zh: "导入：列对应功能直到最后两周才上线。",
          },
          {
            kr: 0,
            question: "target_realistic",
            en: "Yes, had the import worked from the start; the target stays for the agencies still on spreadsheets.",
            zh: "如果导入一开始就能用，目标是现实的；对仍在用电子表格的中介，这个目标保留。",
          },
          {
            kr: 1,
            question: "what_blocked_us",
            en: "Agents only come back weekly once their listings are in; this KR waited on the first one.",
            zh: "房源搬进来之后经纪人才会每周回来；这个关键结果一直在等前一个。",
          },
          {
            kr: 1,
            question: "what_we_change",
            en: "Stop counting active agents separately; it follows from the listings.",
            zh: "不再单独统计活跃经纪人；它跟着房源走。",
          },
          {
            kr: 2,
            question: "what_worked",
            en: "Call-back reminders and the lead's history on one screen.",
            zh: "回电提醒，以及在同一个页面上看到线索的全部历史。",
          },
          {
            kr: 2,
            question: "what_surprised_us",
            en: "Leads from open houses converted twice as well as web leads.",
            zh: "开放看房日带来的线索，转化率是网站线索的两倍。",
          },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          {
            kr: 0,
            en: "We planned the listings KR on an import that did not work yet; check that a KR's first step is in place before the quarter starts.",
            zh: "房源关键结果建立在一个还不能用的导入功能上；季度开始前先确认关键结果的第一步已经就绪。",
          },
          {
            kr: 1,
            en: "Weekly active agents followed listings moved in, with a lag; two KRs on one cause split our attention.",
            zh: "每周活跃经纪人跟着搬进来的房源走，只是有滞后；同一个原因上的两个关键结果分散了我们的注意力。",
          },
          {
            kr: 2,
            en: "Open-house leads convert twice as well as web leads; agents want them in the CRM first.",
            zh: "开放看房日的线索转化率是网站线索的两倍；经纪人希望先把这些线索录进 CRM。",
          },
        ],
      },
    },
  },
];
