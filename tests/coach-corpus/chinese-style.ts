/**
 * The coach's Chinese follows one house style (issue 17 point 3), the one the catalog's cards
 * already used (checked by chinese-style.test.ts on every message branch, in the unit project, and
 * by chinese-style-corpus.test.ts on every collection, in coach-corpus):
 * - full-width punctuation: ，。：；！？（）and “” for quotes (GB/T 15834, as zh-CN.ts writes them);
 *   an ASCII comma or colon stays only between two ASCII letters or digits ("1,000", "3:1");
 * - one half-width space between a Chinese character and a Latin letter, digit or "%"
 *   ("从 30% 提高到 34%", "CRM 应用团队"), and no space anywhere else: none next to full-width
 *   punctuation, none between two Chinese characters, never two in a row.
 * Quoted user text (what a finding quotes between “”, quotes within it too) is the team's, not ours, and is not checked.
 */
const HAN = "\\p{Script=Han}";
const LATIN = "[A-Za-z0-9%]";
const FULL = "[，。：；！？（）“”「」、]";
const CHECKS: ReadonlyArray<[string, RegExp]> = [
  ["half-width punctuation", /[;!?()"]|(?<![A-Za-z0-9])[,:]|[,:](?![A-Za-z0-9])/u],
  ["space next to full-width punctuation", new RegExp(` ${FULL}|${FULL} `, "u")],
  ["space between Chinese characters", new RegExp(`${HAN} +${HAN}`, "u")],
  ["two spaces", / {2}/],
  ["no space between Chinese and Latin", new RegExp(`${HAN}${LATIN}|${LATIN}${HAN}`, "u")],
  ["leading or trailing space", /^ | $/],
];

export function chineseStyleProblems(text: string): string[] {
  // Innermost quotes first, so a quoted title that quotes a name (“开设“接单入门”直播课12场”) goes whole.
  let ours = text;
  for (let previous = ""; previous !== ours; ) {
    previous = ours;
    ours = ours.replace(/“[^“”]*”/gu, "…");
  }
  return CHECKS.filter(([, pattern]) => pattern.test(ours)).map(([name]) => `${name}: ${text}`);
}
