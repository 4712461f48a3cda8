import { describe, expect, it } from "vitest";
import { reviewOkrSet } from "../../src/domain/coach/index.ts";
import { inLanguage } from "./accuracy.ts";
import { chineseStyleProblems } from "./chinese-style.ts";
import { collections } from "./collections.ts";
import { toDraft } from "./corpus.ts";

// The coach's Chinese house style (chinese-style.ts) on every collection's Chinese units, as Chinese
// teams write them: chinese-style.test.ts reaches every message branch with drafts of its own; what
// the collections add is their writers' words, quoted between “” and not checked, in the same messages.
// The rules alone: the learned readings' messages are pinned word for word in their own tests
// (learned/reading.test.ts, learned/neighbours.test.ts), and the neighbour reading would search its
// thousands of cases for every silent key result of every collection here, seconds of CPU. In the
// coach-corpus project, with the other reviews of every collection, so that `unit` stays in seconds.
describe("the coach's Chinese on the labelled collections (issue 17)", () => {
  it("uses full-width punctuation and spaces only between Chinese and Latin", () => {
    const rulesAlone = { locale: "zh" as const, learnedModel: { rules: {} } };
    const texts = collections.flatMap((collection) =>
      reviewOkrSet(toDraft(inLanguage(collection, "zh")), rulesAlone).flatMap((f) => [f.message, f.suggestion]),
    );
    expect([...new Set(texts)].flatMap(chineseStyleProblems)).toEqual([]);
  });
});
