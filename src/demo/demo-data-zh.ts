// The Chinese demo organisation: the guide's own examples in its own words
// (seed/okr-product-guide.zh.txt; docs/method.md, "Worked examples"). The cookware team, the product leader's
// "成为客户值得信赖的技术合作伙伴" cascaded to the director of completed workflows (A/B tests,
// usability tests, completion time, M5) and on to a PM's team, the real-estate CRM app's one
// objective (M1), the Spain objective scoped to one quarter (Q1) and queued, and the sales and
// customer success teams whose KRs were negotiated not to pull against each other (M7).
// Numbers the guide leaves open ("增加每月活跃用户数") are filled in as the English demo does.

import type { DemoOrganisation, DemoPerson, DemoUnit } from "./demo-types.ts";
import { COMPANY, demoUnitsIn } from "./demo-units.ts";

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

// The sales and customer success teams of the guide's cross-team example (M7); the English demo
// adds its own in load-dependencies.ts.
const salesAndSuccess: DemoUnit[] = [
  {
    name: "销售部",
    kind: "department",
    parent: COMPANY.zh,
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
    parent: COMPANY.zh,
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
  name: COMPANY.zh,
  label: "Chinese demo organisation (中文演示)",
  locale: "zh",
  people,
  units: [...demoUnitsIn("zh"), ...salesAndSuccess],
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
