/**
 * Text helpers shared by the wording rules. Rules match on a normalised copy of the text:
 * NFKC folds full-width Chinese punctuation and digits ("３０％") into their ASCII forms, so one
 * pattern serves both languages.
 */

export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The first pattern that matches, as the matched words, so a message can quote them. */
export function findFirst(text: string, patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  return null;
}

export type Direction = "increase" | "decrease" | "keep";

const DIRECTION_WORDS: ReadonlyArray<[Direction, RegExp]> = [
  [
    "increase",
    /\b(increase|increasing|raise|raising|grow|growing|boost|lift|double|triple|expand|maximi[sz]e|get more)\b|提高|提升|增加|增长|扩大|上升|翻番|翻倍|增至|升至|提到/,
  ],
  [
    "decrease",
    /\b(reduce|reducing|decrease|decreasing|lower|lowering|cut|cutting|shrink|minimi[sz]e|shorten|bring down|halve|lessen|eliminate)\b|降低|减少|缩短|下降|降至|减至|降到|压缩|缩减|削减|减半/,
  ],
  [
    "keep",
    /\b(keep|maintain|hold|sustain|stay|remain|at least|no more than|no less than)\b|保持|维持|稳定在|控制在|不低于|不超过|不少于|守住/,
  ],
];

/**
 * The direction the wording asks for, taken from the earliest direction word, because the
 * leading verb is what the sentence asks ("Reduce churn so that revenue can grow" -> decrease).
 */
export function wordedDirection(text: string): Direction | null {
  const normalized = normalize(text);
  let best: { direction: Direction; index: number } | null = null;
  for (const [direction, pattern] of DIRECTION_WORDS) {
    const match = pattern.exec(normalized);
    if (match && (best === null || match.index < best.index)) best = { direction, index: match.index };
  }
  return best?.direction ?? null;
}

/** "from 30% to 34%", "从 30% 提高到 34%": the text itself states a change of value. */
export function statesChange(text: string): boolean {
  return /\bfrom\b[^;]*?\d[^;]*?\bto\b[^;]*?\d|从[^。;]*?\d[^。;]*?到[^。;]*?\d/.test(normalize(text));
}

/**
 * Discovery work the method counts as a strong key result (K6: "customer interviews are,
 * somewhat counter-intuitively, a strong KR"; the guide's director runs A/B and usability tests),
 * including reviews and conversations with buyers or users ("25 loss reviews with buyers who chose
 * a rival"): talking to customers to learn, not routine meetings held with them, which are activity.
 * Exit conversations are exit interviews said plainly (issue 17, thirteenth round, third part, set V: "Exit
 * conversations held with leavers to learn why they go", a trap).
 */
export function isDiscovery(text: string): boolean {
  return /\b((win|loss|win-loss|win\/loss|churn|exit|discovery) (reviews?|interviews?|calls?|conversations?)|(reviews?|conversations?|sessions?) with (\w+ ){0,2}(buyers?|customers?|users?|clients?|churned \w+)|interviews?|interviewed|usability (tests?|testing|sessions?|studies)|a\/b tests?|experiments?|user tests?|customer (calls|conversations))\b|访谈|可用性测试|a\/b ?测试|实验|用户调研|用户测试|客户对话|(丢单|输单|赢单|流失|退订|退费)[^,，。;；]{0,4}(回访|复盘|访谈)/.test(
    normalize(text),
  );
}

/** The key result's words a rule reads: its title and, when given, its metric name. */
export function keyResultText(kr: { title: string; metric?: string | null }): string {
  return normalize(`${kr.title} ${kr.metric ?? ""}`);
}
