import { type CrossUnitKeyResult, conceptsIn, contentWords, relatedFamilies } from "./metrics.ts";

// M7, rule 2: a child objective cascaded from a parent KR (objectives.parent_key_result_id)
// whose KRs share no metric, no word and no declared link with that KR. Its progress then rolls
// up into the parent KR (M5) without measuring anything the parent KR asks for.

export interface CascadeInput {
  parentKeyResult: CrossUnitKeyResult;
  childObjective: string;
  childKeyResults: CrossUnitKeyResult[];
  /** A dependency declared between one of the child KRs and the parent KR: an explicit link. */
  explicitLink?: boolean;
}

export type CascadeLink = "explicit" | "metric" | "word";

/** How the child objective's KRs are linked to the parent KR; null when they are not at all. */
export function cascadeLink(input: CascadeInput): CascadeLink | null {
  if (input.explicitLink) return "explicit";
  // An objective without KRs is M4's finding, not this rule's: nothing to compare yet.
  if (input.childKeyResults.length === 0) return "explicit";
  const parentText = textOf(input.parentKeyResult);
  const parentFamilies = conceptsIn(parentText).map((hit) => hit.family);
  const parentWords = contentWords(parentText);
  for (const child of input.childKeyResults) {
    const text = textOf(child);
    if (conceptsIn(text).some((hit) => parentFamilies.some((family) => relatedFamilies(family, hit.family)))) {
      return "metric";
    }
    for (const word of contentWords(text)) if (parentWords.has(word)) return "word";
  }
  return null;
}

function textOf(kr: CrossUnitKeyResult): string {
  return `${kr.title} ${kr.metric ?? ""}`;
}
