import { findShape, isChinese } from "../language/shape.ts";
import { findFirst, normalize } from "../text.ts";
import type { DraftObjective, Hit } from "../types.ts";

/**
 * Q3: chasing competitors' feature sets. Mentioning competitors is fine ("understand why
 * prospects choose competitors"); it is the catching-up or matching that the method rejects.
 */
const PARITY: readonly RegExp[] = [
  /\bfeature[- ]parity\b|\bparity with\b|\bon par with\b/,
  /\bcatch(ing)? up (with|to)\b/,
  // "Offer everything Revolut offers": another product's feature list as the target.
  /\b(everything|every feature|all the features) [\w-]+ (offers|has|does|ships|provides)\b/,
  /有的(功能|特性)[^,。;]{0,6}(都|也)/,
  /\b(competitors?|competition|competing|rivals?)\b.*\b(features?|feature set|gap|match|parity|keep up|copy|clone|same as|as good as|catch up)\b/,
  /\b(features?|feature set|gap|match|keep up with|copy|clone|same as|as good as)\b.*\b(competitors?|competition|competing|rivals?)\b/,
  // Copying another company's feature by name ("copy Figma's multiplayer editing").
  /\b(copy|clone|replicate|mimic|imitate) [\w-]+'s\b/,
  /(赶上|追上|追平|追赶|看齐|对标)[^,。;]{0,12}(功能|特性)/,
  /功能对等|功能平价|特性平价|功能追平|照搬|复刻|抄袭/,
  /(竞争对手|竞品|对手|友商).*(功能|特性|差距|追赶|赶上|看齐|对齐|持平|补齐|抄|模仿|对标|一样|平价|对等)/,
  /(功能|特性|差距|追赶|赶上|看齐|对齐|持平|补齐|模仿|对标).*(竞争对手|竞品|对手|友商)/,
];

/**
 * Parity read from the sentence's shape, where another product is any name ("@name": a word
 * capitalised mid-sentence or tagged as one): a comparison of equals with it ("as complete as
 * QuickBooks", "the same features as Monzo", "on a par with"), catching up or keeping pace with it,
 * or its feature list as ours ("every meeting feature Zoom has", "match Notion's templates").
 * Naming a rival without comparing stays clean: "understand why we lose deals to Salesforce".
 */
const PARITY_SHAPES: readonly RegExp[] = [
  /\bas (\S+ ){1,2}as (@name|competitor|rival|the competition)\b/,
  /\b(same|identical|equivalent|comparable) (\S+ ){0,3}(as|to) (@name|competitor|rival)/,
  /\b(catch up|keep pace|keep up|level|draw level|close the (\S+ )?gap) (with|to|on) (@name|competitor|rival|the competition)\b/,
  /\b(every|all|each|any) (\S+ ){0,3}feature (that )?@name (have|offer|ship|provide|do|support)\b/,
  /\b(match|mirror|copy|clone|replicate|mimic|imitate|equal|rival) (@name|competitor|rival)\b/,
  /\b(what|whatever|everything) @name (have|offer|ship|provide|do|support)\b/,
];

export function checkNoFeatureParity(objective: DraftObjective): Hit[] {
  const found =
    findFirst(normalize(objective.title), PARITY) ??
    (isChinese(objective.title) ? null : findShape(objective.title, PARITY_SHAPES));
  if (found === null) return [];
  return [
    {
      message: {
        en: `"${found}" aims at feature parity with competitors; their customers are not ours, and catching up steers away from our own customers' pain.`,
        zh: `“${found}”以追平竞争对手的功能为目标；他们的客户不是我们的客户，追赶会让我们偏离自己客户的痛点。`,
      },
      suggestion: {
        en: 'If you do not know your customers\' pain yet, make discovering it the objective, e.g. "Understand why trial users leave before they see value".',
        zh: "如果还不清楚客户的痛点，就把发现痛点作为目标，例如“弄清试用用户为何在获得价值前流失”。",
      },
    },
  ];
}
