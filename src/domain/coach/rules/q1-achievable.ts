import { findFirst, normalize } from "../text.ts";
import type { DraftObjective, Hit } from "../types.ts";

/**
 * Q1: ambitions no team can move in one quarter. The patterns look for leadership, rank and
 * domination claims, not for the word "lead" alone: "help team leads run better reviews" is fine.
 */
const UNACHIEVABLE: readonly RegExp[] = [
  /\b(market|industry|category|global|world|undisputed)[- ]lead(er|ers|ership|ing)\b/,
  /\blead(ing)? the (\w+ )?(market|industry|category|world)\b/,
  /\b(become|be|remain|stay) the (leading|dominant|biggest|largest) \w+/,
  /(^|[^\w])(#1|no\. ?1)\b/,
  /\bnumber one\b/,
  /\b(become|be|remain|stay) the (\w+ ){0,2}leader\b/,
  /\bdominat(e|es|ing|ion)\b|\bdominant\b/,
  /\bmonopol\w*/,
  /\b(own|conquer|capture|take over|corner) the (\w+ ){0,2}market\b/,
  /\b(best|biggest|largest)\b[\w\s'-]{0,30}\bin the (world|industry|country)\b/,
  /市场(领导者|领导地位|领先者|领先地位|霸主)|行业(领导者|领先者|龙头|霸主)|龙头(企业|地位)|领军(者|企业)|霸主|称霸|主导(市场|地位|行业)|统治|垄断/,
  /(成为|做到|做成|坐稳|保持|争做|争当|夺得|拿下|稳居)[^,。;]{0,12}第一|第一(名|品牌)|(行业|市场|全国|全球|世界|国内|业内|排名|份额)第一|全球最大|世界最大/,
  /(成为|做)[^,。;]{0,12}(领导者|领军者|领先者|霸主|龙头)/,
  /(全国|国内|全网|亚洲|全球|世界|行业|市场)(最大|最强|领先)/,
  /(成为|做)[^,。;]{0,12}(领先|最大|最强)的/,
];

export function checkAchievable(objective: DraftObjective): Hit[] {
  const found = findFirst(normalize(objective.title), UNACHIEVABLE);
  if (found === null) return [];
  return [
    {
      message: {
        en: `"${found}" is not something a team can make meaningful progress on within one period.`,
        zh: `“${found}”不是一个团队在一个周期内能取得实质进展的目标。`,
      },
      suggestion: {
        en: 'Scope it to what this quarter can learn or change, e.g. "Learn whether we can practically enter the Spanish market" instead of "Become the market leader in Spain".',
        zh: "把范围缩小到本季度能学到或改变的东西，例如用“了解我们能否切实进入西班牙市场”代替“成为西班牙的市场领导者”。",
      },
    },
  ];
}
