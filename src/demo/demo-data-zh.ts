// The Chinese demo organisation: the guide's own examples in its own words
// (seed/okr-product-guide.zh.txt; docs/method.md, "Worked examples"). The cookware team, the product leader's
// "成为客户值得信赖的技术合作伙伴" cascaded to the director of completed workflows (A/B tests,
// usability tests, completion time, M5) and on to a PM's team, the real-estate CRM app's one
// objective (M1), the Spain objective scoped to one quarter (Q1) and queued, and the sales and
// customer success teams whose KRs were negotiated not to pull against each other (M7).
// Numbers the guide leaves open ("增加每月活跃用户数") are filled in as the English demo does.

import { type DemoOrganisation, type DemoPerson, type DemoUnit, keep } from "./demo-types.ts";

// Wang Fang runs the company; Amara (the English demo's admin) belongs here too, so she sees
// both organisations; Huang Min only reads (a board member, say).
const people: DemoPerson[] = [
  { name: "王芳", email: "wang.fang@demo-zh.grove.dev", role: "admin" },
  { name: "Amara Okafor", email: "amara@demo.grove.dev", role: "admin" },
  { name: "李明", email: "li.ming@demo-zh.grove.dev", role: "member" },
  { name: "张伟", email: "zhang.wei@demo-zh.grove.dev", role: "member" },
  { name: "刘洋", email: "liu.yang@demo-zh.grove.dev", role: "member" },
  { name: "赵磊", email: "zhao.lei@demo-zh.grove.dev", role: "member" },
  { name: "孙丽", email: "sun.li@demo-zh.grove.dev", role: "member" },
  { name: "周杰", email: "zhou.jie@demo-zh.grove.dev", role: "member" },
  { name: "吴婷", email: "wu.ting@demo-zh.grove.dev", role: "member" },
  { name: "郑浩", email: "zheng.hao@demo-zh.grove.dev", role: "member" },
  { name: "黄敏", email: "huang.min@demo-zh.grove.dev", role: "viewer" },
];

const COMPANY = "演示公司";
const WORKFLOWS_KR = "将每个用户每月完成的平均工作流程数从 4 个增加到 6 个";
const COMPLETION_TIME_KR = "将工作流程的中位完成时间从 10 分钟缩短到 7 分钟";

