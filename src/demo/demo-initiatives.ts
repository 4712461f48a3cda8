import type { InitiativeKind, InitiativeStatus } from "../domain/initiatives.ts";
import type { ServiceContext } from "../services/context.ts";
import { createInitiative } from "../services/initiatives/write-initiatives.ts";
import type { Scope } from "../services/write.ts";
import { idOf, type LoadedDemo } from "./loaded-demo.ts";

// The demo's initiatives (K7, M6): the work each team chose to move this quarter's key results,
// from the guide's examples (onboarding, workflow completion, the CRM's value estimate, the
// cookware's refunds). Each names its KRs by title; a title the demo lacks fails the load.

/**
 * An initiative of the demos: its plan, the same in both, and its words in each demo that has it
 * (its unit, title, owner and the KRs it moves, by title).
 */
interface DemoInitiative {
  kind: InitiativeKind;
  status: InitiativeStatus;
  /** Weeks from the quarter's start: [start, end]. */
  weeks: [number, number];
  en?: InitiativeWords;
  zh?: InitiativeWords;
}

interface InitiativeWords {
  unit: string;
  title: string;
  description?: string;
  owner: string;
  keyResults: string[];
}

const initiatives: DemoInitiative[] = [
  {
    kind: "feature",
    status: "in_progress",
    weeks: [1, 8],
    en: {
      unit: "Onboarding",
      title: "Guided first workflow with a ready-made template",
      description: "New users start from a template that already runs, instead of an empty canvas.",
      owner: "priya@demo.grove.dev",
      keyResults: ["Raise day-one workflow completion from 35% to 55%", "Cut first-workflow time from 14 to 8 minutes"],
    },
    zh: {
      unit: "新用户上手组",
      title: "用现成模板引导完成第一个工作流程",
      description: "新用户从一个已经能运行的模板开始，而不是一张空白画布。",
      owner: "liu.yang@demo-zh.grove.dev",
      keyResults: [
        "将新用户首日的工作流程完成率从 35% 提高到 55%",
        "将完成第一个工作流程的时间从 14 分钟缩短到 8 分钟",
      ],
    },
  },
  {
    kind: "experiment",
    status: "planned",
    weeks: [6, 9],
    en: {
      unit: "Onboarding",
      title: "Test a two-field sign-up form against the current one",
      owner: "priya@demo.grove.dev",
      keyResults: ["Raise day-one workflow completion from 35% to 55%"],
    },
    zh: {
      unit: "新用户上手组",
      title: "测试只有两个字段的注册表单",
      owner: "liu.yang@demo-zh.grove.dev",
      keyResults: ["将新用户首日的工作流程完成率从 35% 提高到 55%"],
    },
  },
  {
    kind: "project",
    status: "done",
    weeks: [0, 3],
    en: {
      unit: "Onboarding",
      title: "Rewrite the setup checklist",
      owner: "priya@demo.grove.dev",
      keyResults: ["Cut first-workflow time from 14 to 8 minutes"],
    },
    zh: {
      unit: "新用户上手组",
      title: "重写上手清单",
      owner: "liu.yang@demo-zh.grove.dev",
      keyResults: ["将完成第一个工作流程的时间从 14 分钟缩短到 8 分钟"],
    },
  },
  {
    kind: "feature",
    status: "in_progress",
    weeks: [2, 7],
    en: {
      unit: "Workflow Experience",
      title: "Remember each user's last choices in the workflow form",
      owner: "jonas@demo.grove.dev",
      keyResults: ["Cut median workflow completion time from 10 to 7 minutes"],
    },
    zh: {
      unit: "工作流程体验组",
      title: "记住每个用户在工作流程表单中的上次选择",
      owner: "zhang.wei@demo-zh.grove.dev",
      keyResults: ["将工作流程的中位完成时间从 10 分钟缩短到 7 分钟"],
    },
  },
  {
    kind: "project",
    status: "in_progress",
    weeks: [1, 10],
    en: {
      unit: "Real-estate CRM",
      title: "Feed last month's sales into the home value estimate",
      owner: "chen.jing@demo.grove.dev",
      keyResults: ["Raise home value estimate accuracy from 85% to 90%"],
    },
    zh: {
      unit: "房地产经纪人 CRM 组",
      title: "把上个月的成交数据接入房屋估价",
      owner: "zhao.lei@demo-zh.grove.dev",
      keyResults: ["将房屋价值估算的准确性从 85% 提高到 90%"],
    },
  },
  {
    kind: "feature",
    status: "planned",
    weeks: [7, 12],
    en: {
      unit: "Real-estate CRM",
      title: "Follow-up reminders for new leads",
      owner: "chen.jing@demo.grove.dev",
      keyResults: ["Raise lead conversion from 30% to 34%"],
    },
    zh: {
      unit: "房地产经纪人 CRM 组",
      title: "新线索的跟进提醒",
      owner: "zhao.lei@demo-zh.grove.dev",
      keyResults: ["将销售线索转化率从 30% 提高到 34%"],
    },
  },
  {
    kind: "project",
    status: "in_progress",
    weeks: [0, 8],
    zh: {
      unit: "客户成功部",
      title: "为新客户安排首个工作流程的上手辅导",
      owner: "wu.ting@demo-zh.grove.dev",
      keyResults: ["将新客户在 30 天内完成首个工作流程的比例从 50% 提高到 70%"],
    },
  },
  {
    kind: "project",
    status: "in_progress",
    weeks: [0, 6],
    en: {
      unit: "Cookware",
      title: "New protective packaging for pans",
      description: "Corner guards and a fitted box: most refunds start with a dent on arrival.",
      owner: "tom@demo.grove.dev",
      keyResults: ["Reduce refund rate from 0.5% to 0.2%"],
    },
    zh: {
      unit: "炊具事业部",
      title: "为平底锅换上新的防护包装",
      description: "护角加贴合的纸盒：多数退款都始于到货时的一处凹痕。",
      owner: "zhou.jie@demo-zh.grove.dev",
      keyResults: ["将退款率从 0.5% 降低到 0.2%"],
    },
  },
  {
    kind: "experiment",
    status: "dropped",
    weeks: [2, 5],
    en: {
      unit: "Cookware",
      title: "Offer a pan care kit with the second order",
      owner: "sofia@demo.grove.dev",
      keyResults: ["Raise repeat purchase rate from 5% to 15%"],
    },
  },
];

/** Adds the demo's initiatives to the current quarter's KRs, as their teams' members would (M6). */
export async function loadDemoInitiatives(ctx: ServiceContext, scope: Scope, demo: LoadedDemo): Promise<void> {
  const weekOf = (weeks: number) => {
    const day = new Date(`${demo.period.startsOn}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + weeks * 7);
    return day.toISOString().slice(0, 10);
  };
  for (const it of initiatives) {
    const words = it[demo.locale];
    if (!words) continue; // not in this language's demo
    await createInitiative(ctx, scope, {
      unitId: idOf(demo.units, words.unit),
      kind: it.kind,
      title: words.title,
      description: words.description,
      ownerId: idOf(demo.people, words.owner),
      status: it.status,
      startsOn: weekOf(it.weeks[0]),
      endsOn: weekOf(it.weeks[1]),
      keyResultIds: words.keyResults.map((title) => idOf(demo.keyResults, title)),
    });
  }
}
