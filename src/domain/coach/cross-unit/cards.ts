import type { Bilingual } from "../types.ts";

/** What a cross-unit rule finds, why the method cares and how to fix it (M7), in both languages. */
export interface CrossUnitCard {
  title: Bilingual;
  what: Bilingual;
  why: Bilingual;
  fix: Bilingual;
}

export const crossUnitCards: Record<"opposite_pulls" | "unlinked_cascade", CrossUnitCard> = {
  opposite_pulls: {
    title: { en: "Key results pulling against each other", zh: "相互牵制的关键结果" },
    what: {
      en: "Two units' key results measure the same metric but pull it in opposite directions, or one unit's wins feed another's losses.",
      zh: "两个单元的关键结果衡量同一指标，却往相反方向拉；或者一个单元的收获成了另一个单元的损失。",
    },
    why: {
      en: "Teams whose OKRs pull against each other both work hard and cancel each other out. The guide's example: Sales reaching many new logos that buy and then churn hurts Customer Success, whose KR is churn of current customers.",
      zh: "OKR 相互牵制的团队都很努力，却彼此抵消。指南中的例子：销售团队接触大量新徽标，客户购买后又流失，这会损害以当前客户流失为关键结果的客户成功团队。",
    },
    fix: {
      en: 'Negotiate through the OKRs: meet and revise both key results together, so they pull the same way. In the guide, Customer Success measures "churn of qualified customers" and Sales "conversations with new qualified customers".',
      zh: "通过 OKR 协商：两个团队坐下来一起修订双方的关键结果，让它们朝同一方向使力。指南中，客户成功团队改为衡量“合格客户的流失”，销售团队改为衡量“与新的合格客户的对话”。",
    },
  },
  unlinked_cascade: {
    title: { en: "Cascaded objective unlinked from its key result", zh: "分解出的目标与其关键结果脱节" },
    what: {
      en: "An objective cascaded from another unit's key result has no key result that shares a metric, a word or a declared link with that key result.",
      zh: "从另一个单元的关键结果分解出的目标，没有任何关键结果与该关键结果共享指标、词语或声明的关联。",
    },
    why: {
      en: "Its progress rolls up into the parent key result (M5) without measuring anything the parent asks for, so the roll-up reports movement that did not happen.",
      zh: "它的进度会汇总到父关键结果（M5），却没有衡量父关键结果要求的任何东西，于是汇总显示的进展其实并未发生。",
    },
    fix: {
      en: "Revise the child key results with the parent's owners so at least one measures what the parent key result measures, declare the dependency that links them, or cascade the objective from the key result it really serves.",
      zh: "与父关键结果的负责团队一起修订子关键结果，使至少一个衡量父关键结果所衡量的东西；或声明连接它们的依赖；或把该目标改挂到它真正服务的关键结果下。",
    },
  },
};
