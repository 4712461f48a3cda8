// The Chinese demo organisation: the guide's own examples in its own words
// (seed/okr-product-guide.zh.txt; METHOD.md section 7). The cookware team, the product leader's
// "成为客户值得信赖的技术合作伙伴" cascaded to the director of completed workflows (A/B tests,
// usability tests, completion time, M5) and on to a PM's team, the real-estate CRM app's one
// objective (M1), the Spain objective scoped to one quarter (Q1) and queued, and the sales and
// customer success teams whose KRs were negotiated not to pull against each other (M7).
// Numbers the guide leaves open ("增加每月活跃用户数") are filled in as the English demo does.

import type { DemoOrganisation, DemoPerson, DemoUnit } from "./demo-types.ts";

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
