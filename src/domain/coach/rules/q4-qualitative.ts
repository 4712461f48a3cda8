import { findFirst, normalize } from "../text.ts";
import type { DraftObjective, Hit } from "../types.ts";

/**
 * Q4: numbers belong in the key results. Years ("in 2027"), rank claims ("#1", left to Q1) and
 * digits inside names ("B2B", "Q1", "3D", "v2") are not targets, so they are skipped.
 */
const NUMBERS: readonly RegExp[] = [
  /(?<![\w#.])\d+(?:[.,]\d+)*\s*(%|x\b|k\b|m\b|percent\b|倍|万|亿|个百分点)/,
  /(?<![\w#.]|no\. ?)(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*(?![\w])/,
  /\b(double|triple|quadruple|halve)\b(?! down)/,
  // Spelled-out quantities: "within five working days", "in under a minute", "三天内".
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred) (working |business )?(seconds?|minutes?|hours?|days?|weeks?|months?|percent|times)\b/,
  /\b(under|within|less than) an? (second|minute|hour|day|week)\b/,
  /(?<![第每])[一二两三四五六七八九十百千]+个?(工作日|分钟|小时|天|周|个月|秒)/,
  /翻(一|两)?番|翻倍|百分之[一二三四五六七八九十百]+|[一二两三四五六七八九十]+(倍|成)(?!功|长|立|为|本)/,
];

export function checkQualitative(objective: DraftObjective): Hit[] {
  const found = findFirst(normalize(objective.title), NUMBERS);
  if (found === null) return [];
  return [
    {
      message: {
        en: `The objective contains a number ("${found}"); an objective is a qualitative aspiration and its numbers belong in the key results.`,
        zh: `目标中包含数字（“${found}”）；目标是定性的愿景，数字应放在关键结果中。`,
      },
      suggestion: {
        en: 'Move the figure into a key result ("Raise ... from X to Y") and word the objective as the direction, e.g. "Become home cooks\' trusted cookware supplier".',
        zh: "把数字移到关键结果中（“将……从 X 提高到 Y”），目标只写方向，例如“成为家庭厨师信赖的炊具供应商”。",
      },
    },
  ];
}
