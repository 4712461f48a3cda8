import type { CreateSprint } from "../schemas/sprints.ts";
import type { ServiceContext } from "../services/context.ts";
import { createSprints } from "../services/sprints/manage-sprints.ts";
import type { Scope } from "../services/write.ts";
import { inLanguage, type LoadedDemo } from "./loaded-demo.ts";

// P3: the demo's onboarding team runs two-week sprints through the quarter, each sprint goal
// linked to the key result it should move (issue 16 point 9). Sprints that ended carry the
// team's review: what moved on the KR, not only what shipped.

interface DemoSprint {
  name: string;
  goal: string;
  /** Titles of the team's key results this quarter that the goal serves. */
  serves: string[];
  /** The team's review, recorded only once the sprint is over. */
  review: string;
}

interface DemoSprints {
  unit: string;
  sprints: DemoSprint[];
}

const english: DemoSprints = {
  unit: "Onboarding",
  sprints: [
    {
      name: "Sprint 1",
      goal: "Cut the sign-up form to one step, so more new users reach their first workflow",
      serves: ["Raise day-one workflow completion from 35% to 55%"],
      review:
        "Day-one completion rose during the sprint; the one-step form removed the biggest drop-off. The empty first screen is next.",
    },
    {
      name: "Sprint 2",
      goal: "Give new users a ready-made first workflow instead of an empty screen",
      serves: ["Raise day-one workflow completion from 35% to 55%", "Cut first-workflow time from 14 to 8 minutes"],
      review:
        "First-workflow time fell a little; completion moved less than hoped. Interviews say the template's names confuse people.",
    },
    {
      name: "Sprint 3",
      goal: "Talk to 8 users who left onboarding and find the step where they give up",
      serves: ["Hold 20 interviews with users who abandoned onboarding (from 0)"],
      review: "The interviews agree: the permissions step is where most give up. It becomes the next sprint's goal.",
    },
    {
      name: "Sprint 4",
      goal: "Let new users skip the permissions step until their first workflow is done",
      serves: ["Raise day-one workflow completion from 35% to 55%"],
      review: "Completion rose again once permissions could wait; the first workflow's length is now the slowest part.",
    },
    {
      name: "Sprint 5",
      goal: "Show a day-one checklist that ends with a finished workflow",
      serves: ["Raise day-one workflow completion from 35% to 55%"],
      review: "The checklist moved completion a little; most users stop reading after its third item.",
    },
    {
      name: "Sprint 6",
      goal: "Cut the first workflow's steps from 9 to 6",
      serves: ["Cut first-workflow time from 14 to 8 minutes"],
      review: "Three steps fewer made the first workflow faster; completion held.",
    },
  ],
};

const chinese: DemoSprints = {
  unit: "新用户上手组",
  sprints: [
    {
      name: "冲刺 1",
      goal: "把注册表单缩减为一步，让更多新用户走到第一个工作流程",
      serves: ["将新用户首日的工作流程完成率从 35% 提高到 55%"],
      review: "冲刺期间首日完成率上升；一步注册去掉了最大的流失点。下一步是空白的首屏。",
    },
    {
      name: "冲刺 2",
      goal: "为新用户准备一个现成的首个工作流程，而不是空白页面",
      serves: ["将新用户首日的工作流程完成率从 35% 提高到 55%", "将完成第一个工作流程的时间从 14 分钟缩短到 8 分钟"],
      review: "完成第一个工作流程的时间略有缩短；完成率的提升低于预期。访谈显示模板的名称让人困惑。",
    },
    {
      name: "冲刺 3",
      goal: "访谈 8 位放弃上手流程的用户，找到他们放弃的那一步",
      serves: ["将与放弃上手流程的用户的访谈从 0 次增加到 20 次"],
      review: "访谈的结论一致：大多数人在权限设置这一步放弃。这成为下一个冲刺的目标。",
    },
    {
      name: "冲刺 4",
      goal: "让新用户在完成第一个工作流程之前可以跳过权限设置",
      serves: ["将新用户首日的工作流程完成率从 35% 提高到 55%"],
      review: "权限设置可以稍后再做之后，完成率再次上升；现在最慢的是第一个工作流程本身的长度。",
    },
    {
      name: "冲刺 5",
      goal: "在首日显示一份以完成工作流程为终点的清单",
      serves: ["将新用户首日的工作流程完成率从 35% 提高到 55%"],
      review: "清单让完成率略有提升；大多数用户读到第三项就不再往下看。",
    },
    {
      name: "冲刺 6",
      goal: "把第一个工作流程的步骤从 9 步减到 6 步",
      serves: ["将完成第一个工作流程的时间从 14 分钟缩短到 8 分钟"],
      review: "少了三步，第一个工作流程更快了；完成率保持不变。",
    },
  ],
};

const DAY = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Two-week sprints from the quarter's first day (ten working days and a weekend between), as
 * many as fit before the quarter ends; a review only on those already over.
 */
export async function loadDemoSprints(ctx: ServiceContext, scope: Scope, loaded: LoadedDemo) {
  const { period } = loaded;
  const plan = inLanguage(loaded, { en: english, zh: chinese });
  const unitId = loaded.units.get(plan.unit);
  if (!unitId) return;
  const today = iso(ctx.now().getTime());
  const first = Date.parse(`${period.startsOn}T00:00:00Z`);
  const sprints: CreateSprint[] = [];
  for (const [index, sprint] of plan.sprints.entries()) {
    const startsOn = iso(first + index * 14 * DAY);
    const endsOn = iso(first + (index * 14 + 11) * DAY);
    if (endsOn > period.endsOn) break;
    sprints.push({
      unitId,
      name: sprint.name,
      startsOn,
      endsOn,
      goal: sprint.goal,
      review: endsOn < today ? sprint.review : "",
      keyResultIds: sprint.serves.flatMap((title) => loaded.keyResults.get(title) ?? []),
    });
  }
  await createSprints(ctx, scope, sprints);
}
