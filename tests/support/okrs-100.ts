import type { DraftOkrSet } from "../../src/domain/coach/index.ts";
import { collectionNamed } from "../coach-corpus/collections.ts";
import { toDraft } from "../coach-corpus/corpus.ts";

/**
 * 100 key results (and their 33 objectives) of real-looking OKRs, the first ones of the tuning set
 * written on 2026-12-06 in that language, findings and traps included: what the speed promise of
 * `grove lint` ("under a second on 100 KRs", issue 17) is about. `tmp/okrs-100.*.yaml` of the
 * measurement in docs/okr-as-code.md, "Speed", is this set written with toYaml.
 */
export function hundredKeyResults(language: "en" | "zh"): DraftOkrSet {
  const draft = toDraft(collectionNamed(`tuning-2026-12-06-${language}`));
  let left = 100;
  const units: DraftOkrSet["units"] = [];
  for (const unit of draft.units) {
    if (left === 0) break;
    const objectives = unit.objectives.map((objective) => {
      const keyResults = objective.keyResults.slice(0, left);
      left -= keyResults.length;
      return { ...objective, keyResults };
    });
    units.push({ ...unit, objectives });
  }
  if (left !== 0) throw new Error(`tuning-2026-12-06-${language} has fewer than 100 key results`);
  return { ...draft, units };
}