const units: DemoUnit[] = [
  { name: COMPANY, kind: "company", lead: "wang.fang@demo-zh.grove.dev" },
  {
    name: "炊具事业部",
    kind: "department",
    parent: COMPANY,
    lead: "sun.li@demo-zh.grove.dev",
    members: ["zhou.jie@demo-zh.grove.dev"],
    objective: {
      title: "成为家庭厨师值得信赖的烹饪锅供应商",
      description: "家庭厨师做饭时首先想到我们的锅,需要下一口锅时还会回来找我们。",
      keyResults: [
        {
          title: "将退款率从 0.5% 降低到 0.2%",
          metric: "退款率",
          unit: "%",
          baseline: 0.5,
          target: 0.2,
          progress: 0.55,
          confidence: 0.7,
          comment: "因锅底变形退货的订单减少了一半,加厚包装起了作用。",
        },
        {
          title: "将重复购买率从 5% 提高到 15%",
          metric: "重复购买率",
          unit: "%",
          baseline: 5,
          target: 15,
          progress: 0.42,
          confidence: 0.35,
          comment: "复购增长慢于预期;会员保养提醒的测试下周出结果,再决定是否调整做法。",
        },
        {
          title: "将首选品牌知名度从 10% 提高到 25%",
          metric: "首选品牌知名度",
          unit: "%",
          baseline: 10,
          target: 25,
          progress: 0.6,
          confidence: 0.8,
          comment: "来自每月家庭厨师品牌调研的最新读数。",
        },
      ],
    },
    // Not "成为西班牙的市场领导者" (Q1): what one quarter can learn.
    queued: {
      title: "了解我们是否可以切实可行地进入西班牙市场",
      description: "我们还没有在西班牙开展业务;下个季度先弄清楚那里的家庭厨师是否需要我们的锅。",
      keyResults: [
        {
          title: "将与西班牙家庭厨师的访谈从 0 次增加到 30 次",
          metric: "客户访谈",
          unit: "次",
          baseline: 0,
          target: 30,
        },
        {
          title: "将西班牙试销页面的预订转化率从 0% 提高到 3%",
          metric: "预订转化率",
          unit: "%",
          baseline: 0,
          target: 3,
        },
        {
          title: "将验证渠道、价格和物流假设的市场实验从 0 项增加到 5 项",
          metric: "市场实验",
          unit: "项",
          baseline: 0,
          target: 5,
        },
      ],
    },
    previous: {
      objective: {
        title: "让我们的锅送到时和图片上一样好",
        description: "家庭厨师从第一次开箱评判我们：没有凹痕，没有划痕，不用久等。",
        keyResults: [
          {
            title: "将到货即损坏的订单从 4% 降低到 1%",
            metric: "到货损坏订单",
            unit: "%",
            baseline: 4,
            target: 1,
            progress: 0.9,
            confidence: 0.8,
          },
          {
            title: "将产品平均评分从 4.1 星提高到 4.5 星",
            metric: "产品平均评分",
            unit: "星",
            baseline: 4.1,
            target: 4.5,
            progress: 0.7,
            confidence: 0.7,
          },
          {
            title: "提高重复购买率（基线 3%）",
            metric: "重复购买率",
            unit: "%",
            baseline: 3,
            target: 8,
            progress: 0.5,
            confidence: 0.4,
          },
        ],
      },
      checkpoint: {
        answers: [
          { kr: 0, question: "ambitious_enough", answer: "大概不够：新的护角三周内就完成了大部分改善。" },
          { kr: 1, question: "what_worked", answer: "一天之内回复每一条低于 4 星的评价，好几位顾客随后提高了评分。" },
          {
            kr: 2,
            question: "target_realistic",
            answer: "不现实。顾客买一口锅，几个月后才会再买；一个季度只能看到第一批顾客中最早回购的人。",
          },
        ],
        decisions: [
          ...keep(0, 1),
          { kr: 2, decision: "revise", target: 6, reason: "锅的回购周期是几个月而不是几周，8% 在一个季度内无法体现" },
        ],
        learnings: [{ kr: 2, body: "炊具的回购周期以月计；季度关键结果的目标要按第一批顾客的规模来定。" }],
      },
      end: {
        answers: [
          {
            kr: 0,
            question: "ambitious_enough",
            answer: "不够。只改包装就走完了大部分路程；下次的目标应当同时要求仓库做出改变。",
          },
          { kr: 0, question: "what_made_it_easy", answer: "物流商共享了破损照片，一周内我们就看清是哪些边角会撞坏。" },
          { kr: 0, question: "raise_the_bar", answer: "下一层是退款：本季度的退款率关键结果接着做。" },
          { kr: 1, question: "what_worked", answer: "快速回复低分评价，以及箱子里的保养卡。" },
          { kr: 1, question: "could_be_better", answer: "保养卡和评价回复同时改了，我们说不清是哪一项提高了评分。" },
          { kr: 1, question: "what_surprised_us", answer: "大多数低分说的是锅柄烫手，而不是锅本身。" },
          { kr: 2, question: "what_blocked_us", answer: "顾客还没有回来的理由：我们只卖一种尺寸的锅，也没有锅盖。" },
          { kr: 2, question: "what_we_change", answer: "到货两周后用邮件推荐配套锅盖，并用两个季度来衡量回购。" },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          { kr: 0, body: "物流商的破损照片让我们一周内就找到了破损原因；向合作伙伴要数据，比从退款备注里猜强得多。" },
          { kr: 1, body: "一次同时改两件事（保养卡和评价回复），结果说不清哪件起了作用；每个月只改一件事。" },
          { kr: 1, body: "意外发现：低分大多是因为锅柄烫手，这是我们的问卷从来没有问过的设计问题。" },
          { body: "改进运输保护是我们最便宜的杠杆：产品本身没变，到货损坏率就从 4% 降到了 1.3%。" },
        ],
      },
    },
  },
  {
    name: "产品部",
    kind: "department",
    parent: COMPANY,
    lead: "li.ming@demo-zh.grove.dev",
    objective: {
      title: "成为客户值得信赖的技术合作伙伴",
      description:
        "客户把日常工作建立在我们的产品上,因为它能从头到尾承载他们的工作流程。每个关键结果由一位产品总监负责。",
      keyResults: [
        {
          title: WORKFLOWS_KR,
          metric: "每个用户每月完成的平均工作流程数",
          unit: "个",
          baseline: 4,
          target: 6,
          progress: 0.5,
          confidence: 0.7,
          comment: "进度来自工作流程体验组的目标(M5)。",
        },
        {
          title: "将月活跃用户数从 12,000 增加到 15,000",
          metric: "月活跃用户数",
          unit: "人",
          baseline: 12000,
          target: 15000,
          progress: 0.7,
          confidence: 0.75,
        },
        {
          title: "将产品的集成数量从 8 个增加到 12 个",
          metric: "客户在用的产品集成数量",
          unit: "个",
          baseline: 8,
          target: 12,
          progress: 0.75,
          confidence: 0.8,
          comment: "两个新集成已有客户在用,第三个还在客户访谈阶段。",
        },
      ],
    },
    previous: {
      objective: {
        title: "让我们的产品成为客户运行工作流程的地方",
        description: "客户应当在产品里走完整个工作流程，而不是在多个工具之间来回切换。",
        keyResults: [
          {
            title: "将每周活跃团队数从 800 个增加到 1,000 个",
            metric: "每周活跃团队数",
            unit: "个",
            baseline: 800,
            target: 1000,
            progress: 0.62,
            confidence: 0.7,
          },
          {
            title: "将产品的集成数量从 5 个增加到 8 个",
            metric: "在用集成数量",
            unit: "个",
            baseline: 5,
            target: 8,
            progress: 1,
            confidence: 0.9,
          },
          {
            title: "将每个用户每月完成的平均工作流程数从 3.4 个增加到 4.2 个",
            metric: "每个用户每月完成的工作流程数",
            unit: "个",
            baseline: 3.4,
            target: 4.2,
            progress: 0.72,
            confidence: 0.7,
          },
          {
            title: "将净推荐值从 30 提高到 40",
            metric: "净推荐值",
            unit: "分",
            baseline: 30,
            target: 40,
            progress: 0.2,
            confidence: 0.3,
          },
        ],
      },
      checkpoint: {
        answers: [
          { kr: 1, question: "raise_the_bar", answer: "8 个集成会提前达成；下个季度应当要求 12 个。" },
          {
            kr: 3,
            question: "what_blocked_us",
            answer: "净推荐值随我们的发布日程和一封调价邮件波动，与团队在工作流程上做的事无关。",
          },
          {
            kr: 3,
            question: "what_we_change",
            answer: "改为衡量客户在产品里完成了什么：完成的工作流程数已经在衡量这一点。",
          },
        ],
        decisions: [
          ...keep(0, 1, 2),
          {
            kr: 3,
            decision: "drop",
            reason: "净推荐值跟着发布和调价消息走，而不是跟着工作流程走；完成的工作流程数更能衡量这个目标",
          },
        ],
        learnings: [
          { body: "我们自己的工作推不动的情绪类指标不适合做关键结果；检查点时放弃了净推荐值，把它留作健康指标。" },
        ],
      },
      end: {
        answers: [
          { kr: 0, question: "what_worked", answer: "在工作流程里直接邀请同事，带来的是整个团队，而不是单个用户。" },
          { kr: 0, question: "what_surprised_us", answer: "三到五人的小团队增长最快；我们原本瞄准的是大团队。" },
          { kr: 1, question: "ambitious_enough", answer: "不够：有两个集成是合作伙伴自己做的，没用我们帮忙。" },
          { kr: 1, question: "raise_the_bar", answer: "本季度要求 12 个，而且要是客户每周都在用的集成。" },
          {
            kr: 2,
            question: "what_worked",
            answer: "把这个关键结果级联给工作流程体验组：他们的测试找到了用户放弃的步骤。",
          },
          {
            kr: 2,
            question: "could_be_better",
            answer: "我们第五周才开始衡量每一步的流失；如果第一天就有基线，能省一个月。",
          },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          { kr: 0, body: "从工作流程内部发出的邀请带来了整个团队；从设置页面发出的邀请几乎没有效果。" },
          { kr: 1, body: "接口文档有了示例之后，合作伙伴自己做出了两个集成：文档是增加集成最便宜的办法。" },
          { kr: 2, body: "关键结果要在季度开始前就埋好点：没有每一步数据的那一个月，我们只能靠猜。" },
        ],
      },
    },
  },
  {
    name: "工作流程体验组",
    kind: "team",
    parent: "产品部",
    lead: "zhang.wei@demo-zh.grove.dev",
    members: ["liu.yang@demo-zh.grove.dev"],
    objective: {
      title: "让用户轻松完成每一个工作流程",
      description: "由产品部的“完成的工作流程”关键结果分解而来:负责它的产品总监把它变成了自己团队的目标。",
      parentKr: WORKFLOWS_KR,
      keyResults: [
        {
          title: "将本季度完成的 A/B 测试从 2 个增加到 12 个",
          metric: "完成的 A/B 测试",
          unit: "个",
          baseline: 2,
          target: 12,
          progress: 0.7,
          confidence: 0.8,
          comment: "每个测试开始前都写下了成功指标,结果按全部指标公布,不挑好看的(S6)。",
        },
        {
          title: "将与客户进行的可用性测试从 0 次增加到 8 次",
          metric: "可用性测试",
          unit: "次",
          baseline: 0,
          target: 8,
          progress: 0.5,
          confidence: 0.6,
          staleDays: 19,
          comment: "约到的客户推迟了两场测试。",
        },
        {
          title: COMPLETION_TIME_KR,
          metric: "工作流程的中位完成时间",
          unit: "分钟",
          baseline: 10,
          target: 7,
          progress: 0.3,
          confidence: 0.4,
          comment: "进度来自新用户上手组的目标(M5)。",
        },
      ],
    },
    previous: {
      objective: {
        title: "找出用户在哪里放弃他们的工作流程",
        description: "在让工作流程更快之前，先弄清用户放弃了哪些步骤，以及为什么。",
        keyResults: [
          {
            title: "将与客户进行的可用性测试从 0 次增加到 6 次",
            metric: "可用性测试",
            unit: "次",
            baseline: 0,
            target: 6,
            progress: 1,
            confidence: 0.9,
          },
          {
            title: "将埋点记录流失的工作流程步骤从 2 个增加到 10 个",
            metric: "已埋点的工作流程步骤",
            unit: "个",
            baseline: 2,
            target: 10,
            progress: 0.875,
            confidence: 0.8,
          },
          {
            title: "将本季度完成的 A/B 测试从 0 个增加到 6 个",
            metric: "完成的 A/B 测试",
            unit: "个",
            baseline: 0,
            target: 6,
            progress: 0.33,
            confidence: 0.4,
          },
        ],
      },
      checkpoint: {
        answers: [
          { kr: 0, question: "what_made_it_easy", answer: "客户成功部在每周的客户电话里帮我们约好了测试。" },
          {
            kr: 2,
            question: "what_blocked_us",
            answer: "每个 A/B 测试都要等单个步骤积累足够的流量；每一步的用户太少，两周完成不了一个。",
          },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [{ kr: 2, body: "流量小的步骤上，一个 A/B 测试要四周；先测流量最大的步骤。" }],
      },
      end: {
        answers: [
          { kr: 0, question: "ambitious_enough", answer: "有客户成功部帮忙约，6 次很容易；本季度的标准是 8 次。" },
          { kr: 1, question: "what_made_it_easy", answer: "平台组在七月发布的事件库。" },
          { kr: 2, question: "what_blocked_us", answer: "流量：大多数步骤每周只有几百个用户，两周内做不完一个测试。" },
          { kr: 2, question: "target_realistic", answer: "以我们的流量来说不现实。完成两个测试就是这个季度的上限。" },
          { kr: 2, question: "what_we_change", answer: "把相似的步骤合并成一个测试，流量小的地方改做可用性测试。" },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          { kr: 0, body: "六次可用性测试里有五次卡在同一步：选择模板。一次测试告诉我们的，比一个月的事件数据还多。" },
          { kr: 2, body: "先按流量来定 A/B 测试类关键结果的目标：每一步只有几百个用户时，一个季度最多做两个测试。" },
          { body: "意外发现：用户不是在长流程里放弃的，而是在第一个要求他们做选择的页面上放弃的。" },
        ],
      },
    },
  },
  {
    name: "新用户上手组",
    kind: "team",
    parent: "工作流程体验组",
    lead: "liu.yang@demo-zh.grove.dev",
    objective: {
      title: "帮助新用户在第一天完成第一个工作流程",
      description: "由工作流程体验组的完成时间关键结果分解而来:产品经理和设计、工程一起为自己的产品群设定关键结果。",
      parentKr: COMPLETION_TIME_KR,
      keyResults: [
        {
          title: "将新用户首日的工作流程完成率从 35% 提高到 55%",
          metric: "新用户首日工作流程完成率",
          unit: "%",
          baseline: 35,
          target: 55,
          progress: 0.4,
          confidence: 0.5,
        },
        {
          title: "将完成第一个工作流程的时间从 14 分钟缩短到 8 分钟",
          metric: "完成第一个工作流程的时间",
          unit: "分钟",
          baseline: 14,
          target: 8,
          progress: 0.35,
          confidence: 0.45,
        },
        {
          title: "将与放弃上手流程的用户的访谈从 0 次增加到 20 次",
          metric: "客户访谈",
          unit: "次",
          baseline: 0,
          target: 20,
          progress: 0.65,
          confidence: 0.85,
          comment: "访谈发现:多数人卡在导入数据这一步,而不是我们以为的设置页面。",
        },
      ],
    },
    previous: {
      objective: {
        title: "弄清新用户为什么在完成第一个工作流程之前离开",
        description: "先和注册后离开的人谈一谈，再修好他们最先碰到的问题。",
        keyResults: [
          {
            title: "将与放弃上手流程的用户的访谈从 0 次增加到 15 次",
            metric: "用户访谈",
            unit: "次",
            baseline: 0,
            target: 15,
            progress: 17 / 15,
            confidence: 0.9,
          },
          {
            title: "提高新用户首日的工作流程完成率（基线 30%）",
            metric: "首日工作流程完成率",
            unit: "%",
            baseline: 30,
            target: 45,
            progress: 0.5,
            confidence: 0.4,
          },
          {
            title: "将完成第一个工作流程的时间从 18 分钟缩短到 14 分钟",
            metric: "完成第一个工作流程的时间",
            unit: "分钟",
            baseline: 18,
            target: 14,
            progress: 1,
            confidence: 0.85,
          },
        ],
      },
      checkpoint: {
        answers: [
          { kr: 0, question: "raise_the_bar", answer: "15 次会提前完成；继续访谈，后面的访谈才解释得了数字。" },
          { kr: 1, question: "target_realistic", answer: "不现实：一半的流失发生在由客户 IT 部门控制的账号设置环节。" },
          { kr: 1, question: "what_we_change", answer: "瞄准我们能掌控的部分，并请 IT 管理员参加接下来的访谈。" },
        ],
        decisions: [
          ...keep(0),
          {
            kr: 1,
            decision: "revise",
            target: 40,
            reason: "访谈显示一半的流失来自由客户 IT 部门负责的单点登录设置，本季度我们无法改变",
          },
          ...keep(2),
        ],
        learnings: [
          {
            kr: 1,
            body: "首日流失有一半出在客户 IT 负责的单点登录设置上；访谈对象要包括 IT 管理员，而不只是最终用户。",
          },
        ],
      },
      end: {
        answers: [
          { kr: 0, question: "what_made_it_easy", answer: "在注销邮件里加了一句话的问题；大家很乐意被问到。" },
          {
            kr: 0,
            question: "ambitious_enough",
            answer: "作为第一轮是够的；最有价值的是最后五次访谈，所以我们会继续。",
          },
          { kr: 1, question: "what_blocked_us", answer: "单点登录：团队要等好几天，IT 部门才给开通。" },
          { kr: 1, question: "what_we_change", answer: "让团队先用邮箱登录开始使用，之后再切换到单点登录。" },
          {
            kr: 2,
            question: "what_made_it_easy",
            answer: "预先填好的示例数据：用户在自己动手之前先看到了一个完成的工作流程。",
          },
          { kr: 2, question: "raise_the_bar", answer: "本季度的目标是 8 分钟。" },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          { kr: 0, body: "注销邮件里的一个问题带来了 17 次访谈；在用户离开的那一刻发问最有效。" },
          { kr: 2, body: "示例数据对缩短首个工作流程时间的作用超过任何提示框：用户会照着完成的例子做。" },
          { body: "数据里看不到的障碍在产品之外：客户的 IT 部门和他们的单点登录排期。" },
        ],
      },
    },
  },
  {
    name: "房地产经纪人 CRM 组",
    kind: "team",
    parent: "产品部",
    lead: "zhao.lei@demo-zh.grove.dev",
    objective: {
      title: "让房地产经纪人能够以更少的努力推动更多的房屋销售",
      description:
        "一个团队只有一个目标(M1):经纪人之间的协作、在线知名度和低价值流程的自动化都作为关键结果和举措服务于它,而不是三个目标。",
      keyResults: [
        {
          title: "将销售线索转化率从 30% 提高到 34%",
          metric: "销售线索转化率",
          unit: "%",
          baseline: 30,
          target: 34,
          progress: 0.85,
          confidence: 0.9,
        },
        {
          title: "将每个经纪人的平均每月房屋销售量从 1.5 套增加到 1.8 套",
          metric: "每个经纪人的平均每月房屋销售量",
          unit: "套",
          baseline: 1.5,
          target: 1.8,
          progress: 0.65,
          confidence: 0.7,
        },
        {
          title: "将房屋价值估算的准确性从 85% 提高到 90%",
          metric: "房屋价值估算的准确性",
          unit: "%",
          baseline: 85,
          target: 90,
          progress: 0.8,
          confidence: 0.75,
          // P4: the guide's PM keeps the monetisation step even though removing it would be faster.
          comment: "估价流程里“是否愿意与经纪人沟通”这一步是变现步骤,我们保留它,改为提高估算准确性(P4)。",
        },
      ],
    },
    previous: {
      objective: {
        title: "让经纪人在一个地方管理他们的房源",
        description: "经纪人不应再在 CRM 旁边另开电子表格记房源。",
        keyResults: [
          {
            title: "将在 CRM 中管理的在售房源比例从 20% 提高到 60%",
            metric: "在 CRM 中管理的房源比例",
            unit: "%",
            baseline: 20,
            target: 60,
            progress: 0.45,
            confidence: 0.4,
          },
          {
            title: "将每周活跃经纪人从 150 人增加到 250 人",
            metric: "每周活跃经纪人",
            unit: "人",
            baseline: 150,
            target: 250,
            progress: 0.5,
            confidence: 0.45,
          },
          {
            title: "将销售线索转化率从 27% 提高到 31%",
            metric: "销售线索转化率",
            unit: "%",
            baseline: 27,
            target: 31,
            progress: 0.75,
            confidence: 0.7,
          },
        ],
      },
      checkpoint: {
        answers: [
          { kr: 0, question: "what_blocked_us", answer: "各家中介的电子表格列名不同，导入一遇到就出错。" },
          { kr: 2, question: "what_worked", answer: "提醒经纪人在一小时内回电新线索。" },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [{ kr: 0, body: "每家中介给电子表格列起的名字都不一样；导入功能必须让用户自己对应列。" }],
      },
      end: {
        answers: [
          { kr: 0, question: "what_blocked_us", answer: "导入：列对应功能直到最后两周才上线。" },
          {
            kr: 0,
            question: "target_realistic",
            answer: "如果导入一开始就能用，目标是现实的；对仍在用电子表格的中介，这个目标保留。",
          },
          {
            kr: 1,
            question: "what_blocked_us",
            answer: "房源搬进来之后经纪人才会每周回来；这个关键结果一直在等前一个。",
          },
          { kr: 1, question: "what_we_change", answer: "不再单独统计活跃经纪人；它跟着房源走。" },
          { kr: 2, question: "what_worked", answer: "回电提醒，以及在同一个页面上看到线索的全部历史。" },
          { kr: 2, question: "what_surprised_us", answer: "开放看房日带来的线索，转化率是网站线索的两倍。" },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          { kr: 0, body: "房源关键结果建立在一个还不能用的导入功能上；季度开始前先确认关键结果的第一步已经就绪。" },
          {
            kr: 1,
            body: "每周活跃经纪人跟着搬进来的房源走，只是有滞后；同一个原因上的两个关键结果分散了我们的注意力。",
          },
          { kr: 2, body: "开放看房日的线索转化率是网站线索的两倍；经纪人希望先把这些线索录进 CRM。" },
        ],
      },
    },
  },
  {
    name: "销售部",
    kind: "department",
    parent: COMPANY,
    lead: "zheng.hao@demo-zh.grove.dev",
    objective: {
      title: "把销售精力集中在最能从产品中获益的客户身上",
      description: "与客户成功部一起修订了关键结果(M7):衡量与新的合格客户的对话,而不是接触尽可能多的新客户。",
      keyResults: [
        {
          title: "将每月与新的合格客户的对话从 40 次增加到 60 次",
          metric: "与新的合格客户的对话",
          unit: "次",
          baseline: 40,
          target: 60,
          progress: 0.6,
          confidence: 0.7,
        },
        {
          title: "将每月获取的新客户从 20 家提高到 22 家",
          metric: "每月获取的新客户",
          unit: "家",
          baseline: 20,
          target: 22,
          progress: 0.5,
          confidence: 0.6,
          comment: "本季度新客户获取率的目标是提高 10%,只计合格客户。",
        },
        {
          title: "将合格线索占全部线索的比例从 40% 提高到 55%",
          metric: "合格线索占比",
          unit: "%",
          baseline: 40,
          target: 55,
          progress: 0.55,
          confidence: 0.65,
        },
      ],
    },
  },
  {
    name: "客户成功部",
    kind: "department",
    parent: COMPANY,
    lead: "wu.ting@demo-zh.grove.dev",
    objective: {
      title: "让合格客户持续从我们的产品中获得价值",
      description: "与销售部一起修订了关键结果(M7):衡量合格客户的流失,两个团队不再相互拉扯。",
      keyResults: [
        {
          title: "将合格客户的流失率从 6% 降低到 4%",
          metric: "合格客户的流失率",
          unit: "%",
          baseline: 6,
          target: 4,
          progress: 0.45,
          confidence: 0.55,
        },
        {
          title: "将新客户在 30 天内完成首个工作流程的比例从 50% 提高到 70%",
          metric: "30 天内完成首个工作流程的新客户比例",
          unit: "%",
          baseline: 50,
          target: 70,
          progress: 0.6,
          confidence: 0.7,
        },
        {
          title: "将与有流失风险的合格客户的访谈从 0 次增加到 15 次",
          metric: "客户访谈",
          unit: "次",
          baseline: 0,
          target: 15,
          progress: 0.8,
          confidence: 0.85,
          comment: "访谈显示流失风险最高的是还没接入任何集成的客户,已转告产品部。",
        },
      ],
    },
  },
];

export const chineseDemo: DemoOrganisation = {
  slug: "demo-zh",
  name: COMPANY,
  label: "Chinese demo organisation (中文演示)",
  locale: "zh",
  people,
  units,
  strategy: {
    vision: {
      title: "让我们服务的每个团队以更少的努力做出最好的工作",
      body: "我们的产品从头到尾承载人们真实的工作,让他们把时间花在真正重要的事情上。",
    },
    strategy: {
      title: "以工作流程的深度取胜,而不是功能的数量",
      body: "我们通过让客户已经在用的工作流程更完整、更省力来增长,而不是追赶竞争对手的功能集:竞争对手服务的是他们自己的客户群。",
    },
  },
  checkInComment: "来自每周指标例会的最新读数。",
};
