import { isoDate } from "../domain/period.ts";
import type { ServiceContext } from "../services/context.ts";
import { createDecision } from "../services/decisions/write-decisions.ts";
import { createStrategy, updateStrategy } from "../services/strategies.ts";
import type { Scope } from "../services/write.ts";
import { idOf, inLanguage, type LoadedDemo } from "./loaded-demo.ts";

// Issue 16, points 1 and 5: the demo's strategy gains its diagnosis and guardrails (M8), a
// second statement on where the business earns its money, and the guide's decision (P4): a PM
// could lift workflow completion by removing the "talk to an agent" step, but that step is the
// monetisation step, so the team keeps it (METHOD.md P4; the guide's "使用 OKR 进行产品决策").

interface DemoDecision {
  /** The KR it is about, by title; the objective it is on follows. */
  keyResult: string;
  title: string;
  context: string;
  options: string[];
  evidence: string;
  /** Cite the KR's latest reading as evidence, with this label. */
  readingLabel?: string;
  decision: string;
  decidedBy: string;
  decidedDaysAgo: number;
  /** Days from today; negative: the revisit date has passed (the log marks it). */
  revisitInDays: number;
  status?: "active" | "revisited" | "reversed";
}

interface DemoStrategyAndDecisions {
  diagnosis: string;
  guardrails: string;
  second: { title: string; body: string; diagnosis: string; guardrails: string };
  decisions: DemoDecision[];
}

const english: DemoStrategyAndDecisions = {
  diagnosis:
    "Customers hop between three or four tools to finish one workflow; every hop is where they give up, and where competitors win them.",
  guardrails:
    "We do not copy competitors' features to match a checklist. We do not trade the steps where we earn money for a faster metric.",
  second: {
    title: "Earn where the workflow already creates value",
    body: "Revenue comes from the moments a workflow hands a customer to an expert: agent requests from the valuation workflow.",
    diagnosis: "Most of our revenue comes from agent requests made at one step of the home-valuation workflow.",
    guardrails: "No change to that step without weighing it against revenue, not only completion (P4).",
  },
  decisions: [
    {
      keyResult: "Cut median workflow completion time from 10 to 7 minutes",
      title: "Keep the “talk to an agent” step in the home-valuation workflow",
      context:
        "Removing the step that asks whether the user wants to talk to an agent would cut completion time and lift workflow completion, and a few users told support it annoys them.",
      options: [
        "Remove the step",
        "Keep the step as it is",
        "Keep the step, move it after the estimate and word it as an offer",
      ],
      evidence:
        "The A/B test without the step lifted completion from 61% to 70% and cut the median time by 1.5 minutes. 14 support tickets in the quarter called the step annoying. The step is where agent requests, and so our revenue, come from.",
      readingLabel: "Completion time when the test ended",
      decision:
        "Keep the step, moved after the estimate. Completion time is one of our KRs, but the step is the monetisation step: a faster workflow that stops earning money does not serve the business (P4). We look for the time elsewhere.",
      decidedBy: "jonas@demo.grove.dev",
      decidedDaysAgo: 12,
      revisitInDays: 30,
    },
    {
      keyResult: "Run 8 usability tests with customers (from 0)",
      title: "Run usability tests before more A/B tests on the first screen",
      context:
        "A/B tests told us where people stop, not why; the first screen asks them to choose before they know what for.",
      options: ["Keep A/B testing variants of the first screen", "Watch five customers use it first"],
      evidence: "Drop-off events show 40% of abandoned workflows stop on the first screen.",
      decision: "Run five usability tests on the first screen before the next A/B test.",
      decidedBy: "priya@demo.grove.dev",
      decidedDaysAgo: 30,
      revisitInDays: -3,
    },
  ],
};

const chinese: DemoStrategyAndDecisions = {
  diagnosis: "客户要在三四个工具之间来回切换才能完成一个工作流程;每一次切换都是他们放弃、竞争对手赢得他们的地方。",
  guardrails: "我们不为了对照功能清单而照搬竞争对手的功能。我们不拿赚钱的步骤去换一个更快的指标。",
  second: {
    title: "在工作流程已经创造价值的地方获取收益",
    body: "收入来自工作流程把客户交给专家的时刻:房屋估价流程中向经纪人发出的咨询请求。",
    diagnosis: "我们的大部分收入来自房屋估价流程中某一步发出的经纪人咨询请求。",
    guardrails: "改动这一步之前,必须对照收入而不仅是完成率来权衡(P4)。",
  },
  decisions: [
    {
      keyResult: "将工作流程的中位完成时间从 10 分钟缩短到 7 分钟",
      title: "保留房屋估价流程中“与经纪人沟通”这一步",
      context:
        "删除询问用户是否愿意与房地产经纪人讨论需求的这一步,可以缩短完成时间、提高工作流程完成率;少数用户向客户支持团队投诉这一步很烦人。",
      options: ["删除这一步", "保持原样", "保留这一步,移到估价结果之后,并改写成一个提议"],
      evidence:
        "去掉这一步的 A/B 测试把完成率从 61% 提高到 70%,中位完成时间缩短了 1.5 分钟。本季度有 14 张客服工单说这一步烦人。这一步是经纪人咨询请求的来源,也就是我们获取商业价值的货币化步骤。",
      readingLabel: "测试结束时的完成时间",
      decision:
        "保留这一步,移到估价结果之后。完成时间是我们的关键结果之一,但这一步是货币化步骤:为了产品指标的短期收益而牺牲业务的长期生存能力,并不服务于业务(P4)。我们从别处找回时间。",
      decidedBy: "zhang.wei@demo-zh.grove.dev",
      decidedDaysAgo: 12,
      revisitInDays: 30,
    },
  ],
};

/** Adds the strategy's parts and the guide's decisions to a loaded demo organisation. */
export async function loadStrategyAndDecisions(ctx: ServiceContext, scope: Scope, loaded: LoadedDemo): Promise<void> {
  const data = inLanguage(loaded, { en: english, zh: chinese });
  await updateStrategy(ctx, scope, loaded.strategyId, { diagnosis: data.diagnosis, guardrails: data.guardrails });
  await createStrategy(ctx, scope, { kind: "strategy", ...data.second });
  const today = ctx.now();
  const day = (offset: number) => isoDate(new Date(today.getTime() + offset * 86_400_000));
  for (const item of data.decisions) {
    const keyResultId = idOf(loaded.keyResults, item.keyResult);
    const reading = await ctx.db
      .selectFrom("checkIns")
      .select("id")
      .where("orgId", "=", scope.orgId)
      .where("keyResultId", "=", keyResultId)
      .orderBy("checkedInAt", "desc")
      .limit(1)
      .executeTakeFirst();
    await createDecision(ctx, scope, {
      keyResultId,
      title: item.title,
      context: item.context,
      options: item.options,
      evidence: item.evidence,
      evidenceRefs:
        reading && item.readingLabel ? [{ kind: "check_in", ref: reading.id, label: item.readingLabel }] : [],
      decision: item.decision,
      decidedById: idOf(loaded.people, item.decidedBy),
      decidedOn: day(-item.decidedDaysAgo),
      revisitOn: day(item.revisitInDays),
      status: item.status ?? "active",
    });
  }
}
