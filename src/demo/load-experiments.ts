import type { ServiceContext } from "../services/context.ts";
import { endExperiment } from "../services/experiments/end-experiment.ts";
import { startExperiment } from "../services/experiments/start-experiment.ts";
import { createExperiment } from "../services/experiments/write-experiment.ts";
import type { Scope } from "../services/write.ts";
import type { DemoOrganisation } from "./demo-types.ts";
import { inLanguage, type LoadedDemo } from "./loaded-demo.ts";

// Discovery in the demos (P2, S6, K6), from the guide's product example: the director who owns
// "completed workflows" runs A/B tests and usability tests. Workflow Experience runs an A/B test
// with its pre-set metrics; Onboarding ended a round of customer interviews that found the pain.

interface DemoExperiments {
  running: {
    unit: string;
    keyResult: string;
    title: string;
    hypothesis: string;
    metrics: { name: string; direction: "at_least" | "at_most"; threshold: number; unit: string }[];
  };
  interviews: {
    unit: string;
    keyResult: string;
    title: string;
    hypothesis: string;
    metric: { name: string; threshold: number; unit: string; observed: number };
    participants: string;
    painHeard: string;
    learning: string;
  };
}

/** The words of the demo's experiments in one language; their numbers are the same in both. */
interface ExperimentWords {
  running: Omit<DemoExperiments["running"], "metrics"> & {
    /** Completion rate, median completion time (in `minutes`), workflows undone within a day. */
    metrics: [string, string, string];
    minutes: string;
  };
  interviews: Omit<DemoExperiments["interviews"], "metric"> & { metric: string; metricUnit: string };
}

/** The demo's experiments with the words of one language. */
function experiments(words: ExperimentWords): DemoExperiments {
  const { metrics, minutes, ...running } = words.running;
  const { metric, metricUnit, ...interviews } = words.interviews;
  return {
    running: {
      ...running,
      metrics: [
        { name: metrics[0], direction: "at_least", threshold: 62, unit: "%" },
        { name: metrics[1], direction: "at_most", threshold: 8, unit: minutes },
        { name: metrics[2], direction: "at_most", threshold: 3, unit: "%" },
      ],
    },
    interviews: { ...interviews, metric: { name: metric, threshold: 8, unit: metricUnit, observed: 9 } },
  };
}

const english = experiments({
  running: {
    unit: "Workflow Experience",
    keyResult: "Cut median workflow completion time from 10 to 7 minutes",
    title: "A recommended choice on the first screen",
    hypothesis:
      "We believe pre-selecting the most common option on the first screen that asks users to choose will let more of them finish their workflow, measured by workflow completion rate and median completion time.",
    metrics: ["Workflow completion rate", "Median completion time", "Workflows undone within a day"],
    minutes: "min",
  },
  interviews: {
    unit: "Onboarding",
    keyResult: "Raise day-one workflow completion from 35% to 55%",
    title: "Interviews with users who left onboarding",
    hypothesis:
      "We believe new users leave because their first workflow is too long, measured by what users who left tell us in interviews.",
    metric: "Interviews held",
    metricUnit: "interviews",
    participants:
      "9 users who signed up last month and left before finishing a workflow: 5 small agencies, 4 in-house teams.",
    painHeard:
      "They did not know which template fits their work: the first screen asks them to choose before they have seen anything. Length was never the complaint.",
    learning:
      "New users stall at the first choice, not at the length of the workflow: offer a recommended template first, and test it as an experiment.",
  },
});

const chinese = experiments({
  running: {
    unit: "工作流程体验组",
    keyResult: "将工作流程的中位完成时间从 10 分钟缩短到 7 分钟",
    title: "在第一个选择页面给出推荐选项",
    hypothesis:
      "我们相信，在第一个要求用户做选择的页面上预先选中最常用的选项，会让更多用户完成他们的工作流程，以工作流程完成率和中位完成时间衡量。",
    metrics: ["工作流程完成率", "中位完成时间", "一天内被撤销的工作流程"],
    minutes: "分钟",
  },
  interviews: {
    unit: "新用户上手组",
    keyResult: "将新用户首日的工作流程完成率从 35% 提高到 55%",
    title: "访谈放弃上手流程的用户",
    hypothesis: "我们相信，新用户离开是因为第一个工作流程太长，以访谈中离开的用户告诉我们的内容衡量。",
    metric: "完成的访谈",
    metricUnit: "次",
    participants: "9 位上个月注册、在完成第一个工作流程前离开的用户：5 家小型代理机构，4 个企业内部团队。",
    painHeard:
      "他们不知道哪个模板适合自己的工作：第一个页面在他们看到任何内容之前就要求他们做选择。没有人抱怨流程太长。",
    learning: "新用户卡在第一个选择上，而不是工作流程的长度：先提供一个推荐模板，并把它作为实验来验证。",
  },
});

const DAY = 86_400_000;

/** The learnings the demo's experiments leave in the library (the ended interview round's). */
export function demoExperimentLearnings(demo: DemoOrganisation): string[] {
  return [inLanguage({ locale: demo.locale ?? "en" }, { en: english, zh: chinese }).interviews.learning];
}

/** Adds the demo's experiments once its objectives exist. */
export async function loadDemoExperiments(ctx: ServiceContext, scope: Scope, ids: LoadedDemo): Promise<void> {
  const data = inLanguage(ids, { en: english, zh: chinese });
  const daysAgo = (days: number): ServiceContext => ({ ...ctx, now: () => new Date(ctx.now().getTime() - days * DAY) });
  const target = (unit: string, keyResult: string) => {
    const keyResultId = ids.keyResults.get(keyResult);
    const unitId = ids.units.get(unit);
    return keyResultId && unitId ? { keyResultId, unitId, ownerId: ids.leads.get(unit) ?? null } : null;
  };

  const running = target(data.running.unit, data.running.keyResult);
  if (running) {
    const experiment = await createExperiment(daysAgo(20), scope, {
      kind: "experiment",
      title: data.running.title,
      hypothesis: data.running.hypothesis,
      ...running,
      metrics: data.running.metrics,
    });
    await startExperiment(daysAgo(14), scope, experiment.id);
  }

  const round = target(data.interviews.unit, data.interviews.keyResult);
  if (round) {
    const { metric } = data.interviews;
    const experiment = await createExperiment(daysAgo(45), scope, {
      kind: "interview",
      title: data.interviews.title,
      hypothesis: data.interviews.hypothesis,
      ...round,
      metrics: [{ name: metric.name, direction: "at_least", threshold: metric.threshold, unit: metric.unit }],
    });
    await startExperiment(daysAgo(40), scope, experiment.id);
    await endExperiment(daysAgo(18), scope, experiment.id, {
      outcome: "refuted",
      observed: [{ metricId: experiment.metrics[0]?.id as string, value: metric.observed }],
      participants: data.interviews.participants,
      painHeard: data.interviews.painHeard,
      learning: data.interviews.learning,
    });
  }
}
